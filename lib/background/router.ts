/**
 * Decides once, where messages arrive, who may say what: the sender is checked before the payload
 * is looked at, the payload is validated against its kind's schema, and every refusal is answered
 * with an error (and counted) instead of thrown.
 */
import { isSupportedDashboardUrl } from '../dashboards';
import { isMessageKind, REQUEST_SCHEMAS, senderClassOf, type MessageKind, type Replies, type Reply, type Requests } from '../messages';
import { validate } from '../validate';

/** The parts of `runtime.MessageSender` the router relies on. */
export interface Sender {
  id?: string;
  /** URL of the frame that sent the message. */
  url?: string;
  /** Which frame of the tab sent it (0: the top frame). */
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface RouterContext {
  extensionId: string;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  extensionOrigin: string;
  /** Pages outside the supported dashboards that the user granted through the picker. */
  isGrantedPage(url: string): Promise<boolean>;
}

export type Handlers = { [K in MessageKind]: (payload: Requests[K], sender: Sender) => Promise<Replies[K]> };

export type RejectionReason = 'foreign-sender' | 'unknown-kind' | 'wrong-context' | 'unsupported-page' | 'bad-payload' | 'failed';

export class MessageRouter {
  readonly rejected: Record<RejectionReason, number> = {
    'foreign-sender': 0,
    'unknown-kind': 0,
    'wrong-context': 0,
    'unsupported-page': 0,
    'bad-payload': 0,
    failed: 0,
  };

  constructor(
    private readonly ctx: RouterContext,
    private readonly handlers: Handlers,
  ) {}

  async handle(message: unknown, sender: Sender): Promise<Reply<MessageKind>> {
    if (sender.id !== this.ctx.extensionId) return this.refuse('foreign-sender', 'Message from another extension or a web page refused.');
    const kind = (message as { kind?: unknown } | null)?.kind;
    if (!isMessageKind(kind)) return this.refuse('unknown-kind', 'Unknown message kind.');
    const senderRefusal = await this.checkSender(kind, sender);
    if (senderRefusal) return senderRefusal;
    const checked = validate<unknown>(REQUEST_SCHEMAS[kind], (message as { payload?: unknown }).payload, 'payload');
    if (!checked.ok) return this.refuse('bad-payload', `Bad ${kind} message: ${checked.error}.`);
    try {
      const handler = this.handlers[kind] as (p: unknown, s: Sender) => Promise<Replies[MessageKind]>;
      return { ok: true, data: await handler(checked.value, sender) };
    } catch (e) {
      this.rejected.failed++;
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  private async checkSender(kind: MessageKind, sender: Sender): Promise<Reply<MessageKind> | null> {
    const fromExtensionPage = !!sender.url?.startsWith(this.ctx.extensionOrigin);
    if (senderClassOf(kind) === 'page') {
      return fromExtensionPage ? null : this.refuse('wrong-context', `${kind} may only come from Goalpost's own pages.`);
    }
    if (fromExtensionPage || sender.tab?.id === undefined) return this.refuse('wrong-context', `${kind} may only come from a dashboard tab.`);
    // The frame's URL decides (an embedded Looker Studio report reads inside its own frame).
    const frameUrl = sender.url ?? sender.tab.url;
    if (isSupportedDashboardUrl(frameUrl)) return null;
    if (frameUrl && (await this.ctx.isGrantedPage(frameUrl))) return null;
    return this.refuse('unsupported-page', 'Readings are accepted only from supported dashboards and sites you granted.');
  }

  private refuse(reason: RejectionReason, error: string): Reply<MessageKind> {
    this.rejected[reason]++;
    return { ok: false, error };
  }
}

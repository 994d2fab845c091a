import { browser } from 'wxt/browser';
import { openPicker, type Picker } from '@/lib/picker/overlay';
import type { Message, PickerStart, Reply } from '@/lib/messages';

/**
 * "Track a number on this site", injected into the tab on demand (never on every page): waits for
 * the background's start message with the words in the UI language, then lets the user click a number.
 */
export default defineUnlistedScript(() => {
  const holder = globalThis as { goalpostPicker?: Picker };
  holder.goalpostPicker?.close();
  const ask = async <K extends 'content/pick-guess' | 'content/save-pick'>(kind: K, payload: Message<K>['payload']) =>
    (await browser.runtime.sendMessage({ kind, payload })) as Reply<K> | undefined;

  const onStart = (message: unknown, sender: { id?: string }): undefined => {
    const start = message as PickerStart | null;
    if (sender.id !== browser.runtime.id || start?.kind !== 'background/picker-start') return;
    browser.runtime.onMessage.removeListener(onStart);
    holder.goalpostPicker = openPicker({
      doc: document,
      dir: start.dir,
      texts: start.texts,
      metrics: start.metrics,
      async guess(label) {
        const reply = await ask('content/pick-guess', { label });
        return reply?.ok ? reply.data.metric : null;
      },
      async save(locator, metric) {
        const reply = await ask('content/save-pick', { locator, metric: metric as Message<'content/save-pick'>['payload']['metric'] });
        if (!reply?.ok) throw new Error(reply?.error ?? '');
      },
      onClose: () => delete holder.goalpostPicker,
    });
  };
  browser.runtime.onMessage.addListener(onStart);
});

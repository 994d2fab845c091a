/**
 * Fixture pages in happy-dom, at their real dashboard URL. A page is read as the extension reads it:
 * the adapter *finds* cells (content script), the raw page goes through JSON (the message), and the
 * background *interprets* it (lib/interpret/page.ts). Pages that render after load (an inline
 * script swaps the data in after ~300 ms, as the SPAs do) are run for real: JavaScript evaluation is
 * enabled for these trusted local fixtures and `settle` waits for the timers, so adapters read the DOM
 * the user would see. `settle: false` gives the page as first parsed (e.g. still loading).
 */
import { Window } from 'happy-dom';
import type { Adapter, AdapterContext, AdapterResult, FoundPage, RawPage } from '../../lib/adapters/types';
import { interpretPage, interpretedResult, type Interpretation } from '../../lib/interpret/page';
import { compareReadings, loadFixture, type Fixture, type ReadingComparison } from './fixtures';

export interface PageContext extends AdapterContext {
  today: string;
}

export interface FixturePage {
  fixture: Fixture;
  window: Window;
  document: Document;
  ctx: PageContext;
  close(): Promise<void>;
}

export async function openHtml(html: string, url: string, today: string, settle = true): Promise<{ window: Window; document: Document; ctx: PageContext; close(): Promise<void> }> {
  const window = new Window({
    url,
    width: 1280,
    height: 800,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  if (settle) await window.happyDOM.waitUntilComplete();
  const document = window.document as unknown as Document;
  const ctx: PageContext = {
    doc: document,
    url: new URL(url),
    locale: document.documentElement.getAttribute('lang') || 'en',
    today,
  };
  return { window, document, ctx, close: () => window.happyDOM.close() };
}

export async function openFixture(name: string, settle = true): Promise<FixturePage> {
  const fixture = loadFixture(name);
  const page = await openHtml(fixture.html, fixture.expected.url, fixture.expected.today, settle);
  return { fixture, ...page };
}

/** The raw page as the background receives it: through JSON, as a runtime message carries it. */
export function overTheWire(raw: RawPage): RawPage {
  return JSON.parse(JSON.stringify(raw)) as RawPage;
}

/** Find (in the page) → message → interpret (background), as the extension does. */
export function readWith(find: (ctx: AdapterContext) => FoundPage, ctx: PageContext): { found: FoundPage; interpretation: Interpretation; result: AdapterResult } {
  const found = find(ctx);
  const interpretation = interpretPage(overTheWire(found.raw), { url: ctx.url, today: ctx.today });
  return { found, interpretation, result: interpretedResult(found, interpretation) };
}

/** What a per-adapter test checks for one fixture, as plain data (asserted by the caller). */
export interface FixtureCheck {
  page: FixturePage;
  found: FoundPage;
  result: AdapterResult;
  comparison: ReadingComparison;
}

export async function readFixture(name: string, adapter: Adapter, settle = true): Promise<FixtureCheck> {
  const page = await openFixture(name, settle);
  const { found, result } = readWith((ctx) => adapter.find(ctx), page.ctx);
  const comparison = compareReadings(
    page.fixture.expected.readings,
    result.readings.map((f) => f.reading),
  );
  return { page, found, result, comparison };
}

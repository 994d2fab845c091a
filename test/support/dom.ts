/**
 * Fixture pages in happy-dom, at their real dashboard URL. Pages that render after load (an inline
 * script swaps the data in after ~300 ms, as the SPAs do) are run for real: JavaScript evaluation is
 * enabled for these trusted local fixtures and `settle` waits for the timers, so adapters read the DOM
 * the user would see. `settle: false` gives the page as first parsed (e.g. still loading).
 */
import { Window } from 'happy-dom';
import type { Adapter, AdapterContext, AdapterResult } from '../../lib/adapters/types';
import { compareReadings, loadFixture, type Fixture, type ReadingComparison } from './fixtures';

export interface FixturePage {
  fixture: Fixture;
  window: Window;
  document: Document;
  ctx: AdapterContext;
  close(): Promise<void>;
}

export async function openHtml(html: string, url: string, today: string, settle = true): Promise<{ window: Window; document: Document; ctx: AdapterContext; close(): Promise<void> }> {
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
  const ctx: AdapterContext = {
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

/** What a per-adapter test checks for one fixture, as plain data (asserted by the caller). */
export interface FixtureCheck {
  page: FixturePage;
  result: AdapterResult;
  comparison: ReadingComparison;
}

export async function readFixture(name: string, adapter: Adapter, settle = true): Promise<FixtureCheck> {
  const page = await openFixture(name, settle);
  const result = adapter.read(page.ctx);
  const comparison = compareReadings(
    page.fixture.expected.readings,
    result.readings.map((f) => f.reading),
  );
  return { page, result, comparison };
}

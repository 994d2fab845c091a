import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ADAPTERS, adapterFor, findPage } from '../../lib/adapters/registry';
import { matchingAdapter } from '../../lib/adapters/find';
import { DASHBOARD_ADAPTERS } from '../../lib/adapters/dashboard-adapters';
import { generic } from '../../lib/adapters/generic';
import type { Adapter, AdapterContext } from '../../lib/adapters/types';
import { compareReadings, listFixtures } from '../support/fixtures';
import { openFixture, openHtml, readWith, type PageContext } from '../support/dom';
import { accuracyLines, fixtureAccuracy } from '../support/accuracy';

/** Find → JSON → interpret with the registry, as the extension reads a page. */
const readPage = (ctx: PageContext, adapters?: readonly Adapter[]) => readWith((c: AdapterContext) => findPage(c, adapters), ctx).result;

/** Real URLs of each dashboard (fixture URLs plus other pages and URL shapes). */
const OWN_URLS: Record<string, string[]> = {
  ga4: [
    'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome',
    'https://analytics.google.com/analytics/web/?authuser=1#/a98p123456/reports/explorer?r=lifecycle-traffic-acquisition-v2',
    'https://analytics.google.com/analytics/web/#/analysis/p123456/edit/Xk3f9QzLTiu2wQ6pYbA1nw',
  ],
  'google-ads': [
    'https://ads.google.com/aw/overview?ocid=98765432',
    'https://ads.google.com/aw/campaigns?ocid=98765432&euid=1&__u=2&uscid=98765432&__c=3&authuser=0',
    'https://ads.google.com/aw/keywords?ocid=98765432&campaignId=2222',
  ],
  'meta-ads': [
    'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1234567890123456',
    'https://business.facebook.com/adsmanager/manage/adsets?act=1234567890123456&business_id=9',
    'https://www.facebook.com/adsmanager/manage/ads?act=1234567890123456',
  ],
  'search-console': [
    'https://search.google.com/search-console/performance/search-analytics?resource_id=sc-domain%3Aexample.com&num_of_days=28',
    'https://search.google.com/u/1/search-console/performance/search-analytics?resource_id=https%3A%2F%2Fwww.example.com%2F&start_date=20261001&end_date=20261031',
    'https://search.google.com/search-console?resource_id=sc-domain%3Aexample.com',
  ],
  'looker-studio': [
    'https://lookerstudio.google.com/reporting/1a2b3c4d/page/p_k2m9x8a1bd',
    'https://lookerstudio.google.com/u/0/reporting/1a2b3c4d/page/p_k2m9x8a1bd',
    'https://lookerstudio.google.com/embed/reporting/1a2b3c4d/page/p_k2m9x8a1bd',
  ],
  generic: [
    'https://ads.tiktok.com/i18n/perf/campaign?aadvid=7012345678901234567',
    'https://ui.ads.microsoft.com/campaign/vnext/campaigns?aid=1&cid=2',
    'https://admin.shopify.com/store/goalpost-demo/analytics?since=2026-10-01&until=2026-10-31',
    'https://www.facebook.com/somepage',
  ],
};

/**
 * Pages on a dashboard's host that are not a dashboard (a tool, a landing page): the dashboards' content
 * script runs there but no reader claims them, so nothing is read; the generic reader is for sites the
 * user allowed, never for these hosts.
 */
const UNCLAIMED = ['https://search.google.com/test/rich-results', 'https://lookerstudio.google.com/navigation/reporting', 'https://analytics.google.com/'];

describe('URL matchers', () => {
  for (const fixture of listFixtures()) {
    const url = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', `${fixture}.expected.json`), 'utf8')).url as string;
    const owner = fixture.split('/')[0]!;
    if (!OWN_URLS[owner]!.includes(url)) OWN_URLS[owner]!.push(url);
  }

  for (const adapter of ADAPTERS) {
    it(`${adapter.id} matches its own URLs and no other adapter's`, () => {
      for (const [owner, urls] of Object.entries(OWN_URLS)) {
        for (const url of urls) expect(adapter.matches(new URL(url)), `${adapter.id} on ${url}`).toBe(owner === adapter.id);
      }
    });
  }

  it('leaves pages on dashboard hosts that are no dashboard unread', () => {
    for (const url of UNCLAIMED) {
      expect(matchingAdapter(new URL(url), DASHBOARD_ADAPTERS), url).toBeNull();
      expect(generic.matches(new URL(url)), url).toBe(false);
    }
  });

  it('adapterFor picks the dashboard adapter and falls back to generic', () => {
    for (const [owner, urls] of Object.entries(OWN_URLS)) for (const url of urls) expect(adapterFor(new URL(url)).id).toBe(owner);
    expect(ADAPTERS[ADAPTERS.length - 1]!.id).toBe('generic');
  });

  it('does not read non-web pages', () => {
    for (const url of ['chrome-extension://abc/sidepanel.html', 'file:///tmp/x.html', 'about:blank']) {
      expect(ADAPTERS.some((a) => a.matches(new URL(url)))).toBe(false);
    }
  });
});

describe('accuracy over all fixtures', () => {
  it('reads every fixture 100 % right with nothing wrong shown as sure, date range and state included', async () => {
    const rows = await fixtureAccuracy();
    console.info(['Accuracy per fixture:', ...accuracyLines(rows)].join('\n'));
    for (const row of rows) {
      expect(row.problems, row.name).toEqual([]);
      expect(row, row.name).toMatchObject({ correct: row.expected, missing: 0, wrongButSure: 0, extra: 0, dateRangeRight: true, stateRight: true });
    }
    expect(rows.reduce((n, r) => n + r.expected, 0)).toBeGreaterThan(500);
  });
});

describe('compareReadings', () => {
  const base = { metric: 'clicks', value: 12000, unit: 'count', precision: 500, confidence: 'sure' as const, scope: {} };
  it('accepts a value within the printed precision and rejects one outside', () => {
    expect(compareReadings([{ metric: 'clicks', value: 12345, unit: 'count', label: 'Clicks' }], [base]).correct).toBe(1);
    const wrong = compareReadings([{ metric: 'clicks', value: 13000, unit: 'count', label: 'Clicks' }], [base]);
    expect(wrong).toMatchObject({ correct: 0, wrongButSure: 1 });
  });
  it('counts rows, units and unexpected sure readings', () => {
    const r = compareReadings(
      [{ metric: 'clicks', value: 12000, unit: 'count', row: 'A', label: 'Clicks' }],
      [{ ...base, scope: { row: 'B' } }, { ...base, unit: 'percent', scope: { row: 'A' }, confidence: 'unsure' }],
    );
    expect(r).toMatchObject({ expected: 1, correct: 0, wrongButSure: 1, missing: 0, extra: 1 });
  });
});

describe('isolation', () => {
  const throwing: Adapter = {
    id: 'ga4',
    name: 'Broken reader',
    matches: () => true,
    find: () => {
      throw new Error('selector exploded');
    },
  };

  it('a throwing adapter yields an empty page with a note, and findPage never throws', async () => {
    const page = await openFixture('ga4/home-en');
    try {
      const found = findPage(page.ctx, [throwing, ...ADAPTERS]);
      expect(found.raw).toMatchObject({ source: 'ga4', state: 'ready', cells: [], locale: 'en' });
      expect(found.elements).toEqual([]);
      expect(found.raw.notes.map((n) => `${n.code} ${n.detail}`).join(' ')).toMatch(/^reader-failed .*selector exploded/);
      const result = readPage(page.ctx, [throwing, ...ADAPTERS]);
      expect(result).toMatchObject({ source: 'ga4', readings: [], unrecognised: [] });
      // The real adapters still read the same page.
      expect(readPage(page.ctx).readings.length).toBe(4);
    } finally {
      await page.close();
    }
  });

  it('a throwing matcher is skipped', async () => {
    const page = await openFixture('google-ads/campaigns-en');
    try {
      const badMatcher: Adapter = { ...throwing, matches: () => { throw new Error('bad regexp'); } };
      expect(readPage(page.ctx, [badMatcher, ...ADAPTERS]).readings.length).toBe(48);
    } finally {
      await page.close();
    }
  });
});

describe('hostile page text', () => {
  it('labels, row names and values come out as plain text, and nothing is created', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
<table><thead><tr><th>Campaign</th><th>Clicks<img src=x onerror="window.__pwned=1"></th><th>&lt;b&gt;Sessions&lt;/b&gt;</th></tr></thead>
<tbody><tr><td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td><b>1,234</b></td><td>12</td></tr>
<tr><td>&lt;img src=x onerror=alert(2)&gt; "quotes" &amp; ampersands</td><td>&lt;i&gt;99&lt;/i&gt;</td><td>javascript:alert(3)</td></tr></tbody></table>
</body></html>`;
    const page = await openHtml(html, 'https://dashboard.example.com/report', '2026-11-24');
    try {
      const before = page.document.querySelectorAll('*').length;
      const result = readPage(page.ctx);
      expect(page.document.querySelectorAll('*').length).toBe(before);
      const rows = result.readings.map((f) => f.reading.scope.row);
      expect(rows).toContain('<script>alert(1)</script>');
      const clicks = result.readings.find((f) => f.reading.metric === 'clicks')!.reading;
      expect(clicks).toMatchObject({ value: 1234, label: 'Clicks', text: '1,234', scope: { row: '<script>alert(1)</script>' } });
      // "<i>99</i>" is text, not a number; "javascript:alert(3)" is not a number either.
      expect(result.readings.filter((f) => f.reading.scope.row?.startsWith('<img'))).toEqual([]);
      expect(result.unrecognised).toEqual(['<b>Sessions</b>']);
      for (const { reading } of result.readings) {
        for (const text of [reading.label, reading.text, reading.where, reading.scope.row ?? '']) expect(typeof text).toBe('string');
      }
    } finally {
      await page.close();
    }
  });
});

describe('adapters read only', () => {
  it('leave every fixture page exactly as it was, and read layout only to learn that the page has none', async () => {
    for (const name of listFixtures()) {
      const page = await openFixture(name);
      try {
        const proto = (page.window as unknown as { Element: { prototype: Element }; HTMLElement: { prototype: HTMLElement } });
        const layout = vi.spyOn(proto.Element.prototype, 'getBoundingClientRect');
        const rects = vi.spyOn(proto.Element.prototype, 'getClientRects');
        const before = page.document.documentElement.outerHTML;
        findPage(page.ctx);
        expect(page.document.documentElement.outerHTML, name).toBe(before);
        // Sizes tell a clipped (hidden) copy apart only where there is layout: asked once, of the root.
        expect(layout.mock.contexts.every((el) => el === page.document.documentElement), name).toBe(true);
        expect(layout.mock.calls.length, name).toBeLessThanOrEqual(1);
        expect(rects).not.toHaveBeenCalled();
      } finally {
        vi.restoreAllMocks();
        await page.close();
      }
    }
  });

  it('no adapter source uses innerHTML or page mutation, and only the visibility rule reads layout', () => {
    const dir = join(__dirname, '..', '..', 'lib', 'adapters');
    const layoutReads = ['getBoundingClientRect', 'getComputedStyle'];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const never = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'getClientRects', 'offsetWidth', 'offsetHeight', 'appendChild', '.remove(', 'setAttribute', 'document.write'];
      for (const banned of file === 'visibility.ts' ? never : [...never, ...layoutReads]) {
        expect(source.includes(banned), `${file} uses ${banned}`).toBe(false);
      }
    }
  });
});

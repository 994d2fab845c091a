import { describe, expect, it } from 'vitest';
import { SOURCE_IDS, type SourceId } from '../../lib/dashboards';
import { CHANNEL_ROWS, isChannelSource } from '../../lib/goals/channels';
import { pickBestReading, type ReadingLike } from '../../lib/goals/match';
import { GOAL_TEMPLATES, type GoalTemplate } from '../../lib/goals/templates';
import { isMetricId } from '../../lib/metrics/catalogue';
import { listFixtures, loadFixture } from '../support/fixtures';

/**
 * Each example goal of the source articles (lib/goals/templates.ts names the sentence it comes from),
 * made from its template, follows the right number on the fixture dashboards: its channel's row or
 * dashboard, never a site-wide total or another channel's number.
 */
const fixtures = listFixtures().map(loadFixture);
const sourceOf = (dashboard: string): SourceId => ((SOURCE_IDS as readonly string[]).includes(dashboard) ? (dashboard as SourceId) : 'generic');

function readingsOf(name: string): ReadingLike[] {
  const f = fixtures.find((x) => x.name === name)!;
  return f.expected.readings.flatMap((r, i) =>
    isMetricId(r.metric)
      ? [{ metric: r.metric, source: sourceOf(f.dashboard), scope: r.row ? { row: r.row } : {}, where: `${f.name} #${i}`, confidence: 'sure' as const, readAt: f.expected.today, value: r.value }]
      : [],
  );
}

const goalOf = (t: GoalTemplate) => ({ metric: t.metric, scope: t.scope ?? {}, ...(t.channel ? { channel: t.channel } : {}) });
const template = (id: string) => GOAL_TEMPLATES.find((t) => t.id === id)!;
const picked = (id: string, fixture: string) => {
  const best = pickBestReading(goalOf(template(id)), readingsOf(fixture));
  return best ? { metric: best.reading.metric, row: best.reading.scope.row ?? null, value: (best.reading as ReadingLike & { value: number }).value } : null;
};

describe('seed templates on the fixture dashboards', () => {
  it.each([
    // 003: 在未來六個月內,將網站訪客數提升30% — GA4 prints Active users, Looker Studio Users.
    ['visitors-30pct-6-months', 'ga4/home-en', { metric: 'active-users', row: null, value: 12000 }],
    ['visitors-30pct-6-months', 'looker-studio/report-en', { metric: 'users', row: null, value: 9530 }],
    // 003: 將品牌在Google搜尋結果中排名提升至前三名 — Search Console's position, nothing on GA4.
    ['google-top-3-6-months', 'search-console/performance-en', { metric: 'average-position', row: null, value: 18.3 }],
    ['google-top-3-6-months', 'ga4/home-en', null],
    // 003: 在一年內將線上銷售額提升20% — the site-wide revenue.
    ['online-sales-20pct-1-year', 'ga4/home-en', { metric: 'revenue', row: null, value: 4300 }],
    // 002: paid search CTR 1% — Google Ads' CTR, never Search Console's organic CTR or Meta's.
    ['paid-search-ctr-1pct', 'google-ads/campaigns-en', { metric: 'ctr', row: null, value: 0.86 }],
    ['paid-search-ctr-1pct', 'search-console/performance-en', null],
    ['paid-search-ctr-1pct', 'meta-ads/campaigns-en', null],
    // 004: organic conversion rate +25% — no organic row on these pages, so nothing, not the totals.
    ['organic-conversion-rate-25pct-november', 'google-ads/campaigns-en', null],
    ['organic-conversion-rate-25pct-november', 'generic/shopify-table-en', null],
    // 004: web visits from Asia +5% in Q1 — a page without an Asia row gives nothing.
    ['asia-visits-5pct-q1', 'ga4/traffic-acquisition-compare-en', null],
    // 003: 透過簡訊行銷促成10%的銷售轉換率 — only an SMS row.
    ['sms-sales-conversion-rate-10pct', 'generic/shopify-table-en', null],
  ] as const)('%s on %s', (id, fixture, expected) => {
    expect(picked(id, fixture)).toEqual(expected);
  });

  it('over every fixture, each template takes only its own row or channel', () => {
    let taken = 0;
    for (const t of GOAL_TEMPLATES) {
      for (const f of fixtures) {
        const best = pickBestReading(goalOf(t), readingsOf(f.name));
        if (!best) continue;
        taken++;
        const r = best.reading;
        const where = `${t.id} on ${f.name}`;
        if (t.scope?.source) expect(r.source, where).toBe(t.scope.source);
        if (t.scope?.filter) expect(r.scope.row, where).toBe(t.scope.filter);
        else if (t.channel && t.channel !== 'all' && t.scope?.source !== 'generic' && !isChannelSource(r.source)) {
          expect(CHANNEL_ROWS[t.channel], where).toContain(r.scope.row);
        } else expect(r.scope.row, where).toBeUndefined();
      }
    }
    expect(taken).toBeGreaterThan(20);
  });
});

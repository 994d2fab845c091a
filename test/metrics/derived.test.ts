import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../lib/dashboards';
import { METRICS } from '../../lib/metrics/catalogue';
import {
  CLTV_FACTORS,
  DERIVED_IDS,
  DERIVED_METRICS,
  MIN_PRORATION_SHARE,
  cltvFormula,
  formulaMetrics,
  computeDerived,
  derivedFormula,
  derivedIdForMetric,
  formulaText,
  goalFormulaSchema,
  parseFormula,
  partName,
  validateFormula,
  type DerivedResult,
  type GoalFormula,
} from '../../lib/metrics/derived';
import { metricFromLabel } from '../../lib/metrics/labels';
import type { MetricId } from '../../lib/metrics/types';
import type { DateRange } from '../../lib/parse/types';
import type { Observation } from '../../lib/progress/types';
import { ValidationError, validate } from '../../lib/validate';
import { makeObservation } from '../support/goal-fixtures';

/** March 2026, read on 1 April: the common case of every dashboard opened on "last month". */
const MARCH: DateRange = { start: '2026-03-01', end: '2026-03-31' };
const READ = '2026-04-01T09:00:00.000Z';
const OPTS = { period: { start: '2026-01-01', end: '2026-12-31' }, now: '2026-04-02T12:00:00.000Z', staleAfterDays: 7 };

function obs(metric: MetricId, source: SourceId, value: number, extra: Partial<Observation> = {}): Observation {
  return makeObservation({
    metric,
    source,
    value,
    dateRange: MARCH,
    readAt: READ,
    ...(METRICS[metric].unit === 'currency' ? { currency: 'USD' } : {}),
    ...extra,
  });
}

function withSources(id: Parameters<typeof derivedFormula>[0], numerator?: SourceId[], denominator?: SourceId[]): GoalFormula {
  const f = derivedFormula(id);
  if (numerator) f.numerator[0]!.sources = numerator;
  if (denominator) f.denominator[0]!.sources = denominator;
  return f;
}

function complete(r: DerivedResult) {
  if (r.status !== 'complete') throw new Error(`expected complete, got ${r.status}: ${'message' in r ? r.message : ''}`);
  return r;
}

describe('derived KPIs in the catalogue', () => {
  it('defines each built-in KPI with its formula, unit and direction', () => {
    expect([...DERIVED_IDS].sort()).toEqual(['aov', 'cac', 'cltv', 'cost-per-lead', 'returning-visitor-rate', 'roas']);
    expect(DERIVED_METRICS.cac.formulaText).toBe('Cost ÷ New customers');
    expect(DERIVED_METRICS.roas.formulaText).toBe('Revenue ÷ Cost');
    expect(DERIVED_METRICS['cost-per-lead'].formulaText).toBe('Cost ÷ Leads');
    expect(DERIVED_METRICS.aov.formulaText).toBe('Revenue ÷ Purchases');
    expect(DERIVED_METRICS.cltv.formulaText).toBe('Revenue ÷ Purchases × Purchases per customer per year × Customer lifespan (years)');
    expect(DERIVED_METRICS['returning-visitor-rate'].formulaText).toBe('Returning users ÷ Users × 100');
    expect(DERIVED_METRICS.cltv.asks).toEqual([CLTV_FACTORS.frequency, CLTV_FACTORS.lifespan]);
  });

  it.each(DERIVED_IDS)('%s: valid, and its unit and direction are its goal metric’s', (id) => {
    const def = DERIVED_METRICS[id];
    expect(validateFormula(def.formula, def.metric)).toEqual([]);
    expect(def.formula.unit).toBe(METRICS[def.metric].unit);
    expect(def.formula.direction).toBe(METRICS[def.metric].direction);
    expect(derivedIdForMetric(def.metric)).toBe(id);
  });

  it('maps returning-visitor-rate onto the existing returning-visitor-share metric (no duplicate id)', () => {
    expect(DERIVED_METRICS['returning-visitor-rate'].metric).toBe('returning-visitor-share');
    expect(derivedIdForMetric('sessions')).toBeNull();
  });

  it('lists the metrics a formula reads, each once', () => {
    expect(formulaMetrics(derivedFormula('cac'))).toEqual(['cost', 'new-customers']);
    expect(formulaMetrics({ numerator: [{ metric: 'cost', sources: ['google-ads'] }, { metric: 'cost', sources: ['meta-ads'] }], denominator: [{ metric: 'leads' }] })).toEqual(['cost', 'leads']);
  });

  it('is frozen; derivedFormula hands out an editable copy', () => {
    expect(Object.isFrozen(DERIVED_METRICS.cac.formula.numerator[0])).toBe(true);
    const f = derivedFormula('cac');
    f.numerator[0]!.sources = ['google-ads'];
    expect(DERIVED_METRICS.cac.formula.numerator[0]!.sources).toBeUndefined();
  });

  it('adds the metrics the formulas need, with the parts they are built from', () => {
    expect(METRICS['new-customers']).toMatchObject({ unit: 'count', kind: 'cumulative', direction: 'higher' });
    expect(METRICS.cac.parts).toEqual({ numerator: 'cost', denominator: 'new-customers', scale: 1 });
    expect(METRICS['cost-per-lead']).toMatchObject({ unit: 'currency', kind: 'ratio', direction: 'lower', parts: { numerator: 'cost', denominator: 'leads', scale: 1 } });
    expect(METRICS.aov).toMatchObject({ unit: 'currency', kind: 'ratio', direction: 'higher', parts: { numerator: 'revenue', denominator: 'purchases', scale: 1 } });
  });

  it.each([
    ['New customers', 'new-customers'], ['First time purchasers', 'new-customers'], ['First-time customers', 'new-customers'],
    ['首次購買者', 'new-customers'], ['Cost per lead', 'cost-per-lead'], ['CPL', 'cost-per-lead'], ['Kosten pro Lead', 'cost-per-lead'],
    ['هزینه هر سرنخ', 'cost-per-lead'], ['Average order value', 'aov'], ['Average purchase revenue', 'aov'], ['AOV', 'aov'],
    ['客單價', 'aov'], ['متوسط قيمة الطلب', 'aov'], ['Cost per new customer', 'cac'], ['Cost per result', 'cpa'],
  ] as const)('reads the printed label %s as %s', (label, id) => expect(metricFromLabel(label)).toBe(id));

  // GA4's purchaser columns side by side (test/fixtures/ga4/user-acquisition-purchasers-en.html): only the
  // first-time purchasers are new customers; all purchasers include repeat buyers, and orders are purchases.
  it.each([
    ['First time purchasers', 'new-customers'], ['首次购买者', 'new-customers'], ['首次購買者', 'new-customers'],
    ['المشترون لأول مرة', 'new-customers'], ['خریداران بار اول', 'new-customers'], ['Ecommerce purchases', 'purchases'],
    ['Purchase revenue', 'revenue'], ['Total purchasers', null], ['Purchasers', null],
  ] as const)('GA4 purchaser column %s is %s', (label, id) => expect(metricFromLabel(label)).toBe(id));
});

describe('formulaText', () => {
  it('names each source of a summed part', () => {
    const f = withSources('cost-per-lead', ['google-ads', 'meta-ads']);
    expect(formulaText(f)).toBe('(Google Ads cost + Meta Ads spend) ÷ Leads');
    f.denominator[0]!.sources = ['ga4'];
    expect(formulaText(f)).toBe('(Google Ads cost + Meta Ads spend) ÷ GA4 leads');
  });

  it('shows typed factors with their values, and scope', () => {
    expect(formulaText(cltvFormula(2, 3))).toBe('Revenue ÷ Purchases × Purchases per customer per year (2) × Customer lifespan (years) (3)');
    expect(partName({ metric: 'cost', account: 'Acme EU', filter: 'Brand' }, 'google-ads')).toBe("Google Ads cost (Acme EU, 'Brand')");
  });

  it('uses the metric names of another language, dashboards as they are', () => {
    expect(formulaText(withSources('cac', ['google-ads']), 'fa')).toBe('هزینه (Google Ads) ÷ مشتریان جدید');
  });
});

describe('computeDerived — each formula, with currencies', () => {
  it('CAC: Google Ads cost + Meta spend over GA4 new customers, each part saying where and when it was read', () => {
    const f = withSources('cac', ['google-ads', 'meta-ads'], ['ga4']);
    const gads = obs('cost', 'google-ads', 1000, { where: 'Campaigns table, totals row, Cost column' });
    const meta = obs('cost', 'meta-ads', 500, { readAt: '2026-04-01T10:00:00.000Z' });
    const ga = obs('new-customers', 'ga4', 30);
    const r = complete(computeDerived(f, [gads, meta, ga], OPTS));
    expect(r.value).toBe(50);
    expect(r.currency).toBe('USD');
    expect(r.unit).toBe('currency');
    expect(r.range).toEqual(MARCH);
    expect(r.prorated).toBeUndefined();
    expect(r.parts).toHaveLength(3);
    expect(r.parts[0]).toMatchObject({
      side: 'numerator', metric: 'cost', source: 'google-ads', name: 'Google Ads cost', value: 1000, used: 1000, currency: 'USD',
      dateRange: MARCH, readAt: READ, observationId: gads.id, where: 'Campaigns table, totals row, Cost column', stale: false,
    });
    expect(r.parts[1]).toMatchObject({ source: 'meta-ads', name: 'Meta Ads spend', readAt: '2026-04-01T10:00:00.000Z', observationId: meta.id });
    expect(r.parts[2]).toMatchObject({ side: 'denominator', metric: 'new-customers', source: 'ga4', name: 'GA4 new customers', value: 30 });
    expect(r.text).toBe('CAC USD 50 = (Google Ads cost USD 1,000 + Meta Ads spend USD 500) ÷ GA4 new customers 30, 1 Mar 2026 – 31 Mar 2026');
  });

  it('CAC: two ad accounts in different currencies refuse to add up, naming both', () => {
    const f = withSources('cac', ['google-ads', 'meta-ads'], ['ga4']);
    const r = computeDerived(f, [obs('cost', 'google-ads', 1000), obs('cost', 'meta-ads', 400, { currency: 'EUR' }), obs('new-customers', 'ga4', 30)], OPTS);
    expect(r.status).toBe('refused');
    if (r.status !== 'refused') return;
    expect(r.code).toBe('currency-mismatch');
    expect(r.message).toContain('Google Ads cost is in USD and Meta Ads spend in EUR; Goalpost does not convert currencies');
    expect(r.params).toMatchObject({ a: 'Google Ads cost', aCurrency: 'USD', b: 'Meta Ads spend', bCurrency: 'EUR' });
    expect(r).not.toHaveProperty('value');
  });

  it('says the currency clash even while another part is still missing (reading more will not fix it)', () => {
    const f = withSources('cac', ['google-ads', 'meta-ads'], ['ga4']);
    const r = computeDerived(f, [obs('cost', 'google-ads', 1000, { currency: 'GBP' }), obs('cost', 'meta-ads', 400, { currency: 'EUR' })], OPTS);
    expect(r).toMatchObject({ status: 'refused', code: 'currency-mismatch' });
  });

  it('two accounts of one dashboard in one currency add up (parts pinned to accounts)', () => {
    const f: GoalFormula = {
      ...derivedFormula('cac'),
      numerator: [
        { metric: 'cost', sources: ['meta-ads'], account: 'Acme US' },
        { metric: 'cost', sources: ['meta-ads'], account: 'Acme CA' },
      ],
    };
    expect(validateFormula(f)).toEqual([]);
    const us = obs('cost', 'meta-ads', 600, { scope: { account: 'Acme US' } });
    const ca = obs('cost', 'meta-ads', 300, { scope: { account: 'Acme CA' } });
    const r = complete(computeDerived(f, [us, ca, obs('new-customers', 'ga4', 10)], OPTS));
    expect(r.value).toBe(90);
    expect(r.parts.map((p) => p.name)).toEqual(['Meta Ads spend (Acme US)', 'Meta Ads spend (Acme CA)', 'GA4 new customers']);
    // The same two accounts in different currencies do not.
    const cad = obs('cost', 'meta-ads', 300, { scope: { account: 'Acme CA' }, currency: 'CAD' });
    expect(computeDerived(f, [us, cad, obs('new-customers', 'ga4', 10)], OPTS)).toMatchObject({ status: 'refused', code: 'currency-mismatch' });
  });

  it('an amount whose currency the page did not show is not taken for a clash', () => {
    const f = withSources('cac', ['google-ads', 'meta-ads']);
    const meta = obs('cost', 'meta-ads', 500);
    delete meta.currency;
    const r = complete(computeDerived(f, [obs('cost', 'google-ads', 1000), meta, obs('new-customers', 'ga4', 30)], OPTS));
    expect(r.value).toBe(50);
    expect(r.currency).toBe('USD');
  });

  it('ROAS: revenue ÷ cost in one currency is a plain ratio', () => {
    const r = complete(computeDerived(withSources('roas', ['ga4'], ['google-ads']), [obs('revenue', 'ga4', 5000), obs('cost', 'google-ads', 1250)], OPTS));
    expect(r.value).toBe(4);
    expect(r.unit).toBe('ratio');
    expect(r.currency).toBeUndefined();
  });

  it('ROAS: revenue and cost in different currencies are refused', () => {
    const r = computeDerived(withSources('roas', ['ga4'], ['google-ads']), [obs('revenue', 'ga4', 5000, { currency: 'EUR' }), obs('cost', 'google-ads', 1250)], OPTS);
    expect(r).toMatchObject({ status: 'refused', code: 'currency-mismatch' });
    if (r.status === 'refused') expect(r.message).toBe('GA4 revenue is in EUR and Google Ads cost in USD; Goalpost does not convert currencies, so ROAS cannot be computed. Read both in the same currency.');
  });

  it('cost per lead: (Google Ads + Meta) ÷ Meta leads', () => {
    const f = withSources('cost-per-lead', ['google-ads', 'meta-ads'], ['meta-ads']);
    const r = complete(computeDerived(f, [obs('cost', 'google-ads', 200, { currency: 'EUR' }), obs('cost', 'meta-ads', 100, { currency: 'EUR' }), obs('leads', 'meta-ads', 60)], OPTS));
    expect(r.value).toBe(5);
    expect(r.currency).toBe('EUR');
  });

  it('AOV: revenue ÷ purchases keeps the revenue’s currency', () => {
    const r = complete(computeDerived(derivedFormula('aov'), [obs('revenue', 'ga4', 9000, { currency: 'JPY' }), obs('purchases', 'ga4', 100)], OPTS));
    expect(r.value).toBe(90);
    expect(r.currency).toBe('JPY');
  });

  it('CLTV: AOV × purchases per year × lifespan in years (typed by the user)', () => {
    const r = complete(computeDerived(cltvFormula(2, 3), [obs('revenue', 'ga4', 9000), obs('purchases', 'ga4', 100)], OPTS));
    expect(r.value).toBe(540);
    expect(r.currency).toBe('USD');
    expect(r.text).toContain('× Purchases per customer per year (2) × Customer lifespan (years) (3)');
  });

  it('returning visitor rate: returning users ÷ users × 100, in percent', () => {
    const r = complete(computeDerived(derivedFormula('returning-visitor-rate'), [obs('returning-users', 'ga4', 150), obs('users', 'ga4', 1000)], OPTS));
    expect(r.value).toBe(15);
    expect(r.unit).toBe('percent');
  });

  it('a user-defined KPI: name, numerator summed over sources, denominator', () => {
    const f: GoalFormula = {
      id: 'custom', name: 'Cost per signup', numerator: [{ metric: 'cost', sources: ['google-ads', 'meta-ads'] }],
      denominator: [{ metric: 'conversions', sources: ['ga4'] }], scale: 1, unit: 'currency', direction: 'lower',
    };
    expect(validateFormula(f, 'cpa')).toEqual([]);
    const r = complete(computeDerived(f, [obs('cost', 'google-ads', 300), obs('cost', 'meta-ads', 100), obs('conversions', 'ga4', 20)], OPTS));
    expect(r.value).toBe(20);
    expect(r.text.startsWith('Cost per signup USD 20 = ')).toBe(true);
  });
});

describe('computeDerived — which readings', () => {
  it('a part with no sources takes the latest reading of one source, never a sum over all of them', () => {
    // GA4 shows the imported Google Ads cost too: the same money twice.
    const ga4Cost = obs('cost', 'ga4', 1000, { readAt: '2026-04-01T08:00:00.000Z' });
    const adsCost = obs('cost', 'google-ads', 1010, { readAt: '2026-04-01T11:00:00.000Z' });
    const r = complete(computeDerived(derivedFormula('cac'), [ga4Cost, adsCost, obs('new-customers', 'ga4', 10)], OPTS));
    expect(r.parts.filter((p) => p.side === 'numerator')).toHaveLength(1);
    expect(r.parts[0]).toMatchObject({ source: 'google-ads', value: 1010 });
    expect(r.value).toBe(101);
  });

  it('uses the latest sure reading and never a doubtful or unsure one', () => {
    const older = obs('leads', 'meta-ads', 50, { readAt: '2026-04-01T07:00:00.000Z' });
    const unsure = obs('leads', 'meta-ads', 5000, { readAt: '2026-04-01T10:00:00.000Z', confidence: 'unsure' });
    const doubtful = { ...obs('leads', 'meta-ads', 7, { readAt: '2026-04-01T11:00:00.000Z' }), doubt: 'totals' } as Observation;
    const r = complete(computeDerived(withSources('cost-per-lead', ['meta-ads'], ['meta-ads']), [obs('cost', 'meta-ads', 500), older, unsure, doubtful], OPTS));
    expect(r.value).toBe(10);
    expect(r.parts[1]!.observationId).toBe(older.id);
  });

  it('a part about a campaign takes that campaign’s row, not the totals', () => {
    const f: GoalFormula = { ...derivedFormula('cost-per-lead'), numerator: [{ metric: 'cost', sources: ['meta-ads'], filter: 'Spring sale' }], denominator: [{ metric: 'leads', sources: ['meta-ads'], filter: 'Spring sale' }] };
    const rows = [
      obs('cost', 'meta-ads', 900), obs('leads', 'meta-ads', 90),
      obs('cost', 'meta-ads', 120, { scope: { row: 'Spring sale' } }), obs('leads', 'meta-ads', 30, { scope: { row: 'Spring sale' } }),
    ];
    expect(complete(computeDerived(f, rows, OPTS)).value).toBe(4);
  });

  it('a part pinned to an account takes nothing from a page that does not say its account', () => {
    const f: GoalFormula = { ...derivedFormula('cac'), numerator: [{ metric: 'cost', sources: ['google-ads'], account: '123-456-7890' }] };
    const r = computeDerived(f, [obs('cost', 'google-ads', 100), obs('new-customers', 'ga4', 10)], OPTS);
    expect(r).toMatchObject({ status: 'incomplete', missing: [{ metric: 'cost', source: 'google-ads', reason: 'no-reading' }] });
  });
});

describe('computeDerived — date alignment and proration', () => {
  it('prefers readings of one common range over fresher readings of another', () => {
    const f = withSources('cac', ['google-ads'], ['ga4']);
    const febCost = obs('cost', 'google-ads', 800, { dateRange: { start: '2026-02-01', end: '2026-02-28' }, readAt: '2026-03-30T09:00:00.000Z' });
    const febCust = obs('new-customers', 'ga4', 20, { dateRange: { start: '2026-02-01', end: '2026-02-28' }, readAt: '2026-03-30T09:00:00.000Z' });
    const marCost = obs('cost', 'google-ads', 1000, { readAt: '2026-04-01T12:00:00.000Z' });
    const r = complete(computeDerived(f, [febCost, febCust, marCost], OPTS));
    expect(r.range).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(r.value).toBe(40);
    expect(r.prorated).toBeUndefined();
  });

  it('of several common ranges, takes the latest', () => {
    const f = withSources('aov', ['ga4'], ['ga4']);
    const feb = { dateRange: { start: '2026-02-01', end: '2026-02-28' } };
    const r = complete(computeDerived(f, [obs('revenue', 'ga4', 500, feb), obs('purchases', 'ga4', 10, feb), obs('revenue', 'ga4', 900), obs('purchases', 'ga4', 10)], OPTS));
    expect(r.range).toEqual(MARCH);
    expect(r.value).toBe(90);
  });

  it('prorates overlapping ranges per day to their common days, and says so', () => {
    // Google Ads opened on 31 Mar for "last 30 days", GA4 on 1 Apr for "last 30 days".
    const f = withSources('cac', ['google-ads'], ['ga4']);
    const cost = obs('cost', 'google-ads', 3000, { dateRange: { start: '2026-03-01', end: '2026-03-30' }, readAt: '2026-03-31T09:00:00.000Z' });
    const cust = obs('new-customers', 'ga4', 60, { dateRange: { start: '2026-03-02', end: '2026-03-31' }, readAt: '2026-04-01T09:00:00.000Z' });
    const r = complete(computeDerived(f, [cost, cust], OPTS));
    expect(r.range).toEqual({ start: '2026-03-02', end: '2026-03-30' });
    expect(r.parts[0]!.used).toBeCloseTo(3000 * (29 / 30), 9);
    expect(r.parts[1]!.used).toBeCloseTo(60 * (29 / 30), 9);
    expect(r.value).toBeCloseTo(50, 9);
    expect(r.prorated).toEqual([
      { side: 'numerator', part: 0, metric: 'cost', source: 'google-ads', name: 'Google Ads cost', from: { start: '2026-03-01', end: '2026-03-30' }, to: { start: '2026-03-02', end: '2026-03-30' }, share: 29 / 30 },
      { side: 'denominator', part: 0, metric: 'new-customers', source: 'ga4', name: 'GA4 new customers', from: { start: '2026-03-02', end: '2026-03-31' }, to: { start: '2026-03-02', end: '2026-03-30' }, share: 29 / 30 },
    ]);
    expect(r.parts[0]!.prorated).toEqual({ from: { start: '2026-03-01', end: '2026-03-30' }, to: { start: '2026-03-02', end: '2026-03-30' }, share: 29 / 30 });
    expect(r.text).toContain('prorated per day: Google Ads cost from 1 Mar 2026 – 30 Mar 2026, GA4 new customers from 2 Mar 2026 – 31 Mar 2026');
  });

  it('a part that covers the common days exactly is used as read', () => {
    const f = withSources('roas', ['ga4'], ['google-ads']);
    const rev = obs('revenue', 'ga4', 3100); // March, 31 days
    const cost = obs('cost', 'google-ads', 1000, { dateRange: { start: '2026-03-01', end: '2026-03-20' } });
    const r = complete(computeDerived(f, [rev, cost], OPTS));
    expect(r.range).toEqual({ start: '2026-03-01', end: '2026-03-20' });
    expect(r.value).toBeCloseTo((3100 * 20) / 31 / 1000, 9);
    expect(r.prorated?.map((p) => p.name)).toEqual(['GA4 revenue']);
    expect(r.parts[1]!.prorated).toBeUndefined();
  });

  it('counts a range only up to the day it was read ("this month" read on the 10th covers 10 days)', () => {
    const f = withSources('cost-per-lead', ['google-ads'], ['ga4']);
    const cost = obs('cost', 'google-ads', 200, { readAt: '2026-03-10T18:00:00.000Z' });
    const leads = obs('leads', 'ga4', 20, { readAt: '2026-03-10T19:00:00.000Z' });
    const r = complete(computeDerived(f, [cost, leads], { ...OPTS, now: '2026-03-11T00:00:00.000Z' }));
    expect(r.range).toEqual({ start: '2026-03-01', end: '2026-03-10' });
    expect(r.prorated).toBeUndefined();
    expect(r.value).toBe(10);
  });

  it('refuses ranges that share no days', () => {
    const f = withSources('cac', ['google-ads'], ['ga4']);
    const r = computeDerived(f, [obs('cost', 'google-ads', 1000, { dateRange: { start: '2026-01-01', end: '2026-01-31' } }), obs('new-customers', 'ga4', 10, { dateRange: { start: '2026-02-01', end: '2026-02-28' } })], OPTS);
    expect(r.status).toBe('refused');
    if (r.status !== 'refused') return;
    expect(r.code).toBe('range-mismatch');
    expect(r.message).toBe('Google Ads cost covers 1 Jan 2026 – 31 Jan 2026 but GA4 new customers covers 1 Feb 2026 – 28 Feb 2026: they share no days, so CAC cannot be computed. Open the dashboards for the same dates.');
  });

  it(`refuses to prorate a part to less than ${MIN_PRORATION_SHARE * 100}% of its days`, () => {
    // "Last 7 days" in Google Ads against "last 28 days" in GA4.
    const f = withSources('cac', ['google-ads'], ['ga4']);
    const cost = obs('cost', 'google-ads', 700, { dateRange: { start: '2026-03-25', end: '2026-03-31' } });
    const cust = obs('new-customers', 'ga4', 28, { dateRange: { start: '2026-03-04', end: '2026-03-31' } });
    const r = computeDerived(f, [cost, cust], OPTS);
    expect(r).toMatchObject({ status: 'refused', code: 'range-mismatch', params: { a: 'GA4 new customers', sharePercent: 25 } });
  });

  it('a part read only for days outside the goal period is missing, said as such', () => {
    const f = withSources('cac', ['google-ads'], ['ga4']);
    const r = computeDerived(f, [obs('cost', 'google-ads', 1000), obs('new-customers', 'ga4', 10)], { ...OPTS, period: { start: '2026-04-01', end: '2026-06-30' } });
    expect(r.status).toBe('incomplete');
    if (r.status !== 'incomplete') return;
    expect(r.missing.map((m) => [m.name, m.reason])).toEqual([['Google Ads cost', 'outside-period'], ['GA4 new customers', 'outside-period']]);
    expect(r.message).toContain('Google Ads cost has no reading for 1 Apr 2026 – 30 Jun 2026');
  });
});

describe('computeDerived — missing and stale parts', () => {
  it('a missing source makes it incomplete, naming the part, and shows no partial value', () => {
    const f = withSources('cac', ['google-ads', 'meta-ads'], ['ga4']);
    const r = computeDerived(f, [obs('cost', 'google-ads', 1000), obs('new-customers', 'ga4', 30)], OPTS);
    expect(r.status).toBe('incomplete');
    if (r.status !== 'incomplete') return;
    expect(r).not.toHaveProperty('value');
    expect(r.missing).toEqual([{ side: 'numerator', part: 0, metric: 'cost', source: 'meta-ads', name: 'Meta Ads spend', reason: 'no-reading' }]);
    expect(r.stale).toEqual([]);
    expect(r.parts.map((p) => p.name)).toEqual(['Google Ads cost', 'GA4 new customers']);
    expect(r.message).toBe('CAC is incomplete: Meta Ads spend has no reading yet.');
  });

  it('a part with no reading at all from any source is named by its metric', () => {
    const r = computeDerived(derivedFormula('cac'), [obs('cost', 'google-ads', 1000)], OPTS);
    expect(r).toMatchObject({ status: 'incomplete', missing: [{ side: 'denominator', metric: 'new-customers', name: 'New customers', reason: 'no-reading' }] });
    expect((r as { missing: object[] }).missing[0]).not.toHaveProperty('source');
  });

  it('a stale part makes it incomplete, saying when it was last read', () => {
    const f = withSources('cac', ['google-ads', 'meta-ads'], ['ga4']);
    const oldMeta = obs('cost', 'meta-ads', 500, { readAt: '2026-03-20T09:00:00.000Z', dateRange: { start: '2026-03-01', end: '2026-03-19' } });
    const r = computeDerived(f, [obs('cost', 'google-ads', 1000), oldMeta, obs('new-customers', 'ga4', 30)], OPTS);
    expect(r.status).toBe('incomplete');
    if (r.status !== 'incomplete') return;
    expect(r.missing).toEqual([]);
    expect(r.stale).toEqual([{ side: 'numerator', part: 0, metric: 'cost', source: 'meta-ads', name: 'Meta Ads spend', reason: 'stale', lastReadAt: '2026-03-20T09:00:00.000Z' }]);
    expect(r.parts.find((p) => p.source === 'meta-ads')).toMatchObject({ stale: true, value: 500 });
    expect(r.message).toBe('CAC is incomplete: Meta Ads spend was last read 20 Mar 2026, more than 7 days ago.');
  });

  it('says why a part that was read cannot be used: only with doubt, or without dates', () => {
    const f = withSources('roas', ['ga4'], ['google-ads']);
    const r = computeDerived(f, [obs('revenue', 'ga4', 100, { confidence: 'unsure' }), obs('cost', 'google-ads', 10, { dateRange: null })], OPTS);
    expect(r).toMatchObject({ status: 'incomplete', missing: [{ name: 'GA4 revenue', reason: 'unsure-only' }, { name: 'Google Ads cost', reason: 'no-date-range' }] });
  });

  it('a zero denominator is refused, not shown as infinity', () => {
    const r = computeDerived(withSources('cac', ['google-ads'], ['ga4']), [obs('cost', 'google-ads', 1000), obs('new-customers', 'ga4', 0)], OPTS);
    expect(r).toMatchObject({ status: 'refused', code: 'zero-denominator' });
    if (r.status === 'refused') expect(r.message).toBe('GA4 new customers is 0 for 1 Mar 2026 – 31 Mar 2026, so CAC cannot be computed (it divides by it).');
  });

  it('an invalid formula is refused, not thrown', () => {
    const r = computeDerived({ ...derivedFormula('cac'), scale: 0 }, [], OPTS);
    expect(r).toMatchObject({ status: 'refused', code: 'invalid-formula' });
  });

  it('ignores observations of metrics the formula does not name', () => {
    const r = complete(computeDerived(derivedFormula('aov'), [obs('sessions', 'ga4', 99999), obs('revenue', 'ga4', 900), obs('purchases', 'ga4', 10)], OPTS));
    expect(r.parts).toHaveLength(2);
  });
});

describe('validateFormula', () => {
  const custom = (over: Partial<GoalFormula>): GoalFormula => ({
    id: 'custom', name: 'My KPI', numerator: [{ metric: 'cost' }], denominator: [{ metric: 'leads' }], scale: 1, unit: 'currency', direction: 'lower', ...over,
  });
  const codes = (f: unknown, metric?: MetricId) => validateFormula(f, metric).map((e) => `${e.path}:${e.code}`);

  it('accepts a well-formed custom KPI', () => expect(validateFormula(custom({}))).toEqual([]));

  it.each([
    ['not an object', 'cac', [':not-object']],
    ['a custom KPI without a name', { ...custom({}), name: '  ' }, ['name:bad-name']],
    ['an unknown metric', custom({ numerator: [{ metric: 'spend' as MetricId }] }), ['numerator[0].metric:bad-metric']],
    ['a ratio as a part', custom({ numerator: [{ metric: 'cpa' }] }), ['numerator[0].metric:not-summable']],
    ['money added to a count', custom({ numerator: [{ metric: 'cost' }, { metric: 'leads' }] }), ['numerator[1].metric:mixed-units']],
    ['the same cost twice', custom({ numerator: [{ metric: 'cost', sources: ['google-ads'] }, { metric: 'cost' }] }), ['numerator[1]:duplicate-part']],
    ['a source twice', custom({ numerator: [{ metric: 'cost', sources: ['meta-ads', 'meta-ads'] }] }), ['numerator[0].sources[1]:bad-sources']],
    ['an unknown source', custom({ numerator: [{ metric: 'cost', sources: ['tiktok' as SourceId] }] }), ['numerator[0].sources[0]:bad-sources']],
    ['no denominator', custom({ denominator: [] }), ['denominator:bad-parts']],
    ['money ÷ count not in currency', custom({ unit: 'ratio' }), ['unit:unit-mismatch']],
    ['money ÷ money in currency', custom({ denominator: [{ metric: 'revenue' }] }), ['unit:unit-mismatch']],
    ['a zero scale', custom({ scale: 0 }), ['scale:bad-scale']],
    ['a factor of 0', custom({ factors: [{ name: 'Lifespan', value: 0 }] }), ['factors[0].value:bad-factors']],
    ['a bad direction', { ...custom({}), direction: 'up' }, ['direction:bad-direction']],
    ['a built-in id on another formula', { ...derivedFormula('cac'), denominator: [{ metric: 'purchases' }] }, [':not-template']],
  ] as const)('rejects %s', (_, f, expected) => expect(codes(f)).toEqual(expected));

  it('accepts different campaigns of one metric and source (a sum of rows)', () => {
    expect(validateFormula(custom({ numerator: [{ metric: 'cost', sources: ['google-ads'], filter: 'Brand' }, { metric: 'cost', sources: ['google-ads'], filter: 'Generic' }] }))).toEqual([]);
  });

  it('accepts a built-in formula with its sources named', () => {
    expect(validateFormula(withSources('cac', ['google-ads', 'meta-ads'], ['ga4']), 'cac')).toEqual([]);
  });

  it('checks the formula fits the goal’s metric', () => {
    expect(codes(derivedFormula('cac'), 'cpa')).toEqual(['id:goal-metric-mismatch']);
    expect(codes(custom({}), 'roas')).toEqual(['unit:goal-metric-mismatch']);
    expect(codes(custom({}), 'cpa')).toEqual([]);
  });

  it('gives English messages', () => {
    expect(validateFormula(custom({ numerator: [{ metric: 'cpa' }] }))[0]!.message).toBe(
      'CPA is not a count or sum over the period, so it cannot be a part (use the numbers it is built from).',
    );
  });

  it('parseFormula keeps only known fields; the schema check throws a ValidationError with the path', () => {
    const parsed = parseFormula({ ...custom({ name: ' Cost per signup ' }), extra: 1, numerator: [{ metric: 'cost', sources: ['ga4'], junk: true }] });
    expect(parsed).toEqual({ ok: true, formula: { ...custom({ name: 'Cost per signup' }), numerator: [{ metric: 'cost', sources: ['ga4'] }] } });
    expect(() => goalFormulaSchema({ ...custom({}), scale: -1 }, 'formula')).toThrow(ValidationError);
    expect(validate(goalFormulaSchema, { ...custom({}), scale: -1 }, 'formula')).toEqual({ ok: false, error: 'formula.scale is not a valid formula: The scale must be a number above 0 (1, or 100 for a percentage).' });
    expect(validate(goalFormulaSchema, custom({ numerator: [{ metric: 'cost', sources: ['x' as SourceId] }] }), 'formula')).toMatchObject({ ok: false, error: expect.stringContaining('formula.numerator[0].sources[0] ') });
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inclusiveDays } from '../../lib/goals/dates';
import { newGoal, resolveTargetValue, type GoalInput } from '../../lib/goals/model';
import { GOAL_TEMPLATES, templateDeadline, templateStart, type GoalTemplate } from '../../lib/goals/templates';
import { UI_LANGUAGES } from '../../lib/i18n';
import { METRICS } from '../../lib/metrics/catalogue';
import { MIN_HORIZON_DAYS } from '../../lib/progress/smart';

/** The seed articles sit beside the checkout (../shared/seeds) when there is one; a plain clone has none. */
const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** A baseline on the right side of each kind of target, in the metric's unit. */
function baselineFor(t: GoalTemplate): number {
  const unit = METRICS[t.metric].unit;
  if (t.metric === 'average-position') return 8;
  if (t.target.kind === 'decrease-to' || t.target.kind === 'stay-below') return t.target.value * 1.5;
  if (unit === 'percent') return Math.min(t.target.value, 100) / 2 || 1;
  if (unit === 'ratio') return 0.8;
  return 1_000;
}

function inputFor(t: GoalTemplate, today: string, lang: (typeof UI_LANGUAGES)[number] = 'en'): GoalInput {
  return {
    metric: t.metric,
    target: { ...t.target },
    start: templateStart(t, today),
    deadline: templateDeadline(t, today),
    name: t.names[lang],
    baseline: baselineFor(t),
    ...(t.scope ? { scope: { ...t.scope } } : {}),
    ...(t.channel ? { channel: t.channel } : {}),
    stage: t.stage,
    ...(t.objective ? { objective: t.objective } : {}),
  };
}

// Ordinary days, the last days of a quarter and a year, a leap day, and days just before November / after Q1.
const TODAYS = ['2026-05-14', '2026-01-01', '2026-03-25', '2026-03-31', '2026-04-01', '2026-11-24', '2026-11-30', '2026-12-27', '2026-12-31', '2028-02-29'];

describe('goal templates', () => {
  it('has unique ids', () => {
    const ids = GOAL_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers the example goals of the seeds', () => {
    expect(GOAL_TEMPLATES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(GOAL_TEMPLATES.map((t) => [t.id, t] as const))('%s has a non-empty name in every UI language', (_id, t) => {
    for (const lang of UI_LANGUAGES) {
      expect(t.names[lang]?.trim(), `${t.id} ${lang}`).toBeTruthy();
      expect(t.names[lang].length).toBeLessThanOrEqual(80);
    }
    expect(Object.keys(t.names).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it('names every template differently in each UI language', () => {
    for (const lang of UI_LANGUAGES) {
      const names = GOAL_TEMPLATES.map((t) => t.names[lang]);
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });

  it.each(GOAL_TEMPLATES.map((t) => [t.id, t] as const))('%s says where it comes from', (_id, t) => {
    expect(t.origin.seed).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    expect(t.origin.quote.trim()).not.toBe('');
    expect(t.origin.english.trim()).not.toBe('');
    // Checked against the article itself only where the seeds are beside the checkout.
    if (existsSync(SEEDS_DIR)) {
      const article = readFileSync(`${SEEDS_DIR}${t.origin.seed}`, 'utf8');
      expect(article.includes(t.origin.quote), `${t.id}: quote not in ${t.origin.seed}`).toBe(true);
    }
  });

  it.each(GOAL_TEMPLATES.map((t) => [t.id, t] as const))('%s becomes a valid goal on any day', (_id, t) => {
    for (const today of TODAYS) {
      const now = `${today}T09:30:00.000Z`;
      const goal = newGoal(inputFor(t, today), now);
      expect(goal.metric).toBe(t.metric);
      expect(goal.target).toMatchObject(t.target);
      expect(goal.scope).toEqual(t.scope ?? {});
      expect(goal.name).toBe(t.names.en);
      // Long enough to measure, short enough to steer.
      const days = inclusiveDays(goal.start, goal.deadline);
      expect(days, `${t.id} from ${today}`).toBeGreaterThanOrEqual(MIN_HORIZON_DAYS);
      expect(days, `${t.id} from ${today}`).toBeLessThanOrEqual(400);
      expect(goal.start >= today).toBe(true);
      expect(resolveTargetValue(goal)).not.toBeNull();
      for (const lang of UI_LANGUAGES) expect(() => newGoal(inputFor(t, today, lang), now)).not.toThrow();
    }
  });

  it('gives a baseline rule that suits the metric: the period before for totals, the latest reading otherwise', () => {
    for (const t of GOAL_TEMPLATES) {
      const needsBaseline = t.target.kind === 'increase-by-percent' || t.target.kind === 'decrease-by-percent' || t.target.kind === 'increase-by';
      if (needsBaseline) expect(t.baseline, t.id).toBeDefined();
      if (t.baseline) expect(t.baseline, t.id).toBe(METRICS[t.metric].kind === 'cumulative' ? 'same-length-before' : 'latest');
    }
  });

  it('reads a channel from its own dashboard or its GA4 row', () => {
    const byId = Object.fromEntries(GOAL_TEMPLATES.map((t) => [t.id, t]));
    expect(byId['google-top-3-6-months']?.scope).toEqual({ source: 'search-console' });
    expect(byId['paid-search-ctr-1pct']?.scope).toEqual({ source: 'google-ads' });
    expect(byId['organic-conversion-rate-25pct-november']?.scope).toEqual({ filter: 'Organic Search' });
    expect(byId['sms-sales-conversion-rate-10pct']?.scope).toEqual({ filter: 'SMS' });
    expect(byId['saudi-visitors-15pct']?.scope).toEqual({ filter: 'Saudi Arabia' });
    expect(byId['asia-visits-5pct-q1']?.scope).toEqual({ filter: 'Asia' });
    expect(byId['paid-search-break-even']?.special).toBe('break-even');
  });
});

describe('templateDeadline', () => {
  const t = (deadline: GoalTemplate['deadline']) => ({ ...GOAL_TEMPLATES[0]!, deadline });

  it('uses the presets', () => {
    expect(templateDeadline(t('in-6-months'), '2026-08-31')).toBe('2027-02-28');
    expect(templateDeadline(t('in-12-months'), '2028-02-29')).toBe('2029-02-28');
    expect(templateDeadline(t('end-of-year'), '2026-05-14')).toBe('2026-12-31');
    expect(templateDeadline(t('end-of-quarter'), '2026-05-14')).toBe('2026-06-30');
  });

  it('moves an end of period less than a week away to the next one', () => {
    expect(templateDeadline(t('end-of-year'), '2026-12-27')).toBe('2027-12-31');
    expect(templateDeadline(t('end-of-year'), '2026-12-25')).toBe('2026-12-31');
    expect(templateDeadline(t('end-of-quarter'), '2026-03-31')).toBe('2026-06-30');
    expect(templateDeadline(t('end-of-month'), '2026-02-27')).toBe('2026-03-31');
  });

  it('takes the next Q1 and the next November', () => {
    expect(templateDeadline(t('end-of-q1'), '2026-01-01')).toBe('2026-03-31');
    expect(templateDeadline(t('end-of-q1'), '2026-03-28')).toBe('2027-03-31');
    expect(templateDeadline(t('end-of-q1'), '2026-07-10')).toBe('2027-03-31');
    expect(templateDeadline(t('end-of-november'), '2026-05-14')).toBe('2026-11-30');
    expect(templateDeadline(t('end-of-november'), '2026-11-28')).toBe('2027-11-30');
    expect(templateDeadline(t('end-of-november'), '2026-12-05')).toBe('2027-11-30');
  });

  it('starts a Q1 goal set outside Q1 on the next 1 January, every other goal today', () => {
    expect(templateStart(t('end-of-q1'), '2026-07-10')).toBe('2027-01-01');
    expect(templateStart(t('end-of-q1'), '2026-02-10')).toBe('2026-02-10');
    expect(templateStart(t('end-of-year'), '2026-07-10')).toBe('2026-07-10');
  });
});

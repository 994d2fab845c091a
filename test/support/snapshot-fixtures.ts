/**
 * Snapshots for tests of the share formats and for the end-to-end suite. Built through buildSnapshot
 * from hand-written goals and progress, so they do not depend on the progress engine's arithmetic.
 */
import type { Goal, TargetKind } from '../../lib/goals/types';
import type { MetricId } from '../../lib/metrics/types';
import type { DateRange, NumberUnit } from '../../lib/parse/types';
import type { GoalProgress, StatusCode, WarningCode } from '../../lib/progress/types';
import { ENGLISH_SHARE_LABELS, type ShareLabels } from '../../lib/share/labels';
import { buildSnapshot, type ReadingLike, type Snapshot, type SnapshotGoalInput } from '../../lib/share/snapshot';

export type FixtureLocale = 'en' | 'fa' | 'ar' | 'zh-Hant';

export const TAKEN_AT = '2026-11-24T15:30:00.000Z';
export const PAGE_URL = 'https://analytics.google.com/analytics/web/#/p123456/reports/intelligenthome';
export const NOVEMBER: DateRange = { start: '2026-11-01', end: '2026-11-23' };

/** Goal names per locale, in the order of the sample goals (on track, at risk, behind, achieved, no data). */
export const GOAL_NAMES: Record<FixtureLocale, readonly [string, string, string, string, string]> = {
  en: [
    'Sessions from Saudi Arabia',
    'Organic conversion rate +25%',
    'Paid-search CPA below $25',
    'Instagram followers +20%',
    'Average engagement time',
  ],
  fa: ['بازدید از عربستان سعودی', 'نرخ تبدیل ارگانیک ۲۵٪ بیشتر', 'هزینه هر اکتساب جستجوی پولی زیر ۲۵ دلار', 'دنبال‌کنندگان اینستاگرام ۲۰٪ بیشتر', 'میانگین زمان تعامل'],
  ar: ['الزيارات من السعودية', 'زيادة معدل التحويل العضوي 25%', 'تكلفة الاكتساب للبحث المدفوع أقل من 25 دولارًا', 'زيادة متابعي إنستغرام 20%', 'متوسط وقت التفاعل'],
  'zh-Hant': ['來自沙烏地阿拉伯的工作階段', '自然搜尋轉換率提升 25%', '付費搜尋 CPA 低於 25 美元', 'Instagram 追蹤者成長 20%', '平均互動時間'],
};

const TITLES: Record<FixtureLocale, string> = {
  en: 'Goalpost snapshot',
  fa: 'نمای لحظه‌ای Goalpost',
  ar: 'لقطة Goalpost',
  'zh-Hant': 'Goalpost 快照',
};

const STATUS_WORDS: Record<Exclude<FixtureLocale, 'en'>, Partial<Record<StatusCode, string>>> = {
  fa: { achieved: 'محقق شد', 'on-track': 'طبق برنامه', 'at-risk': 'در خطر', behind: 'عقب', 'no-data': 'بدون داده' },
  ar: { achieved: 'تحقق', 'on-track': 'على المسار', 'at-risk': 'في خطر', behind: 'متأخر', 'no-data': 'لا بيانات' },
  'zh-Hant': { achieved: '已達成', 'on-track': '進度正常', 'at-risk': '有風險', behind: '落後', 'no-data': '無資料' },
};

/** A few localised strings are enough to see the formats carry them; the rest stay English. */
export function sampleLabels(locale: FixtureLocale = 'en'): ShareLabels {
  if (locale === 'en') return ENGLISH_SHARE_LABELS;
  return {
    ...ENGLISH_SHARE_LABELS,
    locale,
    title: TITLES[locale],
    status: { ...ENGLISH_SHARE_LABELS.status, ...STATUS_WORDS[locale] },
  };
}

/** Labels a hostile translation (or a compromised language pack) could ship. */
export function hostileLabels(): ShareLabels {
  return {
    ...ENGLISH_SHARE_LABELS,
    title: '<script>alert(1)</script>',
    progress: '=HYPERLINK("http://x")',
    columns: { ...ENGLISH_SHARE_LABELS.columns, name: '=cmd|"/c calc"!A1', status: '*bold* _x_ [link](http://x)' },
  };
}

export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '*bold* _x_ [link](http://x)',
  '"quote,comma\nnewline"',
  '<img src=x onerror=alert(1)>',
] as const;

function goal(id: string, name: string, metric: MetricId, kind: TargetKind, value: number, baseline?: number): Goal {
  return {
    id,
    name,
    metric,
    scope: { source: 'ga4' },
    target: { kind, value, setAt: '2026-10-25T09:00:00.000Z' },
    targetHistory: [],
    ...(baseline === undefined ? {} : { baseline: { value: baseline, obtained: 'typed' as const } }),
    start: '2026-11-01',
    deadline: '2026-11-30',
    milestones: [],
    reviewCadenceDays: 30,
    status: 'active',
    notes: '',
    createdAt: '2026-10-25T09:00:00.000Z',
    updatedAt: '2026-10-25T09:00:00.000Z',
  };
}

const STATUS_TEXT: Record<StatusCode, string> = {
  achieved: 'Achieved: the target is met.',
  'on-track': 'On track: ahead of the pace line.',
  'at-risk': 'At risk: a little behind the pace line.',
  behind: 'Behind: well behind the pace line.',
  missed: 'Missed: the deadline passed.',
  'no-data': 'No data: the metric has not been read yet.',
  stale: 'Stale: the last reading is old.',
  'too-early': 'Too early to judge.',
};

function progress(
  goalId: string,
  code: StatusCode,
  p: Partial<Omit<GoalProgress, 'status' | 'warnings'>> & { warnings?: Array<[WarningCode, string, Record<string, string | number>?]> },
): GoalProgress {
  return {
    goalId,
    current: null,
    target: null,
    fraction: null,
    expectedNow: null,
    paceRatio: null,
    elapsed: 23 / 30,
    forecast: null,
    needed: null,
    smart: [
      { letter: 'S', pass: true, reason: 'One metric with a scope.' },
      { letter: 'M', pass: true, reason: 'Target and baseline are numbers.' },
      { letter: 'A', pass: code !== 'behind', reason: code === 'behind' ? 'Needs far more than the recent trend.' : 'In line with recent growth.' },
      { letter: 'T', pass: true, reason: 'Has a start and a deadline.' },
    ],
    approximate: false,
    ...p,
    status: { code, params: {}, text: STATUS_TEXT[code] },
    warnings: (p.warnings ?? []).map(([wc, text, params]) => ({ code: wc, text, params: params ?? {} })),
  };
}

function reading(metric: MetricId, label: string, value: number, text: string, unit: NumberUnit, range: DateRange | null, extra: Partial<ReadingLike> = {}): ReadingLike {
  return {
    metric,
    label,
    value,
    text,
    unit,
    source: 'ga4',
    dateRange: range,
    where: `Home, “${label}” card`,
    readAt: '2026-11-24T15:29:12.000Z',
    ...extra,
  };
}

/** Daily values from the 1st; `step` per day with a little wobble so the sparkline is not a ruler. */
function dailyTrend(days: number, start: number, step: number): Array<{ readAt: string; value: number }> {
  return Array.from({ length: days }, (_, i) => ({
    readAt: `2026-11-${String(i + 1).padStart(2, '0')}T18:00:00.000Z`,
    value: Math.round((start + step * i + (i % 3 === 0 ? step * 0.4 : 0)) * 100) / 100,
  }));
}

export interface SampleOptions {
  /** Adds a fifth goal with no reading (no-data status, null values everywhere). */
  withNoData?: boolean;
  /** Replace goal names (in order) — for hostile-name tests. */
  names?: readonly string[];
  scope?: 'tab' | 'all';
}

export function sampleGoalInputs(locale: FixtureLocale = 'en', options: SampleOptions = {}): SnapshotGoalInput[] {
  const names = GOAL_NAMES[locale].map((n, i) => options.names?.[i % options.names.length] ?? n);
  const sessions = reading('sessions', 'Sessions', 7420, '7,420', 'count', NOVEMBER);
  const conversion = reading('conversion-rate', 'Session conversion rate', 2.82, '2.82%', 'percent', NOVEMBER, {
    scope: { row: 'Organic Search' },
  });
  const cpa = reading('cpa', 'Cost / conv.', 34.5, 'US$34.50', 'currency', NOVEMBER, { currency: 'USD', source: 'google-ads' });
  const followers = reading('followers', 'Followers', 6120, '6.12K', 'count', null, { source: 'meta-ads' });
  const inputs: SnapshotGoalInput[] = [
    {
      goal: goal('g-sessions', names[0]!, 'sessions', 'reach', 10000),
      progress: progress('g-sessions', 'on-track', {
        current: 7420, target: 10000, fraction: 0.742, expectedNow: 7000, paceRatio: 1.06,
        forecast: { value: 10150, low: 9600, high: 10700, method: 'run-rate' },
        needed: { perDay: 368.57, perWeek: 2580 },
      }),
      matchedReading: sessions,
      explanation: 'Sessions card on the GA4 home page, same date range as the goal so far.',
      history: dailyTrend(23, 300, 320),
    },
    {
      goal: goal('g-conversion', names[1]!, 'conversion-rate', 'increase-by-percent', 25, 2.4),
      progress: progress('g-conversion', 'at-risk', {
        current: 2.82, target: 3, fraction: 0.7, expectedNow: 2.86, paceRatio: 0.913,
        forecast: { value: 2.93, method: 'trend' },
        needed: { perDay: 0.026, perWeek: 0.18 },
        warnings: [['low-volume', 'Few sessions so far; the rate may still move a lot.', { sessions: 412 }]],
      }),
      matchedReading: conversion,
      history: dailyTrend(23, 2.4, 0.02),
    },
    {
      goal: goal('g-cpa', names[2]!, 'cpa', 'decrease-to', 25, 40),
      progress: progress('g-cpa', 'behind', {
        current: 34.5, target: 25, fraction: 0.3667, expectedNow: 28.5, paceRatio: 0.478,
        forecast: { value: 31.2, method: 'trend' },
        needed: { perDay: -1.36, perWeek: -9.5 },
        warnings: [
          ['behind-pace', 'Behind pace: 48% of the progress expected by now.', { percent: 48 }],
          ['range-mismatch', 'The page shows 1–23 Nov, the goal runs 1–30 Nov.', {}],
        ],
      }),
      matchedReading: cpa,
      history: dailyTrend(23, 40, -0.25),
    },
    {
      goal: goal('g-followers', names[3]!, 'followers', 'increase-by-percent', 20, 5000),
      progress: progress('g-followers', 'achieved', {
        current: 6120, target: 6000, fraction: 1.12, expectedNow: 5767, paceRatio: 1.46, approximate: true,
        forecast: { value: 6300, method: 'as-is' },
      }),
      matchedReading: followers,
      history: [{ readAt: '2026-11-20T10:00:00.000Z', value: 6120 }],
    },
  ];
  if (options.withNoData) {
    inputs.push({
      goal: goal('g-engagement', names[4]!, 'avg-engagement-time', 'reach', 95, 70),
      progress: progress('g-engagement', 'no-data', {
        warnings: [['metric-not-found', 'Average engagement time is not on this page.', {}]],
      }),
      unit: 'duration',
    });
  }
  return inputs;
}

export function sampleSnapshot(locale: FixtureLocale = 'en', options: SampleOptions = {}): Snapshot {
  const goals = sampleGoalInputs(locale, options);
  return buildSnapshot({
    takenAt: TAKEN_AT,
    scope: options.scope === 'all' ? { kind: 'all' } : { kind: 'tab', pageUrl: PAGE_URL, title: 'Home – Google Analytics' },
    locale,
    // The page's readings; the followers reading comes from history and is appended by buildSnapshot.
    readings: goals.slice(0, 3).flatMap((g) => (g.matchedReading ? [g.matchedReading] : [])),
    goals,
  });
}

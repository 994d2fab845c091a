import type { GoalView, PageReport } from '@/lib/messages';
import type { WarningCode } from '@/lib/progress/types';
import { snapshotToCsv } from '@/lib/share/csv';
import { snapshotFilename } from '@/lib/share/filenames';
import { snapshotToHtml } from '@/lib/share/html';
import { snapshotToJson } from '@/lib/share/json';
import type { ShareLabels } from '@/lib/share/labels';
import { drawSnapshotCard, layoutSnapshotCard, type Canvas2DLike } from '@/lib/share/png-card';
import { buildSnapshot, type Snapshot } from '@/lib/share/snapshot';
import { snapshotToMarkdown, snapshotToPlainText } from '@/lib/share/text';
import { en, type MessageKey } from '@/lib/i18n';
import { matchText, readingPlaceText, type PlaceWording } from '@/lib/i18n/place';
import type { Reading } from '@/lib/readings';
import { downloadBlob } from './download';
import type { I18n } from './i18n';

export const SHARE_FORMATS = ['json', 'csv', 'html', 'md', 'txt', 'png'] as const;
export type ShareFormat = (typeof SHARE_FORMATS)[number];
export type TextFormat = Exclude<ShareFormat, 'png'>;

export const FORMAT_LABEL: Record<ShareFormat, MessageKey> = {
  json: 'formatJson',
  csv: 'formatCsv',
  html: 'formatHtml',
  md: 'formatMd',
  txt: 'formatTxt',
  png: 'formatPng',
};

export const MIME: Record<ShareFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  png: 'image/png',
};

const WARNING_CODES: readonly WarningCode[] = [
  'metric-not-found', 'stale', 'deadline-passed', 'review-due', 'unit-mismatch', 'currency-mismatch', 'low-volume', 'too-many-active-goals',
];

/** Every word a shared snapshot prints, in the UI language. */
export function shareLabels(i18n: I18n): ShareLabels {
  const { t } = i18n;
  const translated = i18n.catalogue !== en;
  return {
    locale: i18n.locale,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    title: t('share.title'),
    allGoals: t('share.allGoals'),
    takenAt: t('share.takenAt'),
    dataRange: t('share.dataRange'),
    progress: t('share.progress'),
    pace: t('share.pace'),
    paceValue: t('share.paceValue'),
    forecast: t('share.forecast'),
    deadline: t('share.deadline'),
    needed: t('share.needed'),
    perWeek: t('share.perWeek'),
    warnings: t('share.warnings'),
    readings: t('share.readings'),
    noGoals: t('share.noGoals'),
    moreGoals: t('share.moreGoals'),
    none: '—',
    approximate: t('approx'),
    status: {
      achieved: t('statusAchieved'),
      'on-track': t('statusOnTrack'),
      'at-risk': t('statusAtRisk'),
      behind: t('statusBehind'),
      missed: t('statusMissed'),
      'no-data': t('statusNoData'),
      stale: t('statusStale'),
      'too-early': t('share.statusTooEarly'),
    },
    // Warnings whose wording has variants keep the English text the snapshot carries.
    ...(translated ? { warning: Object.fromEntries(WARNING_CODES.map((c) => [c, t(`warning.${c}` as MessageKey)])) } : {}),
    columns: {
      name: t('share.col.name'),
      metric: t('share.col.metric'),
      unit: t('share.col.unit'),
      currency: t('share.col.currency'),
      current: t('share.col.current'),
      target: t('share.col.target'),
      percent: t('share.col.percent'),
      status: t('share.col.status'),
      pace: t('share.col.pace'),
      expectedNow: t('share.col.expectedNow'),
      forecast: t('share.col.forecast'),
      neededPerWeek: t('share.col.neededPerWeek'),
      start: t('share.col.start'),
      deadline: t('share.col.deadline'),
      rangeStart: t('share.col.rangeStart'),
      rangeEnd: t('share.col.rangeEnd'),
      warnings: t('share.col.warnings'),
      takenAt: t('share.col.takenAt'),
    },
    formula: {
      formula: t('share.formula'),
      computed: t('share.formulaComputed'),
      parts: t('share.formulaParts'),
      incomplete: t('share.formulaIncomplete'),
      refused: t('share.formulaRefused'),
      readAt: t('share.formulaReadAt'),
      prorated: t('share.formulaProrated'),
      notRead: t('formulaPartMissing'),
      tooOld: t('formulaPartStale'),
    },
    readingColumns: {
      metric: t('share.readingCol.metric'),
      value: t('share.readingCol.value'),
      dateRange: t('share.readingCol.dateRange'),
      source: t('share.readingCol.source'),
      where: t('share.readingCol.where'),
      readAt: t('share.readingCol.readAt'),
    },
  };
}

export interface SnapshotSource {
  /** 'tab': what this page shows (its readings and the goals it matched); 'all': every goal. */
  scope: 'tab' | 'all';
  page: PageReport | null;
  goals: readonly GoalView[];
  locale: string;
  /** The UI language's wording: each reading's `where` and each goal's `explanation` are stored in it (English without). */
  words?: PlaceWording;
  now?: Date;
}

/** Freezes what the side panel shows into the documented snapshot. */
export function snapshotOf({ scope, page, goals, locale, words, now = new Date() }: SnapshotSource): Snapshot {
  const tab = scope === 'tab' && page !== null;
  // The same reading worded the same way wherever it appears, so a goal's reading is found among the page's.
  const worded = (r: Reading): Reading => (words ? { ...r, where: readingPlaceText(words, r) } : r);
  return buildSnapshot({
    takenAt: now.toISOString(),
    scope: tab ? { kind: 'tab', pageUrl: page.pageUrl, title: page.title } : { kind: 'all' },
    locale,
    readings: tab ? page.readings.map(worded) : [],
    goals: goals.map((g) => ({
      goal: g.goal,
      progress: g.progress,
      history: g.trend,
      ...(g.matched
        ? { matchedReading: worded(g.matched.reading), explanation: words ? matchText(words, g.matched.reading, g.matched.explanation) : g.matched.explanation }
        : {}),
    })),
  });
}

export function snapshotText(s: Snapshot, format: TextFormat, labels: ShareLabels): string {
  switch (format) {
    case 'json':
      return snapshotToJson(s);
    case 'csv':
      return snapshotToCsv(s, labels);
    case 'html':
      return snapshotToHtml(s, labels);
    case 'md':
      return snapshotToMarkdown(s, labels);
    case 'txt':
      return snapshotToPlainText(s, labels);
  }
}

/** The share card as a PNG at twice the CSS size (crisp on high-density screens and in chats). */
export async function snapshotPng(s: Snapshot, labels: ShareLabels): Promise<Blob> {
  const layout = layoutSnapshotCard(s, labels, { dpr: 2 });
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(layout.pixelWidth, layout.pixelHeight);
    const ctx = canvas.getContext('2d');
    if (ctx) {
      drawSnapshotCard(ctx as unknown as Canvas2DLike, layout);
      return canvas.convertToBlob({ type: 'image/png' });
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = layout.pixelWidth;
  canvas.height = layout.pixelHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d unavailable');
  drawSnapshotCard(ctx as unknown as Canvas2DLike, layout);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}

export async function snapshotBlob(s: Snapshot, format: ShareFormat, labels: ShareLabels): Promise<Blob> {
  if (format === 'png') return snapshotPng(s, labels);
  return new Blob([snapshotText(s, format, labels)], { type: MIME[format] });
}

/** Downloads the snapshot in a format; returns the file name. */
export async function downloadSnapshot(s: Snapshot, format: ShareFormat, labels: ShareLabels): Promise<string> {
  const filename = snapshotFilename(s, format);
  downloadBlob(filename, await snapshotBlob(s, format, labels));
  return filename;
}

export type CopyKind = 'txt' | 'md' | 'png';

/** Copies text, Markdown (as text) or the image card to the clipboard. */
export async function copySnapshot(s: Snapshot, kind: CopyKind, labels: ShareLabels): Promise<void> {
  if (kind === 'png') {
    // A promise keeps the user gesture alive while the image is drawn (Chrome); Firefox needs the Blob.
    const blob = snapshotPng(s, labels);
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return;
  }
  await navigator.clipboard.writeText(snapshotText(s, kind, labels));
}

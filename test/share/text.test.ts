import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../lib/share/escape';
import { ENGLISH_SHARE_LABELS } from '../../lib/share/labels';
import { snapshotToMarkdown, snapshotToPlainText } from '../../lib/share/text';
import { GOAL_NAMES, HOSTILE_NAMES, hostileLabels, sampleLabels, sampleSnapshot, type FixtureLocale } from '../support/snapshot-fixtures';

/** Intl puts thin and narrow no-break spaces around range dashes and before AM/PM. */
const norm = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

const formats = [
  ['Markdown', (...args: Parameters<typeof snapshotToMarkdown>) => norm(snapshotToMarkdown(...args))],
  ['plain text', (...args: Parameters<typeof snapshotToPlainText>) => norm(snapshotToPlainText(...args))],
] as const;

describe.each(formats)('%s', (_name, render) => {
  it('shows status words next to emoji, progress, pace, deadline and when it was taken', () => {
    const text = render(sampleSnapshot('en'), ENGLISH_SHARE_LABELS);
    expect(text).toContain('🟢 On track');
    expect(text).toContain('🟡 At risk');
    expect(text).toContain('🔴 Behind');
    expect(text).toContain('✅ Achieved');
    expect(text).toContain('7,420 / 10,000 (74%)');
    expect(text).toContain('2.82% / 3% (70%)');
    expect(text).toContain('$34.50 / $25.00 (36%)');
    expect(text).toContain('≈6,120 / 6,000 (112%)');
    expect(text).toContain('106% of plan');
    expect(text).toContain('Nov 30, 2026');
    expect(text).toContain('Taken: Nov 24, 2026, 3:30 PM UTC');
    expect(text).toContain('Data: Nov 1 – 23, 2026');
    expect(text).toContain('Home – Google Analytics — analytics.google.com');
    // The page URL carries the property id; shared text names only the host.
    expect(text).not.toContain('p123456');
  });

  it('stays short: a handful of lines per goal', () => {
    const text = render(sampleSnapshot('en'), ENGLISH_SHARE_LABELS);
    expect(text.split('\n').length).toBeLessThan(40);
  });

  it.each<FixtureLocale>(['fa', 'ar', 'zh-Hant'])('renders %s names and formats numbers and dates in that locale', (locale) => {
    const text = render(sampleSnapshot(locale), sampleLabels(locale));
    for (const name of GOAL_NAMES[locale].slice(0, 4)) expect(text).toContain(name);
    expect(text).toContain(sampleLabels(locale).status['on-track']);
    if (locale === 'fa') {
      // Each value is isolated so the right-to-left line keeps it whole: it reads "7,420 / 10,000 (74%)" from the right.
      expect(text).toContain('\u2068۷٬۴۲۰\u2069 / \u2068۱۰٬۰۰۰\u2069 (\u2068۷۴٪\u2069)');
      expect(text).not.toMatch(/7,420/);
    }
    if (locale === 'zh-Hant') expect(text).toContain('2026年11月30日');
  });

  it('adds no invisible characters to left-to-right output', () => {
    expect(render(sampleSnapshot('en'), ENGLISH_SHARE_LABELS)).not.toMatch(/[\u2066-\u2069\u202a-\u202e]/);
  });

  it('shows missing values as a dash and keeps warnings', () => {
    const text = render(sampleSnapshot('en', { withNoData: true }), ENGLISH_SHARE_LABELS);
    expect(text).toContain('⚪ No data');
    expect(text).toContain('— / —');
    expect(text).toContain('Average engagement time is not on this page.');
  });

  it('puts the date range on each goal when goals differ', () => {
    const s = sampleSnapshot('en');
    s.goals[0]!.dateRange = { start: '2026-10-01', end: '2026-10-31' };
    const text = render(s, ENGLISH_SHARE_LABELS);
    expect(text).not.toContain('Data: Nov 1 – 23, 2026 ');
    expect(text).toMatch(/Data:? +Oct 1 – 31, 2026/);
  });

  it('uses localised warning templates with the warning params', () => {
    const labels = { ...ENGLISH_SHARE_LABELS, warning: { 'behind-pace': 'Only {percent}% of the way expected' } };
    expect(render(sampleSnapshot('en'), labels)).toContain('Only 48% of the way expected');
  });

  it('says so when there are no goals', () => {
    const s = sampleSnapshot('en');
    s.goals = [];
    expect(render(s, ENGLISH_SHARE_LABELS)).toContain('No goals in this snapshot.');
  });

  it('keeps each goal on its own lines whatever its name contains', () => {
    const text = render(sampleSnapshot('en', { names: ['line one\nline two\u202Eevil'] }), ENGLISH_SHARE_LABELS);
    expect(text).toContain('line one line twoevil');
    expect(text).not.toContain('\u202E');
  });
});

describe('snapshotToMarkdown escaping', () => {
  it('escapes Markdown in goal names so they come out literally', () => {
    const md = snapshotToMarkdown(sampleSnapshot('en', { names: HOSTILE_NAMES, withNoData: true }), ENGLISH_SHARE_LABELS);
    expect(md).toContain('*\\*bold\\* \\_x\\_ \\[link\\](http://x)*');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('"quote,comma newline"');
    expect(md).not.toMatch(/(?<!\\)\[link/);
  });

  it('escapes hostile labels too', () => {
    const md = snapshotToMarkdown(sampleSnapshot('en'), hostileLabels());
    expect(md).toContain('*\\<script\\>alert(1)\\</script\\>*');
    expect(md).not.toMatch(/(?<!\\)<script/);
  });

  it('escapes backticks, tildes, backslashes and entity-like ampersands only', () => {
    expect(escapeMarkdown('`code` ~x~ a\\b &amp; R&D')).toBe('\\`code\\` \\~x\\~ a\\\\b \\&amp; R&D');
  });

  it('leaves dates alone (no stray backslashes in Chinese time zones)', () => {
    expect(snapshotToMarkdown(sampleSnapshot('zh-Hant'), sampleLabels('zh-Hant'))).toContain('[UTC]');
  });
});

describe('snapshotToPlainText layout', () => {
  it('aligns the values of each goal in one column', () => {
    const lines = snapshotToPlainText(sampleSnapshot('en'), ENGLISH_SHARE_LABELS)
      .split('\n')
      .filter((l) => l.startsWith('   ') && !l.includes('⚠'));
    const starts = new Set(lines.map((l) => /^ {3}\S+ +/.exec(l)![0].length));
    expect(starts.size).toBe(1);
  });

  it('prints hostile text as it is, with no markup added', () => {
    const text = snapshotToPlainText(sampleSnapshot('en', { names: HOSTILE_NAMES, withNoData: true }), ENGLISH_SHARE_LABELS);
    expect(text).toContain('*bold* _x_ [link](http://x)');
    expect(text).toContain('<script>alert(1)</script>');
  });
});

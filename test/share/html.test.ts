import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../lib/share/escape';
import { SNAPSHOT_CSP, snapshotToHtml } from '../../lib/share/html';
import { ENGLISH_SHARE_LABELS } from '../../lib/share/labels';
import { GOAL_NAMES, HOSTILE_NAMES, hostileLabels, sampleLabels, sampleSnapshot, type FixtureLocale } from '../support/snapshot-fixtures';

/** Every real tag: all text `<` is escaped, so each literal `<` starts markup Goalpost wrote. */
const tags = (html: string): string[] => html.match(/<[^>]*>/g) ?? [];
const ALLOWED_TAGS = new Set([
  '!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'footer', 'section', 'article', 'h1', 'h2',
  'p', 'div', 'span', 'dl', 'dt', 'dd', 'ul', 'li', 'details', 'summary', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'svg', 'rect', 'path', 'line', 'circle',
]);

function expectInert(html: string): void {
  for (const tag of tags(html)) {
    const name = /^<\/?([!\w-]+)/.exec(tag)?.[1]?.toLowerCase();
    expect(ALLOWED_TAGS, tag).toContain(name);
    // No event handlers, no links or sources, nothing that can point anywhere. aria-label values are
    // escaped text (a hostile label may contain "http://x") and are never fetched.
    expect(tag.replace(/ aria-label="[^"]*"/, '')).not.toMatch(/\son\w+\s*=|\s(href|src|srcset|action|formaction|xlink:href)\s*=|https?:|\/\/|url\(|javascript:/i);
  }
  expect(html).not.toMatch(/<script/i);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  expect(style).not.toMatch(/url\(|@import|@font-face|\/\/|https?:/i);
}

describe('snapshotToHtml', () => {
  it('is one self-contained, inert document', () => {
    const html = snapshotToHtml(sampleSnapshot('en', { withNoData: true }), ENGLISH_SHARE_LABELS);
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(SNAPSHOT_CSP)}">`);
    expect(SNAPSHOT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).toMatch(/@media print\{/);
    expectInert(html);
    // Without hostile text there is no URL at all, not even an SVG namespace.
    expect(html).not.toMatch(/https?:|\/\//);
    expect(html).not.toContain('xmlns');
  });

  it('shows status words, progress, bars and sparklines for each goal', () => {
    const html = snapshotToHtml(sampleSnapshot('en'), ENGLISH_SHARE_LABELS);
    expect(html.match(/<article class="goal">/g)).toHaveLength(4);
    expect(html).toContain('🟢 On track');
    expect(html).toContain('🔴 Behind');
    expect(html).toContain('7,420 / 10,000 (74%)');
    expect(html.match(/<svg class="bar"/g)).toHaveLength(4);
    expect(html.match(/<svg class="spark"/g)).toHaveLength(4);
    expect(html).toMatch(/<line [^>]*stroke-dasharray/); // target line
    expect(html).toContain('Taken: Nov 24, 2026, 3:30 PM UTC');
    expect(html).toContain('<dt>Metric</dt><dd>Conversion rate</dd>');
    expect(html).toContain('<td>US$34.50</td>'); // readings as printed
    expect(html).not.toContain('p123456');
  });

  it.each<FixtureLocale>(['fa', 'ar'])('is right-to-left for %s, with bars filling from the right', (locale) => {
    const html = snapshotToHtml(sampleSnapshot(locale), sampleLabels(locale));
    expect(html).toContain(`<html lang="${locale}" dir="rtl">`);
    for (const name of GOAL_NAMES[locale].slice(0, 4)) expect(html).toContain(name);
    // 74.2 % of a 320-wide bar, anchored at the right edge.
    expect(html).toContain('<rect x="82.6" width="237.4"');
    expectInert(html);
  });

  it('is left-to-right for Chinese and keeps CJK text', () => {
    const html = snapshotToHtml(sampleSnapshot('zh-Hant'), sampleLabels('zh-Hant'));
    expect(html).toContain('<html lang="zh-Hant" dir="ltr">');
    expect(html).toContain(GOAL_NAMES['zh-Hant'][0]);
    expect(html).toContain('<rect x="0" width="237.4"');
  });

  it('prints hostile names as text', () => {
    const html = snapshotToHtml(sampleSnapshot('en', { names: HOSTILE_NAMES, withNoData: true }), ENGLISH_SHARE_LABELS);
    expectInert(html);
    expect(html).toContain('<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>');
    expect(html).toContain('<h2>&lt;img src=x onerror=alert(1)&gt;</h2>');
    expect(html).toContain('<h2>=HYPERLINK(&quot;http://x&quot;)</h2>');
    expect(html).toContain('<h2>&quot;quote,comma newline&quot;</h2>');
    expect(html).not.toMatch(/<img/i);
  });

  it('escapes hostile labels, page titles and readings', () => {
    const s = sampleSnapshot('en');
    s.scope = { kind: 'tab', pageUrl: 'javascript:alert(1)', title: `"><script>alert('t')</script>` };
    s.readings[0]!.where = '<iframe src=//evil>';
    s.readings[0]!.text = "' onmouseover='alert(1)";
    const html = snapshotToHtml(s, hostileLabels());
    expectInert(html);
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;');
    expect(html).toContain('&lt;iframe src=//evil&gt;');
  });

  it('falls back to a safe language tag for a bad locale', () => {
    const html = snapshotToHtml(sampleSnapshot('en'), { ...ENGLISH_SHARE_LABELS, locale: '"><x' });
    expect(html).toContain('<html lang="en" dir="ltr">');
  });

  it('escapes & < > " and \'', () => expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;'));
});

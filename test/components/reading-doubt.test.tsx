// @vitest-environment happy-dom
/**
 * A reading the page's own numbers contradict (lib/interpret/checks.ts) says so beside the number, in
 * the UI language, naming the check it failed; a reading that passed says nothing of the kind.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { I18nProvider, makeI18n } from '../../components/i18n';
import { ReadingItem } from '../../components/ReadingItem';
import { en, type Catalogue } from '../../lib/i18n';
import { fa } from '../../lib/i18n/fa';
import { zhHant } from '../../lib/i18n/zh-Hant';
import type { Reading } from '../../lib/readings';

afterEach(cleanup);

const reading: Reading = {
  metric: 'ctr', value: 27, unit: 'percent', precision: 0.05, label: 'CTR', text: '27.0%', source: 'google-ads', scope: { row: 'Brand' },
  dateRange: { start: '2026-11-01', end: '2026-11-30' }, where: 'Campaigns table, “Brand” row, CTR column', confidence: 'unsure',
  pageUrl: 'https://ads.google.com/aw/campaigns', readAt: '2026-12-04T09:00:00.000Z',
};

function show(r: Reading, language: 'en' | 'fa' | 'zh-Hant', catalogue: Catalogue) {
  return render(<I18nProvider value={makeI18n(language, catalogue, language)}><ul><ReadingItem reading={r} /></ul></I18nProvider>);
}

describe('a doubtful reading', () => {
  it('names the parts it disagrees with, in English', () => {
    const { container } = show({ ...reading, doubt: 'ctr' }, 'en', en);
    expect(container.querySelector('.reading-doubt')?.textContent).toBe('Doubtful: it does not agree with Clicks ÷ Impressions on this page, so it is not used for progress.');
  });

  it('says it in Persian and Chinese with the metric names in that language', () => {
    const persian = show({ ...reading, doubt: 'cpa', metric: 'cpa' }, 'fa', fa).container.querySelector('.reading-doubt')?.textContent ?? '';
    expect(persian).toMatch(/^مشکوک/);
    expect(persian).not.toMatch(/[A-Za-z]/);
    cleanup();
    const chinese = show({ ...reading, doubt: 'totals', metric: 'clicks' }, 'zh-Hant', zhHant).container.querySelector('.reading-doubt')?.textContent ?? '';
    expect(chinese).toContain('總計');
  });

  it('is absent for a reading that passed every check', () => {
    expect(show(reading, 'en', en).container.querySelector('.reading-doubt')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { interpretPage } from '../../lib/interpret/page';
import type { RawPage } from '../../lib/adapters/types';

const page = (key: string, label: string, text: string): RawPage => ({
  source: 'generic',
  state: 'ready',
  scope: {},
  locale: 'fa',
  dateTexts: [],
  notes: [],
  cells: [{ label, key, text, where: 'Picked number', group: 0 }],
});
const ctx = { url: new URL('https://stats.example-shop.com/admin/overview'), today: '2026-12-02' };

describe('a picked number in the background', () => {
  it('is read as the metric the user chose, whatever its label says', () => {
    const [r] = interpretPage(page('metric:revenue', 'دریافتی این ماه', '‎$۴۸٬۲۱۰٫۵۵'), ctx).readings;
    expect(r?.reading).toMatchObject({ metric: 'revenue', value: 48210.55, unit: 'currency', currency: 'USD' });
  });

  it('names no metric when the key names none in the catalogue', () => {
    for (const key of ['metric:toString', 'metric:', 'metric:__proto__']) {
      const { readings, unrecognised } = interpretPage(page(key, 'Takings', '12'), ctx);
      expect(readings).toEqual([]);
      expect(unrecognised).toEqual(['Takings']);
    }
  });
});

// @vitest-environment happy-dom
/**
 * The side panel says what Goalpost did not read on the page and why, in the UI language: the notes
 * the readers send as codes, and numbers refused because their unit contradicts their column.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { I18nProvider, makeI18n } from '../../components/i18n';
import { NotRead } from '../../components/NotRead';
import { en, type Catalogue } from '../../lib/i18n';
import { fa } from '../../lib/i18n/fa';
import { PAGE_NOTE_CODES } from '../../lib/adapters/notes';
import type { PageReport } from '../../lib/messages';

afterEach(cleanup);

function show(page: Pick<PageReport, 'notes' | 'refused'>, language: 'en' | 'fa', catalogue: Catalogue) {
  return render(<I18nProvider value={makeI18n(language, catalogue, language)}><NotRead page={page} /></I18nProvider>).container;
}

describe('what was not read', () => {
  it('words every note code and the numbers in it', () => {
    const notes = PAGE_NOTE_CODES.map((code) => ({ code, n: 25, of: 80, detail: 'boom' }));
    const items = [...show({ notes }, 'en', en).querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(PAGE_NOTE_CODES.length);
    expect(items.every((text) => text && !text.startsWith('note.'))).toBe(true);
    expect(items).toContain('Only 25 of 80 rows of a table are on the page; scroll or page through it to read the others.');
  });

  it('says in Persian, with Persian digits, that only some rows were read, and why a number was refused', () => {
    const container = show({ notes: [{ code: 'rows-rendered', n: 25, of: 80 }], refused: [{ metric: 'clicks', label: 'Clicks', text: '$12.00', unit: 'currency' }] }, 'fa', fa);
    const [rows, refused] = [...container.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(rows).toContain('۲۵');
    expect(rows).toContain('۸۰');
    expect(refused).toContain('$12.00');
    expect(refused).toContain('خوانده نشد');
  });

  it('shows nothing when everything was read, and ignores notes of an older version', () => {
    expect(show({ notes: [] }, 'en', en).querySelector('.not-read')).toBeNull();
    expect(show({ notes: ['Only 5 rows were read.'] as never }, 'en', en).querySelector('.not-read')).toBeNull();
  });
});

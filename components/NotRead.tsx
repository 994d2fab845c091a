import { PAGE_NOTE_CODES } from '@/lib/adapters/notes';
import type { MessageKey } from '@/lib/i18n';
import type { PageReport } from '@/lib/messages';
import { useI18n } from './i18n';

/**
 * What Goalpost did not read on the page, and why: only the rows or columns in view, a compare-mode
 * table left alone, a number whose unit contradicts its column. Said in the UI language; page text
 * (labels, numbers, an error's words) is shown as text.
 */
export function NotRead({ page }: { page: Pick<PageReport, 'notes' | 'refused'> }) {
  const { t, number, metricName } = useI18n();
  // A report kept from an earlier version may hold notes as plain English text: those are not shown.
  const notes = page.notes.filter((n) => typeof n === 'object' && (PAGE_NOTE_CODES as readonly string[]).includes(n.code));
  const refused = page.refused ?? [];
  if (!notes.length && !refused.length) return null;
  return (
    <section class="not-read" aria-labelledby="not-read-h">
      <h3 id="not-read-h">{t('notReadHeading')}</h3>
      <ul>
        {notes.map((n, i) => (
          <li key={`n${i}`} data-note={n.code}>
            {t(`note.${n.code}` as MessageKey, { n: number(n.n ?? 0), of: number(n.of ?? 0), detail: n.detail ?? '' })}
          </li>
        ))}
        {refused.map((r, i) => (
          <li key={`r${i}`} data-refused={r.metric}>
            {t('refusedUnit', { label: r.label, text: r.text, metric: metricName(r.metric) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

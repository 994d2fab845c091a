import type { Reading } from '@/lib/readings';
import { readingPlacePieces } from '@/lib/i18n/place';
import { useI18n } from './i18n';
import { Pieces } from './Pieces';
import { DOUBT_PARTS } from '@/lib/interpret/checks';
import type { DoubtCheck } from '@/lib/readings';

/** Which of the page's own checks the reading failed, in the UI language. */
function doubtText({ t, metricName }: ReturnType<typeof useI18n>, doubt: DoubtCheck): string {
  const parts = DOUBT_PARTS[doubt];
  return parts ? t('doubt.ratio', { numerator: metricName(parts[0]), denominator: metricName(parts[1]) }) : t('doubt.totals');
}

/** One number read from the page, shown as the page printed it (as text: page text is never markup). */
export function ReadingItem({ reading, onSetGoal }: { reading: Reading; onSetGoal?: ((r: Reading) => void) | undefined }) {
  const i18n = useI18n();
  const { t, metricName, range } = i18n;
  return (
    <li class="reading" data-metric={reading.metric} data-row={reading.scope.row ?? undefined}>
      <span class="reading-metric">{metricName(reading.metric)}</span>
      {reading.scope.row && (
        <>
          {' '}
          <bdi class="reading-row">({reading.scope.row})</bdi>
        </>
      )}{' '}
      <bdi class="reading-value">{reading.text}</bdi>
      {reading.confidence === 'unsure' && (
        <span class="unsure" title={t('readingUnsure')}>
          {' '}
          <span aria-hidden="true">(?)</span>
          <span class="visually-hidden">{t('readingUnsure')}</span>
        </span>
      )}
      {reading.doubt && <div class="reading-doubt" role="note">{doubtText(i18n, reading.doubt)}</div>}
      <div class="reading-meta">
        {t('dateRange')}: {range(reading.dateRange)} · {t('where')}:{' '}
        <span class="reading-where">
          <Pieces pieces={readingPlacePieces(i18n, reading)} />
        </span>
      </div>
      {onSetGoal && (
        <button type="button" class="link" onClick={() => onSetGoal(reading)}>
          {t('setGoalForThis')}
        </button>
      )}
    </li>
  );
}

import type { Reading } from '@/lib/readings';
import { readingPlacePieces } from '@/lib/i18n/place';
import { useI18n } from './i18n';
import { Pieces } from './Pieces';

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

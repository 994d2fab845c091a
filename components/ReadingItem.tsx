import type { Reading } from '@/lib/readings';
import { useI18n } from './i18n';

/** One number read from the page, shown as the page printed it (as text: page text is never markup). */
export function ReadingItem({ reading, onSetGoal }: { reading: Reading; onSetGoal?: ((r: Reading) => void) | undefined }) {
  const { t, metricName, range } = useI18n();
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
        {t('dateRange')}: {range(reading.dateRange)} · {t('where')}: <bdi>{reading.where}</bdi>
      </div>
      {onSetGoal && (
        <button type="button" class="link" onClick={() => onSetGoal(reading)}>
          {t('setGoalForThis')}
        </button>
      )}
    </li>
  );
}

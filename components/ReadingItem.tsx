import type { Reading } from '@/lib/readings';
import { formatDateRange } from '@/lib/format';
import { t } from '@/lib/i18n';
import { METRICS } from '@/lib/metrics/catalogue';
import { metricDisplayName } from '@/lib/metrics/labels';

/** One number read from the page, shown as the page printed it (as text: page text is never markup). */
export function ReadingItem({ reading, locale, onSetGoal }: { reading: Reading; locale: string; onSetGoal?: (r: Reading) => void }) {
  return (
    <li class="reading" data-metric={reading.metric}>
      <span class="reading-metric">{metricDisplayName(reading.metric, 'en') ?? METRICS[reading.metric].labels.en[0]}</span>{' '}
      <bdi class="reading-value">{reading.text}</bdi>
      {reading.confidence === 'unsure' && <span class="unsure"> (?)</span>}
      <div class="reading-meta">
        {t('dateRange')}: {formatDateRange(reading.dateRange, locale)} · {t('where')}: <bdi>{reading.where}</bdi>
      </div>
      {onSetGoal && (
        <button type="button" class="link" onClick={() => onSetGoal(reading)}>
          {t('setGoalForThis')}
        </button>
      )}
    </li>
  );
}

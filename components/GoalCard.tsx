import type { GoalView } from '@/lib/messages';
import { formatDate, formatDateRange, formatValue } from '@/lib/format';
import { t } from '@/lib/i18n';
import { METRICS } from '@/lib/metrics/catalogue';
import { ProgressBadge, ProgressBar } from './ProgressBadge';
import { STATUS_LABEL_KEY } from '@/lib/i18n/status';

export function GoalCard({ view, locale }: { view: GoalView; locale: string }) {
  const { goal, progress, matched } = view;
  const metric = METRICS[goal.metric];
  const fmt = (v: number) => formatValue(v, metric.unit, matched?.reading.currency ?? null, locale);
  const statusLabel = t(STATUS_LABEL_KEY[progress.status.code]);
  const expectedFraction =
    progress.expectedNow !== null && progress.target !== null && progress.target !== 0 && progress.paceRatio !== null && progress.fraction !== null && progress.paceRatio > 0
      ? progress.fraction / progress.paceRatio
      : null;
  return (
    <article class="goal" data-goal-id={goal.id} aria-label={goal.name}>
      <header class="goal-head">
        <h3>{goal.name}</h3>
        <ProgressBadge progress={progress} locale={locale} label={statusLabel} />
      </header>
      <ProgressBar fraction={progress.fraction} expected={expectedFraction} />
      {progress.current !== null && progress.target !== null && (
        <p class="goal-values" data-testid="goal-values">
          {progress.approximate ? t('approx') : ''}
          {t('ofTarget', { current: fmt(progress.current), target: fmt(progress.target) })}
        </p>
      )}
      <p class="goal-reason">{progress.status.text}</p>
      {progress.expectedNow !== null && <p class="goal-pace">{t('pace', { expected: fmt(progress.expectedNow) })}</p>}
      {progress.prorated && <p class="goal-prorated">{t('prorated', { target: fmt(progress.prorated.target) })}</p>}
      {progress.forecast && progress.target !== null && (
        <p class="goal-forecast">
          {t('forecast', { forecast: fmt(progress.forecast.value), target: fmt(progress.target), deadline: formatDate(goal.deadline, locale) })}
        </p>
      )}
      {progress.needed && <p class="goal-needed">{t('needed', { perDay: fmt(progress.needed.perDay), perWeek: fmt(progress.needed.perWeek) })}</p>}
      {matched && (
        <p class="goal-match">
          {t('matchedBecause', { explanation: matched.explanation })} · {formatDateRange(matched.reading.dateRange, locale)}
        </p>
      )}
      {progress.warnings.length > 0 && (
        <ul class="warnings" aria-label={t('warnings')}>
          {progress.warnings.map((w) => (
            <li key={w.code} data-code={w.code}>
              ⚠ {w.text}
            </li>
          ))}
        </ul>
      )}
      <ul class="smart" aria-label={t('smart')}>
        {progress.smart.map((s) => (
          <li key={s.letter} class={s.pass ? 'pass' : 'warn'} title={s.reason}>
            <abbr title={s.reason}>{s.letter}</abbr>
            <span class="visually-hidden">{`${s.pass ? '✓' : '!'} ${s.reason}`}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}

import type { GoalView } from '@/lib/messages';
import { en, type MessageKey } from '@/lib/i18n';
import { fill } from '@/lib/format';
import type { Channel, RaceStage } from '@/lib/goals/types';
import { CHANNEL_LABEL, PRIORITY_LABEL, STAGE_LABEL } from './labels';
import { formulaText, partName, type DerivedResult, type GoalFormula } from '@/lib/metrics/derived';
import type { LabelLanguage } from '@/lib/metrics/types';
import type { NumberUnit } from '@/lib/parse/types';
import { isMetricId, METRICS } from '@/lib/metrics/catalogue';
import type { SmartCheck, SmartLetter } from '@/lib/progress/types';
import { ProgressBadge, ProgressBar } from './ProgressBadge';
import { TrendChart } from './Sparkline';
import { useI18n, type I18n } from './i18n';
import { matchPieces, tPieces } from '@/lib/i18n/place';
import { Pieces } from './Pieces';
import { neededText } from '@/lib/i18n/plural';

export const SMART_NAME_KEY: Record<SmartLetter, MessageKey> = { S: 'smartS', M: 'smartM', A: 'smartA', R: 'smartR', T: 'smartT', E: 'smartE' };

/**
 * A SMART reason in the UI language, rendered like an explained status: English shows the engine's own
 * text; other languages fill the `smart.<code>` template (numbers, dates and values through Intl, the metric
 * and RACE stage named in the language), falling back to the English reason without a code or template.
 */
export function smartReason(i18n: I18n, s: SmartCheck): string {
  if (i18n.catalogue === en || !s.code) return s.reason;
  const key = `smart.${s.code}`;
  const template = Object.hasOwn(i18n.catalogue, key) ? (i18n.catalogue as Record<string, string>)[key] : undefined;
  if (!template) return s.reason;
  const raw = s.params ?? {};
  const params: Record<string, string> = {};
  for (const [name, v] of Object.entries(raw)) params[name] = typeof v === 'number' ? i18n.number(v) : v;
  // The engine's English words for a date, a value, the metric and the stage, redone in the language.
  for (const name of Object.keys(raw)) {
    const iso = raw[`${name}Iso`];
    if (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso)) params[name] = i18n.date(iso);
    const value = raw[`${name}Value`];
    if (typeof value === 'number' && typeof raw.unit === 'string') params[name] = i18n.value(value, raw.unit as NumberUnit);
  }
  if (typeof raw.metricId === 'string' && isMetricId(raw.metricId)) params.metric = i18n.metricName(raw.metricId);
  if (typeof raw.stage === 'string' && Object.hasOwn(STAGE_LABEL, raw.stage)) params.stage = i18n.t(STAGE_LABEL[raw.stage as RaceStage]);
  if (typeof raw.channel === 'string' && Object.hasOwn(CHANNEL_LABEL, raw.channel)) params.channelName = i18n.t(CHANNEL_LABEL[raw.channel as Channel]);
  if (raw.sourceId === '') params.source = i18n.t('anyDashboard');
  return fill(template, params);
}

/** Where the pace line is today as a share of the bar, when the engine has a pace ratio. */
export function expectedFraction(view: GoalView): number | null {
  const p = view.progress;
  if (p.expectedNow === null || p.paceRatio === null || p.fraction === null || p.paceRatio <= 0) return null;
  return p.fraction / p.paceRatio;
}

/** The SMART letters, each pass or warn with its reason (hidden text for screen readers, title for pointers). */
export function SmartLetters({ checks, i18n }: { checks: readonly SmartCheck[]; i18n: I18n }) {
  const { t } = i18n;
  return (
    <ul class="smart" aria-label={t('smart')}>
      {checks.map((s) => {
        const name = t(SMART_NAME_KEY[s.letter]);
        const reason = smartReason(i18n, s);
        return (
          <li key={s.letter} class={s.pass ? 'pass' : 'warn'} data-letter={s.letter} title={`${name}: ${reason}`}>
            <abbr title={name} aria-hidden="true">
              {s.letter}
            </abbr>
            <span aria-hidden="true">{s.pass ? '✓' : '!'}</span>
            <span class="visually-hidden">{t('smartItem', { letter: s.letter, name, verdict: t(s.pass ? 'smartPass' : 'smartWarn'), reason })}</span>
          </li>
        );
      })}
    </ul>
  );
}

export interface GoalCardProps {
  view: GoalView;
  /** All goals: name, badge, bar, values, reason and the trend; This page: everything. */
  compact?: boolean;
  onOpen?: (goalId: string) => void;
  /** Names of the goals this one is tied to in a plan: the goal it guards, the phase it follows. */
  relations?: { guardOf?: string; after?: string };
}

export function GoalCard({ view, compact = false, onOpen, relations }: GoalCardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { goal, progress, matched } = view;
  const unit = matched?.reading.unit ?? METRICS[goal.metric]?.unit ?? 'count';
  const currency = matched?.reading.currency ?? (progress.derived?.status === 'complete' ? (progress.derived.currency ?? null) : null);
  const fmt = (v: number) => i18n.value(v, unit, currency);
  const expected = expectedFraction(view);
  const needed = neededText(i18n, goal.metric, progress, unit, currency);
  // What the goal reads, said on the card itself: the Specific check words it.
  const specificCheck = progress.smart.find((c) => c.letter === 'S');
  return (
    <article class={`goal${compact ? ' goal-compact' : ''}`} data-goal-id={goal.id} data-status={progress.status.code} aria-label={goal.name}>
      <header class="goal-head">
        <h3>
          <bdi>{goal.name}</bdi>
        </h3>
        {goal.priority && <span class={`goal-priority priority-${goal.priority}`}>{t(PRIORITY_LABEL[goal.priority])}</span>}
        <ProgressBadge progress={progress} />
      </header>
      {relations?.guardOf && (
        <p class="goal-relation" data-relation="guard">
          {t('guardRailOf', { name: relations.guardOf })}
        </p>
      )}
      {relations?.after && (
        <p class="goal-relation" data-relation="after">
          {t('phaseAfter', { name: relations.after })}
        </p>
      )}
      <ProgressBar fraction={progress.fraction} expected={expected} status={progress.status.code} />
      {progress.current !== null && progress.target !== null && (
        <p class="goal-values" data-testid="goal-values">
          {progress.approximate ? t('approx') : ''}
          {t('ofTarget', { current: fmt(progress.current), target: fmt(progress.target) })}
        </p>
      )}
      <p class="goal-reason" data-code={progress.status.code}>
        {i18n.explain('status', progress.status)}
      </p>
      {goal.status === 'archived' && <p class="goal-archived">{t('archived')}</p>}
      {compact && (
        <TrendChart
          goal={goal}
          trend={view.trend}
          target={progress.target}
          width={160}
          height={32}
          rtl={i18n.dir === 'rtl'}
          label={t('trendLabel', { name: goal.name, count: i18n.number(view.trend.length), target: progress.target === null ? '—' : fmt(progress.target) })}
        />
      )}
      {!compact && (
        <>
          {progress.expectedNow !== null && <p class="goal-pace">{t('pace', { expected: fmt(progress.expectedNow) })}</p>}
          {progress.prorated && <p class="goal-prorated">{t('prorated', { target: fmt(progress.prorated.target) })}</p>}
          {progress.forecast && progress.target !== null && (
            <p class="goal-forecast">
              {t('forecast', { forecast: fmt(progress.forecast.value), target: fmt(progress.target), deadline: i18n.date(goal.deadline) })}
            </p>
          )}
          {needed && <p class="goal-needed">{needed}</p>}
          {specificCheck && (
            <p class="goal-reads" data-code={specificCheck.code}>
              {smartReason(i18n, specificCheck)}
            </p>
          )}
          {progress.derived && goal.formula && <FormulaParts formula={goal.formula} derived={progress.derived} i18n={i18n} />}
          {matched && (
            <p class="goal-match">
              <Pieces pieces={tPieces(i18n, 'matchedBecause', { explanation: matchPieces(i18n, matched.reading, matched.explanation) })} /> ·{' '}
              {i18n.range(matched.reading.dateRange)}
            </p>
          )}
          {progress.warnings.length > 0 && (
            <ul class="warnings" aria-label={t('warnings')}>
              {progress.warnings.map((w) => (
                <li key={w.code} data-code={w.code}>
                  <span aria-hidden="true">⚠ </span>
                  {i18n.explain('warning', w)}
                </li>
              ))}
            </ul>
          )}
          <SmartLetters checks={progress.smart} i18n={i18n} />
        </>
      )}
      {compact && progress.warnings.length > 0 && (
        <p class="goal-warning-count" data-code={progress.warnings[0]!.code}>
          <span aria-hidden="true">⚠ </span>
          {i18n.explain('warning', progress.warnings[0]!)}
        </p>
      )}
      {onOpen && (
        <button type="button" class="link goal-open" onClick={() => onOpen(goal.id)} aria-label={`${t('openGoal')}: ${goal.name}`}>
          {t('openGoal')}
        </button>
      )}
    </article>
  );
}

/**
 * A formula goal's parts: the formula, then each part with its number, the dashboard it came from and
 * when it was read; a part not read (or too old) is listed as missing. Page text is rendered as text.
 */
function FormulaParts({ formula, derived, i18n }: { formula: GoalFormula; derived: DerivedResult; i18n: I18n }) {
  const lang = i18n.language as LabelLanguage;
  const missing = derived.status === 'incomplete' ? [...derived.missing, ...derived.stale] : [];
  return (
    <div class="goal-formula">
      <p class="formula-text">
        <bdi>{formulaText(formula, lang)}</bdi>
      </p>
      <ul class="formula-parts">
        {derived.parts.map((p) => (
          <li key={`${p.side}-${p.part}-${p.source}`} data-part={p.metric} data-stale={p.stale ? 'true' : undefined}>
            <bdi>{partName(formula[p.side][p.part] ?? { metric: p.metric }, p.source, lang)}</bdi>: {i18n.value(p.value, METRICS[p.metric].unit, p.currency ?? null)} · {i18n.range(p.dateRange)} ·{' '}
            {i18n.dateTime(p.readAt)}
          </li>
        ))}
        {missing.map((p) => (
          <li key={`missing-${p.side}-${p.part}-${p.source ?? ''}`} class="missing" data-part={p.metric}>
            <bdi>{partName(formula[p.side][p.part] ?? { metric: p.metric }, p.source, lang)}</bdi>: {i18n.t(p.reason === 'stale' ? 'formulaPartStale' : 'formulaPartMissing')}
          </li>
        ))}
      </ul>
    </div>
  );
}

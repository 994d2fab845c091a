import type { SourceId } from '@/lib/dashboards';
import { SOURCE_NAMES } from '@/lib/goals/match';
import { METRIC_IDS, METRICS } from '@/lib/metrics/catalogue';
import { cltvFormula, DERIVED_METRICS, derivedFormula, derivedIdForMetric, formulaText, type GoalFormula } from '@/lib/metrics/derived';
import type { LabelLanguage, MetricId } from '@/lib/metrics/types';
import { useI18n } from './i18n';

/** Dashboards a part's readings can be summed over ("Google Ads cost + Meta spend"). */
const PART_SOURCES: readonly SourceId[] = ['google-ads', 'meta-ads', 'ga4', 'search-console', 'looker-studio'];
/** What a custom KPI can add up: counts and sums, the only numbers that add. */
const SUMMABLE = METRIC_IDS.filter((id) => METRICS[id].kind !== 'ratio' && METRICS[id].unit !== 'percent');

export interface FormulaChoice {
  /** 'none' = read the metric as the page prints it; 'built-in' = its catalogue formula; 'custom' = the user's own. */
  mode: 'none' | 'built-in' | 'custom';
  numeratorSources: SourceId[];
  cltv: { frequency: string; lifespan: string };
  custom: { name: string; numerator: MetricId; denominator: MetricId; percent: boolean };
}

export const NO_FORMULA: FormulaChoice = {
  mode: 'none',
  numeratorSources: [],
  cltv: { frequency: '', lifespan: '' },
  custom: { name: '', numerator: 'cost', denominator: 'leads', percent: false },
};

/** The metric a custom KPI is stored under: one of the catalogue's with the result's unit. */
export function customGoalMetric(choice: FormulaChoice['custom']): MetricId {
  if (choice.percent) return 'conversion-rate';
  const money = METRICS[choice.numerator].unit === 'currency';
  const perMoney = METRICS[choice.denominator].unit === 'currency';
  return money && !perMoney ? 'cpa' : 'roas';
}

/** The formula the choice describes for `metric`, or null (none chosen, or the CLTV factors not typed yet). */
export function formulaOf(choice: FormulaChoice, metric: MetricId): GoalFormula | null {
  const sources = choice.numeratorSources.length > 1 ? { sources: choice.numeratorSources } : choice.numeratorSources.length === 1 ? { sources: choice.numeratorSources } : {};
  if (choice.mode === 'custom') {
    const c = choice.custom;
    const unit = c.percent ? 'percent' : customGoalMetric(c) === 'cpa' ? 'currency' : 'ratio';
    return {
      id: 'custom',
      name: c.name.trim(),
      numerator: [{ metric: c.numerator, ...sources }],
      denominator: [{ metric: c.denominator }],
      scale: c.percent ? 100 : 1,
      unit,
      direction: METRICS[customGoalMetric(c)].direction,
    };
  }
  if (choice.mode !== 'built-in') return null;
  const id = derivedIdForMetric(metric);
  if (!id) return null;
  let formula = derivedFormula(id);
  if (id === 'cltv') {
    const frequency = Number(choice.cltv.frequency);
    const lifespan = Number(choice.cltv.lifespan);
    if (!(frequency > 0) || !(lifespan > 0)) return null;
    formula = cltvFormula(frequency, lifespan);
  }
  if (sources.sources && formula.numerator.length === 1) formula = { ...formula, numerator: [{ ...formula.numerator[0]!, ...sources }] };
  return formula;
}

/**
 * The part of the goal form for KPIs no dashboard prints whole: compute the metric from its parts (CAC
 * = cost ÷ new customers), with the ad accounts whose spend adds up, CLTV's typed factors, or a KPI of
 * the user's own. The formula is shown as it will be computed.
 */
export function FormulaFields({ metric, choice, onChange }: { metric: MetricId; choice: FormulaChoice; onChange(c: FormulaChoice): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const lang = i18n.language as LabelLanguage;
  const builtIn = derivedIdForMetric(metric);
  const formula = formulaOf(choice, metric) ?? (builtIn ? DERIVED_METRICS[builtIn].formula : null);
  const set = (patch: Partial<FormulaChoice>) => onChange({ ...choice, ...patch });
  const toggleSource = (source: SourceId, on: boolean) =>
    set({ numeratorSources: on ? [...choice.numeratorSources, source] : choice.numeratorSources.filter((s) => s !== source) });

  return (
    <fieldset class="formula-fields">
      <legend>{t('formulaLegend')}</legend>
      <label>
        <select name="formula-mode" aria-label={t('formulaLegend')} value={choice.mode} onChange={(e) => set({ mode: e.currentTarget.value as FormulaChoice['mode'] })}>
          <option value="none">{t('formulaNone')}</option>
          {builtIn && <option value="built-in">{t('formulaBuiltIn', { formula: formulaText(DERIVED_METRICS[builtIn].formula, lang, { factorValues: false }) })}</option>}
          <option value="custom">{t('formulaCustom')}</option>
        </select>
      </label>
      {choice.mode === 'custom' && (
        <div class="form-row">
          <label>
            {t('formulaName')}
            <input name="formula-name" type="text" maxLength={80} required value={choice.custom.name} onInput={(e) => set({ custom: { ...choice.custom, name: e.currentTarget.value } })} />
          </label>
          <SummableSelect label={t('formulaNumerator')} name="formula-numerator" value={choice.custom.numerator} onChange={(numerator) => set({ custom: { ...choice.custom, numerator } })} />
          <SummableSelect label={t('formulaDenominator')} name="formula-denominator" value={choice.custom.denominator} onChange={(denominator) => set({ custom: { ...choice.custom, denominator } })} />
          <label class="check">
            <input type="checkbox" name="formula-percent" checked={choice.custom.percent} onChange={(e) => set({ custom: { ...choice.custom, percent: e.currentTarget.checked } })} /> {t('formulaPercent')}
          </label>
        </div>
      )}
      {choice.mode !== 'none' && (
        <div class="formula-sources" role="group" aria-label={t('formulaSources')}>
          <span>{t('formulaSources')}</span>
          {PART_SOURCES.map((s) => (
            <label key={s} class="check">
              <input type="checkbox" name={`formula-source-${s}`} checked={choice.numeratorSources.includes(s)} onChange={(e) => toggleSource(s, e.currentTarget.checked)} /> {SOURCE_NAMES[s]}
            </label>
          ))}
        </div>
      )}
      {choice.mode === 'built-in' && builtIn === 'cltv' && (
        <div class="form-row">
          <label>
            {t('cltvFrequency')}
            <input name="cltv-frequency" type="number" min={0} step="any" required value={choice.cltv.frequency} onInput={(e) => set({ cltv: { ...choice.cltv, frequency: e.currentTarget.value } })} />
          </label>
          <label>
            {t('cltvLifespan')}
            <input name="cltv-lifespan" type="number" min={0} step="any" required value={choice.cltv.lifespan} onInput={(e) => set({ cltv: { ...choice.cltv, lifespan: e.currentTarget.value } })} />
          </label>
        </div>
      )}
      {choice.mode !== 'none' && formula && (
        <p class="formula-text" data-testid="formula-text">
          <bdi>{formulaText(formula, lang)}</bdi>
        </p>
      )}
    </fieldset>
  );
}

/** A labelled choice among the metrics a custom KPI can add up. */
function SummableSelect({ label, name, value, onChange }: { label: string; name: string; value: MetricId; onChange(m: MetricId): void }) {
  const i18n = useI18n();
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value as MetricId)}>
        {SUMMABLE.map((id) => (
          <option key={id} value={id}>
            {i18n.metricName(id)}
          </option>
        ))}
      </select>
    </label>
  );
}

import { METRIC_IDS } from './catalogue';
import { METRIC_LABELS } from './metric-labels';
import type { MetricId } from './types';

/**
 * From the label a dashboard prints to a metric id, and back to a display name.
 *
 * The rule is "never guess": a label maps to a metric only when the catalogue lists it (after
 * normalisation). A misread metric would silently put the wrong number against a goal, which is
 * worse than telling the user we did not recognise the label.
 */

// Bidi controls RTL dashboards wrap around text (LRM, RLM, ALM, embeddings, isolates) and the BOM.
const BIDI_AND_INVISIBLE = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u200b\u200d\u00ad]/g;
// Tatweel (kashida) and Arabic harakat only stretch or vocalise; dashboards and typists differ on them.
const ARABIC_MARKS = /[\u0640\u064b-\u065f\u0670]/g;
// ZWNJ is how Persian joins "جلسه‌ها"; people also type a space or nothing, so ZWNJ counts as a space
// and the compact key (below) handles "nothing".
const ZWNJ = /\u200c/g;

/** Arabic-script letters that Persian and Arabic keyboards write differently for the same word. */
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  '\u064a': '\u06cc', // Arabic yeh ي → Farsi yeh ی
  '\u0649': '\u06cc', // alef maksura ى → ی
  '\u0643': '\u06a9', // Arabic kaf ك → keheh ک
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u06c0': '\u0647', // ۀ → ه
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  'ß': 'ss',
};
const VARIANT_CHARS = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'g');

/** The key labels are compared by. Exported so callers (and tests) can see what "the same label" means. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(ARABIC_MARKS, '')
    .replace(ZWNJ, ' ')
    .replace(VARIANT_CHARS, (ch) => LETTER_VARIANTS[ch] ?? ch)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    // "Cost / conv." and "Cost/conv." are the same label.
    .replace(/\s*\/\s*/g, '/')
    // Info markers and colons dashboards append: "Sessions:", "Conversions *", "Cost ⓘ".
    .replace(/[\s:：*ⓘ]+$/u, '')
    .trim();
}

/** Same as normaliseLabel with every space removed, for Persian typed without ZWNJ ("جلسهها"). */
function compactKey(key: string): string {
  return key.replace(/ /g, '');
}

/**
 * Qualifiers that can be dropped from "Label (qualifier)" without changing what is measured:
 * attribution and counting notes, currency codes and symbols, "%". A qualifier that names a
 * different thing ("Users (returning)") is not on this list, so that label stays unknown.
 */
const NEUTRAL_QUALIFIERS: readonly RegExp[] = [
  /^[a-z]{3}$/u, // currency code: "Cost (USD)"
  /^[\p{Sc}]+$/u, // currency symbol: "Cost (€)"
  /^%$/,
  /^(all|total|totals|sum|overall|avg\.?|average|by conv\. time|by conversion time|interactions?)$/,
  /^\d+-day (click|view)( (and|or) \d+-day (click|view))*$/, // Meta attribution windows
  /^(sec|secs|seconds|s|min)$/,
];

/**
 * "All" / "total" words in other languages. The qualifier is compared after normalisation (Arabic
 * kaf ك becomes keheh ک, أ/إ become ا …), so these words are normalised the same way before use.
 */
const NEUTRAL_WORDS = [
  'همه', 'کل', 'الكل', 'الإجمالي', '全部', '總計', '总计', 'gesamt', 'tous', 'total', 'todos',
  // Meta's "Clicks (all)" / "CTR (all)" in the other catalogue languages.
  'alle', 'tutti', 'totale', 'todas', 'totaal', 'wszystkie', 'все', 'всі', 'усі', 'tümü', 'すべて', '전체',
  'semua', 'tất cả', 'ทั้งหมด', 'הכול', 'הכל', 'सभी',
];
let neutralWords: ReadonlySet<string> | null = null;

function isNeutralQualifier(qualifier: string): boolean {
  neutralWords ??= new Set(NEUTRAL_WORDS.map(normaliseLabel));
  return neutralWords.has(qualifier) || NEUTRAL_QUALIFIERS.some((re) => re.test(qualifier));
}

type IndexEntry = MetricId | 'ambiguous';

interface LabelIndex {
  exact: Map<string, IndexEntry>;
  compact: Map<string, IndexEntry>;
}

let index: LabelIndex | null = null;

function addTo(map: Map<string, IndexEntry>, key: string, id: MetricId): void {
  const existing = map.get(key);
  map.set(key, existing === undefined || existing === id ? id : 'ambiguous');
}

function buildIndex(): LabelIndex {
  const exact = new Map<string, IndexEntry>();
  const compact = new Map<string, IndexEntry>();
  for (const id of METRIC_IDS) {
    for (const labels of Object.values(METRIC_LABELS[id])) {
      for (const label of labels) {
        const key = normaliseLabel(label);
        addTo(exact, key, id);
        addTo(compact, compactKey(key), id);
      }
    }
  }
  return { exact, compact };
}

function labelIndex(): LabelIndex {
  index ??= buildIndex();
  return index;
}

function lookup(key: string): MetricId | null {
  const { exact, compact } = labelIndex();
  const hit = exact.get(key) ?? compact.get(compactKey(key));
  return hit === undefined || hit === 'ambiguous' ? null : hit;
}

const TRAILING_QUALIFIER = /^(.*\S)\s*\(([^()]*)\)$/u;

/** The metric a dashboard label names, or null when the catalogue does not know it. */
export function metricFromLabel(label: string): MetricId | null {
  const key = normaliseLabel(label);
  if (!key) return null;
  const direct = lookup(key);
  if (direct) return direct;

  const m = TRAILING_QUALIFIER.exec(key);
  if (!m) return null;
  const head = m[1] ?? '';
  const qualifier = (m[2] ?? '').trim();
  const headMetric = lookup(head);
  if (!headMetric) return null;
  if (qualifier === '' || isNeutralQualifier(qualifier)) return headMetric;
  // "CTR (link click-through rate)": the qualifier only spells out the same metric.
  return lookup(qualifier) === headMetric ? headMetric : null;
}

/**
 * Labels that normalise to a key claimed by two metrics — must be empty (checked by tests). Both keys the
 * lookup uses count: the normalised label and its compact (no-space) form, over every language at once,
 * since the lookup is not told the page's language.
 */
export function conflictingLabels(): Array<{ key: string; metrics: MetricId[] }> {
  const exact = new Map<string, Set<MetricId>>();
  const compact = new Map<string, Set<MetricId>>();
  const claim = (map: Map<string, Set<MetricId>>, key: string, id: MetricId) => {
    const set = map.get(key) ?? new Set<MetricId>();
    set.add(id);
    map.set(key, set);
  };
  for (const id of METRIC_IDS) {
    for (const labels of Object.values(METRIC_LABELS[id])) {
      for (const label of labels) {
        const key = normaliseLabel(label);
        claim(exact, key, id);
        claim(compact, compactKey(key), id);
      }
    }
  }
  const conflicts = [...exact].filter(([, ids]) => ids.size > 1).map(([key, ids]) => ({ key, metrics: [...ids] }));
  const reported = new Set(conflicts.map((c) => compactKey(c.key)));
  for (const [key, ids] of compact) {
    if (ids.size > 1 && !reported.has(key)) conflicts.push({ key, metrics: [...ids] });
  }
  return conflicts;
}

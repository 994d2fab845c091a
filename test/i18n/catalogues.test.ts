/**
 * The translated catalogues against the English source: same keys, nothing empty, the same
 * {placeholders}, actually written in the language's script and punctuation, and picked up by the
 * runtime (lib/i18n/load) with the right direction.
 */
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../components/i18n';
import { directionOf, en, formatLocaleFor, resolveUiLanguage, UI_LANGUAGES, type Catalogue, type UiLanguage } from '../../lib/i18n';
import { hasCatalogue, loadCatalogue } from '../../lib/i18n/load';
import { ar } from '../../lib/i18n/ar';
import { fa } from '../../lib/i18n/fa';
import { zhHans } from '../../lib/i18n/zh-Hans';
import { zhHant } from '../../lib/i18n/zh-Hant';

const CATALOGUES: Array<[Exclude<UiLanguage, 'en'>, Catalogue]> = [
  ['fa', fa],
  ['ar', ar],
  ['zh-Hant', zhHant],
  ['zh-Hans', zhHans],
];

const EN_KEYS = Object.keys(en).sort();
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
const withoutPlaceholders = (s: string) => s.replace(/\{\w+\}/g, '');
const hasLetters = (s: string) => /\p{L}/u.test(withoutPlaceholders(s));

/** Keys that are legitimately the same as English in every language: brand, file formats, language names. */
const SAME_AS_ENGLISH = new Set(['appName', 'formatJson', 'formatCsv', 'formatHtml', 'formatMd', 'languageEn', 'languageFa', 'languageAr', 'languageZhHant', 'languageZhHans']);
/** Keys whose text is not in the language's own script: the brand, format names, other languages' names. */
const FOREIGN_SCRIPT = new Set(['appName', 'formatJson', 'formatCsv', 'formatHtml', 'formatMd', 'languageEn']);
const FOREIGN_SCRIPT_RTL = new Set([...FOREIGN_SCRIPT, 'languageZhHant', 'languageZhHans']);
const FOREIGN_SCRIPT_ZH = new Set([...FOREIGN_SCRIPT, 'languageFa', 'languageAr']);

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const HAN = /\p{Script=Han}/u;

describe.each(CATALOGUES)('%s catalogue', (language, catalogue) => {
  const entries = Object.entries(catalogue);

  it('has exactly the keys of en.ts', () => {
    const keys = Object.keys(catalogue).sort();
    expect(EN_KEYS.filter((k) => !keys.includes(k)), 'missing').toEqual([]);
    expect(keys.filter((k) => !EN_KEYS.includes(k)), 'extra').toEqual([]);
  });

  it('has no empty string', () => {
    expect(entries.filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('uses the same {placeholders} as English, each of them', () => {
    const wrong = entries
      .filter(([k, v]) => placeholders(v).join() !== placeholders((en as Record<string, string>)[k]!).join())
      .map(([k, v]) => `${k}: ${placeholders(v).join()} ≠ ${placeholders((en as Record<string, string>)[k]!).join()}`);
    expect(wrong).toEqual([]);
  });

  it('is translated: only the brand, formats and language names stay as in English', () => {
    const same = entries.filter(([k, v]) => hasLetters(v) && v === (en as Record<string, string>)[k] && !SAME_AS_ENGLISH.has(k)).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('is written in its own script', () => {
    const rtl = language === 'fa' || language === 'ar';
    const script = rtl ? ARABIC_SCRIPT : HAN;
    const exempt = rtl ? FOREIGN_SCRIPT_RTL : FOREIGN_SCRIPT_ZH;
    const untranslated = entries
      .filter(([k]) => hasLetters((en as Record<string, string>)[k]!) && !exempt.has(k))
      .filter(([, v]) => !script.test(withoutPlaceholders(v)))
      .map(([k]) => k);
    expect(untranslated).toEqual([]);
  });

  it('uses the script’s own punctuation', () => {
    const bad = (language === 'fa' || language === 'ar' ? /[,;?]/ : /[,;:?()]/u);
    // Latin runs such as analytics.example.com or Google Ads keep their own characters; none has , ; : ? ( ).
    expect(entries.filter(([k, v]) => !FOREIGN_SCRIPT.has(k) && bad.test(withoutPlaceholders(v))).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });

  it('keeps the symbols English uses', () => {
    for (const symbol of ['≈', '…', '·', '—', '–', '×']) {
      const keys = entries.filter(([k]) => (en as Record<string, string>)[k]!.includes(symbol)).map(([k]) => k);
      // Chinese writes the dash before "within reach" as its own ——; everything else keeps the symbol.
      const missing = keys.filter((k) => !catalogue[k as keyof Catalogue].includes(symbol) && !(symbol === '—' && k === 'smart.achievable.ok'));
      expect(missing, symbol).toEqual([]);
    }
  });

  it('keeps metric abbreviations in Latin letters', () => {
    for (const [key, abbreviation] of [['smart', 'SMART'], ['stage', 'RACE'], ['templatePaidCtr', 'CTR'], ['goalError.stage-unknown', 'RACE']] as const) {
      expect(catalogue[key], key).toContain(abbreviation);
    }
  });
});

describe('Persian orthography', () => {
  const words = Object.values(fa).flatMap((v) => withoutPlaceholders(v).split(/[^\p{L}\p{M}\u200c]+/u)).filter(Boolean);

  it('joins the prefix می/نمی and the plural ها with a zero-width non-joiner', () => {
    const prefix = words.filter((w) => /^ن?می[\p{L}]/u.test(w) && !/^(میان|میز)/.test(w));
    // ها after a letter that joins to the left (not ا د ذ ر ز ژ و) needs the ZWNJ.
    const plural = words.filter((w) => /[بپتثجچحخسشصضطظعغفقکگلمنهیئ]ها(ی|یی|یش)?$/.test(w));
    expect(prefix).toEqual([]);
    expect(plural).toEqual([]);
    expect(fa.noDashboardHint).toContain('می\u200cخواند');
    expect(fa.goalsHeading).toContain('هدف\u200cهای');
  });

  it('uses Persian letters, not their Arabic look-alikes (and Arabic the Arabic ones)', () => {
    expect(Object.entries(fa).filter(([k, v]) => k !== 'languageAr' && /[يك]/.test(v))).toEqual([]);
    expect(Object.entries(ar).filter(([k, v]) => k !== 'languageFa' && /[یکپچژگ]/.test(v))).toEqual([]);
  });
});

describe('the runtime picks the catalogues up', () => {
  const expected: Array<[UiLanguage, 'rtl' | 'ltr', string]> = [
    ['en', 'ltr', en.thisPage],
    ['fa', 'rtl', fa.thisPage],
    ['ar', 'rtl', ar.thisPage],
    ['zh-Hant', 'ltr', zhHant.thisPage],
    ['zh-Hans', 'ltr', zhHans.thisPage],
  ];

  it('every UI language has a catalogue file', () => {
    for (const l of UI_LANGUAGES) expect(hasCatalogue(l), l).toBe(true);
  });

  it.each(expected)('uiLanguage %s → dir %s, strings from its catalogue', async (setting, dir, thisPage) => {
    const language = resolveUiLanguage(setting, 'en-US');
    expect(language).toBe(setting);
    const catalogue = await loadCatalogue(language);
    const i18n = makeI18n(language, catalogue, formatLocaleFor(language, 'en-US'));
    expect(i18n.dir).toBe(dir);
    expect(directionOf(language)).toBe(dir);
    expect(i18n.t('thisPage')).toBe(thisPage);
    expect(i18n.t('statusLabel', { status: 'x' })).toBe(catalogue.statusLabel.replace('{status}', 'x'));
  });

  it('the browser language chooses the same way when the setting is automatic', async () => {
    for (const [tag, language, dir] of [['fa-IR', 'fa', 'rtl'], ['ar-SA', 'ar', 'rtl'], ['zh-TW', 'zh-Hant', 'ltr'], ['zh-CN', 'zh-Hans', 'ltr']] as const) {
      const l = resolveUiLanguage('auto', tag);
      expect(l).toBe(language);
      expect(makeI18n(l, await loadCatalogue(l), formatLocaleFor(l, tag)).dir).toBe(dir);
    }
  });

  it('explains statuses and warnings from the translated templates, numbers through Intl', async () => {
    const i18n = makeI18n('fa', await loadCatalogue('fa'), 'fa');
    const text = i18n.explain('status', { code: 'behind', params: { basis: 'pace', current: '6,200', expected: '8,000', asOf: 'x', pacePercent: 78 }, text: 'Behind…' });
    expect(text).toContain('عقب');
    expect(text).toContain('۷۸٪');
  });
});

describe('engine explanations in the UI language', () => {
  it('print the engine’s raw numbers, dates and metric in the UI locale, not its English text', async () => {
    const { explainIn } = await import('../../lib/i18n/index');
    const { fa } = await import('../../lib/i18n/fa');
    const { formatValue, formatDate } = await import('../../lib/format');
    const e = {
      code: 'on-track',
      text: 'On track: 12,000 against 5,391 expected by 31 Oct 2026.',
      params: { basis: 'pace', metric: 'Active users', metricId: 'active-users', unit: 'count', current: '12,000', currentValue: 12000, expected: '5,391', expectedValue: 5391, asOf: '31 Oct 2026', asOfIso: '2026-10-31', pacePercent: 223 },
    };
    const text = explainIn(fa, 'status', e, {
      number: (n) => new Intl.NumberFormat('fa').format(n),
      value: (v, unit, currency) => formatValue(v, unit as 'count', currency, 'fa'),
      date: (iso) => formatDate(iso, 'fa'),
      metric: () => 'کاربران فعال',
    });
    expect(text).not.toMatch(/[0-9]|Oct/); // no Latin digits or English month left
    expect(text).toMatch(/۱۲٬۰۰۰/);
  });
});

describe('a goal card’s sentences, printed as the rest of the card is', () => {
  const SET = '2026-01-01T00:00:00.000Z';

  it('Persian: the behind-pace warning names the metric in Persian and prints the weekly amount in Persian digits', async () => {
    const { makeGoal, toDateReading } = await import('../support/goal-fixtures');
    const { progressOf } = await import('../progress/helpers');
    const { metricDisplayName } = await import('../../lib/metrics/names');
    // 4,000 of 4,500 sessions expected by 14 Feb: at risk, ~778 a week needed from now.
    const p = progressOf(makeGoal({ target: { kind: 'reach', value: 9000, setAt: SET } }), [toDateReading('2026-02-15', 4000)], '2026-02-15');
    const warning = p.warnings.find((w) => w.code === 'behind-pace')!;
    const text = makeI18n('fa', fa, 'fa').explain('warning', warning);
    expect(text).toContain(metricDisplayName('sessions', 'fa'));
    expect(text).toContain('۷۷۸');
    expect(text).not.toMatch(/[0-9]|Sessions/);
  });

  it('English: amounts and dates in the UI locale ("$29,514", "Feb 14, 2026"), not the engine’s "USD 29,514.42" and "14 Feb 2026"', async () => {
    const { makeGoal, toDateReading } = await import('../support/goal-fixtures');
    const { progressOf } = await import('../progress/helpers');
    const goal = makeGoal({ metric: 'revenue', target: { kind: 'reach', value: 59_000, setAt: SET }, baseline: { value: 0, obtained: 'typed' } });
    const p = progressOf(goal, [toDateReading('2026-02-15', 29_514.42, { metric: 'revenue', unit: 'currency', currency: 'USD' })], '2026-02-15');
    expect(p.status.text).toMatch(/USD 29,514\.42 against USD [\d,.]+ expected by 14 Feb 2026/);
    const text = makeI18n('en', en, 'en-US').explain('status', p.status);
    expect(text).toMatch(/^\w[\w ]*: \$29,514 against \$[\d,]+ expected by Feb 14, 2026 \(\d+% of pace\)\.$/);
  });

  it('a sentence whose template names a param the engine did not give is the engine’s text, never a "{target}" placeholder', async () => {
    const { explainIn } = await import('../../lib/i18n/index');
    const e = { code: 'achieved', params: { basis: 'met', current: '5' }, text: 'Target met: 5.' };
    expect(explainIn(en, 'status', e, (n) => String(n))).toBe('Target met: 5.');
    expect(explainIn(fa, 'status', e, (n) => String(n))).toBe('Target met: 5.');
  });
});

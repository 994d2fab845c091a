/**
 * How fast goal sentences are read: every sentence of the unit table (all five languages, complete,
 * partial and refused ones), parsed over and over after a warm-up that builds the word indexes and the
 * locales' number and date tables once. Run alone with `npx tsx scripts/bench/sentence.ts`.
 */
import { parseGoalSentence } from '../../lib/goals/sentence';
import { SENTENCE_CASES, TODAY, localeOf } from '../../test/goals/sentence-cases';

export interface SentenceBench {
  sentences: number;
  msPerSentence: number;
}

/** Parses the table's sentences for at least `minMs` (after one warm-up pass) and reports the mean time per sentence. */
export function benchSentenceParsing(minMs = 500): SentenceBench {
  const inputs = SENTENCE_CASES.map((c) => ({ text: c.text, options: { locale: localeOf(c), today: TODAY } }));
  for (const { text, options } of inputs) parseGoalSentence(text, options);
  let parsed = 0;
  const start = performance.now();
  do {
    for (const { text, options } of inputs) parseGoalSentence(text, options);
    parsed += inputs.length;
  } while (performance.now() - start < minMs);
  return { sentences: inputs.length, msPerSentence: (performance.now() - start) / parsed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { sentences, msPerSentence } = benchSentenceParsing(2000);
  console.log(`${sentences} goal sentences: ${(msPerSentence * 1000).toFixed(1)} µs per sentence`);
}

import { describe, expect, it } from 'vitest';
import { parseDashboardNumber } from '../../lib/parse/number';
import { numberParseSamples, numberParseSamplesWithLocale } from '../support/number-samples';

describe('benchmark samples', () => {
  it('are a few hundred strings', () => expect(numberParseSamples().length).toBeGreaterThan(300));

  it('all read as a number or a missing value', () => {
    for (const { text, locale } of numberParseSamplesWithLocale()) {
      const result = parseDashboardNumber(text, { locale });
      expect(result.ok || result.reason === 'no-value', `${JSON.stringify(text)} ${locale}: ${result.ok || result.message}`).toBe(true);
    }
  });
});

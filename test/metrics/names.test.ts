import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_LANGUAGES, METRIC_IDS } from '../../lib/metrics/catalogue';
import { METRIC_LABELS } from '../../lib/metrics/metric-labels';
import { metricDisplayName } from '../../lib/metrics/names';
import { metricNamesSource } from '../../scripts/metric-names';

describe('metric display names', () => {
  it('are the first label of each language file (regenerate with npx tsx scripts/metric-names.ts)', () => {
    const stored = readFileSync(join(__dirname, '../../lib/metrics/names-data.ts'), 'utf8');
    expect(stored).toBe(metricNamesSource());
  });

  it('name every metric in every language as its first label there', () => {
    for (const lang of LABEL_LANGUAGES)
      for (const id of METRIC_IDS) expect(metricDisplayName(id, lang), `${id} in ${lang}`).toBe(METRIC_LABELS[id][lang][0] ?? METRIC_LABELS[id].en[0]);
  });
});

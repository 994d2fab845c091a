import { describe, expect, it } from 'vitest';
import { deadlineFor } from '../../lib/goals/deadline-presets';

describe('deadline presets', () => {
  it.each([
    ['end-of-month', '2026-11-24', '2026-11-30'],
    ['end-of-month', '2028-02-10', '2028-02-29'],
    ['end-of-quarter', '2026-11-24', '2026-12-31'],
    ['end-of-quarter', '2026-01-01', '2026-03-31'],
    ['end-of-quarter', '2026-06-30', '2026-06-30'],
    ['end-of-year', '2026-11-24', '2026-12-31'],
    ['in-3-months', '2026-11-24', '2027-02-24'],
    ['in-6-months', '2026-08-31', '2027-02-28'],
  ] as const)('%s from %s is %s', (preset, today, expected) => expect(deadlineFor(preset, today)).toBe(expected));
});

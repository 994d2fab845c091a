/**
 * A number the user picked on a site Goalpost has no reader for: the metric they said it is, and how
 * to find it again (lib/picker/locator.ts). Picks belong to one page — origin and path — because the
 * same label on another page of the site is usually another number.
 */
import type { MetricId } from '../metrics/types';
import { PICK_LIMITS, type PickLocator } from './locator';
import { boolean, object, optional, string, type Check } from '../validate';

export interface Pick {
  id: string;
  /** `https://shop.example.com/admin/stats`: origin and path, no query or hash. */
  page: string;
  metric: MetricId;
  locator: PickLocator;
  createdAt: string;
}

/** The page a URL's picks are stored under. */
export function pickPage(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? `${u.origin}${u.pathname}` : null;
  } catch {
    return null;
  }
}

export const pickLocatorSchema: Check<PickLocator> = object({
  label: string({ min: 1, max: PICK_LIMITS.label }),
  table: optional(object({ column: string({ min: 1, max: PICK_LIMITS.label }), row: string({ max: PICK_LIMITS.label }), totals: boolean() })),
  path: string({ min: 1, max: PICK_LIMITS.path }),
  sample: string({ max: PICK_LIMITS.sample }),
});

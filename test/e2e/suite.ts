import { afterAll, expect } from 'vitest';
import type { ExtensionSession } from './harness';

/**
 * The teardown every suite ends with: no request left the machine from any context (background,
 * extension pages, content scripts, fixture pages), and the browser closes — then `also`, if given —
 * whether or not that check passed.
 */
export function closeAfterAll(session: () => ExtensionSession | undefined, also?: () => void | Promise<void>): void {
  afterAll(() => {
    expect(session()?.unexpectedRequests ?? []).toEqual([]);
  });
  afterAll(async () => {
    try {
      await session()?.close();
    } finally {
      await also?.();
    }
  });
}

import { describe, expect, it } from 'vitest';
import { sessionStore, type SessionArea } from '../../lib/background/session-store';

/** A storage.session stand-in whose reads can be held back, to let a write overtake one. */
function area() {
  const stored = new Map<string, unknown>();
  let reads = 0;
  let hold: Promise<void> | null = null;
  const listeners: Array<(changes: Record<string, unknown>) => void> = [];
  const api: SessionArea = {
    onChanged: { addListener: (l) => void listeners.push(l) },
    async get(key) {
      reads++;
      const value = stored.get(key);
      if (hold) await hold;
      return value === undefined ? {} : { [key]: value };
    },
    // Like the browser, it reports every change, the writer's own included.
    async set(items) {
      for (const [k, v] of Object.entries(items)) stored.set(k, v);
      for (const l of listeners) l(items);
    },
    async remove(keys) {
      for (const k of keys) stored.delete(k);
      for (const l of listeners) l(Object.fromEntries(keys.map((k) => [k, {}])));
    },
  };
  /** A write by another context: the browser reports it through storage.onChanged. */
  const writtenElsewhere = (key: string, value: unknown) => {
    stored.set(key, value);
    for (const l of listeners) l({ [key]: { newValue: value } });
  };
  return { api, stored, writtenElsewhere, reads: () => reads, holdReads: (p: Promise<void> | null) => (hold = p) };
}

describe('session store (storage.session with a copy in memory)', () => {
  it('reads the browser’s storage once per key, then answers from memory; writes go through to storage', async () => {
    const a = area();
    a.stored.set('tab:7', { title: 'GA4' });
    const store = sessionStore(a.api);
    expect(await store.get('tab:7')).toEqual({ title: 'GA4' });
    expect(await store.get('tab:7')).toEqual({ title: 'GA4' });
    expect(a.reads()).toBe(1);
    await store.set('tab:7', { title: 'Ads' });
    expect(a.stored.get('tab:7')).toEqual({ title: 'Ads' });
    expect(await store.get('tab:7')).toEqual({ title: 'Ads' });
    await store.remove(['tab:7']);
    expect(a.stored.has('tab:7')).toBe(false);
    expect(await store.get('tab:7')).toBeUndefined();
  });

  it('a fresh store (the worker restarted) reads what the last one wrote', async () => {
    const a = area();
    await sessionStore(a.api).set('draft:7', 3);
    expect(await sessionStore(a.api).get('draft:7')).toBe(3);
  });

  it('reads a key afresh once another context changed it', async () => {
    const a = area();
    const store = sessionStore(a.api);
    expect(await store.get('draft:7')).toBeUndefined();
    a.writtenElsewhere('draft:7', 4);
    expect(await store.get('draft:7')).toBe(4);
  });

  it('does not keep a read that a write overtook', async () => {
    const a = area();
    a.stored.set('tab:7', 'old');
    const store = sessionStore(a.api);
    let release!: () => void;
    a.holdReads(new Promise<void>((r) => (release = r)));
    const slowRead = store.get('tab:7');
    await store.set('tab:7', 'new');
    release();
    a.holdReads(null);
    expect(await slowRead).toBe('old'); // it began before the write
    expect(await store.get('tab:7')).toBe('new');
  });
});

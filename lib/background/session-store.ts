/** The part of `storage.session` the background uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
  onChanged: { addListener(listener: (changes: Record<string, unknown>) => void): void };
}

/**
 * `storage.session` (it survives the service worker being stopped, and is cleared with the browser) with a
 * copy in memory while the worker lives: only the background writes these keys, so an opening side panel
 * need not wait for a round trip to the browser's storage. A read that a write overtook is not kept, and
 * a key changed by anyone else (another context of the extension) is read afresh.
 */
export function sessionStore(area: SessionArea) {
  const copy = new Map<string, unknown>();
  let writes = 0;
  // Any change, ours included (the browser reports those too, unless the value stayed the same), is read
  // afresh next time: simpler than telling ours from others', and a panel still skips the round trip on
  // every later open until the tab is read again.
  area.onChanged.addListener((changes) => {
    writes++;
    for (const key of Object.keys(changes)) copy.delete(key);
  });
  return {
    async get(key: string): Promise<unknown> {
      if (copy.has(key)) return copy.get(key);
      const before = writes;
      const value = (await area.get(key))[key];
      if (writes === before) copy.set(key, value);
      return value;
    },
    set(key: string, value: unknown): Promise<void> {
      writes++;
      copy.set(key, value);
      return area.set({ [key]: value });
    },
    remove(keys: string[]): Promise<void> {
      writes++;
      for (const key of keys) copy.delete(key);
      return area.remove(keys);
    },
  };
}

import { describe, expect, it } from 'vitest';
import { cacheSize, Lru } from '../../lib/background/lru';

describe('bounded LRU map', () => {
  it('drops the least recently used entries once over its bound, by weight', () => {
    const lru = new Lru<string, number[]>(10, (v) => v.length);
    lru.set('a', [1, 2, 3, 4]).set('b', [1, 2, 3]).set('c', [1, 2]);
    expect(lru.get('a')).toEqual([1, 2, 3, 4]); // now the most recently used
    lru.set('d', [1, 2, 3]);
    expect([...lru.keys()]).toEqual(['c', 'a', 'd']);
    expect(lru.weight).toBe(9);
    // An entry heavier than the bound stays alone: it is the one in use.
    lru.set('e', Array.from({ length: 12 }, (_, i) => i));
    expect([...lru.keys()]).toEqual(['e']);
    expect(lru.weight).toBe(12);
  });

  it('keeps its weight right when entries are replaced, deleted or cleared, whatever happens to the values after', () => {
    const lru = new Lru<string, number[]>(100, (v) => v.length);
    const value = [1, 2];
    lru.set('a', value).set('b', [1]).set('a', [1, 2, 3]);
    value.push(3, 4, 5);
    expect(lru.weight).toBe(4);
    expect(lru.delete('b')).toBe(true);
    expect(lru.delete('b')).toBe(false);
    expect(lru.weight).toBe(3);
    lru.clear();
    expect([lru.size, lru.weight]).toEqual([0, 0]);
  });

  it('measures what it holds', () => {
    const lru = new Lru<string, { v: number }>(5);
    lru.set('a', { v: 1 }).set('b', { v: 22 });
    expect(cacheSize(lru.size, lru.weight, lru.maxWeight, lru.values())).toEqual({ entries: 2, weight: 2, max: 5, bytes: '{"v":1}'.length + '{"v":22}'.length });
  });
});

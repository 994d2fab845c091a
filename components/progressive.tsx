import { Component, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { cardsForWindow } from './first-screen';

/**
 * How many of `total` items to render now: the first `first` (a window's worth of goal cards) at once,
 * then `step` more per task after each paint. The first screen paints without waiting for the cards
 * below it; the rest follow within a few frames, before anyone can scroll to them. Render the items
 * through `pure` so each step renders only the new ones.
 */
export function useProgressiveCount(total: number, first = cardsForWindow(), step = 12): number {
  const [count, setCount] = useState(first);
  const shown = Math.min(total, Math.max(count, first));
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setCount(shown + step), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return shown;
}

/**
 * `Inner`, re-rendered only when one of its props changes (by identity) or a context it reads does —
 * Preact's own `memo` lives in preact/compat, which Goalpost does not otherwise load.
 */
export function pure<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  return class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as Record<string, unknown>;
      const props = next as Record<string, unknown>;
      for (const k in props) if (props[k] !== prev[k]) return true;
      for (const k in prev) if (!(k in props)) return true;
      return false;
    }
    override render() {
      return <Inner {...this.props} />;
    }
  };
}

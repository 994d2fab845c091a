import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export type LazyComponent<P> = ComponentType<P> & {
  /** Starts loading the code now (idle time after the first render), so a later click shows it at once. */
  preload(): Promise<unknown>;
};

const all: Array<() => Promise<unknown>> = [];

/** Loads every lazy component's code (call in idle time once the first screen is up). */
export function preloadLazyComponents(): Promise<unknown> {
  return Promise.all(all.map((preload) => preload().catch(() => {})));
}

/**
 * A component whose code is its own chunk, loaded the first time it is shown (or preloaded): the side
 * panel's first screen then loads and compiles only what it shows. Renders nothing for the few
 * milliseconds the chunk takes to load from the extension package, then the component itself.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        pending = null; // a later render tries again
        throw e;
      },
    ));
  function Lazy(props: P) {
    const [, setReady] = useState(false);
    const Component = loaded;
    useEffect(() => {
      if (Component) return;
      let alive = true;
      preload().then(
        () => alive && setReady(true),
        () => {},
      );
      return () => {
        alive = false;
      };
    }, [Component]);
    // Start loading during the render itself rather than a frame later in the effect.
    if (!Component) preload().catch(() => {});
    return Component ? <Component {...props} /> : null;
  }
  all.push(preload);
  return Object.assign(Lazy, { preload });
}

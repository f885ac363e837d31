import { lazy, type ComponentType, type ReactNode } from 'react';

/**
 * A component in a chunk of its own (a dynamic import), for a part a page does not need up front. `preload()` starts
 * loading it (a component calls it once it is on screen); once loaded, it renders at once, without suspending. Until
 * then it suspends under the caller's `Suspense`, and if its chunk cannot be loaded it renders `fallback`, so that a
 * missing chunk never takes the page down.
 * @example const [Fix, preloadFix] = lazyPart(() => import('./Fix').then((module) => module.Fix), () => null)
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ComponentType<P>,
): [component: (props: P) => ReactNode, preload: () => Promise<unknown>] {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (cause: unknown) => {
        pending = undefined; // the next mount tries again
        throw cause;
      },
    ));
  const Lazy = lazy<ComponentType<P>>(() =>
    preload().then(
      (component) => ({ default: component }),
      () => ({ default: fallback }),
    ),
  );
  function Part(props: P) {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  }
  return [Part, () => preload().catch(() => {})];
}

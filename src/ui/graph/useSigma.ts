/**
 * The life of one sigma renderer in a container, shared by the constellation and the lead's network
 * graph. sigma cannot be made in a hidden or zero-width container ("Container has no width"), so it
 * is made only once the container has a size; it is kept for the life of the view (WebGL contexts
 * and shaders are costly to make: a new graph is swapped in with showGraph), and killed on unmount or
 * when the view hands a new `create`. What the renderer draws and how is the view's, in `create`.
 */
import type { Attributes } from "graphology-types";
import type { RefObject } from "react";
import { useCallback, useEffect, useRef, useState } from "react";
import type Sigma from "sigma";
import { hasSize, whenSized } from "./hasSize.ts";

/** A renderer a view made, with what to undo just before it is killed (listeners, a parent told). */
export interface MadeRenderer<N extends Attributes, E extends Attributes> {
  readonly sigma: Sigma<N, E>;
  readonly dispose?: () => void;
}

/**
 * When the renderer is made: as soon as the container has a size, or only when the view calls
 * `ensure` (the network graph waits until it is scrolled to).
 */
export type MakeWhen = "sized" | "asked";

export interface SigmaHandle<N extends Attributes, E extends Attributes> {
  /** For the view's container element (`<div ref={container} />`). */
  readonly container: RefObject<HTMLDivElement | null>;
  /** The live renderer, once made. */
  readonly renderer: RefObject<Sigma<N, E> | undefined>;
  /** Makes the renderer now if the container has a size; returns it (undefined while it has none). */
  readonly ensure: () => Sigma<N, E> | undefined;
  /** Whether the container has had a size yet. */
  readonly sized: boolean;
}

/**
 * @example
 * const create = useCallback((el: HTMLElement) => ({ sigma: new Sigma(new Graph(), el) }), []);
 * const { container, renderer, sized } = useSigma(create, "sized");
 * useEffect(() => { if (renderer.current) showGraph(renderer.current, graph, "drawn"); }, [graph, sized]);
 */
export function useSigma<N extends Attributes, E extends Attributes>(
  create: (element: HTMLElement) => MadeRenderer<N, E>,
  when: MakeWhen,
): SigmaHandle<N, E> {
  const container = useRef<HTMLDivElement>(null);
  const made = useRef<MadeRenderer<N, E> | undefined>(undefined);
  const renderer = useRef<Sigma<N, E> | undefined>(undefined);
  const [sized, setSized] = useState(false);
  useEffect(() => (container.current ? whenSized(container.current, () => setSized(true)) : undefined), []);

  const make = useCallback(
    (element: HTMLElement) => {
      const m = create(element);
      made.current = m;
      renderer.current = m.sigma;
      return m.sigma;
    },
    [create],
  );
  const ensure = useCallback((): Sigma<N, E> | undefined => {
    const element = container.current;
    if (renderer.current || !element || !hasSize(element)) return renderer.current;
    return make(element);
  }, [make]);

  useEffect(
    () => () => {
      const m = made.current;
      if (!m) return;
      m.dispose?.();
      made.current = undefined;
      renderer.current = undefined;
      m.sigma.kill();
    },
    [make],
  );

  useEffect(() => {
    const element = container.current;
    if (when === "sized" && sized && element && !renderer.current) make(element);
  }, [when, sized, make]);

  return { container, renderer, ensure, sized };
}

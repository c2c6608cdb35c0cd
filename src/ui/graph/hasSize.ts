/**
 * Whether an element has room to draw in. sigma measures its container when it is made (and on
 * every frame), and throws "Container has no width" in a hidden or zero-width one: graphs wait
 * until theirs has a size.
 */

/** The sizes `hasSize` reads (an HTMLElement has them; tests pass plain objects). */
export type Sized = Pick<HTMLElement, "offsetWidth" | "offsetHeight">;

export function hasSize(el: Sized): boolean {
  return el.offsetWidth > 0 && el.offsetHeight > 0;
}

/**
 * Runs `ready` once `el` has a size: at once when it has one, otherwise when a ResizeObserver
 * first sees one (a tab shown, a panel opened). Returns a function that stops waiting.
 *
 * @example
 * useEffect(() => whenSized(container.current, () => setRenderer(new Sigma(graph, container.current))), []);
 */
export function whenSized(el: HTMLElement, ready: () => void): () => void {
  if (hasSize(el)) {
    ready();
    return () => {};
  }
  let waiting = true;
  const observer = new ResizeObserver(() => {
    if (!waiting || !hasSize(el)) return;
    waiting = false;
    observer.disconnect();
    ready();
  });
  observer.observe(el);
  return () => {
    waiting = false;
    observer.disconnect();
  };
}

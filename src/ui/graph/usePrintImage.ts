/**
 * The still image of the constellation that print shows in place of the live graph (canvas content
 * does not always print). It is made ahead of time, a moment after the constellation or its wording
 * last changed, because a browser's print dialog may not wait for work started on `beforeprint`.
 * An image made for an earlier constellation is never shown: print then has no picture rather than
 * the wrong person's.
 */
import type Sigma from "sigma";
import { useEffect, useRef, useState } from "react";
import type { SupportType } from "../../core/index.ts";
import { constellationPng } from "./exportPng.ts";
import type { HeaderText } from "./pngHeader.ts";
import type { RenderEdge, RenderGraph, RenderNode } from "./toRenderGraph.ts";

/** Long enough for a burst of changes (typing a setting, toggling names) to settle into one image. */
export const PRINT_IMAGE_DELAY_MS = 400;

interface Made {
  readonly url: string;
  readonly graph: RenderGraph;
  readonly header: HeaderText;
  readonly types: readonly SupportType[];
}

/** The object URL of the current print image, or undefined while none matches what is on screen. */
export function usePrintImage(
  renderer: Sigma<RenderNode, RenderEdge> | undefined,
  graph: RenderGraph | undefined,
  header: HeaderText | undefined,
  types: readonly SupportType[],
): string | undefined {
  const [made, setMade] = useState<Made | undefined>();
  // Set while an image is waiting for its delay, so `beforeprint` can make it at once instead.
  const pending = useRef<(() => void) | undefined>(undefined);

  useEffect(() => {
    if (!renderer || !graph || !header) return;
    // Not useWorkerQuery: this waits on a timer (and on `beforeprint`), not on the worker, and a failed
    // image is simply no image rather than a reported problem.
    let current = true;
    const make = () => {
      clearTimeout(timer);
      pending.current = undefined;
      constellationPng(renderer, header, types).then(
        (blob) => {
          if (current) setMade({ url: URL.createObjectURL(blob), graph, header, types });
        },
        () => {
          if (current) setMade(undefined);
        },
      );
    };
    const timer = setTimeout(make, PRINT_IMAGE_DELAY_MS);
    pending.current = make;
    return () => {
      current = false;
      clearTimeout(timer);
      pending.current = undefined;
    };
  }, [renderer, graph, header, types]);

  // Printing straight after a change: make the image now (it may still miss a dialog that does not wait).
  useEffect(() => {
    const now = () => pending.current?.();
    addEventListener("beforeprint", now);
    return () => removeEventListener("beforeprint", now);
  }, []);

  // Each image's URL is let go once a newer one replaces it, or the view closes.
  useEffect(() => {
    if (!made) return;
    return () => URL.revokeObjectURL(made.url);
  }, [made]);

  const matches =
    made !== undefined &&
    made.graph === graph &&
    made.types === types &&
    // The header is made once per change of wording (a memo in the view), so the same object is the same text.
    made.header === header;
  return matches ? made.url : undefined;
}

import type Sigma from "sigma";
import { useCallback } from "react";
import type { SupportType } from "../../core/index.ts";
import { withProvenance } from "./constellationHeader.ts";
import { constellationPng, downloadBlob } from "./exportPng.ts";
import type { HeaderText } from "./pngHeader.ts";
import type { PngDownload } from "./pngDownload.tsx";
import type { RenderEdge, RenderNode } from "./toRenderGraph.ts";

/**
 * "Download PNG": the constellation as drawn, with the header the view made (title, headline, date)
 * and its legend, as a file. Undefined until there is a picture to save.
 */
export function useConstellationPng(
  renderer: Sigma<RenderNode, RenderEdge> | undefined,
  header: HeaderText | undefined,
  types: readonly SupportType[],
  fileName: string,
): PngDownload | undefined {
  const download = useCallback(async () => {
    if (!renderer || !header) return;
    downloadBlob(await constellationPng(renderer, withProvenance(header), types), fileName);
  }, [renderer, header, types, fileName]);
  return renderer && header ? download : undefined;
}

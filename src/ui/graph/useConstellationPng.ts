import type Sigma from "sigma";
import { useCallback } from "react";
import type { Constellation, Settings, SupportType } from "../../core/index.ts";
import { ectHeadline } from "../ectHeadline.ts";
import type { NameOf } from "../names.ts";
import { shorten } from "../names.ts";
import { constellationPng, downloadBlob } from "./exportPng.ts";
import type { RenderEdge, RenderNode } from "./toRenderGraph.ts";

interface Options {
  readonly renderer: Sigma<RenderNode, RenderEdge> | undefined;
  readonly constellation: Constellation | undefined;
  readonly settings: Settings | undefined;
  readonly types: readonly SupportType[];
  readonly nameOf: NameOf;
  readonly hide: boolean;
  readonly voice: "you" | "they";
  readonly share: boolean;
  /** The date line, as the page shows it. */
  readonly asOf: string;
}

/** "Download PNG": the constellation as drawn, with its title, headline and legend, as a file. */
export function useConstellationPng(o: Options): () => Promise<void> {
  const { renderer, constellation, settings, types, nameOf, hide, voice, share, asOf } = o;
  return useCallback(async () => {
    if (!renderer || !constellation) return;
    const ectName = nameOf(constellation.ect.id, constellation.ect.name);
    const blob = await constellationPng(
      renderer,
      {
        title: `${ectName}: support mosaic`,
        // The sentence the page shows above the graph, in the chosen wording (share mode names no one).
        headline: settings ? ectHeadline(constellation, types, { voice, nameOf, share, settings }, shorten) : undefined,
        subtitle: `As of ${asOf}. Made with Mosaic; it stays on this device.`,
      },
      types,
    );
    const file = hide ? "ect" : ectName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    downloadBlob(blob, `mosaic-${file}-${settings?.as_of_date}.png`);
  }, [renderer, constellation, settings, types, nameOf, hide, voice, share, asOf]);
}

/**
 * What views offer the toolbar's "Share and print" menu: the constellation's Download PNG and the lead
 * overview's Print network summary. One wrapper, so App holds one provider for both.
 */
import type { ReactNode } from "react";
import { PngDownloadSlot } from "./graph/pngDownload.tsx";
import { PrintOfferSlot } from "./printOffer.tsx";

export function ToolbarSlots({ children }: { readonly children: ReactNode }) {
  return (
    <PngDownloadSlot>
      <PrintOfferSlot>{children}</PrintOfferSlot>
    </PngDownloadSlot>
  );
}

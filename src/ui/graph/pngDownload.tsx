/**
 * "Download PNG" sits in the toolbar's "Share and print" menu, but only the constellation view has
 * what the file is made from: the drawn picture (its sigma renderer) and the header it already makes
 * for print. Rather than send the renderer up to App and make the header a second time there, the view
 * offers a ready `download()` here and the toolbar only calls it. The slot's state lives in its own
 * provider, so offering a download re-draws the toolbar alone, not the App above it. While no picture
 * is drawn (another tab, no WebGL, still drawing) nothing is offered and the menu item is disabled.
 */
import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useEffect, useState } from "react";

/** Makes the PNG of what is on screen and hands it to the browser as a download. */
export type PngDownload = () => Promise<void>;

type Offer = (download: PngDownload | undefined) => void;

const OfferContext = createContext<Offer>(() => undefined);
const DownloadContext = createContext<PngDownload | undefined>(undefined);

export function PngDownloadSlot({ children }: { readonly children: ReactNode }) {
  const [download, setDownload] = useState<{ readonly run: PngDownload } | undefined>();
  // Stable for the slot's life, so a view's effect that offers runs only when its download changes.
  // (A function is kept wrapped: useState would call one given bare.)
  const offer = useCallback<Offer>((d) => setDownload(d ? { run: d } : undefined), []);
  return (
    <OfferContext value={offer}>
      <DownloadContext value={download?.run}>{children}</DownloadContext>
    </OfferContext>
  );
}

/** The view that draws the picture offers its download while it is mounted and can make one. */
export function useOfferPngDownload(download: PngDownload | undefined): void {
  const offer = useContext(OfferContext);
  useEffect(() => {
    offer(download);
    return () => offer(undefined);
  }, [offer, download]);
}

/** The download on offer, if a picture is drawn. */
export const usePngDownload = (): PngDownload | undefined => useContext(DownloadContext);

/**
 * "Print network summary" in the toolbar's "Share and print" menu on the lead overview: the summary
 * is worked out by the overview's own PrintSummary (only when asked, then printed once it is in), so
 * the overview offers its "print" here and the toolbar only calls it, as with Download PNG
 * (graph/pngDownload.tsx). While nothing is offered the menu item is disabled.
 */
import type { ReactNode } from "react";
import { createContext, useCallback, useContext, useEffect, useState } from "react";

type Offer = (print: (() => void) | undefined) => void;

const OfferContext = createContext<Offer>(() => undefined);
const PrintContext = createContext<(() => void) | undefined>(undefined);

export function PrintOfferSlot({ children }: { readonly children: ReactNode }) {
  // Kept wrapped: useState would call a function given bare.
  const [offered, setOffered] = useState<{ readonly run: () => void } | undefined>();
  const offer = useCallback<Offer>((p) => setOffered(p ? { run: p } : undefined), []);
  return (
    <OfferContext value={offer}>
      <PrintContext value={offered?.run}>{children}</PrintContext>
    </OfferContext>
  );
}

/** A view offers its print while it is mounted. */
export function useOfferPrint(print: (() => void) | undefined): void {
  const offer = useContext(OfferContext);
  useEffect(() => {
    offer(print);
    return () => offer(undefined);
  }, [offer, print]);
}

/** The print on offer, if a view offers one. */
export const useOfferedPrint = (): (() => void) | undefined => useContext(PrintContext);

/** The app's one polite live region, and the `announce` function that speaks through it. */
import type { ReactNode } from "react";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnnounceContext } from "./useAnnounce.ts";

/** Long enough for screen readers to notice the region was emptied, so the same words are said again. */
const GAP_MS = 60;

export function AnnounceProvider({ children }: { readonly children: ReactNode }) {
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((text: string) => {
    clearTimeout(timer.current);
    setMessage("");
    timer.current = setTimeout(() => setMessage(text), GAP_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/**
 * One polite live region for the whole app (AnnounceProvider renders it): results that appear
 * away from where the user is (an import read, a what-if worked out, an ECT opened, an edit
 * applied) are said once, in words, by any screen reader.
 */
import { createContext, useContext } from "react";

export type Announce = (message: string) => void;

/** Without a provider (unit tests, a component shown on its own) announcing does nothing. */
export const AnnounceContext = createContext<Announce>(() => {});

/**
 * @example
 * const announce = useAnnounce();
 * announce("What if Beth Summers were away? 4 new gaps.");
 */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

/**
 * Who counts as a supporter in "42 people (16 ECTs, 14 supporters, …)": the named givers of a link
 * to an ECT, leaving out family and people named only by role (each belongs to one ECT's map). Which
 * links count is the caller's choice, said where it is made: the analysis counts those live as of
 * its date; an import, which has no date, counts every link read, ended ones too.
 */
import type { SupportNetwork } from "../model/network.ts";

/** Every link read, or only those live as of the analysis's date (its `live` column, 1 per live link). */
export type CountedLinks = "every link" | { readonly liveAsOf: Uint8Array };

export interface NamedSupporters {
  /** Distinct named givers of a counted link to an ECT. */
  readonly supporters: number;
  /** Those of them who are ECTs themselves. */
  readonly ectsSupporting: number;
}

export function namedSupporters(net: SupportNetwork, links: CountedLinks): NamedSupporters {
  const { from, to, isEct, isUnnamed, linkCount } = net;
  const live = links === "every link" ? undefined : links.liveAsOf;
  const gives = new Uint8Array(net.people.length);
  for (let l = 0; l < linkCount; l++) {
    if (live && live[l] !== 1) continue;
    const f = from[l] ?? -1;
    const t = to[l] ?? -1;
    if (f >= 0 && t >= 0 && isEct[t] === 1 && isUnnamed[f] !== 1) gives[f] = 1;
  }
  let supporters = 0;
  let ectsSupporting = 0;
  for (let p = 0; p < gives.length; p++) {
    if (gives[p] !== 1) continue;
    supporters++;
    ectsSupporting += isEct[p] ?? 0;
  }
  return { supporters, ectsSupporting };
}

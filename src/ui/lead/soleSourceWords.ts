import type { SupportType } from "../../core/index.ts";
import { plural } from "../plural.ts";

/**
 * What rests on one supporter alone, in words a mentor lead uses: "4 kinds of support (1 ECT)"
 * rather than "4 (ECT, type) pairs". Read under the heading "Only source for".
 */
/** "1 kind of support", "4 kinds of support". */
export const kindsOfSupport = (n: number): string =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? "kind" : "kinds"} of support`;

export function soleSourceWords(
  soleSourceFor: readonly { readonly ect: string; readonly supportType: SupportType }[],
): string {
  const n = soleSourceFor.length;
  if (n === 0) return "–";
  // A no-break space keeps "(1 ECT)" whole when the column is narrow.
  return `${kindsOfSupport(n)} (${plural(new Set(soleSourceFor.map((s) => s.ect)).size, "ECT").replace(" ", "\u00a0")})`;
}

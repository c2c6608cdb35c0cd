import type { SupportType } from "../../core/index.ts";
import { plural } from "../plural.ts";

/**
 * What rests on one supporter alone, in words a mentor lead uses: "4 kinds of support (1 ECT)"
 * rather than "4 (ECT, type) pairs". Read under the heading "Only source for".
 */
export function soleSourceWords(
  soleSourceFor: readonly { readonly ect: string; readonly supportType: SupportType }[],
): string {
  const n = soleSourceFor.length;
  if (n === 0) return "–";
  const kinds = `${n.toLocaleString("en-GB")} ${n === 1 ? "kind" : "kinds"} of support`;
  return `${kinds} (${plural(new Set(soleSourceFor.map((s) => s.ect)).size, "ECT")})`;
}

/** Coverage of the counted types: a type nobody gives (GAP), one person gives (SOLE_SOURCE), or one person gives several of (KEYSTONE). */
import type { AnalysisContext } from "../context.ts";
import { isExcluded } from "../context.ts";
import { bitCount, ectViewFor, fillEctView, onlyUncountedKinds, soleTypeBits, typesOfBits } from "../ectView.ts";
import { FlagTable } from "../flagTable.ts";
import { emptyBasics } from "../supporterBasics.ts";
import type { EctRule } from "./rule.ts";

export const GAP: EctRule = {
  code: "GAP",
  rule: "One flag per counted type with no provider, when the ECT has a supporter or is SUPPORT_KINDS_UNCLEAR. The counted types are the four core types, and `career` too when `include_career_in_coverage` is on.",
  core: true,
  severity: "warning",
  params: ["include_career_in_coverage"],
  evaluate: (v, _, out) => {
    if (v.supporters.length === 0 && !onlyUncountedKinds(v)) return;
    for (let i = 0; i < v.providers.length; i++) if (v.providers[i]!.length === 0) out.forType(v.typeIndex[i]!);
  },
};

export const SOLE_SOURCE: EctRule = {
  code: "SOLE_SOURCE",
  rule: "One flag per counted type with exactly one provider, naming that provider (`career` is counted only when `include_career_in_coverage` is on).",
  core: true,
  severity: "info",
  params: ["include_career_in_coverage"],
  evaluate: (v, _, out) => {
    for (let i = 0; i < v.providers.length; i++) {
      const ps = v.providers[i]!;
      if (ps.length === 1) out.forType(v.typeIndex[i]!, ps[0]);
    }
  },
};

export const KEYSTONE: EctRule = {
  code: "KEYSTONE",
  rule: "The ECT has at least 2 supporters, and one of them is the only provider of at least `keystone_types` counted types; one flag per such supporter.",
  core: true,
  severity: "warning",
  params: ["keystone_types"],
  evaluate: (v, _, out) => {
    if (v.supporters.length < 2) return;
    // Each sole provider once, in the order of the first type they alone provide.
    for (let i = 0; i < v.providers.length; i++) {
      const ps = v.providers[i]!;
      if (ps.length !== 1) continue;
      const g = ps[0]!;
      let seen = false;
      for (let j = 0; j < i; j++) if (v.providers[j]!.length === 1 && v.providers[j]![0] === g) seen = true;
      if (seen) continue;
      const types = soleTypeBits(v, g);
      // The row's number is the types as bits of ALL_TYPES indices, printed as their names.
      if (bitCount(types) >= v.ctx.settings.keystone_types) out.about(g, types);
    }
  },
  values: (r) => ({ types: typesOfBits(r.a) }),
};

export interface SoleSourcePair {
  /** ECT, support type (an index into ALL_TYPES) and the one person who provides it, as indices. */
  readonly ect: number;
  readonly type: number;
  readonly giver: number;
}

/** Every sole source of the network under `ctx`, by ECT in file order then type: what SOLE_SOURCE raises. */
export function soleSourcesOf(ctx: AnalysisContext): SoleSourcePair[] {
  const view = ectViewFor(ctx);
  const rows = new FlagTable();
  const basics = emptyBasics(0);
  for (const e of ctx.net.ects) {
    if (isExcluded(ctx, e)) continue;
    rows.begin(0, e, 0);
    // SOLE_SOURCE reads no supporter figures.
    SOLE_SOURCE.evaluate(fillEctView(view, e), basics, rows);
  }
  const out: SoleSourcePair[] = [];
  for (let i = 0; i < rows.length; i++)
    out.push({ ect: rows.subject[i]!, type: rows.type[i]!, giver: rows.person[i]! });
  return out;
}

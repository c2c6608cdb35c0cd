/**
 * Supporters the network leans on (docs/domain.md section 5, single point of failure (b)): the
 * (ECT, type) pairs a person alone provides, across ECTs.
 */
import type { SupporterView } from "./supporterView.ts";
import type { SupporterRule } from "./rule.ts";

/** PEER_ECT_RELIED_ON: other ECTs an ECT alone provides some type to (docs/flags.md: a fixed "≥ 2", not a setting). */
const PEER_RELIED_ON_ECTS = 2;

/** The distinct ECTs among v's sole-source pairs, in ECT order. */
export function soleEctsOf(v: SupporterView): number[] {
  const ects: number[] = [];
  // Pairs come in ECT order, so repeats are side by side.
  for (let i = v.soleFrom; i < v.soleTo; i++) if (ects[ects.length - 1] !== v.soleEcts[i]) ects.push(v.soleEcts[i]!);
  return ects;
}

export const NETWORK_KEYSTONE: SupporterRule = {
  code: "NETWORK_KEYSTONE",
  rule: "The (ECT, type) pairs the person alone provides span at least `keystone_ect_count` distinct ECTs: their absence would open gaps for that many ECTs.",
  core: true,
  severity: "warning",
  params: ["keystone_ect_count"],
  evaluate: (v, out) => {
    const need = v.ctx.settings.keystone_ect_count;
    // Distinct ECTs are at most the sole-source pairs, so most people stop here.
    if (v.soleTo - v.soleFrom < need) return;
    const ects = soleEctsOf(v);
    if (ects.length >= need) out.listing(ects, ects.length, v.soleTo - v.soleFrom);
  },
  reports: ["ects", "impact"],
};

// Added 2026-12 (issue #17): peers are valuable, and new themselves, with their own induction.
export const PEER_ECT_RELIED_ON: SupporterRule = {
  code: "PEER_ECT_RELIED_ON",
  rule: "An ECT who is the only live provider of some counted type for 2 or more other ECTs (a fixed number, not a setting).",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, out) => {
    if (!v.person.is_ect || v.soleTo - v.soleFrom < PEER_RELIED_ON_ECTS) return;
    const ects = soleEctsOf(v);
    if (ects.length >= PEER_RELIED_ON_ECTS) out.listing(ects, ects.length);
  },
  reports: ["ects"],
};

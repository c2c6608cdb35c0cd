/**
 * Whether anyone is there at all: UNMAPPED (no data), ISOLATED (no one), and SUPPORT_KINDS_UNCLEAR
 * (someone, but with kinds that are not counted).
 */
import type { SupportNetwork } from "../../model/network.ts";
import { linkAt } from "../../model/network.ts";
import { ALL_TYPES, CAREER_MASK, CORE_MASK } from "../../model/supportTypes.ts";
import { dayNumber } from "../../model/dayNumber.ts";
import { isLiveLink } from "../context.ts";
import { isIsolated, onlyUncountedKinds } from "../ectView.ts";
import type { Settings } from "../settings.ts";
import { giverOf, typeBitsOf } from "../facts/links.ts";
import type { EctRule } from "./rule.ts";

/** Distinct givers of `links`, in link order. */
export function giversOf(net: SupportNetwork, links: readonly number[]): number[] {
  const out: number[] = [];
  for (const l of links) if (!out.includes(giverOf(net, l))) out.push(giverOf(net, l));
  return out;
}

/**
 * The kinds `givers` give ECT `e` on live links that carry no counted type, as recorded: support
 * type ids (career) first, then the words the importer could not map, each once.
 */
export function uncountedKinds(
  net: SupportNetwork,
  e: number,
  givers: readonly number[],
  settings: Settings,
): string[] {
  const asOfDay = dayNumber(settings.as_of_date);
  const counted = CORE_MASK | (settings.include_career_in_coverage ? CAREER_MASK : 0);
  const known: string[] = [];
  const other: string[] = [];
  for (let k = net.inStart[e]!; k < net.inStart[e + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (!givers.includes(giverOf(net, l)) || (typeBitsOf(net, l) & counted) !== 0 || !isLiveLink(net, l, asOfDay))
      continue;
    const link = linkAt(net, l);
    for (const t of link.support_types) if (!known.includes(t)) known.push(t);
    for (const t of link.other_types ?? []) if (!other.includes(t)) other.push(t);
  }
  return [...ALL_TYPES.filter((t) => known.includes(t)), ...other];
}

export const UNMAPPED: EctRule = {
  code: "UNMAPPED",
  rule: "The ECT appears in no link row at all (given or received, live or not) and their `map_status` is not `confirmed`: no data, which is not the same as no support.",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, _, out) => {
    if (v.unmapped) out.raise();
  },
};

export const ISOLATED: EctRule = {
  code: "ISOLATED",
  rule: "The ECT is not UNMAPPED and has no live incoming link at all, of any kind (links from groups are left out when `count_groups_as_supporters` is off). GAP is not raised beside it.",
  core: true,
  severity: "critical",
  params: [],
  evaluate: (v, _, out) => {
    if (isIsolated(v)) out.raise();
  },
};

// Added after the first flag list (docs/flags.md): replaces ISOLATED where the ECT's live links carry only career
// (not counted) or only kinds the importer could not map (changed 2026-12, issue #17).
export const SUPPORT_KINDS_UNCLEAR: EctRule = {
  code: "SUPPORT_KINDS_UNCLEAR",
  rule: "The ECT has no support link, but has live incoming links that carry only kinds that are not counted (`career` while `include_career_in_coverage` is off, or words the importer could not map). Raised instead of ISOLATED, naming who gives them.",
  core: true,
  severity: "info",
  params: ["include_career_in_coverage"],
  evaluate: (v, _, out) => {
    if (onlyUncountedKinds(v)) out.listing(giversOf(v.ctx.net, v.uncountedLinks));
  },
  values: (r, net, settings) => ({ kinds: uncountedKinds(net, r.subject, r.list ?? [], settings) }),
};

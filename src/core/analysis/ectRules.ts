/**
 * The per-ECT flags (docs/flags.md) as a registry: one descriptor per flag, core flags
 * first. A rule that needs an optional field is not evaluated where that field is missing.
 *
 * A rule writes a row of numbers for each flag it raises (see FlagOut) and says, in `values`, how
 * that row reads as the flag's values; the Flag object is made only when somebody reads it.
 */
import { FORMAL_ROLES, FREQUENCIES } from "../model/enums.ts";
import type { SupportNetwork } from "../model/network.ts";
import {
  linkAt,
  NO_DAY,
  ORIGIN_CODE,
  ROLE_CODE,
  TRAIT_DIRECTED,
  TRAIT_DIRECTIVE,
  TRAIT_FORMAL,
} from "../model/network.ts";
import { ALL_TYPES, CAREER_MASK, CORE_MASK } from "../model/supportTypes.ts";
import { dayNumber } from "../import/values.ts";
import { inLineChain, isLiveLink } from "./context.ts";
import { bitCount, isIsolated, onlyUncountedKinds, soleTypeBits, typesOfBits } from "./ectView.ts";
import { CRITICAL, INFO, WARNING } from "./flagTable.ts";
import type { Settings } from "./settings.ts";
import type { EctRule } from "./rules/rule.ts";

export type { EctRule, FlagValues } from "./rules/rule.ts";

const ECT_MENTOR = ROLE_CODE.ect_mentor!;
const PEER_COACH = ROLE_CODE.peer_coach!;
const CHOSEN = ORIGIN_CODE.ect_chosen!;
const EMERGENT = ORIGIN_CODE.emergent!;
const ORG = ALL_TYPES.indexOf("organisational_literacy");
const ONE_OFF = FREQUENCIES.indexOf("one_off") + 1;

/** A flag with nothing but its code (and subject). */
/** Distinct givers of `links`, in link order. */
function giversOf(net: SupportNetwork, links: readonly number[]): number[] {
  const out: number[] = [];
  for (const l of links) if (!out.includes(net.from[l]!)) out.push(net.from[l]!);
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
    if (!givers.includes(net.from[l]!) || (net.typeMask[l]! & counted) !== 0 || !isLiveLink(net, l, asOfDay)) continue;
    const link = linkAt(net, l);
    for (const t of link.support_types) if (!known.includes(t)) known.push(t);
    for (const t of link.other_types ?? []) if (!other.includes(t)) other.push(t);
  }
  return [...ALL_TYPES.filter((t) => known.includes(t)), ...other];
}

export const ECT_RULES: readonly EctRule[] = [
  {
    code: "UNMAPPED",
    rule: "The ECT appears in no link row at all (given or received, live or not) and their `map_status` is not `confirmed`: no data, which is not the same as no support.",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, _, out) => {
      if (v.unmapped) out.raise();
    },
  },
  {
    code: "ISOLATED",
    rule: "The ECT is not UNMAPPED and has no live incoming link at all, of any kind (links from groups are left out when `count_groups_as_supporters` is off). GAP is not raised beside it.",
    core: true,
    severity: "critical",
    params: [],
    evaluate: (v, _, out) => {
      if (isIsolated(v)) out.raise();
    },
  },
  {
    // Added after the first flag list (docs/flags.md): replaces ISOLATED where the ECT's live links carry only career
    // (not counted) or only kinds the importer could not map (changed 2026-12, issue #17).
    code: "SUPPORT_KINDS_UNCLEAR",
    rule: "The ECT has no support link, but has live incoming links that carry only kinds that are not counted (`career` while `include_career_in_coverage` is off, or words the importer could not map). Raised instead of ISOLATED, naming who gives them.",
    core: true,
    severity: "info",
    params: ["include_career_in_coverage"],
    evaluate: (v, _, out) => {
      if (onlyUncountedKinds(v)) out.listing(giversOf(v.ctx.net, v.uncountedLinks));
    },
    values: (r, net, settings) => ({ kinds: uncountedKinds(net, r.subject, r.list ?? [], settings) }),
  },
  {
    code: "SINGLE_SUPPORTER",
    rule: "The ECT has exactly one supporter.",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v, _, out) => {
      if (v.supporters.length === 1) out.about(v.supporters[0]!);
    },
  },
  {
    code: "THIN_NETWORK",
    rule: "The ECT has at least 2 supporters and fewer than `min_supporters`.",
    core: false,
    severity: "info",
    params: ["min_supporters"],
    evaluate: (v, _, out) => {
      const n = v.supporters.length;
      if (n >= 2 && n < v.ctx.settings.min_supporters) out.counting(n);
    },
    reports: ["supporters"],
  },
  {
    code: "GAP",
    rule: "One flag per counted type with no provider, when the ECT has a supporter or is SUPPORT_KINDS_UNCLEAR. The counted types are the four core types, and `career` too when `include_career_in_coverage` is on.",
    core: true,
    severity: "warning",
    params: ["include_career_in_coverage"],
    evaluate: (v, _, out) => {
      if (v.supporters.length === 0 && !onlyUncountedKinds(v)) return;
      for (let i = 0; i < v.providers.length; i++) if (v.providers[i]!.length === 0) out.forType(v.typeIndex[i]!);
    },
  },
  {
    code: "SOLE_SOURCE",
    rule: "One flag per counted type with exactly one provider, naming that provider (`career` is counted only when `include_career_in_coverage` is on).",
    core: true,
    severity: "info",
    params: ["include_career_in_coverage"],
    evaluate: (v, _, out) => {
      for (let i = 0; i < v.providers.length; i++) {
        const ps = v.providers[i]!;
        if (ps.length === 1) out.forType(v.typeIndex[i]!, ps[0]!);
      }
    },
  },
  {
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
        if (bitCount(types) >= v.ctx.settings.keystone_types) out.about(g, types);
      }
    },
    values: (r) => ({ types: typesOfBits(r.a) }),
  },
  {
    code: "CONCENTRATION",
    rule: "The ECT has at least 2 supporters, and the one with the most type slots (counted types summed over their support links) holds more than `max_share_top_supporter` of all the ECT's type slots.",
    core: false,
    severity: "warning",
    params: ["max_share_top_supporter"],
    evaluate: (v, _, out) => {
      if (v.supporters.length < 2) return;
      let total = 0;
      let top = -1;
      let topSlots = 0;
      for (let s = 0; s < v.supporters.length; s++) {
        total += v.slots[s]!;
        if (v.slots[s]! > topSlots) {
          top = v.supporters[s]!;
          topSlots = v.slots[s]!;
        }
      }
      if (topSlots / total > v.ctx.settings.max_share_top_supporter) out.about(top, topSlots, total);
    },
    reports: ["typeSlots", "totalTypeSlots"],
  },
  {
    code: "WELLBEING_ONLY_FROM_ASSESSOR",
    rule: "At least one support link carries psychosocial support, and every such link is powerful: its giver assesses the ECT on it or is in the ECT's line chain.",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v, _, out) => {
      const ls = v.psychLinks;
      if (ls.length === 0) return;
      for (const l of ls) if (!v.ctx.powerful[l]) return;
      out.listing(giversOf(v.ctx.net, ls));
    },
  },
  {
    code: "DUAL_ROLE",
    rule: "Of the support links carrying psychosocial support, at least one is powerful (the giver assesses or is in the line chain) and at least one is not.",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, _, out) => {
      let assessed = false;
      let free = false;
      for (const l of v.psychLinks) {
        if (v.ctx.powerful[l]) assessed = true;
        else free = true;
      }
      if (assessed && free) out.raise();
    },
  },
  {
    code: "NO_SAFE_SPACE",
    rule: "The ECT has at least one supporter, and every supporter gives them at least one powerful link (assesses them or is in their line chain).",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v, _, out) => {
      if (v.supporters.length >= 1 && v.safeSupporters === 0) out.raise();
    },
  },
  {
    code: "HIERARCHY_ONLY",
    rule: "The ECT has at least one supporter and none is peer-like. Peer-like: a group, support staff or an ECT, or a teacher (or someone with no seniority recorded) outside the ECT's line chain; middle leaders, senior leaders and headteachers never are.",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v, _, out) => {
      if (v.supporters.length >= 1 && v.peerLikeSupporters === 0) out.raise();
    },
  },
  {
    code: "ORG_SINGLE_VIEW",
    rule: "The ECT has at least one `organisational_literacy` provider, and every one of them is senior (`senior_leader` or `headteacher`) or in the ECT's line chain. A warning with one such provider, information with more.",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v, _, out) => {
      const ps = v.providers[v.typeIndex.indexOf(ORG)] ?? [];
      if (ps.length === 0) return;
      const net = v.ctx.net;
      for (const g of ps) if (!net.isSenior[g] && !inLineChain(net, g, v.e)) return;
      const one = ps.length === 1;
      out.at(one ? WARNING : INFO).forType(ORG, one ? ps[0]! : -1, [...ps]);
    },
  },
  {
    code: "TOP_DOWN_ONLY",
    rule: "At least one support link records an `origin`, and none is `ect_chosen` or `emergent`. Links with no origin recorded are left out of the rule (the text says how many were counted).",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, _, out) => {
      // Links with no origin recorded are left out of the rule; the sentence counts them (issue #17).
      let recorded = 0;
      for (const l of v.links) {
        const origin = v.ctx.net.linkOrigin[l]!;
        if (origin === CHOSEN || origin === EMERGENT) return;
        if (origin !== 0) recorded++;
      }
      if (recorded > 0) out.counting(recorded, v.links.length);
    },
    reports: ["withOrigin", "links"],
  },
  {
    code: "WELLBEING_FORMAL_ONLY",
    rule: "At least one support link carries psychosocial support, and every such link has `formality` `formal`.",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, _, out) => {
      const ls = v.psychLinks;
      if (ls.length === 0) return;
      for (const l of ls) if ((v.ctx.net.linkTraits[l]! & TRAIT_FORMAL) === 0) return;
      out.raise();
    },
  },
  {
    code: "ONE_WAY",
    rule: "The ECT has at least one supporter and gives no live outgoing link to anyone.",
    core: true,
    severity: "info",
    params: [],
    evaluate: (v, _, out) => {
      if (v.supporters.length >= 1 && v.liveOutgoing === 0) out.raise();
    },
  },
  {
    code: "STALE",
    rule: "One flag per support link with both `frequency` and `last_contact` recorded (`one_off` links are never stale) whose days from `last_contact` to `as_of_date` are more than `expected_interval` for its frequency.",
    core: true,
    severity: "warning",
    params: ["expected_interval", "as_of_date"],
    evaluate: (v, _, out) => {
      const { net, asOfDay, intervals } = v.ctx;
      for (const l of v.links) {
        const last = net.linkLastContactDay[l]!;
        if (last === NO_DAY) continue;
        const frequency = net.linkFrequency[l]!;
        if (frequency === 0 || frequency === ONE_OFF) continue;
        const interval = intervals[frequency]!;
        const days = asOfDay - last;
        if (days > interval) out.onLink(l, net.from[l]!, days, interval);
      }
    },
    reports: ["daysSinceContact", "expectedInterval"],
    values: (r, net) => ({
      frequency: FREQUENCIES[net.linkFrequency[r.link]! - 1]!,
    }),
  },
  {
    code: "STRAINED",
    rule: "One flag per support link whose `status` is `strained` or whose `trust` rating is at most `trust_low`. Critical when the giver is the ECT's only provider of some counted type, otherwise a warning.",
    core: true,
    severity: "warning",
    params: ["trust_low"],
    evaluate: (v, _, out) => {
      const { net, settings } = v.ctx;
      for (const l of v.links) {
        const trust = net.linkTrust[l]!;
        if (!net.linkStrained[l] && !(trust <= settings.trust_low)) continue;
        const g = net.from[l]!;
        const sole = soleTypeBits(v, g);
        out.at(sole !== 0 ? CRITICAL : WARNING).onLink(l, g, sole);
      }
    },
    values: (r, net) => {
      const link = linkAt(net, r.link);
      return {
        status: link.status ?? "active",
        ...(link.trust !== undefined ? { trust: link.trust } : {}),
        types: link.support_types,
        soleSourceOf: typesOfBits(r.a),
      };
    },
  },
  {
    code: "ALL_NEW",
    rule: "The ECT has support links, every one has `started_on` recorded, and every one started no more than `new_link_days` before `as_of_date`.",
    core: false,
    severity: "info",
    params: ["new_link_days", "as_of_date"],
    evaluate: (v, _, out) => {
      const { net, asOfDay, settings } = v.ctx;
      if (v.links.length === 0) return;
      for (const l of v.links) {
        const start = net.linkStartedDay[l]!;
        if (start === NO_DAY || asOfDay - start > settings.new_link_days) return;
      }
      out.raise();
    },
  },
  {
    code: "NO_SIMILAR_OTHER",
    rule: "No support link has a `similarity` rating of `similar_rating` or more, and no supporter who is a person has `years_experience` within `similar_years` of the ECT's. Evaluated only when some similarity rating, or years of experience for both the ECT and a supporter, is recorded.",
    core: false,
    severity: "info",
    params: ["similar_rating", "similar_years"],
    evaluate: (v, _, out) => {
      const { settings, net } = v.ctx;
      let evidence = false;
      for (const l of v.links) {
        const s = net.linkSimilarity[l]!;
        if (s !== s) continue;
        evidence = true;
        if (s >= settings.similar_rating) return;
      }
      const own = net.yearsExperience[v.e]!;
      if (own === own) {
        for (const g of v.supporters) {
          const years = net.yearsExperience[g]!;
          if (!net.isPerson[g] || years !== years) continue;
          evidence = true;
          if (Math.abs(years - own) <= settings.similar_years) return;
        }
      }
      if (evidence) out.raise();
    },
  },
  {
    code: "SUPPORTER_OVERSTRETCHED",
    rule: "One flag per supporter of the ECT who is OVER_CAPACITY.",
    core: false,
    severity: "warning",
    params: [],
    evaluate: (v, basics, out) => {
      for (const g of v.supporters) if (basics.overCapacity[g]) out.about(g);
    },
  },
  {
    code: "DIRECTED_MENTOR",
    rule: "One flag per support link in a formal support role (`ect_mentor`, `induction_tutor`, `subject_mentor`, `specialist_coach`) whose `willingness` is `directed`.",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, _, out) => {
      const net = v.ctx.net;
      for (const l of v.links) {
        const role = net.linkRole[l]!;
        if ((net.linkTraits[l]! & TRAIT_DIRECTED) !== 0 && role !== 0 && role <= FORMAL_ROLES.length)
          out.onLink(l, net.from[l]!);
      }
    },
  },
  {
    code: "CONCEPTION_MISMATCH",
    rule: "The ECT's `wants_orientation` is set and not `mixed`, and a giver of one of their `ect_mentor` support links has a `mentoring_conception` that is set, not `mixed` and different; one flag per such mentor.",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, _, out) => {
      const wants = v.person.wants_orientation;
      if (!wants || wants === "mixed") return;
      const { net } = v.ctx;
      const mentors: number[] = [];
      for (const l of v.links)
        if (net.linkRole[l] === ECT_MENTOR && !mentors.includes(net.from[l]!)) mentors.push(net.from[l]!);
      for (const g of mentors) {
        const c = net.people[g]!.mentoring_conception;
        if (c !== undefined && c !== "mixed" && c !== wants) out.about(g);
      }
    },
    values: (r, net) => ({
      wants: net.people[r.subject]!.wants_orientation!,
      mentorConception: net.people[r.person]!.mentoring_conception!,
    }),
  },
  {
    code: "PEER_COACH_SHORT",
    rule: "One flag per `peer_coach` support link with `started_on` and `ends_on` both recorded whose planned length (`ends_on` − `started_on`, in days) is less than `peer_coach_min_days`.",
    core: false,
    severity: "info",
    params: ["peer_coach_min_days"],
    evaluate: (v, _, out) => {
      const { net, settings } = v.ctx;
      for (const l of v.links) {
        if (net.linkRole[l] !== PEER_COACH) continue;
        const started = net.linkStartedDay[l]!;
        const ends = net.linkEndsDay[l]!;
        if (started === NO_DAY || ends === NO_DAY) continue;
        const days = ends - started;
        if (days < settings.peer_coach_min_days) out.onLink(l, net.from[l]!, days);
      }
    },
    reports: ["plannedDays"],
  },
  {
    code: "NO_OUTSIDE_VIEW",
    rule: "The ECT's school and department are recorded, at least one named supporter is there, and every named supporter is a person in that same school and department (supporters named only by role, and family, have no school recorded and are left out).",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, _, out) => {
      const net = v.ctx.net;
      const school = net.school[v.e]!;
      const department = net.department[v.e]!;
      if (school < 0 || department < 0) return;
      // Family and supporters named only by role have no school recorded: they say nothing either way.
      let named = 0;
      for (const g of v.supporters) {
        if (net.isUnnamed[g]) continue;
        if (!net.isPerson[g] || net.school[g] !== school || net.department[g] !== department) return;
        named++;
      }
      if (named > 0) out.raise();
    },
  },
  {
    code: "DIRECTIVE_ONLY",
    rule: "The ECT has support links and every one has `style` `directive`.",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, _, out) => {
      if (v.links.length === 0) return;
      for (const l of v.links) if ((v.ctx.net.linkTraits[l]! & TRAIT_DIRECTIVE) === 0) return;
      out.raise();
    },
  },
];

/** Core rules first, as the issue asks, keeping registry order within each group. */
export const ECT_RULES_ORDERED: readonly EctRule[] = [
  ...ECT_RULES.filter((r) => r.core),
  ...ECT_RULES.filter((r) => !r.core),
];

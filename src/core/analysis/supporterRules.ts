/**
 * The per-supporter flags (docs/flags.md). They speak about workload and structure, never
 * about how good anyone is. Groups are not evaluated; ECTs only for OVER_CAPACITY. Like the ECT
 * rules, each writes rows (FlagOut) and reads its values back from them when a flag is shown.
 */
import type { Person } from "../model/types.ts";
import type { SupporterRule } from "./rules/rule.ts";
import type { SupporterView } from "./rules/supporterView.ts";
import { GIVES_FORMAL_ROLE, GIVES_MENTORING, HAS_OWN_SUPPORT } from "./supporterBasics.ts";

export type { SupporterRule } from "./rules/rule.ts";
export type { SupporterView } from "./rules/supporterView.ts";

/** PEER_ECT_RELIED_ON: other ECTs an ECT alone provides some type to (docs/flags.md: a fixed "≥ 2", not a setting). */
const PEER_RELIED_ON_ECTS = 2;

/** The distinct ECTs among v's sole-source pairs, in ECT order. */
function soleEctsOf(v: SupporterView): number[] {
  const ects: number[] = [];
  // Pairs come in ECT order, so repeats are side by side.
  for (let i = v.soleFrom; i < v.soleTo; i++) if (ects[ects.length - 1] !== v.soleEcts[i]) ects.push(v.soleEcts[i]!);
  return ects;
}
const hasCapacity = (p: Person) => (p.capacity ?? 0) > 0 || (p.capacity_minutes_per_month ?? 0) > 0;

export const SUPPORTER_RULES: readonly SupporterRule[] = [
  {
    code: "OVER_CAPACITY",
    rule: "`capacity` is set and the number of distinct ECTs the person has a live link to is above it, or `capacity_minutes_per_month` is set and their load (`minutes_per_month` summed over live outgoing links, blank as 0) is above it.",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v, out) => {
      if (v.basics.overCapacity[v.p] === 1) out.counting(v.basics.ectCount[v.p]!, v.basics.load[v.p]!);
    },
    values: (r, net) => {
      const person = net.people[r.subject]!;
      return {
        ectsSupported: r.a,
        ...(person.capacity !== undefined ? { capacity: person.capacity } : {}),
        minutesPerMonth: r.b,
        ...(person.capacity_minutes_per_month !== undefined
          ? { capacityMinutesPerMonth: person.capacity_minutes_per_month }
          : {}),
      };
    },
  },
  {
    code: "SENIOR_STRETCH",
    rule: "A senior person (`senior_leader` or `headteacher`) with live `ect_mentor` links to at least `senior_mentee_limit` distinct ECTs, or who is OVER_CAPACITY while supporting at least one ECT.",
    core: false,
    severity: "warning",
    params: ["senior_mentee_limit"],
    evaluate: (v, out) => {
      const { basics, p, ctx } = v;
      const mentees = basics.ectMentees[p]!;
      if (
        ctx.net.isSenior[p] &&
        (mentees >= ctx.settings.senior_mentee_limit || (basics.overCapacity[p] === 1 && basics.ectCount[p]! > 0))
      )
        out.counting(mentees);
    },
    reports: ["ectMentees"],
  },
  {
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
  },
  {
    code: "UNSUPPORTED_SUPPORTER",
    rule: "The person gives a live link in a formal support role and has no support of their own: no live incoming link from a group or from anyone who is not an ECT.",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, out) => {
      const roles = v.basics.roles[v.p]!;
      if ((roles & GIVES_FORMAL_ROLE) !== 0 && (roles & HAS_OWN_SUPPORT) === 0) out.raise();
    },
  },
  {
    code: "UNTRAINED_MENTOR",
    rule: "The person gives a live `ect_mentor` or `subject_mentor` link and their `mentor_training` is `none`.",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, out) => {
      if ((v.basics.roles[v.p]! & GIVES_MENTORING) !== 0 && v.person.mentor_training === "none") out.raise();
    },
  },
  {
    code: "DUAL_ROLE_MULTI",
    rule: "The person gives psychosocial support over a powerful link (they assess, or are in the line chain) to 2 or more distinct ECTs (a fixed number, not a setting).",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v, out) => {
      const dual = v.basics.dualRoleEcts[v.p]!;
      if (dual >= 2) out.counting(dual);
    },
    reports: ["ects"],
  },
  {
    code: "UNTAPPED",
    rule: "A person who is not an ECT, with `capacity` or `capacity_minutes_per_month` above 0, and no live outgoing link. Those with `strengths` are listed first.",
    core: true,
    severity: "info",
    params: [],
    evaluate: (v, out) => {
      if (!v.person.is_ect && hasCapacity(v.person) && v.basics.liveOut[v.p] === 0) out.raise();
    },
    values: (r, net) => {
      const strengths = net.people[r.subject]!.strengths;
      return strengths && strengths.length > 0 ? { strengths } : undefined;
    },
  },
  {
    // Added 2026-12 (issue #17): peers are valuable, and new themselves, with their own induction.
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
  },
];

/**
 * The per-supporter flags of domain.md section 5.2. They speak about workload and structure, never
 * about how good anyone is. Groups are not evaluated; ECTs only for OVER_CAPACITY.
 */
import { FORMAL_ROLES } from "../model/enums.ts";
import { ROLE_CODE } from "../model/network.ts";
import type { Person } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import type { AnalysisContext } from "./context.ts";
import { isSenior } from "./ectView.ts";
import type { Flag, Severity } from "./flags.ts";
import type { Settings } from "./settings.ts";
import type { SupporterBasics } from "./supporterBasics.ts";

const ECT_MENTOR = ROLE_CODE.ect_mentor!;
const SUBJECT_MENTOR = ROLE_CODE.subject_mentor!;

export interface SupporterView {
  readonly ctx: AnalysisContext;
  readonly basics: SupporterBasics;
  readonly p: number;
  readonly person: Person;
  readonly soleFor: readonly { readonly ect: number; readonly type: SupportType }[];
  readonly hasOwnSupport: boolean;
  readonly givesFormalRole: boolean;
  readonly givesMentoring: boolean;
  /** Distinct ECTs with a live ect_mentor link from this person. */
  readonly ectMentees: number;
  /** ECTs given psychosocial support over a powerful link. */
  readonly dualRoleEcts: number;
}

export type SupporterFlagDraft = Omit<Flag, "scope" | "subject" | "code" | "severity" | "settings">;

export interface SupporterRule {
  readonly code: string;
  readonly core: boolean;
  readonly severity: Severity;
  readonly params: readonly (keyof Settings)[];
  readonly evaluate: (v: SupporterView) => readonly SupporterFlagDraft[];
}

const NONE: readonly never[] = Object.freeze([]);
const once = (c: boolean, d: SupporterFlagDraft = {}) => (c ? [d] : NONE);

export const SUPPORTER_RULES: readonly SupporterRule[] = [
  {
    code: "OVER_CAPACITY",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v) =>
      once(v.basics.overCapacity[v.p] === 1, {
        values: {
          ectsSupported: v.basics.ectCount[v.p]!,
          ...(v.person.capacity !== undefined ? { capacity: v.person.capacity } : {}),
          minutesPerMonth: v.basics.load[v.p]!,
          ...(v.person.capacity_minutes_per_month !== undefined
            ? { capacityMinutesPerMonth: v.person.capacity_minutes_per_month }
            : {}),
        },
      }),
  },
  {
    code: "SENIOR_STRETCH",
    core: false,
    severity: "warning",
    params: ["senior_mentee_limit"],
    evaluate: (v) =>
      once(
        isSenior(v.person) &&
          (v.ectMentees >= v.ctx.settings.senior_mentee_limit ||
            (v.basics.overCapacity[v.p] === 1 && v.basics.ectCount[v.p]! > 0)),
        { values: { ectMentees: v.ectMentees } },
      ),
  },
  {
    code: "NETWORK_KEYSTONE",
    core: true,
    severity: "warning",
    params: ["keystone_ect_count"],
    evaluate: (v) => {
      const ects = new Set(v.soleFor.map((s) => s.ect));
      return once(ects.size >= v.ctx.settings.keystone_ect_count, {
        people: [...ects].map((e) => v.ctx.net.people[e]!.id),
        values: { ects: ects.size, impact: v.soleFor.length },
      });
    },
  },
  {
    code: "UNSUPPORTED_SUPPORTER",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => once(v.givesFormalRole && !v.hasOwnSupport),
  },
  {
    code: "UNTRAINED_MENTOR",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => once(v.givesMentoring && v.person.mentor_training === "none"),
  },
  {
    code: "DUAL_ROLE_MULTI",
    core: false,
    severity: "info",
    params: [],
    evaluate: (v) => once(v.dualRoleEcts >= 2, { values: { ects: v.dualRoleEcts } }),
  },
  {
    code: "UNTAPPED",
    core: true,
    severity: "info",
    params: [],
    evaluate: (v) =>
      once(
        !v.person.is_ect &&
          ((v.person.capacity ?? 0) > 0 || (v.person.capacity_minutes_per_month ?? 0) > 0) &&
          v.basics.liveOut[v.p] === 0,
        v.person.strengths && v.person.strengths.length > 0 ? { values: { strengths: v.person.strengths } } : {},
      ),
  },
];

/** Gathers what the supporter rules read, from one pass over the person's live links. */
export function buildSupporterView(
  ctx: AnalysisContext,
  basics: SupporterBasics,
  p: number,
  soleFor: SupporterView["soleFor"],
): SupporterView {
  const { net, live, powerful } = ctx;
  let givesFormalRole = false;
  let givesMentoring = false;
  // Links are few per person, so distinct receivers are counted by scanning back, not with Sets.
  let mentees = 0;
  let dual = 0;
  const start = net.outStart[p]!;
  const seenBefore = (k: number, t: number, test: (l: number) => boolean) => {
    for (let j = start; j < k; j++) {
      const o = net.outLinks[j]!;
      if (live[o] && net.to[o] === t && test(o)) return true;
    }
    return false;
  };
  const isMentoring = (l: number) => net.linkRole[l] === ECT_MENTOR;
  const isDual = (l: number) => powerful[l] === 1 && (net.typeMask[l]! & SUPPORT_TYPES.psychosocial.bit) !== 0;
  for (let k = start; k < net.outStart[p + 1]!; k++) {
    const l = net.outLinks[k]!;
    if (!live[l]) continue;
    const role = net.linkRole[l]!;
    if (role !== 0 && role <= FORMAL_ROLES.length) givesFormalRole = true;
    if (role === ECT_MENTOR || role === SUBJECT_MENTOR) givesMentoring = true;
    const t = net.to[l]!;
    if (!net.isEct[t]) continue;
    if (isMentoring(l) && !seenBefore(k, t, isMentoring)) mentees++;
    if (isDual(l) && !seenBefore(k, t, isDual)) dual++;
  }
  return {
    ctx,
    basics,
    p,
    person: net.people[p]!,
    soleFor,
    hasOwnSupport: hasOwnSupport(ctx, p),
    givesFormalRole,
    givesMentoring,
    ectMentees: mentees,
    dualRoleEcts: dual,
  };
}

/** A live incoming link from a group or a non-ECT person; contributions from ECTs do not count. */
export function hasOwnSupport(ctx: AnalysisContext, p: number): boolean {
  const { net, live } = ctx;
  for (let k = net.inStart[p]!; k < net.inStart[p + 1]!; k++) {
    const l = net.inLinks[k]!;
    if (live[l] && (net.isGroup[net.from[l]!] || !net.isEct[net.from[l]!])) return true;
  }
  return false;
}

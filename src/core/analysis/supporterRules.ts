/**
 * The per-supporter flags of domain.md section 5.2. They speak about workload and structure, never
 * about how good anyone is. Groups are not evaluated; ECTs only for OVER_CAPACITY.
 */
import type { Person } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";
import type { AnalysisContext } from "./context.ts";
import { isSenior } from "./ectView.ts";
import type { Flag, Severity } from "./flags.ts";
import type { Settings } from "./settings.ts";
import type { SupporterBasics } from "./supporterBasics.ts";
import { GIVES_FORMAL_ROLE, GIVES_MENTORING, HAS_OWN_SUPPORT } from "./supporterBasics.ts";

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
const EMPTY_DRAFT: SupporterFlagDraft = Object.freeze({});
/** Most people raise no flag, so a rule tests first and builds its draft only when it fires. */
const once = (c: boolean, d: SupporterFlagDraft = EMPTY_DRAFT) => (c ? [d] : NONE);

export const SUPPORTER_RULES: readonly SupporterRule[] = [
  {
    code: "OVER_CAPACITY",
    core: true,
    severity: "warning",
    params: [],
    evaluate: (v) =>
      v.basics.overCapacity[v.p] !== 1
        ? NONE
        : [
            {
              values: {
                ectsSupported: v.basics.ectCount[v.p]!,
                ...(v.person.capacity !== undefined ? { capacity: v.person.capacity } : {}),
                minutesPerMonth: v.basics.load[v.p]!,
                ...(v.person.capacity_minutes_per_month !== undefined
                  ? { capacityMinutesPerMonth: v.person.capacity_minutes_per_month }
                  : {}),
              },
            },
          ],
  },
  {
    code: "SENIOR_STRETCH",
    core: false,
    severity: "warning",
    params: ["senior_mentee_limit"],
    evaluate: (v) =>
      isSenior(v.person) &&
      (v.ectMentees >= v.ctx.settings.senior_mentee_limit ||
        (v.basics.overCapacity[v.p] === 1 && v.basics.ectCount[v.p]! > 0))
        ? [{ values: { ectMentees: v.ectMentees } }]
        : NONE,
  },
  {
    code: "NETWORK_KEYSTONE",
    core: true,
    severity: "warning",
    params: ["keystone_ect_count"],
    evaluate: (v) => {
      // Distinct ECTs are at most the sole-source pairs, so most people stop here.
      if (v.soleFor.length < v.ctx.settings.keystone_ect_count) return NONE;
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
    evaluate: (v) => (v.dualRoleEcts >= 2 ? [{ values: { ects: v.dualRoleEcts } }] : NONE),
  },
  {
    code: "UNTAPPED",
    core: true,
    severity: "info",
    params: [],
    evaluate: (v) =>
      !v.person.is_ect &&
      ((v.person.capacity ?? 0) > 0 || (v.person.capacity_minutes_per_month ?? 0) > 0) &&
      v.basics.liveOut[v.p] === 0
        ? [v.person.strengths && v.person.strengths.length > 0 ? { values: { strengths: v.person.strengths } } : {}]
        : NONE,
  },
];

/** Gathers what the supporter rules read; the link pass was done once for everyone in the basics. */
export function buildSupporterView(
  ctx: AnalysisContext,
  basics: SupporterBasics,
  p: number,
  soleFor: SupporterView["soleFor"],
): SupporterView {
  const roles = basics.roles[p]!;
  return {
    ctx,
    basics,
    p,
    person: ctx.net.people[p]!,
    soleFor,
    hasOwnSupport: (roles & HAS_OWN_SUPPORT) !== 0,
    givesFormalRole: (roles & GIVES_FORMAL_ROLE) !== 0,
    givesMentoring: (roles & GIVES_MENTORING) !== 0,
    ectMentees: basics.ectMentees[p]!,
    dualRoleEcts: basics.dualRoleEcts[p]!,
  };
}

/** Whether those who mentor are supported and prepared, and whether they assess those they support. */
import { dualRoleEctsOf, GIVES_FORMAL_ROLE, GIVES_MENTORING, HAS_OWN_SUPPORT, rolesOf } from "../supporterBasics.ts";
import type { SupporterRule } from "./rule.ts";

export const UNSUPPORTED_SUPPORTER: SupporterRule = {
  code: "UNSUPPORTED_SUPPORTER",
  rule: "The person gives a live link in a formal support role and has no support of their own: no live incoming link from a group or from anyone who is not an ECT.",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, out) => {
    const roles = rolesOf(v.basics, v.p);
    if ((roles & GIVES_FORMAL_ROLE) !== 0 && (roles & HAS_OWN_SUPPORT) === 0) out.raise();
  },
};

export const UNTRAINED_MENTOR: SupporterRule = {
  code: "UNTRAINED_MENTOR",
  rule: "The person gives a live `ect_mentor` or `subject_mentor` link and their `mentor_training` is `none`.",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, out) => {
    if ((rolesOf(v.basics, v.p) & GIVES_MENTORING) !== 0 && v.person.mentor_training === "none") out.raise();
  },
};

export const DUAL_ROLE_MULTI: SupporterRule = {
  code: "DUAL_ROLE_MULTI",
  rule: "The person gives psychosocial support over a powerful link (they assess, or are in the line chain) to 2 or more distinct ECTs (a fixed number, not a setting).",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, out) => {
    const dual = dualRoleEctsOf(v.basics, v.p);
    if (dual >= 2) out.counting(dual);
  },
  reports: ["ects"],
};

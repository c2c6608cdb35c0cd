import { describeFlag } from "../../core/index.ts";

/**
 * A flag filter picks every ECT with that flag, whatever the kind of support it is about, so a
 * title with a {type} in it has no one type to fill it with ("No one for " read as cut short).
 * These say what the option picks.
 */
const ANY_TYPE: Readonly<Record<string, string>> = {
  GAP: "No one for a kind of support",
  SOLE_SOURCE: "One source for a kind of support",
};

/** The longest words an option may have: a select on a 390 px phone shows about this many. */
export const FLAG_OPTION_MAX = 33;

/**
 * Shorter words for the titles that a phone's select cut off ("Wellbeing support only from people
 * who assess or manage"): the same meaning, plain and kind. The full title stays on the option.
 */
const SHORT: Readonly<Record<string, string>> = {
  KEYSTONE: "One person for several kinds",
  WELLBEING_ONLY_FROM_ASSESSOR: "Wellbeing only from assessors",
  DUAL_ROLE: "Wellbeing supporter who assesses",
  ORG_SINGLE_VIEW: "How the school works: one view",
  WELLBEING_FORMAL_ONLY: "Wellbeing only in meetings",
  SUPPORTER_OVERSTRETCHED: "A supporter over their time",
  CONCEPTION_MISMATCH: "Different ideas of mentoring",
  SENIOR_STRETCH: "Senior colleague mentoring a lot",
  NETWORK_KEYSTONE: "Several ECTs rely on one person",
  UNSUPPORTED_SUPPORTER: "A mentor with no support recorded",
  UNTRAINED_MENTOR: "No mentor development recorded",
  DUAL_ROLE_MULTI: "Assesses and supports wellbeing",
  UNTAPPED: "Time to give, no one yet",
  ISOLATED_ECTS: "ECTs with one supporter or none",
  LOAD_CONCENTRATION: "A few staff carry most support",
  TOP_DOWN_NETWORK: "Almost all relationships assigned",
  NO_MENTOR_COMMUNITY: "Mentors without their own support",
  FRAGILE: "Kinds of support held by a few",
  DUAL_ROLE_PREVALENCE: "Main mentors who assess or manage",
  CLOSED_NETWORK: "No support across schools",
};

/** The full words for one flag code, as the flag itself is titled (the option's tooltip). */
export function flagOptionTitle(code: string): string {
  return ANY_TYPE[code] ?? describeFlag({ code, severity: "info", scope: "ect" }, () => "someone", "they").title;
}

/** The words for one flag code in the ECT table's "Flag" filter: short enough for a phone's select. */
export function flagOptionLabel(code: string): string {
  return SHORT[code] ?? flagOptionTitle(code);
}

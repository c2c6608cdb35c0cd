/**
 * The per-ECT flags (docs/flags.md) as a registry, in the order of the first flag list; each lives
 * in its family's file under rules/. ECT_RULES_ORDERED puts the core flags first. A rule that needs
 * an optional field is not evaluated where that field is missing.
 */
import { CONCENTRATION, SINGLE_SUPPORTER, SUPPORTER_OVERSTRETCHED, THIN_NETWORK } from "./rules/supporters.ts";
import { GAP, KEYSTONE, SOLE_SOURCE } from "./rules/coverage.ts";
import { CONCEPTION_MISMATCH, NO_OUTSIDE_VIEW, NO_SIMILAR_OTHER, ONE_WAY } from "./rules/perspective.ts";
import {
  DUAL_ROLE,
  HIERARCHY_ONLY,
  NO_SAFE_SPACE,
  ORG_SINGLE_VIEW,
  WELLBEING_ONLY_FROM_ASSESSOR,
} from "./rules/power.ts";
import { ISOLATED, SUPPORT_KINDS_UNCLEAR, UNMAPPED } from "./rules/presence.ts";
import { ALL_NEW, DIRECTED_MENTOR, PEER_COACH_SHORT, STRAINED } from "./rules/relationships.ts";
import type { EctRule } from "./rules/rule.ts";
import { STALE } from "./rules/stale.ts";
import { DIRECTIVE_ONLY, TOP_DOWN_ONLY, WELLBEING_FORMAL_ONLY } from "./rules/style.ts";

export type { EctRule, FlagValues } from "./rules/rule.ts";
export { uncountedKinds } from "./rules/presence.ts";

export const ECT_RULES: readonly EctRule[] = [
  UNMAPPED,
  ISOLATED,
  SUPPORT_KINDS_UNCLEAR,
  SINGLE_SUPPORTER,
  THIN_NETWORK,
  GAP,
  SOLE_SOURCE,
  KEYSTONE,
  CONCENTRATION,
  WELLBEING_ONLY_FROM_ASSESSOR,
  DUAL_ROLE,
  NO_SAFE_SPACE,
  HIERARCHY_ONLY,
  ORG_SINGLE_VIEW,
  TOP_DOWN_ONLY,
  WELLBEING_FORMAL_ONLY,
  ONE_WAY,
  STALE,
  STRAINED,
  ALL_NEW,
  NO_SIMILAR_OTHER,
  SUPPORTER_OVERSTRETCHED,
  DIRECTED_MENTOR,
  CONCEPTION_MISMATCH,
  PEER_COACH_SHORT,
  NO_OUTSIDE_VIEW,
  DIRECTIVE_ONLY,
];

/** Core rules first, as the issue asks, keeping registry order within each group. */
export const ECT_RULES_ORDERED: readonly EctRule[] = [
  ...ECT_RULES.filter((r) => r.core),
  ...ECT_RULES.filter((r) => !r.core),
];

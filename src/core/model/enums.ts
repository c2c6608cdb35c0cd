/** Closed vocabularies of the data model (docs/domain.md sections 3.1 to 3.3), as runtime lists and types. */

export const PERSON_KINDS = ["person", "group"] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/**
 * Supporters a survey answer names without naming a person: by their role ("my mentor", until the
 * lead names them) or as family or a friend outside school ("Mum"). Each belongs to one ECT and
 * counts for that ECT's coverage only: never a keystone, never in supporter totals.
 */
export const UNNAMED_KINDS = ["role", "family"] as const;
export type UnnamedKind = (typeof UNNAMED_KINDS)[number];

/** Ordered: earlier is less senior. */
export const SENIORITIES = ["ect", "teacher", "middle_leader", "senior_leader", "headteacher"] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const MAP_STATUSES = ["not_started", "draft", "confirmed"] as const;
export const STAFF_TYPES = ["teaching", "support", "external", "group"] as const;
export const MENTOR_TRAININGS = ["none", "basic", "ecf_mentor", "advanced"] as const;
export const EXPERIENCE_STAGES = ["being_coached", "peer_coach", "specialist_coach", "mentor"] as const;
export const CONCEPTIONS = ["instrumental", "developmental", "mixed"] as const;

export const FORMALITIES = ["formal", "informal"] as const;
export const ORIGINS = ["ect_chosen", "emergent", "mentor_brokered", "school_assigned"] as const;
export const FREQUENCIES = ["weekly", "fortnightly", "monthly", "half_termly", "termly", "ad_hoc", "one_off"] as const;
export const STATUSES = ["active", "strained", "paused", "ended"] as const;
export const VISIBILITIES = ["private", "mentor_lead", "school"] as const;
export const WILLINGNESSES = ["volunteered", "asked", "directed"] as const;
export const STYLES = ["directive", "facilitative", "mixed"] as const;
export const MODES = ["reassurance", "modelling", "targets_feedback", "advice", "co_enquiry"] as const;

export const FORMAL_ROLES = ["ect_mentor", "induction_tutor", "subject_mentor", "specialist_coach"] as const;
export const LINK_ROLES = [
  ...FORMAL_ROLES,
  "peer_coach",
  "near_peer",
  "year_group_partner",
  "line_manager",
  "send_support",
  "behaviour_support",
  "informal_support",
  "peer_group",
  "mentor_support",
  "contribution",
  "other",
] as const;

export type MapStatus = (typeof MAP_STATUSES)[number];
export type StaffType = (typeof STAFF_TYPES)[number];
export type MentorTraining = (typeof MENTOR_TRAININGS)[number];
export type ExperienceStage = (typeof EXPERIENCE_STAGES)[number];
export type Conception = (typeof CONCEPTIONS)[number];
export type Formality = (typeof FORMALITIES)[number];
export type Origin = (typeof ORIGINS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type LinkStatus = (typeof STATUSES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type Willingness = (typeof WILLINGNESSES)[number];
export type Style = (typeof STYLES)[number];
export type Mode = (typeof MODES)[number];
export type LinkRole = (typeof LINK_ROLES)[number];

export function isFormalRole(role: LinkRole | undefined): boolean {
  return role !== undefined && FORMAL_ROLES.some((r) => r === role);
}

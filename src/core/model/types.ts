/**
 * Person and SupportLink, exactly as docs/domain.md section 3 names them (snake_case field names are the
 * CSV column names). Optional fields are absent, never empty strings, so "missing" is one state.
 */
import type {
  Conception,
  ExperienceStage,
  Formality,
  Frequency,
  LinkRole,
  LinkStatus,
  MapStatus,
  MentorTraining,
  Mode,
  Origin,
  PersonKind,
  Seniority,
  StaffType,
  Style,
  UnnamedKind,
  Visibility,
  Willingness,
} from "./enums.ts";
import type { SupportType } from "./supportTypes.ts";

export type PersonId = string & { readonly __brand: "PersonId" };
export type LinkId = string & { readonly __brand: "LinkId" };
/** A calendar date as ISO `YYYY-MM-DD`. */
export type IsoDate = string & { readonly __brand: "IsoDate" };

export interface Person {
  readonly id: PersonId;
  readonly name: string;
  readonly kind: PersonKind;
  readonly is_ect: boolean;
  readonly role_title?: string;
  readonly school?: string;
  readonly seniority?: Seniority;
  readonly line_manager_id?: PersonId;
  readonly capacity?: number;
  readonly capacity_minutes_per_month?: number;
  readonly ect_year?: number;
  readonly map_status?: MapStatus;
  readonly staff_type?: StaffType;
  readonly department?: string;
  readonly years_experience?: number;
  readonly mentor_training?: MentorTraining;
  readonly support_experience_stage?: ExperienceStage;
  readonly mentoring_conception?: Conception;
  readonly wants_orientation?: Conception;
  readonly strengths?: readonly string[];
  readonly notes?: string;
  /** Named in a survey by role or as family, not by name (see UNNAMED_KINDS). */
  readonly unnamed?: UnnamedKind;
}

export interface SupportLink {
  readonly link_id: LinkId;
  readonly from_id: PersonId;
  readonly to_id: PersonId;
  /** Known types, canonical order. */
  readonly support_types: readonly SupportType[];
  /** Types that could not be mapped (custom or ambiguous): kept and shown, never counted. */
  readonly other_types?: readonly string[];
  /** As recorded; blank stays absent (an induction_tutor link then counts as assessing, "assumed"). */
  readonly assesses?: boolean;
  readonly formality?: Formality;
  readonly origin?: Origin;
  readonly frequency?: Frequency;
  readonly minutes_per_month?: number;
  readonly started_on?: IsoDate;
  readonly last_contact?: IsoDate;
  readonly status?: LinkStatus;
  readonly visibility?: Visibility;
  readonly subtopics?: readonly string[];
  readonly link_role?: LinkRole;
  readonly brokered_by?: PersonId;
  readonly willingness?: Willingness;
  readonly ends_on?: IsoDate;
  readonly trust?: number;
  readonly similarity?: number;
  readonly knew_before?: boolean;
  readonly style?: Style;
  readonly modes?: readonly Mode[];
  readonly agreement_in_place?: boolean;
  readonly notes?: string;
}

/** The effective `assesses`: a blank on an induction-tutor link is read as true ("assumed"). */
/** Active, strained or blank: the statuses under which a link counts (an end date aside). */
export function isLiveStatus(status: string | undefined): boolean {
  return status === undefined || status === "active" || status === "strained";
}

export function effectiveAssesses(link: SupportLink): { value: boolean; assumed: boolean } {
  return {
    value: assessesReceiver(link),
    assumed: link.assesses === undefined && link.link_role === "induction_tutor",
  };
}

/** effectiveAssesses(link).value without the object (it runs for every link of a network). */
export function assessesReceiver(link: Pick<SupportLink, "assesses" | "link_role">): boolean {
  return link.assesses ?? link.link_role === "induction_tutor";
}

/**
 * What the rules may ask about one link, in the domain's words (docs/domain.md section 3.2). The
 * rules read the network's link columns only through these small functions, so a change in how
 * links are stored touches this file alone; each is a column read or two, which V8 inlines.
 */
import { FORMAL_ROLES, FREQUENCIES } from "../../model/enums.ts";
import type { SupportNetwork } from "../../model/network.ts";
import {
  NO_DAY,
  NO_MINUTES,
  ORIGIN_CODE,
  ROLE_CODE,
  TRAIT_DIRECTED,
  TRAIT_DIRECTIVE,
  TRAIT_FORMAL,
} from "../../model/network.ts";
import type { Frequency } from "../../model/enums.ts";

/** A day number (days since 1970-01-01) that means "not recorded". */
export { NO_DAY };

/** `minutes_per_month` that means "not recorded". */
export { NO_MINUTES };

const ECT_MENTOR = ROLE_CODE.ect_mentor!;
const PEER_COACH = ROLE_CODE.peer_coach!;
const SUBJECT_MENTOR = ROLE_CODE.subject_mentor!;
const ASSIGNED = ORIGIN_CODE.school_assigned!;
const CHOSEN = ORIGIN_CODE.ect_chosen!;
const EMERGENT = ORIGIN_CODE.emergent!;
const ONE_OFF = FREQUENCIES.indexOf("one_off") + 1;

/** The giver (`from_id`) of link l, as a person index. */
export const giverOf = (net: SupportNetwork, l: number): number => net.from[l]!;

/** The receiver (`to_id`) of link l, as a person index. */
export const receiverOf = (net: SupportNetwork, l: number): number => net.to[l]!;

/** `status` is one that counts for `live` (`active` or `strained`); the dates and ends are checked apart. */
export const hasLiveStatus = (net: SupportNetwork, l: number): boolean => net.linkStatusLive[l] === 1;

/** `formality` is `formal`. */
export const isFormal = (net: SupportNetwork, l: number): boolean => (net.linkTraits[l]! & TRAIT_FORMAL) !== 0;

/** `willingness` is `directed`. */
export const isDirected = (net: SupportNetwork, l: number): boolean => (net.linkTraits[l]! & TRAIT_DIRECTED) !== 0;

/** `style` is `directive`. */
export const isDirective = (net: SupportNetwork, l: number): boolean => (net.linkTraits[l]! & TRAIT_DIRECTIVE) !== 0;

/** `status` is `strained`. */
export const isStrained = (net: SupportNetwork, l: number): boolean => net.linkStrained[l] === 1;

/** The `trust` rating, NaN when not recorded (so every comparison with it is false). */
export const trustOf = (net: SupportNetwork, l: number): number => net.linkTrust[l]!;

/** The `similarity` rating, NaN when not recorded. */
export const similarityOf = (net: SupportNetwork, l: number): number => net.linkSimilarity[l]!;

/** Day of `last_contact`, NO_DAY when not recorded. */
export const lastContactDay = (net: SupportNetwork, l: number): number => net.linkLastContactDay[l]!;

/** Day of `started_on`, NO_DAY when not recorded. */
export const startedDay = (net: SupportNetwork, l: number): number => net.linkStartedDay[l]!;

/** Day of `ends_on`, NO_DAY when not recorded. */
export const endsDay = (net: SupportNetwork, l: number): number => net.linkEndsDay[l]!;

/**
 * The link's `frequency` as a code: 0 when not recorded, else 1 + its index in FREQUENCIES (the
 * index into a context's `intervals`).
 */
export const frequencyCode = (net: SupportNetwork, l: number): number => net.linkFrequency[l]!;

/** `frequency` is recorded and is not `one_off`: the link can be stale. */
export const hasRegularFrequency = (net: SupportNetwork, l: number): boolean => {
  const f = net.linkFrequency[l]!;
  return f !== 0 && f !== ONE_OFF;
};

/** The recorded `frequency` of a link that has one. */
export const frequencyOf = (net: SupportNetwork, l: number): Frequency => FREQUENCIES[net.linkFrequency[l]! - 1]!;

/** `link_role` is `ect_mentor`. */
export const isEctMentorLink = (net: SupportNetwork, l: number): boolean => net.linkRole[l] === ECT_MENTOR;

/** `link_role` is `ect_mentor` or `subject_mentor`: the link is mentoring. */
export const isMentoringLink = (net: SupportNetwork, l: number): boolean => {
  const role = net.linkRole[l]!;
  return role === ECT_MENTOR || role === SUBJECT_MENTOR;
};

/** `link_role` is `peer_coach`. */
export const isPeerCoachLink = (net: SupportNetwork, l: number): boolean => net.linkRole[l] === PEER_COACH;

/** `link_role` is a formal support role (`ect_mentor`, `induction_tutor`, `subject_mentor`, `specialist_coach`). */
export const isFormalRole = (net: SupportNetwork, l: number): boolean => {
  const role = net.linkRole[l]!;
  return role !== 0 && role <= FORMAL_ROLES.length;
};

/** `origin` is recorded. */
export const hasOrigin = (net: SupportNetwork, l: number): boolean => net.linkOrigin[l] !== 0;

/** `origin` is `ect_chosen` or `emergent`: the ECT chose the link, or it grew naturally. */
export const isChosenOrEmergent = (net: SupportNetwork, l: number): boolean => {
  const origin = net.linkOrigin[l]!;
  return origin === CHOSEN || origin === EMERGENT;
};

/** `origin` is `school_assigned`. */
export const isSchoolAssigned = (net: SupportNetwork, l: number): boolean => net.linkOrigin[l] === ASSIGNED;

/** `minutes_per_month`, NO_MINUTES when not recorded. */
export const minutesOf = (net: SupportNetwork, l: number): number => net.linkMinutes[l]!;

/** Bits (SUPPORT_TYPES[t].bit) of the support types the link carries. */
export const typeBitsOf = (net: SupportNetwork, l: number): number => net.typeMask[l]!;

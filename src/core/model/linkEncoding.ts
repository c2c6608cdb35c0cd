/**
 * A link's analysed fields, to and from the typed columns: decoded once as the link is written,
 * and given back as written when a record is asked for. A value the numbers cannot hold whole (a
 * date that is no calendar day, a vocabulary word Mosaic does not know, set by an edit) makes the
 * link not `exact`: the store then keeps its values as written.
 */
import { FORMALITIES, FREQUENCIES, LINK_ROLES, ORIGINS, STATUSES, STYLES, WILLINGNESSES } from "./enums.ts";
import type { LinkColumnSet } from "./linkColumnSet.ts";
import {
  codeOf,
  dayOfIso,
  FORMALITY_CODE,
  FREQUENCY_CODE,
  isCanonicalIso,
  isoOfDay,
  maskOf,
  NO_DAY,
  NO_MINUTES,
  ORIGIN_CODE,
  ROLE_CODE,
  STATUS_CODE,
  STYLE_CODE,
  TRAIT_DIRECTED,
  TRAIT_DIRECTIVE,
  TRAIT_FORMAL,
  typesExact,
  typesOfMask,
  valueOf,
  WILLINGNESS_CODE,
} from "./linkCodes.ts";
import { boolIn, isoDateIn, numberIn, supportTypesIn } from "./slotValues.ts";
import {
  ASSESSES,
  ENDS,
  FORMALITY,
  FREQUENCY,
  LAST_CONTACT,
  MINUTES,
  ORIGIN,
  ROLE_SLOT,
  SIMILARITY,
  STARTED,
  STATUS,
  STYLE,
  TRUST,
  TYPES_SLOT,
  WILLINGNESS,
} from "./storeSlots.ts";

const STRAINED = STATUSES.indexOf("strained") + 1;
const INDUCTION_TUTOR = LINK_ROLES.indexOf("induction_tutor") + 1;
const FORMAL = FORMALITIES.indexOf("formal") + 1;
const DIRECTED = WILLINGNESSES.indexOf("directed") + 1;
const DIRECTIVE = STYLES.indexOf("directive") + 1;

const dateExact = (v: unknown) => v === undefined || (typeof v === "string" && isCanonicalIso(v));
const ratingExact = (v: unknown) => v === undefined || (typeof v === "number" && !Number.isNaN(v));
const dayOf = (v: unknown) => {
  const iso = isoDateIn(v);
  return iso === undefined ? NO_DAY : dayOfIso(iso);
};
const dateOf = (day: number) => (day === NO_DAY ? undefined : isoOfDay(day));
const ratingOf = (x: number) => (Number.isNaN(x) ? undefined : x);

/** Decodes the analysed fields of `v` (slot order) into link `i` of `c`; false where a value does not fit whole. */
export function encodeLink(c: LinkColumnSet, i: number, v: readonly unknown[]): boolean {
  const types = supportTypesIn(v[TYPES_SLOT]);
  const mask = types ? maskOf(types) : 0;
  c.typeMask[i] = mask;
  const minutes = v[MINUTES];
  c.linkMinutes[i] = numberIn(minutes) ?? NO_MINUTES;
  const role = codeOf(ROLE_CODE, v[ROLE_SLOT]);
  c.linkRole[i] = Math.max(0, role);
  const origin = codeOf(ORIGIN_CODE, v[ORIGIN]);
  c.linkOrigin[i] = Math.max(0, origin);
  const status = codeOf(STATUS_CODE, v[STATUS]);
  c.status[i] = Math.max(0, status);
  // Active, strained or blank (a word Mosaic does not know reads as blank here, as it always has).
  c.linkStatusLive[i] = status <= STRAINED ? 1 : 0;
  c.linkStrained[i] = status === STRAINED ? 1 : 0;
  const assesses = boolIn(v[ASSESSES]);
  c.assessed[i] = assesses === undefined ? 0 : assesses ? 2 : 1;
  c.linkAssesses[i] = (assesses ?? role === INDUCTION_TUTOR) ? 1 : 0;
  c.linkEndsDay[i] = dayOf(v[ENDS]);
  c.linkStartedDay[i] = dayOf(v[STARTED]);
  c.linkLastContactDay[i] = dayOf(v[LAST_CONTACT]);
  const frequency = codeOf(FREQUENCY_CODE, v[FREQUENCY]);
  c.linkFrequency[i] = Math.max(0, frequency);
  c.linkTrust[i] = numberIn(v[TRUST]) ?? NaN;
  c.linkSimilarity[i] = numberIn(v[SIMILARITY]) ?? NaN;
  const formality = codeOf(FORMALITY_CODE, v[FORMALITY]);
  const willingness = codeOf(WILLINGNESS_CODE, v[WILLINGNESS]);
  const style = codeOf(STYLE_CODE, v[STYLE]);
  c.formality[i] = Math.max(0, formality);
  c.willingness[i] = Math.max(0, willingness);
  c.style[i] = Math.max(0, style);
  c.linkTraits[i] =
    (formality === FORMAL ? TRAIT_FORMAL : 0) |
    (willingness === DIRECTED ? TRAIT_DIRECTED : 0) |
    (style === DIRECTIVE ? TRAIT_DIRECTIVE : 0);
  return (
    types !== undefined &&
    typesExact(types, mask) &&
    (minutes === undefined ||
      (typeof minutes === "number" && Number.isInteger(minutes) && minutes >= 0 && minutes <= 0x7fffffff)) &&
    role >= 0 &&
    origin >= 0 &&
    status >= 0 &&
    frequency >= 0 &&
    formality >= 0 &&
    willingness >= 0 &&
    style >= 0 &&
    (v[ASSESSES] === undefined || assesses !== undefined) &&
    dateExact(v[ENDS]) &&
    dateExact(v[STARTED]) &&
    dateExact(v[LAST_CONTACT]) &&
    ratingExact(v[TRUST]) &&
    ratingExact(v[SIMILARITY])
  );
}

/** The value of decoded field LINK_SLOTS[k] of link `i`, as written (for an exact link). */
export function decodedValue(c: LinkColumnSet, k: number, i: number): unknown {
  switch (k) {
    case TYPES_SLOT:
      return typesOfMask(c.typeMask[i]!);
    case ASSESSES:
      return c.assessed[i] === 0 ? undefined : c.assessed[i] === 2;
    case FORMALITY:
      return valueOf(FORMALITIES, c.formality[i]!);
    case ORIGIN:
      return valueOf(ORIGINS, c.linkOrigin[i]!);
    case FREQUENCY:
      return valueOf(FREQUENCIES, c.linkFrequency[i]!);
    case MINUTES:
      return c.linkMinutes[i] === NO_MINUTES ? undefined : c.linkMinutes[i];
    case STARTED:
      return dateOf(c.linkStartedDay[i]!);
    case LAST_CONTACT:
      return dateOf(c.linkLastContactDay[i]!);
    case STATUS:
      return valueOf(STATUSES, c.status[i]!);
    case ROLE_SLOT:
      return valueOf(LINK_ROLES, c.linkRole[i]!);
    case WILLINGNESS:
      return valueOf(WILLINGNESSES, c.willingness[i]!);
    case ENDS:
      return dateOf(c.linkEndsDay[i]!);
    case TRUST:
      return ratingOf(c.linkTrust[i]!);
    case SIMILARITY:
      return ratingOf(c.linkSimilarity[i]!);
    default:
      return valueOf(STYLES, c.style[i]!);
  }
}

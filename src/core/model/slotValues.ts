/**
 * Typed reads of a record's slot values. The import fills records slot by slot (see
 * personFromSlots) and the link store holds its values as `unknown` by design (one column type for
 * every field), so what comes back out is narrowed here, by a cheap check, rather than cast: each
 * returns undefined for a value that is not of its type. They run for every field of every link,
 * so each is one `typeof`, one set lookup or a short loop, and none allocates.
 */
import * as enums from "./enums.ts";
import type { SupportType } from "./supportTypes.ts";
import { isSupportType } from "./supportTypes.ts";
import type { IsoDate, LinkId, PersonId } from "./types.ts";

export function textIn(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function numberIn(v: unknown): number | undefined {
  return typeof v === "number" ? v : undefined;
}

export function boolIn(v: unknown): boolean | undefined {
  return typeof v === "boolean" ? v : undefined;
}

/** Ids are whatever the files say, so any text is one: the brand marks where it is used as one. */
function isPersonId(v: unknown): v is PersonId {
  return typeof v === "string";
}

export function personIdIn(v: unknown): PersonId | undefined {
  return isPersonId(v) ? v : undefined;
}

/** Text used as a person's id (see isPersonId): for a name that becomes the id of the person it creates. */
export function personIdOf(text: string): PersonId {
  assertPersonId(text);
  return text;
}

function assertPersonId(v: unknown): asserts v is PersonId {
  if (!isPersonId(v)) throw new TypeError("a person id is text");
}

/** `YYYY-MM-DD`, the only form readDate writes (checked by its shape, not its digits). */
function isIsoDate(v: unknown): v is IsoDate {
  return typeof v === "string" && v.length === 10 && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45;
}

export function isoDateIn(v: unknown): IsoDate | undefined {
  return isIsoDate(v) ? v : undefined;
}

function isTextList(v: unknown): v is readonly string[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return false;
  return true;
}

export function textListIn(v: unknown): readonly string[] | undefined {
  return isTextList(v) ? v : undefined;
}

function isTypeList(v: unknown): v is readonly SupportType[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const t: unknown = v[i];
    if (typeof t !== "string" || !isSupportType(t)) return false;
  }
  return true;
}

export function supportTypesIn(v: unknown): readonly SupportType[] | undefined {
  return isTypeList(v) ? v : undefined;
}

/** A reader for one closed vocabulary: the value when it is one of `values`, else undefined. */
function oneOf<T extends string>(values: readonly T[]): (v: unknown) => T | undefined {
  const known: ReadonlySet<unknown> = new Set(values);
  const isOne = (v: unknown): v is T => known.has(v);
  return (v) => (isOne(v) ? v : undefined);
}

export const personKindIn = oneOf(enums.PERSON_KINDS);
export const seniorityIn = oneOf(enums.SENIORITIES);
export const mapStatusIn = oneOf(enums.MAP_STATUSES);
export const staffTypeIn = oneOf(enums.STAFF_TYPES);
export const mentorTrainingIn = oneOf(enums.MENTOR_TRAININGS);
export const experienceStageIn = oneOf(enums.EXPERIENCE_STAGES);
export const conceptionIn = oneOf(enums.CONCEPTIONS);
export const unnamedIn = oneOf(enums.UNNAMED_KINDS);
export const formalityIn = oneOf(enums.FORMALITIES);
export const originIn = oneOf(enums.ORIGINS);
export const frequencyIn = oneOf(enums.FREQUENCIES);
export const statusIn = oneOf(enums.STATUSES);
export const willingnessIn = oneOf(enums.WILLINGNESSES);
export const styleIn = oneOf(enums.STYLES);
export const linkRoleIn = oneOf(enums.LINK_ROLES);
export const visibilityIn = oneOf(enums.VISIBILITIES);

const knownModes: ReadonlySet<unknown> = new Set(enums.MODES);

function isModeList(v: unknown): v is readonly enums.Mode[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!knownModes.has(v[i])) return false;
  return true;
}

export function modesIn(v: unknown): readonly enums.Mode[] | undefined {
  return isModeList(v) ? v : undefined;
}

/** Link ids, like person ids, are whatever the files say. */
function isLinkId(v: unknown): v is LinkId {
  return typeof v === "string";
}

export function linkIdIn(v: unknown): LinkId | undefined {
  return isLinkId(v) ? v : undefined;
}

/** Text used as a link's id. */
export function linkIdOf(text: string): LinkId {
  if (!isLinkId(text)) throw new TypeError("a link id is text");
  return text;
}

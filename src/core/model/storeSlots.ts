/**
 * Where each field of a link sits in slot order (LINK_SLOTS), and which fields the link store
 * decodes into typed columns: the others (but the id, which has its own column) are held as written.
 */
import { LINK_SLOTS } from "./canonical.ts";

const slot = (name: string) => LINK_SLOTS.indexOf(name);
export const LINK_ID_SLOT = slot("link_id");
export const FROM_SLOT = slot("from_id");
export const TO_SLOT = slot("to_id");
export const TYPES_SLOT = slot("support_types");
export const OTHER_TYPES_SLOT = slot("other_types");
export const ROLE_SLOT = slot("link_role");
export const ASSESSES = slot("assesses");
export const FORMALITY = slot("formality");
export const ORIGIN = slot("origin");
export const FREQUENCY = slot("frequency");
export const MINUTES = slot("minutes_per_month");
export const STARTED = slot("started_on");
export const LAST_CONTACT = slot("last_contact");
export const STATUS = slot("status");
export const WILLINGNESS = slot("willingness");
export const ENDS = slot("ends_on");
export const TRUST = slot("trust");
export const SIMILARITY = slot("similarity");
export const STYLE = slot("style");

/** The fields decoded into typed columns. */
export const DECODED: ReadonlySet<number> = new Set([
  TYPES_SLOT,
  ASSESSES,
  FORMALITY,
  ORIGIN,
  FREQUENCY,
  MINUTES,
  STARTED,
  LAST_CONTACT,
  STATUS,
  ROLE_SLOT,
  WILLINGNESS,
  ENDS,
  TRUST,
  SIMILARITY,
  STYLE,
]);

/** The fields held as written. */
export const RAW_SLOTS: readonly number[] = LINK_SLOTS.map((_, k) => k).filter(
  (k) => k !== LINK_ID_SLOT && !DECODED.has(k),
);

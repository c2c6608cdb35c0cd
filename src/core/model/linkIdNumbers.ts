/**
 * Link ids of the form the import gives ("L1", "L2", …) held as their number, not as a string: half
 * a million strings kept to the end of an import were each copied by every young-generation
 * collection until promoted, and hashed again to find repeats. An id of any other form (other
 * letters, a leading zero, too many digits) is held as written.
 */
import { linkIdOf } from "./slotValues.ts";
import type { LinkId } from "./types.ts";

/** The code of a link with no id. */
export const NO_ID = 0;
/** The code of a link whose id is held as written (not of the numbered form). */
export const WRITTEN_ID = -1;
/** At most this many digits, so that every number fits a 32-bit column. */
const MAX_DIGITS = 9;

/** The number n of an id written exactly `L<n>` (n ≥ 1, no leading zero), or 0. */
export function numberOfLinkId(id: string): number {
  const n = id.length;
  if (n < 2 || n > MAX_DIGITS + 1 || id.charCodeAt(0) !== 76 /* L */) return 0;
  let value = 0;
  for (let k = 1; k < n; k++) {
    const d = id.charCodeAt(k) - 48;
    if (d < 0 || d > 9 || (d === 0 && k === 1)) return 0;
    value = value * 10 + d;
  }
  return value;
}

/** The id numbered `n`. */
export function linkIdNumbered(n: number): LinkId {
  return linkIdOf(`L${n}`);
}

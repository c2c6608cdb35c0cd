/**
 * The symmetric deletion index behind typing-slip proposals: every text is filed under itself and
 * under each of its one-character deletions, and texts filed under one key become candidate
 * pairs. Two texts one slip apart (added, missing, changed or swapped character) always share a
 * key, so no pair is missed, and only texts sharing a key are compared: O(n·L), never all pairs.
 *
 * Keys are 30-bit polynomial hashes computed from prefix and suffix hashes, so no string is made
 * per deletion, and they are filed in a chained hash table of typed arrays (no Map of strings, no
 * sort: both cost more than everything else here). A hash collision only adds a candidate;
 * typingSlip confirms every pair.
 */

const BASE = 131;
const MASK = 0x3fffffff;
/** Far more names than any survey: a bound that keeps the typed arrays' sizes sane. */
const MAX_TEXTS = 2 ** 22;

/** (a × b) mod 2^30, exact: the product is split so no intermediate loses bits. */
function mulMod(a: number, b: number): number {
  return ((Math.imul(a, b & 0xffff) + Math.imul(a, b >>> 16) * 0x10000) & MASK) >>> 0;
}

/**
 * Calls `pair(i, j)` (i < j) once for every two texts sharing a key, texts shorter than
 * `minLength` (and undefined ones) left out.
 * @example candidatePairs(["sarah lee", "sara lee"], 6, (i, j) => …) // calls (0, 1)
 */
export function candidatePairs(
  texts: readonly (string | undefined)[],
  minLength: number,
  pair: (i: number, j: number) => void,
): void {
  if (texts.length >= MAX_TEXTS) throw new Error("names: too many names for the typing-slip index (4 million at most)");
  let total = 0;
  let longest = 0;
  for (const t of texts)
    if (t !== undefined && t.length >= minLength) {
      total += t.length + 1;
      longest = Math.max(longest, t.length);
    }
  // The table: at least twice as many slots as keys, so chains stay short.
  let size = 16;
  while (size < total * 2) size *= 2;
  const heads = new Int32Array(size).fill(-1);
  const hashOf = new Int32Array(total);
  const textOf = new Int32Array(total);
  const next = new Int32Array(total);
  // The last text each text was reported with: all of a text's pairs are reported while its own
  // keys are filed, so this is enough to report each pair once (a swap shares two keys).
  const reportedWith = new Int32Array(texts.length).fill(-1);
  let entries = 0;
  const file = (hash: number, i: number) => {
    const slot = hash & (size - 1);
    for (let e = heads[slot] ?? -1; e >= 0; e = next[e] ?? -1) {
      const j = textOf[e] ?? i;
      if (j === i || hashOf[e] !== hash) continue;
      if (reportedWith[j] === i) continue;
      reportedWith[j] = i;
      pair(j, i);
    }
    hashOf[entries] = hash;
    textOf[entries] = i;
    next[entries] = heads[slot] ?? -1;
    heads[slot] = entries++;
  };
  const powers = new Uint32Array(longest + 1);
  powers[0] = 1;
  for (let k = 1; k <= longest; k++) powers[k] = mulMod(powers[k - 1] ?? 1, BASE);
  const prefix = new Uint32Array(longest + 1);
  const suffix = new Uint32Array(longest + 2);
  texts.forEach((t, i) => {
    if (t === undefined || t.length < minLength) return;
    const L = t.length;
    for (let k = 0; k < L; k++) prefix[k + 1] = (mulMod(prefix[k] ?? 0, BASE) + t.charCodeAt(k)) & MASK;
    suffix[L] = 0;
    for (let k = L - 1; k >= 0; k--)
      suffix[k] = (mulMod(t.charCodeAt(k), powers[L - 1 - k] ?? 0) + (suffix[k + 1] ?? 0)) & MASK;
    // The whole text, then the text without character k: prefix(k) shifted over the suffix after k.
    file(prefix[L] ?? 0, i);
    for (let k = 0; k < L; k++) file((mulMod(prefix[k] ?? 0, powers[L - 1 - k] ?? 0) + (suffix[k + 1] ?? 0)) & MASK, i);
  });
}

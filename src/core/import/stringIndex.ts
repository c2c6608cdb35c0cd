/**
 * Strings to their positions in the order added, for looking up ids read afresh from every row.
 * A string read from a row is new each time, and V8's Map hashes a string on its first use as a
 * key: looking up a million fresh ids in a Map of 100,000 took about twice as long as hashing them
 * here (FNV-1a over the UTF-16 units) and probing a typed table with the hashes side by side, so
 * that another id is told apart by its hash before its characters are read.
 */
export class StringIndex {
  private readonly keys: string[] = [];
  /**
   * Open addressing with linear probing, slots of two: the key's hash, then its position + 1 (0 for
   * an empty slot). The hash sits beside the position so a probe reads one place in memory; only a
   * matching hash reads the key itself. Kept at most half full.
   */
  private slots: Int32Array;

  /** `expected`: how many strings will be added, when known, so the table is made once at its size. */
  constructor(expected = 0) {
    let size = 64;
    while (size < 4 * expected) size *= 2;
    this.slots = new Int32Array(size);
  }

  get size(): number {
    return this.keys.length;
  }

  /** The position of `key`, or -1. */
  indexOf(key: string): number {
    const h = hashOf(key);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const at = slots[2 * j + 1]! - 1;
      if (at < 0) return -1;
      if (slots[2 * j] === h && this.keys[at] === key) return at;
    }
  }

  /** Adds `key`, which must not be there yet, at the next position; returns the position. */
  add(key: string): number {
    const at = this.keys.length;
    this.keys.push(key);
    if (4 * this.keys.length > this.slots.length) this.rehash(2 * this.slots.length);
    else place(this.slots, hashOf(key), at);
    return at;
  }

  private rehash(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(size);
    for (let j = 0; j < old.length; j += 2) if (old[j + 1] !== 0) place(slots, old[j]!, old[j + 1]! - 1);
    // The key just added is the one not yet placed.
    const last = this.keys.length - 1;
    place(slots, hashOf(this.keys[last]!), last);
    this.slots = slots;
  }
}

function place(slots: Int32Array, h: number, at: number): void {
  const mask = (slots.length >> 1) - 1;
  let j = h & mask;
  while (slots[2 * j + 1] !== 0) j = (j + 1) & mask;
  slots[2 * j] = h;
  slots[2 * j + 1] = at + 1;
}

function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  // Mixed once more, so ids that differ only in their last characters spread over the table.
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}

/**
 * Strings to their positions in the order added, for looking up ids read afresh from every row.
 * A string read from a row is new each time, and V8's Map hashes a string on its first use as a
 * key: looking up a million fresh ids in a Map of 100,000 took about twice as long as hashing them
 * here (FNV-1a over the UTF-16 units) and probing a typed table with the hashes side by side, so
 * that another id is told apart by its hash before its characters are read.
 */
export class StringIndex {
  private readonly keys: string[] = [];
  private hashes = new Int32Array(16);
  /** Open addressing with linear probing: position + 1, 0 for an empty slot. Kept at most half full. */
  private slots = new Int32Array(32);

  get size(): number {
    return this.keys.length;
  }

  /** The position of `key`, or -1. */
  indexOf(key: string): number {
    const h = hashOf(key);
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const at = slots[j]! - 1;
      if (at < 0) return -1;
      if (this.hashes[at] === h && this.keys[at] === key) return at;
    }
  }

  /** Adds `key`, which must not be there yet, at the next position; returns the position. */
  add(key: string): number {
    const at = this.keys.length;
    if (at === this.hashes.length) {
      const grown = new Int32Array(2 * at);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    const h = hashOf(key);
    this.keys.push(key);
    this.hashes[at] = h;
    if (2 * this.keys.length > this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(at, h);
    return at;
  }

  private place(at: number, h: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let j = h & mask;
    while (slots[j] !== 0) j = (j + 1) & mask;
    slots[j] = at + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let i = 0; i < this.keys.length; i++) this.place(i, this.hashes[i]!);
  }
}

function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  // Mixed once more, so ids that differ only in their last characters spread over the table.
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}

/**
 * Pairs of non-negative integers to a non-negative integer, in one typed table: the repeat check's
 * (giver position, receiver and types) to the link first read with them. Each slot holds its pair
 * and value side by side, so a lookup reads one place in memory, where a list of keys on each
 * giver's entry read the entry, the list and its contents, and left a small array per giver for
 * the garbage collector (half a million links have a hundred thousand givers).
 */
export class PairIndex {
  /** Slots of three: a, b, value + 1 (0 for an empty slot). Kept at most half full. */
  private table = new Int32Array(3 * 1024);
  private count = 0;

  /** The value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const table = this.table;
    const mask = table.length / 3 - 1;
    for (let j = hashOf(a, b) & mask; ; j = (j + 1) & mask) {
      const v = table[3 * j + 2]!;
      if (v === 0) return -1;
      if (table[3 * j] === a && table[3 * j + 1] === b) return v - 1;
    }
  }

  /** Stores `value` for (a, b), which must not be there yet. */
  add(a: number, b: number, value: number): void {
    if (2 * (this.count + 1) > this.table.length / 3) this.rehash(2 * (this.table.length / 3));
    this.place(this.table, a, b, value + 1);
    this.count++;
  }

  private place(table: Int32Array, a: number, b: number, stored: number): void {
    const mask = table.length / 3 - 1;
    let j = hashOf(a, b) & mask;
    while (table[3 * j + 2] !== 0) j = (j + 1) & mask;
    table[3 * j] = a;
    table[3 * j + 1] = b;
    table[3 * j + 2] = stored;
  }

  private rehash(slots: number): void {
    const old = this.table;
    const table = new Int32Array(3 * slots);
    for (let j = 0; j < old.length; j += 3) if (old[j + 2] !== 0) this.place(table, old[j]!, old[j + 1]!, old[j + 2]!);
    this.table = table;
  }
}

function hashOf(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 16), 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/**
 * A set of positive whole numbers below 2^31 (link id numbers, see linkIdNumbers.ts) in one typed
 * table: no boxed entries, and sized once when the count is known. Open addressing with linear
 * probing, kept at most half full; 0 marks an empty slot.
 */
export class NumberSet {
  private table: Int32Array;
  private count = 0;

  /** `expected`: how many numbers will be added, when known, so the table is made once at its size. */
  constructor(expected = 0) {
    let size = 64;
    while (size < 2 * expected) size *= 2;
    this.table = new Int32Array(size);
  }

  has(n: number): boolean {
    const table = this.table;
    const mask = table.length - 1;
    for (let j = slotOf(n, mask); ; j = (j + 1) & mask) {
      const at = table[j]!;
      if (at === n) return true;
      if (at === 0) return false;
    }
  }

  /** Adds `n` (≥ 1), which must not be there yet. */
  add(n: number): void {
    if (2 * (this.count + 1) > this.table.length) this.grow();
    place(this.table, n);
    this.count++;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(2 * old.length);
    for (const n of old) if (n !== 0) place(this.table, n);
  }
}

/** Where `n`'s probe starts: its bits mixed, so numbers in steps of the table's size spread out. */
function slotOf(n: number, mask: number): number {
  return (Math.imul(n, 0x9e3779b1) >>> 7) & mask;
}

function place(table: Int32Array, n: number): void {
  const mask = table.length - 1;
  let j = slotOf(n, mask);
  while (table[j] !== 0) j = (j + 1) & mask;
  table[j] = n;
}

/** Where each person and link was first read: a file and its spreadsheet row. */

export interface SourceRef {
  readonly file: string;
  readonly row: number;
  /** The column's header, where one column said it (a survey's question); not kept by SourceLog. */
  readonly column?: string;
}

/**
 * Where each record was read, without an object or a string per row: the rows in a growing typed
 * array, and the files as runs (records are read file after file, so there are a few). Two arrays
 * of half a million entries in the old generation cost a write barrier per push and a copy each
 * time they grew.
 */
export class SourceLog {
  private rows = new Int32Array(1024);
  private count = 0;
  /** Where each run of records from one file starts, and its file. */
  private readonly runStarts: number[] = [];
  private readonly runFiles: string[] = [];

  push(file: string, row: number): void {
    const at = this.count++;
    if (at === this.rows.length) {
      const grown = new Int32Array(2 * at);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[at] = row;
    if (this.runFiles[this.runFiles.length - 1] !== file) {
      this.runStarts.push(at);
      this.runFiles.push(file);
    }
  }

  at(i: number): SourceRef {
    // The last run starting at or before i.
    let lo = 0;
    let hi = this.runStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.runFiles[lo]!, row: this.rows[i]! };
  }

  toArray(): SourceRef[] {
    const out: SourceRef[] = new Array<SourceRef>(this.count);
    for (let r = 0; r < this.runStarts.length; r++) {
      const file = this.runFiles[r]!;
      const end = r + 1 < this.runStarts.length ? this.runStarts[r + 1]! : this.count;
      for (let i = this.runStarts[r]!; i < end; i++) out[i] = { file, row: this.rows[i]! };
    }
    return out;
  }
}

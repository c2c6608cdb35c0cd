/** Where each person and link was first read: a file and its spreadsheet row. */

export interface SourceRef {
  readonly file: string;
  readonly row: number;
}

/** Where each record was read, as two parallel arrays (no object per row). */
export class SourceLog {
  private readonly fileNames: string[] = [];
  private readonly rows: number[] = [];
  push(file: string, row: number): void {
    this.fileNames.push(file);
    this.rows.push(row);
  }
  at(i: number): SourceRef {
    return { file: this.fileNames[i]!, row: this.rows[i]! };
  }
  toArray(): SourceRef[] {
    return this.rows.map((row, i) => ({ file: this.fileNames[i]!, row }));
  }
}

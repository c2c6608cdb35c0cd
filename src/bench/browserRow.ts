/** One row of the browser bench, and the median it is taken from. */
export interface BrowserRow {
  readonly measure: string;
  readonly ms: number;
  readonly goal?: string;
  readonly met?: boolean;
  /** The goal in milliseconds, so the report can also scale it by the machine's speed today. */
  readonly goalMs?: number;
  /** Against a baseline measured in the same run: ms ÷ the baseline's ms, and what it was. */
  readonly ratio?: number;
  readonly baseline?: string;
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

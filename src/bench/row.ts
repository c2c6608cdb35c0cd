/** One row of the bench's table. */
export interface Row {
  size: string;
  measure: string;
  ms: number;
  baseline?: string;
  ratio?: number;
  goal?: string;
  met?: boolean;
  /** An absolute goal: also judged against the goal scaled by this machine's speed today. */
  goalMs?: number;
}

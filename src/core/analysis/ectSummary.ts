/** One ECT as the network rules and the ECT aggregates read it: counts and a few facts, no links. */
import type { PersonId } from "../model/types.ts";
import type { SupportType } from "../model/supportTypes.ts";

export interface EctSummary {
  readonly index: number;
  readonly id: PersonId;
  readonly school?: string;
  readonly supporters: number;
  readonly typesCovered: number;
  readonly unmapped: boolean;
  readonly isolated: boolean;
  readonly gaps: readonly SupportType[];
  readonly powerfulMentor: boolean;
}

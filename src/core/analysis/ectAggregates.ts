/**
 * What the network rules read about the ECTs as a whole, kept as counts and short lists so a
 * what-if adjusts them for the few ECTs it changes instead of rescanning all 16,000.
 */
import type { PersonId } from "../model/types.ts";
import type { EctSummary } from "./ectSummary.ts";

export interface EctRef {
  readonly index: number;
  readonly id: PersonId;
}

export interface EctAggregates {
  readonly ects: number;
  readonly unmapped: number;
  /** Mapped ECTs by the number of types they have covered (index 0 to 5). */
  readonly typesCovered: readonly number[];
  /** Mapped ECTs whose mentor assesses them or line-manages them. */
  readonly withPowerfulMentor: number;
  /** ISOLATED and single-supporter ECTs, in ECT order. */
  readonly isolated: readonly EctRef[];
  readonly single: readonly EctRef[];
}

interface Mutable {
  ects: number;
  unmapped: number;
  typesCovered: number[];
  withPowerfulMentor: number;
}

function add(a: Mutable, s: EctSummary, sign: 1 | -1): void {
  a.ects += sign;
  if (s.unmapped) {
    a.unmapped += sign;
    return;
  }
  a.typesCovered[s.typesCovered]! += sign;
  if (s.powerfulMentor) a.withPowerfulMentor += sign;
}

const ref = (s: EctSummary): EctRef => ({ index: s.index, id: s.id });
const byIndex = (x: EctRef, y: EctRef) => x.index - y.index;

export function ectAggregates(summaries: readonly EctSummary[]): EctAggregates {
  const a: Mutable = { ects: 0, unmapped: 0, typesCovered: [0, 0, 0, 0, 0, 0], withPowerfulMentor: 0 };
  const isolated: EctRef[] = [];
  const single: EctRef[] = [];
  for (const s of summaries) {
    add(a, s, 1);
    if (s.isolated) isolated.push(ref(s));
    if (s.supporters === 1) single.push(ref(s));
  }
  return { ...a, isolated, single };
}

/** The aggregates with `before` summaries taken out and `after` ones put in (ECTs changed or removed). */
export function adjustAggregates(
  base: EctAggregates,
  before: readonly EctSummary[],
  after: readonly EctSummary[],
): EctAggregates {
  const a: Mutable = {
    ects: base.ects,
    unmapped: base.unmapped,
    typesCovered: [...base.typesCovered],
    withPowerfulMentor: base.withPowerfulMentor,
  };
  for (const s of before) add(a, s, -1);
  for (const s of after) add(a, s, 1);
  const redone = new Set(before.map((s) => s.index));
  const list = (old: readonly EctRef[], keep: (s: EctSummary) => boolean) =>
    [...old.filter((r) => !redone.has(r.index)), ...after.filter(keep).map(ref)].sort(byIndex);
  return {
    ...a,
    isolated: list(base.isolated, (s) => s.isolated),
    single: list(base.single, (s) => s.supporters === 1),
  };
}

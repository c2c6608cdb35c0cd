/**
 * Change over time: two snapshots of the same setting (an autumn and a spring export, or two
 * backups), each analysed as of its own date, compared by person id. A tie is a giver and a
 * receiver with at least one live link between them; its types are the union over those links.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { ALL_TYPES, maskToTypes, typeEntries } from "../model/supportTypes.ts";
import type { PersonId } from "../model/types.ts";
import type { EctResult } from "../analysis/analyse.ts";
import type { PreparedAnalysis } from "../analysis/prepared.ts";

export interface Tie {
  readonly from: PersonId;
  readonly fromName: string;
  readonly to: PersonId;
  readonly toName: string;
  readonly supportTypes: readonly SupportType[];
}

export interface TieChange extends Tie {
  readonly typesAdded: readonly SupportType[];
  readonly typesRemoved: readonly SupportType[];
}

export interface CoverageChange {
  readonly id: PersonId;
  readonly name: string;
  readonly before: { readonly typesCovered: number; readonly supporters: number };
  readonly after: { readonly typesCovered: number; readonly supporters: number };
  /** Types that gained or lost their last provider. */
  readonly typesGained: readonly SupportType[];
  readonly typesLost: readonly SupportType[];
  readonly direction: "rose" | "fell" | "shifted";
}

export interface LoadShift {
  readonly id: PersonId;
  readonly name: string;
  readonly before: number;
  readonly after: number;
  readonly capacity?: number | undefined;
}

export interface StaleTie {
  readonly ect: PersonId;
  readonly ectName: string;
  readonly person: PersonId;
  readonly personName: string;
  readonly daysSinceContact: number;
  readonly frequency: string;
  /** Not stale in the earlier snapshot. */
  readonly isNew: boolean;
}

export interface SnapshotDiff {
  readonly beforeAsOf: string;
  readonly afterAsOf: string;
  readonly tiesGained: readonly Tie[];
  readonly tiesLost: readonly Tie[];
  readonly tiesChanged: readonly TieChange[];
  readonly coverage: readonly CoverageChange[];
  readonly ectsJoined: readonly { readonly id: PersonId; readonly name: string }[];
  readonly ectsLeft: readonly { readonly id: PersonId; readonly name: string }[];
  readonly load: readonly LoadShift[];
  readonly stale: readonly StaleTie[];
}

/** Live ties keyed by "from\u0000to", with their type bits. */
export function liveTies(p: PreparedAnalysis): Map<string, { from: number; to: number; mask: number }> {
  const { net, ctx } = p;
  const ties = new Map<string, { from: number; to: number; mask: number }>();
  for (let l = 0; l < net.linkCount; l++) {
    if (!ctx.live[l]) continue;
    // A live link has both ends in the network, so their ids are the link's own (no records made).
    const key = `${net.people[net.from[l]!]!.id}\u0000${net.people[net.to[l]!]!.id}`;
    const t = ties.get(key);
    if (t) t.mask |= net.typeMask[l]!;
    else ties.set(key, { from: net.from[l]!, to: net.to[l]!, mask: net.typeMask[l]! });
  }
  return ties;
}

const coveredTypes = (e: EctResult): Set<SupportType> =>
  new Set(
    e.unmapped
      ? []
      : typeEntries(e.coverage)
          .filter(([, n]) => n > 0)
          .map(([t]) => t),
  );

export function diffSnapshots(before: PreparedAnalysis, after: PreparedAnalysis): SnapshotDiff {
  const tb = liveTies(before);
  const ta = liveTies(after);
  const tie = (p: PreparedAnalysis, t: { from: number; to: number; mask: number }): Tie => ({
    from: p.net.people[t.from]!.id,
    fromName: p.net.people[t.from]!.name,
    to: p.net.people[t.to]!.id,
    toName: p.net.people[t.to]!.name,
    supportTypes: maskToTypes(t.mask),
  });
  const tiesGained: Tie[] = [];
  const tiesChanged: TieChange[] = [];
  for (const [key, t] of ta) {
    const was = tb.get(key);
    if (!was) tiesGained.push(tie(after, t));
    else if (was.mask !== t.mask)
      tiesChanged.push({
        ...tie(after, t),
        typesAdded: maskToTypes(t.mask & ~was.mask),
        typesRemoved: maskToTypes(was.mask & ~t.mask),
      });
  }
  const tiesLost = [...tb].filter(([key]) => !ta.has(key)).map(([, t]) => tie(before, t));

  const ectsBefore = new Map(before.result.ects.map((e) => [e.id, e]));
  const ectsAfter = new Map(after.result.ects.map((e) => [e.id, e]));
  const coverage: CoverageChange[] = [];
  for (const a of after.result.ects) {
    const b = ectsBefore.get(a.id);
    if (!b) continue;
    const cb = coveredTypes(b);
    const ca = coveredTypes(a);
    const typesGained = ALL_TYPES.filter((t) => ca.has(t) && !cb.has(t));
    const typesLost = ALL_TYPES.filter((t) => cb.has(t) && !ca.has(t));
    if (typesGained.length === 0 && typesLost.length === 0) continue;
    coverage.push({
      id: a.id,
      name: a.name,
      before: { typesCovered: b.typesCovered, supporters: b.supporters.length },
      after: { typesCovered: a.typesCovered, supporters: a.supporters.length },
      typesGained,
      typesLost,
      direction: a.typesCovered > b.typesCovered ? "rose" : a.typesCovered < b.typesCovered ? "fell" : "shifted",
    });
  }

  const loadBefore = new Map(before.result.supporters.map((s) => [s.id, s.ectsSupported]));
  const seen = new Set<string>();
  const load: LoadShift[] = [];
  for (const s of after.result.supporters) {
    seen.add(s.id);
    const was = loadBefore.get(s.id) ?? 0;
    if (was !== s.ectsSupported)
      load.push({ id: s.id, name: s.name, before: was, after: s.ectsSupported, capacity: s.capacity });
  }
  for (const s of before.result.supporters)
    if (!seen.has(s.id) && s.ectsSupported > 0)
      load.push({ id: s.id, name: s.name, before: s.ectsSupported, after: 0, capacity: s.capacity });

  const staleKey = (ect: string, person: string | undefined) => `${ect}\u0000${person ?? ""}`;
  const staleBefore = new Set(
    before.result.ects.flatMap((e) => e.flags.filter((f) => f.code === "STALE").map((f) => staleKey(e.id, f.person))),
  );
  const nameOf = (id: string | undefined) => after.net.people[after.net.indexOf.get(id ?? "") ?? -1]?.name ?? "";
  const stale: StaleTie[] = after.result.ects.flatMap((e) =>
    e.flags
      .filter((f) => f.code === "STALE")
      .map((f) => ({
        ect: e.id,
        ectName: e.name,
        person: f.person!,
        personName: nameOf(f.person),
        daysSinceContact: Number(f.values?.daysSinceContact ?? 0),
        frequency: String(f.values?.frequency ?? ""),
        isNew: !staleBefore.has(staleKey(e.id, f.person)),
      })),
  );

  return {
    beforeAsOf: before.result.asOf,
    afterAsOf: after.result.asOf,
    tiesGained,
    tiesLost,
    tiesChanged,
    coverage,
    ectsJoined: after.result.ects.filter((e) => !ectsBefore.has(e.id)).map(({ id, name }) => ({ id, name })),
    ectsLeft: before.result.ects.filter((e) => !ectsAfter.has(e.id)).map(({ id, name }) => ({ id, name })),
    load,
    stale,
  };
}

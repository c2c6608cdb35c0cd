import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnalysisResult, Flag, Person, SupportLink } from "../../../src/core/index.ts";
import {
  analyse,
  buildNetwork,
  CORE_TYPES,
  flagKey,
  linkRecords,
  prepareAnalysis,
  whatIf,
} from "../../../src/core/index.ts";
import { link, settings } from "../../helpers/builders.ts";
import { expectEqual } from "../../helpers/expectEqual.ts";

/** Random small networks with the fields the rules read. */
const scenario = fc.integer({ min: 2, max: 9 }).chain((n) =>
  fc.tuple(
    fc.array(
      fc.record({
        is_ect: fc.boolean(),
        kind: fc.constantFrom("person", "person", "person", "group"),
        seniority: fc.constantFrom(undefined, "teacher", "middle_leader", "senior_leader"),
        capacity: fc.constantFrom(undefined, 0, 1, 2),
        capacity_minutes_per_month: fc.constantFrom(undefined, 30, 120),
        line_manager: fc.option(fc.nat(n - 1), { nil: undefined }),
        school: fc.constantFrom("A", "B"),
        mentor_training: fc.constantFrom(undefined, "none"),
      }),
      { minLength: n, maxLength: n },
    ),
    fc.array(
      fc.record({
        from: fc.nat(n - 1),
        to: fc.nat(n - 1),
        // Career alone is support of a kind not counted: not ISOLATED, GAPs (issue #17).
        types: fc.oneof(fc.subarray([...CORE_TYPES], { minLength: 1 }), fc.constant(["career"])),
        role: fc.constantFrom(undefined, "ect_mentor", "induction_tutor", "subject_mentor", "informal_support"),
        status: fc.constantFrom(undefined, "active", "strained", "ended"),
        assesses: fc.constantFrom(undefined, true, false),
        minutes: fc.constantFrom(undefined, 30, 90),
        origin: fc.constantFrom(undefined, "school_assigned", "ect_chosen"),
      }),
      { maxLength: 20 },
    ),
    fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 3 }),
  ),
);

function build([people, links]: [readonly Record<string, unknown>[], readonly Record<string, unknown>[], unknown]) {
  const ps: Person[] = people.map((p, i) => {
    const o: Record<string, unknown> = {
      id: `N${i}`,
      name: `N${i}`,
      kind: p.kind,
      is_ect: p.kind === "person" && p.is_ect,
      school: p.school,
    };
    for (const k of ["seniority", "capacity", "capacity_minutes_per_month", "mentor_training"])
      if (p[k] !== undefined) o[k] = p[k];
    if (p.line_manager !== undefined && p.line_manager !== i) o.line_manager_id = `N${p.line_manager as number}`;
    return o as unknown as Person;
  });
  const seen = new Set<string>();
  const ls: SupportLink[] = [];
  links.forEach((l, i) => {
    if (l.from === l.to) return;
    const key = `${l.from as number}>${l.to as number}`;
    if (seen.has(key)) return;
    seen.add(key);
    const attrs: Record<string, unknown> = { link_id: `L${i}` };
    if (l.role) attrs.link_role = l.role;
    if (l.status) attrs.status = l.status;
    if (l.assesses !== undefined) attrs.assesses = l.assesses;
    if (l.minutes !== undefined) attrs.minutes_per_month = l.minutes;
    if (l.origin) attrs.origin = l.origin;
    ls.push(link(`N${l.from as number}`, `N${l.to as number}`, l.types as never, attrs));
  });
  return buildNetwork(ps, ls);
}

function allFlags(a: AnalysisResult): Flag[] {
  return [...a.network.flags, ...a.ects.flatMap((e) => e.flags), ...a.supporters.flatMap((s) => s.flags)];
}

describe("what-if", () => {
  it("should equal a full re-analysis with those people excluded", () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const net = build(sc);
        const s = settings();
        const removeIds = sc[2].map((i) => `N${i}`);
        const prepared = prepareAnalysis(net, s);
        const stateBefore = structuredClone({ ctx: prepared.ctx, basics: prepared.basics, tally: prepared.tallyState });
        const w = whatIf(prepared, removeIds);
        // The what-if works in place on the prepared analysis and must leave it exactly as it was.
        expectEqual(
          structuredClone({ ctx: prepared.ctx, basics: prepared.basics, tally: prepared.tallyState }),
          stateBefore,
        );
        expectEqual(whatIf(prepared, removeIds), w);
        // Results made on first read, here only after the what-ifs, are those of the network as it is.
        expectEqual(prepared.result, analyse(net, s));
        const excluded = new Uint8Array(net.people.length);
        for (const id of removeIds) excluded[net.indexOf.get(id)!] = 1;
        const after = analyse(net, s, { excluded });
        const beforeKeys = new Set(allFlags(prepared.result).map(flagKey));
        const afterKeys = new Set(allFlags(after).map(flagKey));
        expect(w.flagsAdded.map(flagKey).sort()).toEqual([...afterKeys].filter((k) => !beforeKeys.has(k)).sort());
        expect(w.flagsCleared.map(flagKey).sort()).toEqual([...beforeKeys].filter((k) => !afterKeys.has(k)).sort());
        // The network flags, values and all: the counts a what-if adjusts rather than recounts.
        expectEqual(w.networkFlags, after.network.flags);
        // New gaps and newly isolated, from the full analyses.
        const expectedGaps: string[] = [];
        const expectedIsolated: string[] = [];
        for (const e of after.ects) {
          const old = prepared.result.ects.find((x) => x.id === e.id)!;
          for (const t of CORE_TYPES)
            if ((old.coverage[t] ?? 0) > 0 && (e.coverage[t] ?? 0) === 0) expectedGaps.push(`${e.id}:${t}`);
          const isolated = (r: { flags: readonly Flag[] }) => r.flags.some((f) => f.code === "ISOLATED");
          if (!isolated(old) && isolated(e)) expectedIsolated.push(e.id);
        }
        expect(w.newGaps.map((g) => `${g.ect}:${g.supportType}`).sort()).toEqual(expectedGaps.sort());
        expect([...w.newlyIsolated].sort()).toEqual(expectedIsolated.sort());
      }),
      { numRuns: 1500 },
    );
  });

  it("should report ids it does not know", () => {
    const net = build([[{ kind: "person", is_ect: true, school: "A" }], [], []]);
    expect(whatIf(prepareAnalysis(net, settings()), ["nobody"]).unknown).toEqual(["nobody"]);
  });
});

describe("analysis invariants", () => {
  it("should never count an ended link, and adding a provider never creates a GAP", () => {
    fc.assert(
      fc.property(scenario, fc.nat(8), fc.nat(8), fc.constantFrom(...CORE_TYPES), (sc, a, b, t) => {
        const net = build(sc);
        const s = settings();
        const result = analyse(net, s);
        for (const e of result.ects) {
          for (const [type, ids] of Object.entries(e.providers)) {
            for (const id of ids ?? []) {
              const ok = linkRecords(net.linkStore).some(
                (l) =>
                  l.from_id === id &&
                  l.to_id === e.id &&
                  l.status !== "ended" &&
                  l.status !== "paused" &&
                  l.support_types.includes(type as never),
              );
              expect(ok).toBe(true);
            }
          }
        }
        const n = net.people.length;
        const from = net.people[a % n]!;
        const to = net.people[b % n]!;
        if (from.id === to.id || !to.is_ect) return;
        const extra = buildNetwork(net.people, [
          ...linkRecords(net.linkStore),
          link(from.id, to.id, [t], { link_id: "EXTRA" }),
        ]);
        const before = result.ects.find((e) => e.id === to.id)!;
        const after = analyse(extra, s).ects.find((e) => e.id === to.id)!;
        const gaps = (e: typeof before) => e.flags.filter((f) => f.code === "GAP").map((f) => f.supportType);
        if (before.supporters.length > 0) for (const g of gaps(after)) expect(gaps(before)).toContain(g);
      }),
      { numRuns: 800 },
    );
  });
});

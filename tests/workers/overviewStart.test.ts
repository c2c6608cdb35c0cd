import { describe, expect, it } from "vitest";
import type { EctRow, SupporterRow } from "../../src/core/index.ts";
import { byConcern } from "../../src/core/index.ts";
import { generateNetwork } from "../../src/core/generate/syntheticNetwork.ts";
import { overviewOf } from "../../src/core/report/overview.ts";
import { personIdOf } from "../../src/core/model/slotValues.ts";
import { handle } from "../../src/workers/handle.ts";
import { FIRST_ECT_ROWS, REMOVAL_IMPACT_SHOWN } from "../../src/workers/handlers/overviewStart.ts";
import type { WorkerState } from "../../src/workers/workerState.ts";

const today = "2025-03-14";
const generated = generateNetwork(1000, 7);
const files = [
  { name: "people.csv", text: generated.people },
  { name: "links.csv", text: generated.links },
];

/** Every row of one part of the overview, as the page asks for them after the load. */
async function allRows(state: WorkerState, part: "ects" | "supporters", count: number) {
  const rows: (EctRow | SupporterRow)[] = [];
  for (let from = 0; from < count; from += 100)
    rows.push(...((await handle(state, { kind: "overviewRows", part, from, count: 100 })) ?? []));
  return rows;
}

describe("the overview's start in a load's answer", () => {
  it("should hold the head of the whole overview and its first ECT rows, most in need of a look first", async () => {
    const state: WorkerState = {};
    const loaded = await handle(state, { kind: "load", files, filesKey: 1, today });
    const { head, firstEcts } = loaded.overview;
    const prepared = state.prepared;
    if (!prepared) throw new Error("nothing was loaded");
    const whole = overviewOf(prepared.tables);
    // More ECTs than come with the load: the cut is exercised.
    expect(whole.ects.length).toBeGreaterThan(FIRST_ECT_ROWS);
    expect(head.ectCount).toBe(whole.ects.length);
    expect(head.supporterCount).toBe(whole.supporters.length);
    expect(head.summary).toEqual(whole.summary);
    expect(head.networkFlags).toEqual(whole.networkFlags);
    expect(head.keystoneIds).toEqual(whole.keystoneIds);
    expect(head.removalImpact).toEqual(whole.removalImpact.slice(0, REMOVAL_IMPACT_SHOWN));
    expect(loaded.schools).toEqual(whole.schools);
    for (const code of new Set(whole.ects.flatMap((r) => r.flags.map((f) => f.code))))
      expect(head.flaggedEcts[code], code).toBe(whole.ects.filter((r) => r.flags.some((f) => f.code === code)).length);
    expect(Object.keys(head.flaggedEcts).length).toBeGreaterThan(0);

    const sorted = [...whole.ects].sort(byConcern);
    expect(firstEcts).toEqual(sorted.slice(0, FIRST_ECT_ROWS));
    // The rows asked for later are the same rows in the same order, the first ones included.
    const ects = await allRows(state, "ects", head.ectCount);
    expect(ects).toEqual(sorted);
    expect(await allRows(state, "supporters", head.supporterCount)).toEqual(whole.supporters);
    // The picker's list is in the same order.
    expect(loaded.ects.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
  });

  it("should be made again by a load with an edit", async () => {
    const state: WorkerState = {};
    const before = await handle(state, { kind: "load", files, filesKey: 1, today });
    const first = before.overview.firstEcts[0];
    if (!first) throw new Error("no ECT rows");
    const after = await handle(state, {
      kind: "load",
      filesKey: 1,
      today,
      edits: [{ op: "removePerson", id: personIdOf(first.id) }],
    });
    expect(after.overview.head.ectCount).toBe(before.overview.head.ectCount - 1);
    expect(after.overview.firstEcts.map((r) => r.id)).not.toContain(first.id);
    expect(after.overview.firstEcts).toHaveLength(FIRST_ECT_ROWS);
  });
});

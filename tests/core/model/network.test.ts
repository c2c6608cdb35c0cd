import { describe, expect, it, vi } from "vitest";
import {
  analyseTables,
  analysisJson,
  applyEdits,
  buildNetwork,
  ectRowsOf,
  importFiles,
  linkAt,
  supporterRowsOf,
} from "../../../src/core/index.ts";
import { LinkStore } from "../../../src/core/model/linkStore.ts";
import type { Edit, LinkId, PersonId } from "../../../src/core/index.ts";
import { settings } from "../../helpers/builders.ts";
import { generateNetwork } from "../../../src/core/generate/syntheticNetwork.ts";

/** Every typed column of the two networks is the same. */
const sameIndex = (a: ReturnType<typeof buildNetwork>, b: ReturnType<typeof buildNetwork>) => {
  const columns = Object.keys(a).filter((k) => ArrayBuffer.isView(a[k as keyof typeof a]));
  expect(columns.length).toBeGreaterThan(20);
  for (const k of columns)
    expect([...(a[k as keyof typeof a] as Int32Array)], k).toEqual([...(b[k as keyof typeof b] as Int32Array)]);
};

describe("buildNetwork", () => {
  const gen = generateNetwork(300, 3);
  const imported = importFiles([
    { name: "people.csv", text: gen.people },
    { name: "links.csv", text: gen.links },
  ]);

  it("should give the same network from the import's store as from its records", () => {
    const fromStore = buildNetwork(imported.people, imported.linkStore);
    const fromRecords = buildNetwork(imported.people, imported.links);
    sameIndex(fromStore, fromRecords);
    expect(fromStore.linkCount).toBe(imported.links.length);
    expect(fromStore.linkIds).toEqual(fromRecords.linkIds);
    expect(fromStore.linkIds).toEqual(imported.links.map((l) => l.link_id));
    // The network reads the store's columns as they are.
    expect(fromStore.linkStore).toBe(imported.linkStore);
    expect(fromStore.typeMask.buffer).toBe(imported.linkStore.typeMask.buffer);
  });

  it("should make each link's record when asked, equal to the import's", () => {
    const net = buildNetwork(imported.people, imported.linkStore);
    for (let l = 0; l < net.linkCount; l++) expect(linkAt(net, l)).toEqual(imported.links[l]);
  });

  it("should make only a few link records on the way to the analysis, the overview rows and the CLI's JSON", () => {
    const made = vi.spyOn(LinkStore.prototype, "valuesAt");
    try {
      const fresh = importFiles([
        { name: "people.csv", text: gen.people },
        { name: "links.csv", text: gen.links },
      ]);
      const net = buildNetwork(fresh.people, fresh.linkStore);
      const tables = analyseTables(net, settings());
      ectRowsOf(tables);
      supporterRowsOf(tables);
      expect(JSON.stringify(analysisJson(tables, fresh.diagnostics))).toContain('"link":"L');
      expect(made.mock.calls.length).toBeLessThan(net.linkCount / 20);
    } finally {
      made.mockRestore();
    }
  });

  it("should fill a merged link's columns from the merged values", () => {
    const people = "id,name,is_ect\nA,Ann,false\nE,Eve,true\n";
    // The repeat fills the first row's blanks: its status (ended) and minutes now count.
    const links =
      "from_id,to_id,support_types,status,minutes_per_month,ends_on\nA,E,pedagogy,,,\nA,E,pedagogy,ended,45,2024-01-31\n";
    const r = importFiles([
      { name: "people.csv", text: people },
      { name: "links.csv", text: links },
    ]);
    expect(r.links).toHaveLength(1);
    const net = buildNetwork(r.people, r.linkStore);
    expect([net.linkStatusLive[0], net.linkMinutes[0]]).toEqual([0, 45]);
    expect(linkAt(net, 0)).toMatchObject({ status: "ended", minutes_per_month: 45, ends_on: "2024-01-31" });
    sameIndex(net, buildNetwork(r.people, r.links));
  });

  it("should give the same network after edits as one built from the edited records", () => {
    const ids = imported.people.map((p) => p.id);
    const linkIds = imported.links.map((l) => l.link_id);
    const edits: Edit[] = [
      { op: "removeLink", id: linkIds[3]! },
      { op: "updateLink", id: linkIds[10]!, changes: { status: "ended", support_types: ["career"] } },
      { op: "removePerson", id: ids[5]! },
      { op: "addPerson", person: { id: "NEW" as PersonId, name: "New", kind: "person", is_ect: false } },
      {
        op: "addLink",
        link: { link_id: "X1" as LinkId, from_id: "NEW" as PersonId, to_id: ids[0]!, support_types: ["pedagogy"] },
      },
      { op: "mergePeople", from: ids[8]!, into: ids[9]! },
      { op: "updateLink", id: linkIds[20]!, changes: { to_id: ids[1]!, trust: 2 } },
    ];
    const before = imported.links.slice(0, 40);
    const edited = applyEdits({ people: imported.people, links: imported.linkStore }, edits);
    expect(edited.problems).toEqual([]);
    const net = buildNetwork(edited.data.people, edited.data.links);
    const records = Array.from({ length: net.linkCount }, (_, l) => linkAt(net, l));
    sameIndex(net, buildNetwork(edited.data.people, records));
    expect(records.some((l) => l.link_id === linkIds[3])).toBe(false);
    expect(net.from[records.findIndex((l) => l.link_id === "X1")]).toBe(edited.data.people.length - 1);
    // The import's own store is as it was.
    expect(imported.links.slice(0, 40)).toEqual(before);
    for (let l = 0; l < 40; l++) expect(linkAt(imported.linkStore, l)).toEqual(before[l]);
  });
});

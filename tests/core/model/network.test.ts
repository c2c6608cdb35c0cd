import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseTables,
  analysisJson,
  buildNetwork,
  ectRowsOf,
  importedLinks,
  importFiles,
  linkAt,
  supporterRowsOf,
} from "../../../src/core/index.ts";
import type { LinkStore } from "../../../src/core/model/linkStore.ts";
import { madeRecords } from "../../../src/core/model/linkStore.ts";
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

  it("should take the import's columns as given, and give the same network as reading every link", () => {
    expect(imported.columns!.from).toHaveLength(imported.links.length);
    expect(imported.columns!.link.typeMask).toHaveLength(imported.links.length);
    const fromStore = buildNetwork(imported.people, importedLinks(imported), { columns: imported.columns });
    const fromRecords = buildNetwork(imported.people, imported.links);
    sameIndex(fromStore, fromRecords);
    expect(fromStore.linkCount).toBe(imported.links.length);
    expect(fromStore.linkIds).toEqual(fromRecords.linkIds);
    expect(fromStore.linkIds).toEqual(imported.links.map((l) => l.link_id));
  });

  it("should make a store's link records only when read, each equal to the import's record", () => {
    const net = buildNetwork(imported.people, importedLinks(imported), { columns: imported.columns });
    expect(Object.getOwnPropertyDescriptor(net, "links")?.get).toBeDefined();
    for (let l = 0; l < net.linkCount; l += 7) expect(linkAt(net, l)).toEqual(imported.links[l]);
    // One array of records for the import and its network, as when the import made them itself.
    expect(net.links).toBe(imported.links);
    expect(linkAt(net, 5)).toBe(net.links[5]);
  });

  it("should make no link records on the way to the analysis, the overview rows and the CLI's JSON", () => {
    const fresh = importFiles([
      { name: "people.csv", text: gen.people },
      { name: "links.csv", text: gen.links },
    ]);
    const store = importedLinks(fresh) as LinkStore;
    const net = buildNetwork(fresh.people, store, { columns: fresh.columns });
    const tables = analyseTables(net, settings());
    ectRowsOf(tables);
    supporterRowsOf(tables);
    expect(JSON.stringify(analysisJson(tables, fresh.diagnostics))).toContain('"link":"L');
    expect(madeRecords(store)).toBeUndefined();
    expect(fresh.links).toHaveLength(net.linkCount);
    expect(madeRecords(store)).toBe(fresh.links);
  });

  it("should build the same network from a store without its columns", () => {
    const store = importedLinks(imported);
    sameIndex(buildNetwork(imported.people, store), buildNetwork(imported.people, imported.links));
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
    const net = buildNetwork(r.people, importedLinks(r), { columns: r.columns });
    expect([net.linkStatusLive[0], net.linkMinutes[0]]).toEqual([0, 45]);
    expect(linkAt(net, 0)).toMatchObject({ status: "ended", minutes_per_month: 45, ends_on: "2024-01-31" });
    sameIndex(net, buildNetwork(r.people, r.links));
  });

  it("should ignore columns made for other arrays (people reordered, links dropped)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 20 }), (seed, drop) => {
        const people = [...imported.people].sort(
          (a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7),
        );
        const links = imported.links.filter((_, i) => (i + seed) % 23 !== drop);
        sameIndex(buildNetwork(people, links, { columns: imported.columns }), buildNetwork(people, links));
      }),
      { numRuns: 30 },
    );
  });
});

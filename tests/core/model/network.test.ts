import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildNetwork, importFiles } from "../../../src/core/index.ts";
import { generateNetwork } from "../../../src/core/generate/syntheticNetwork.ts";

const sameIndex = (a: ReturnType<typeof buildNetwork>, b: ReturnType<typeof buildNetwork>) => {
  expect([...a.from]).toEqual([...b.from]);
  expect([...a.to]).toEqual([...b.to]);
  expect([...a.inLinks]).toEqual([...b.inLinks]);
  expect([...a.outLinks]).toEqual([...b.outLinks]);
};

describe("buildNetwork", () => {
  const gen = generateNetwork(300, 3);
  const imported = importFiles([
    { name: "people.csv", text: gen.people },
    { name: "links.csv", text: gen.links },
  ]);

  it("should take the import's link ends as given, and give the same network as looking every id up", () => {
    expect(imported.linkEnds!.from).toHaveLength(imported.links.length);
    sameIndex(
      buildNetwork(imported.people, imported.links, { ends: imported.linkEnds }),
      buildNetwork(imported.people, imported.links),
    );
  });

  it("should never be misled by a stale hint (people reordered, links dropped)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 20 }), (seed, drop) => {
        const people = [...imported.people].sort(
          (a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7),
        );
        const links = imported.links.filter((_, i) => (i + seed) % 23 !== drop);
        const stale = {
          from: imported.linkEnds!.from.slice(0, links.length),
          to: imported.linkEnds!.to.slice(0, links.length),
        };
        sameIndex(buildNetwork(people, links, { ends: stale }), buildNetwork(people, links));
      }),
      { numRuns: 30 },
    );
  });
});

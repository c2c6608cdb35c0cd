import { describe, expect, it } from "vitest";
import { buildNetwork, diffSnapshots, prepareAnalysis, timelineOf } from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

const snapshot = (
  people: Parameters<typeof buildNetwork>[0],
  links: Parameters<typeof buildNetwork>[1],
  asOf: string,
) => prepareAnalysis(buildNetwork(people, links), settings({ as_of_date: asOf }), { skipStructure: true });

describe("snapshotDiff", () => {
  describe("#diffSnapshots", () => {
    const people = [ect("E"), ect("F"), person("A", { capacity: 2 }), person("B")];
    const autumn = snapshot(
      people.filter((p) => p.id !== "F"),
      [
        link("A", "E", ["pedagogy"]),
        link("B", "E", ["psychosocial"], { frequency: "weekly", last_contact: "2024-11-01" }),
        link("A", "B", ["behaviour"], { status: "ended" }),
      ],
      "2024-11-15",
    );
    const spring = snapshot(
      people,
      [
        link("A", "E", ["pedagogy", "behaviour"]),
        link("B", "E", ["psychosocial"], { frequency: "weekly", last_contact: "2025-01-10" }),
        link("A", "F", ["pedagogy"]),
      ],
      "2025-03-14",
    );
    const d = diffSnapshots(autumn, spring);

    it("should list ties gained, lost and changed, counting live links only", () => {
      expect(d.tiesGained.map((t) => `${t.from}>${t.to}`)).toEqual(["A>F"]);
      // A>B had ended in autumn, so it was never a live tie.
      expect(d.tiesLost).toEqual([]);
      expect(d.tiesChanged).toEqual([
        expect.objectContaining({ from: "A", to: "E", typesAdded: ["behaviour"], typesRemoved: [] }),
      ]);
    });
    it("should report coverage that rose, ECTs who joined, load and slipped contact", () => {
      expect(d.coverage).toEqual([
        expect.objectContaining({ id: "E", direction: "rose", typesGained: ["behaviour"], typesLost: [] }),
      ]);
      expect(d.ectsJoined).toEqual([{ id: "F", name: "F" }]);
      expect(d.ectsLeft).toEqual([]);
      expect(d.load).toEqual([{ id: "A", name: "A", before: 1, after: 2, capacity: 2 }]);
      // 63 days since contact on a weekly link; not stale in autumn (14 days).
      expect(d.stale).toEqual([expect.objectContaining({ ect: "E", person: "B", daysSinceContact: 63, isNew: true })]);
    });
    it("should find nothing between a snapshot and itself", () => {
      const same = diffSnapshots(spring, spring);
      expect([same.tiesGained, same.tiesLost, same.tiesChanged, same.coverage, same.load]).toEqual([
        [],
        [],
        [],
        [],
        [],
      ]);
      expect(same.stale.every((s) => !s.isNew)).toBe(true);
    });
  });

  describe("#timelineOf", () => {
    it("should order snapshots by date and count the changes between neighbours", () => {
      const spring = importFixtures(["sample/people.csv", "sample/links.csv"]);
      const autumn = importFixtures(["sample/autumn/people.csv", "sample/autumn/links.csv"]);
      const rows = timelineOf([
        { label: "Spring", prepared: snapshot(spring.people, spring.links, "2025-03-14") },
        { label: "Autumn", prepared: snapshot(autumn.people, autumn.links, "2024-11-15") },
      ]);
      expect(rows.map((r) => r.label)).toEqual(["Autumn", "Spring"]);
      expect(rows[0]!.change).toBeUndefined();
      expect(rows[1]!.change).toEqual({ tiesGained: 5, tiesLost: 2, coverageRose: 0, coverageFell: 1 });
      expect(rows[1]!.counts.gaps).toBe(1);
      expect(rows[0]!.counts.gaps).toBe(0);
    });
  });
});

import { describe, expect, it } from "vitest";
import { importFiles, linksToCsv, peopleToCsv, pseudonymiseData } from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";

describe("pseudonymiseData", () => {
  it("should replace every id and name with a stable code, drop notes, and still import cleanly", () => {
    const r = importFixtures(["sample/edge-list.csv"]);
    const { people, links } = pseudonymiseData(r.people, r.links);
    const text = peopleToCsv(people) + linksToCsv(links);
    for (const p of r.people) expect(text).not.toContain(p.name);
    expect(people.filter((p) => p.is_ect).map((p) => p.name)).toEqual(
      Array.from({ length: 9 }, (_, i) => `ECT ${i + 1}`),
    );
    expect(people.every((p) => p.notes === undefined)).toBe(true);
    const again = importFiles([
      { name: "people.csv", text: peopleToCsv(people) },
      { name: "links.csv", text: linksToCsv(links) },
    ]);
    expect(again.links).toHaveLength(r.links.length);
    expect(again.diagnostics.filter((d) => d.level === "error")).toEqual([]);
  });
});

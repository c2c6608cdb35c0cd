import { describe, expect, it } from "vitest";
import {
  importFiles,
  linksToCsv,
  peopleToCsv,
  recordsToShare,
  shareRule,
  toGexf,
  toGraphml,
} from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { namesIn } from "../../helpers/sampleNames.ts";

const sample = importFixtures(["sample/people.csv", "sample/links.csv"]);
const rule = (share: boolean, hideNames: boolean) => shareRule({ share, hideNames, k: 3 });
const header = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n")[0];

describe("recordsToShare", () => {
  it("should give the people untouched with names shown", () => {
    const out = recordsToShare(sample.people, sample.links, rule(false, false));
    expect(out.people).toBe(sample.people);
    expect(out.links.map((l) => l.link_id)).toEqual(sample.links.map((l) => l.link_id));
    // The check below can fail: the named files do name people, by full name and by surname.
    expect(namesIn(peopleToCsv(out.people))).toEqual(expect.arrayContaining(["Priya Sharma", "Okafor"]));
  });

  it("should leave link trust, similarity and notes out of the named files too (8.3: only the backup keeps them)", () => {
    const out = recordsToShare(sample.people, sample.links, rule(false, false));
    const withRatings = sample.links.filter((l) => l.trust !== undefined || l.similarity !== undefined);
    const withNotes = sample.links.filter((l) => l.notes !== undefined);
    expect(Math.min(withRatings.length, withNotes.length)).toBeGreaterThan(0);
    for (const l of out.links) expect([l.trust, l.similarity, l.notes]).toEqual([undefined, undefined, undefined]);
    // Everything else about a link goes as it is: its subtopics, its visibility, its kinds of support.
    const l01 = sample.links.find((l) => l.link_id === "L01");
    expect(out.links.find((l) => l.link_id === "L01")).toEqual({
      ...l01,
      trust: undefined,
      similarity: undefined,
      notes: undefined,
    });
    // A person's notes are the importer's own words about their staff: a named file keeps them.
    expect(peopleToCsv(out.people)).toContain("Healthy mosaic example");
  });

  for (const [what, share] of [
    ["People as codes", false],
    ["share mode", true],
  ] as const) {
    describe(`in ${what}`, () => {
      const out = recordsToShare(sample.people, sample.links, rule(share, true));
      const people = peopleToCsv(out.people);
      const links = linksToCsv(out.links);

      it("should name nobody from the sample in people.csv or links.csv, nor in GEXF or GraphML", () => {
        expect(namesIn(people)).toEqual([]);
        expect(namesIn(links)).toEqual([]);
        expect(namesIn(toGexf(out.people, out.links, false))).toEqual([]);
        expect(namesIn(toGraphml(out.people, out.links, false))).toEqual([]);
      });

      it("should keep the canonical columns, blank where the rule says, so the files still import back", () => {
        expect(header(people)).toBe(header(peopleToCsv(sample.people)));
        expect(header(links)).toBe(header(linksToCsv(sample.links)));
        const back = importFiles([
          { name: "people.csv", text: people },
          { name: "links.csv", text: links },
        ]);
        expect(back.people).toHaveLength(sample.people.length);
        expect(back.links).toHaveLength(out.links.length);
        expect(back.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      });

      it("should carry no trust, similarity, notes, subtopics, role titles or strengths (domain.md 8.3)", () => {
        // L01 has trust 5 and similarity 4 in the sample: the review found them in a coded export.
        expect(sample.links.find((l) => l.link_id === "L01")).toMatchObject({ trust: 5, similarity: 4 });
        for (const l of out.links)
          expect([l.trust, l.similarity, l.notes, l.subtopics]).toEqual([undefined, undefined, undefined, undefined]);
        for (const p of out.people)
          expect([p.role_title, p.strengths, p.notes]).toEqual([undefined, undefined, undefined]);
        expect(people).not.toMatch(/Headteacher|Teacher of PE|Python coding club/);
      });

      it("should leave out the links marked private (domain.md 8.4) and say how many", () => {
        const privateIds = sample.links.filter((l) => l.visibility === "private").map((l) => l.link_id);
        expect(privateIds.length).toBeGreaterThan(0);
        expect(out.privateLinks).toBe(privateIds.length);
        expect(out.links.map((l) => l.link_id)).not.toEqual(expect.arrayContaining([privateIds[0]]));
      });

      it(
        share ? "should carry no school or department (totals only)" : "should keep schools, for analysis by school",
        () => {
          const schools = out.people.filter((p) => p.school !== undefined).length;
          const departments = out.people.filter((p) => p.department !== undefined).length;
          if (share) expect([schools, departments]).toEqual([0, 0]);
          else expect(schools).toBe(sample.people.filter((p) => p.school !== undefined).length);
        },
      );
    });
  }
});

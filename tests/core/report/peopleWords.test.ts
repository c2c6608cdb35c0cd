import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PeopleCounts } from "../../../src/core/index.ts";
import { analyse, buildNetwork, importFiles, peopleWords } from "../../../src/core/index.ts";
import { settings } from "../../helpers/builders.ts";
import { fileAt, importFixtures, ROOT } from "../../helpers/files.ts";

const base: PeopleCounts = {
  people: 42,
  ects: 16,
  supporters: 14,
  ectsSupporting: 0,
  namedByRole: 5,
  familyOrFriends: 7,
  links: 68,
};

/** Every number the words give for people, after the first (the total). */
const parts = (words: string) =>
  [
    ...words
      .replace(/ and [\d,]+ links?$/, "")
      .replace(/; .* ECT\)/, ")")
      .matchAll(/\d[\d,]*/g),
  ].map((m) => Number(m[0].replace(/,/g, "")));

describe("peopleWords", () => {
  it("should say what the people are, so the parts add up to the total", () => {
    expect(peopleWords(base)).toBe(
      "42 people (16 ECTs, 14 supporters, 5 named by role and 7 family or friends) and 68 links",
    );
  });
  it("should count an ECT who also supports once, among the ECTs, and the supporters beside them as others", () => {
    expect(
      peopleWords({ ...base, people: 28, supporters: 14, ectsSupporting: 2, namedByRole: 0, familyOrFriends: 0 }),
    ).toBe("28 people (16 ECTs and 12 other supporters; 2 of the ECTs also support another ECT) and 68 links");
  });
  it("should say who supports no ECT now, and say one kind only once", () => {
    expect(peopleWords({ ...base, people: 45 })).toMatch(/ and 3 not supporting an ECT now\) and 68 links$/);
    expect(
      peopleWords({ ...base, people: 9, ects: 9, supporters: 0, namedByRole: 0, familyOrFriends: 0, links: 0 }),
    ).toBe("9 ECTs and 0 links");
    expect(
      peopleWords({ ...base, people: 1, ects: 1, supporters: 0, namedByRole: 0, familyOrFriends: 0, links: 1 }),
    ).toBe("1 ECT and 1 link");
  });
  it("should give parts that add up to the people, whatever the counts (property)", () => {
    fc.assert(
      fc.property(
        fc.record({
          ects: fc.nat(500),
          supporters: fc.nat(500),
          namedByRole: fc.nat(50),
          familyOrFriends: fc.nat(50),
          rest: fc.nat(50),
          links: fc.nat(2000),
        }),
        fc.nat(500),
        (c, e) => {
          const ectsSupporting = Math.min(e, c.ects, c.supporters);
          const people = c.ects + c.supporters - ectsSupporting + c.namedByRole + c.familyOrFriends + c.rest;
          const words = peopleWords({ ...c, people, ectsSupporting });
          const [first = 0, ...rest] = parts(words);
          if (people === 0) expect(words).toMatch(/^no people and /);
          else if (rest.length === 0) expect(first).toBe(people);
          else expect(rest.reduce((a, b) => a + b, 0)).toBe(first);
        },
      ),
    );
  });
  it("should add up on a real survey, beside the overview's ECT and supporter tiles", () => {
    const imported = importFiles([fileAt(join(ROOT, "tests", "fixtures", "surveys"), "ms-forms-hollinsfield.xlsx")]);
    const s = analyse(buildNetwork(imported.people, imported.links), settings()).summary;
    expect(s.namedByRole + s.familyOrFriends).toBeGreaterThan(0);
    const words = peopleWords(s);
    expect(words).toContain(`${s.ects} ECTs`);
    expect(words).toContain(`${s.supporters - s.ectsSupporting} `);
    const [first = 0, ...rest] = parts(words);
    expect(first).toBe(s.people);
    expect(rest.reduce((a, b) => a + b, 0)).toBe(s.people);
  });
  it("should count the sample's people the same way", () => {
    const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
    const s = analyse(buildNetwork(imported.people, imported.links), settings()).summary;
    expect(s.ectsSupporting).toBeLessThanOrEqual(s.supporters);
    expect(peopleWords(s)).toMatch(/^\d+ people \(9 ECTs/);
  });
});

import { describe, expect, it } from "vitest";
import { CORE_TYPES, buildConstellation, buildNetwork, prepareAnalysis } from "../../../src/core/index.ts";
import { andList, describeStop } from "../../../src/ui/graph/describeStop.ts";
import { walkOrder } from "../../../src/ui/graph/walkOrder.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
const constellationOf = (id: string) =>
  buildConstellation(prepared.ctx, prepared.ectAt(prepared.net.indexOf.get(id)!)!);
const plainName = (_id: string, name: string) => name;

/** Every stop's words for one ECT, in walking order. */
function walk(id: string, voice: "you" | "they", nameOf = plainName): string[] {
  const c = constellationOf(id);
  const order = walkOrder(c, CORE_TYPES, nameOf);
  return order.map((s, i) => describeStop(c, s, i, order.length, voice, nameOf, CORE_TYPES));
}

describe("andList", () => {
  it("should join words as a sentence does", () => {
    expect(andList([])).toBe("");
    expect(andList(["teaching"])).toBe("teaching");
    expect(andList(["behaviour", "teaching"])).toBe("behaviour and teaching");
    expect(andList(["a", "b", "c"])).toBe("a, b and c");
  });
});

describe("describeStop", () => {
  it("should say at the centre who the ECT is, how many support them and the empty sectors", () => {
    expect(walk("E05", "they")[0]).toBe(
      "Zofia Nowak, at the centre. 4 people support this ECT. No one yet for wellbeing. Arrow keys move round the people.",
    );
    expect(walk("E05", "you")[0]).toMatch(/^Zofia Nowak \(you\), at the centre\. 4 people support you\./);
  });
  it("should give the kinds in words, who assesses or line-manages, how often, and the place in the walk", () => {
    const words = walk("E05", "you");
    // Isabel Moreno assesses and line-manages Zofia.
    expect(words).toContain(
      "Isabel Moreno, Head of MFL and ECT mentor. Helps you with how the school works and teaching. Assesses or line-manages you. How often: every two weeks. 3 of 4 people who support you.",
    );
    const anthony = words.find((w) => w.startsWith("Dr Anthony Clarke"));
    expect(anthony).toMatch(/Helps you with behaviour\. How often: once a term\. 2 of 4 people who support you\.$/);
    expect(anthony).not.toMatch(/Assesses/);
  });
  it("should use the mentor lead's wording and say when the ECT helps a supporter back", () => {
    const claire = walk("E05", "they").find((w) => w.startsWith("Claire Whitaker"));
    expect(claire).toBe(
      "Claire Whitaker, Teacher of French. Helps this ECT with teaching. How often: every two weeks. This ECT helps them too. 4 of 4 people who support this ECT.",
    );
  });
  it("should describe a group and someone the ECT helps", () => {
    const words = walk("E01", "you");
    expect(words.find((w) => w.startsWith("Trust ECT peer network"))).toMatch(
      /^Trust ECT peer network \(half-termly\) \(a group\)\./,
    );
    expect(words[0]).toMatch(/ 6 people support you\./);
    expect(words[words.length - 1]).toMatch(
      /^Mark Ellison, .*\. You help them with teaching\. 1 of 1 person you help\.$/,
    );
    expect(words[6]).toMatch(/ 6 of 6 people who support you\.$/);
  });
  it("should name people only as shown (codes when names are hidden)", () => {
    const words = walk("E01", "they", (id) => `Person ${id.length}`).join(" ");
    for (const name of ["Priya", "Sarah", "Kirsty", "Owen", "Mark"]) expect(words).not.toContain(name);
  });
});

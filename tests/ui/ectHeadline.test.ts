import { describe, expect, it } from "vitest";
import type { Constellation } from "../../src/core/index.ts";
import { buildConstellation, buildNetwork, CORE_TYPES, prepareAnalysis } from "../../src/core/index.ts";
import { constellationNames, ectHeadline, soFarHeadline } from "../../src/ui/ectHeadline.ts";
import { importFixtures } from "../helpers/files.ts";
import { ect, link, person, settings } from "../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
function constellationOf(id: string): Constellation {
  const k = prepared.net.indexOf.get(id);
  const result = k === undefined ? undefined : prepared.ectAt(k);
  if (!result) throw new Error(`no ECT ${id} in the sample`);
  return buildConstellation(prepared.ctx, result);
}
const byName = (_id: string, name: string) => name;
const wording = { nameOf: byName, settings: settings() };

describe("ectHeadline", () => {
  // Callum Reid: Dr Anthony Clarke is his only source for several kinds of support.
  const callum = constellationOf("E04");
  const everyone = [...callum.supporters, ...callum.contributions].map((p) => p.name);

  it("should name the person behind a concern, in the chosen wording", () => {
    const you = ectHeadline(callum, CORE_TYPES, { ...wording, voice: "you", share: false });
    const they = ectHeadline(callum, CORE_TYPES, { ...wording, voice: "they", share: false });
    expect(you).toMatchObject({ kind: "concern" });
    expect(you.text).toBe(
      "Dr Anthony Clarke is your only source for several kinds of support: something to think about",
    );
    expect(they.text).toContain("Dr Anthony Clarke");
    expect(they.text).not.toMatch(/\b(you|your)\b/i);
  });
  it("should name no one in share mode", () => {
    const shared = ectHeadline(callum, CORE_TYPES, { ...wording, voice: "they", share: true });
    expect(shared.text.length).toBeGreaterThan(0);
    for (const n of [...everyone, callum.ect.name]) expect(shared.text).not.toContain(n);
  });
  it("should present each name as the caller asks (isolated on the page, plain on a canvas)", () => {
    const said = ectHeadline(callum, CORE_TYPES, { ...wording, voice: "you", share: false }, (n) => `[${n}]`);
    expect(said.text).toMatch(/^\[Dr Anthony Clarke\] is your/);
  });
  it("should find everyone's name by id, and give back an unknown id as it is", () => {
    const nameById = constellationNames(callum);
    expect(nameById("E04")).toBe("Callum Reid");
    expect(nameById("P10")).toBe("Dr Anthony Clarke");
    expect(nameById("nobody")).toBe("nobody");
  });
});

describe("ectHeadline with someone the ECT named by role", () => {
  const people = [
    ect("E1", { name: "Jess Hartley" }),
    person("P1", { name: "my mentor (Jess Hartley)", unnamed: "role" }),
    person("P2", { name: "Myra Jones" }),
  ];
  const links = [
    link("P1", "E1", ["organisational_literacy", "behaviour", "pedagogy"]),
    link("P2", "E1", ["psychosocial"]),
  ];
  const ready = prepareAnalysis(buildNetwork(people, links), settings());
  const k = ready.net.indexOf.get("E1");
  const result = k === undefined ? undefined : ready.ectAt(k);
  if (!result) throw new Error("no ECT E1");
  const jess = buildConstellation(ready.ctx, result);

  it("should say 'your mentor' to the ECT and 'Jess Hartley's mentor' to the lead, never the ECT's own 'my'", () => {
    const you = ectHeadline(jess, CORE_TYPES, { ...wording, voice: "you", share: false });
    const they = ectHeadline(jess, CORE_TYPES, { ...wording, voice: "they", share: false });
    expect(you.text).toBe("Your mentor is your only source for several kinds of support: something to think about");
    expect(they.text).toMatch(/^Jess Hartley's mentor is this ECT's only source/);
  });
  it("should voice only the sentence: the stored name and the plain lookup keep the ECT's words", () => {
    expect(constellationNames(jess)("P1")).toBe("my mentor (Jess Hartley)");
    expect(constellationNames(jess, "you")("P1")).toBe("your mentor");
    expect(constellationNames(jess, "you")("P2")).toBe("Myra Jones");
    expect(jess.supporters.find((p) => p.id === "P1")?.name).toBe("my mentor (Jess Hartley)");
  });
});

describe("soFarHeadline, while the ECT is still answering Map my support", () => {
  function mapOf(people: Parameters<typeof buildNetwork>[0], links: Parameters<typeof buildNetwork>[1]) {
    const ready = prepareAnalysis(buildNetwork(people, links), settings());
    const k = ready.net.indexOf.get("E1");
    const result = k === undefined ? undefined : ready.ectAt(k);
    if (!result) throw new Error("no ECT E1");
    return buildConstellation(ready.ctx, result);
  }
  const jess = ect("E1", { name: "Jess Hartley", map_status: "draft" });

  it("should describe one person after the first question, where the judgement says 'one person'", () => {
    const one = mapOf([jess, person("P1", { name: "Mr Khan" })], [link("P1", "E1", ["organisational_literacy"])]);
    expect(ectHeadline(one, CORE_TYPES, { ...wording, voice: "you", share: false }).kind).toBe("concern");
    expect(soFarHeadline(one, CORE_TYPES, "you")).toEqual({
      kind: "empty",
      text: "So far: 1 person, for how the school works",
    });
  });
  it("should describe an empty map without calling it unfilled", () => {
    const empty = mapOf([jess], []);
    expect(ectHeadline(empty, CORE_TYPES, { ...wording, voice: "you", share: false }).text).toMatch(/filled in/);
    expect(soFarHeadline(empty, CORE_TYPES, "you").text).toBe("So far: no one who helps you yet");
  });
  it("should count people and kinds, and those the ECT helps, in either voice", () => {
    const two = mapOf(
      [jess, person("P1", { name: "Mr Khan" }), person("P2", { name: "Priya" }), person("P3", { name: "Sam" })],
      [
        link("P1", "E1", ["organisational_literacy", "behaviour"]),
        link("P2", "E1", ["organisational_literacy"]),
        link("E1", "P3", ["pedagogy"], { link_role: "contribution" }),
      ],
    );
    expect(soFarHeadline(two, CORE_TYPES, "you").text).toBe(
      "So far: 2 people, for how the school works and behaviour; you help 1 person",
    );
    expect(soFarHeadline(two, CORE_TYPES, "they").text).toMatch(/; they help 1 person$/);
  });
  it("should say how a count that takes in family or 'my mentor' is made up, as the ECT list counts supporters", () => {
    const siobhan = ect("E1", { name: "Siobhán", map_status: "draft" });
    const map = mapOf(
      [
        siobhan,
        person("P1", { name: "Jess Hartley" }),
        person("P2", { name: "Mr Khan" }),
        person("P3", { name: "Mum (Siobhán)", unnamed: "family" }),
        person("P4", { name: "my mentor (Siobhán)", unnamed: "role" }),
        person("P5", { name: "Amira Shah" }),
      ],
      [
        link("P1", "E1", ["organisational_literacy"]),
        link("P2", "E1", ["behaviour"]),
        link("P3", "E1", ["psychosocial"]),
        link("P4", "E1", ["pedagogy"]),
        link("E1", "P5", ["pedagogy"], { link_role: "contribution" }),
      ],
    );
    expect(soFarHeadline(map, CORE_TYPES, "you").text).toBe(
      "So far: 4 people (2 supporters, 1 named only by role and 1 family member or friend), for how the school works, behaviour, teaching and wellbeing; you help 1 person",
    );
  });
});

import { describe, expect, it } from "vitest";
import type { Constellation } from "../../src/core/index.ts";
import { buildConstellation, buildNetwork, CORE_TYPES, prepareAnalysis } from "../../src/core/index.ts";
import { constellationNames, ectHeadline } from "../../src/ui/ectHeadline.ts";
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

  it("should say 'your mentor' to the ECT and 'their mentor' to the lead, never the ECT's own 'my'", () => {
    const you = ectHeadline(jess, CORE_TYPES, { ...wording, voice: "you", share: false });
    const they = ectHeadline(jess, CORE_TYPES, { ...wording, voice: "they", share: false });
    expect(you.text).toBe(
      "Your mentor (Jess Hartley) is your only source for several kinds of support: something to think about",
    );
    expect(they.text).toMatch(/^Their mentor \(Jess Hartley\) is this ECT's only source/);
  });
  it("should voice only the sentence: the stored name and the plain lookup keep the ECT's words", () => {
    expect(constellationNames(jess)("P1")).toBe("my mentor (Jess Hartley)");
    expect(constellationNames(jess, "you")("P1")).toBe("your mentor (Jess Hartley)");
    expect(constellationNames(jess, "you")("P2")).toBe("Myra Jones");
    expect(jess.supporters.find((p) => p.id === "P1")?.name).toBe("my mentor (Jess Hartley)");
  });
});

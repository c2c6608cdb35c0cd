/**
 * Wording follows the reader: in the mentor lead's wording no flag speaks to the ECT ("you",
 * "your"), and in share mode no flag names anyone or points at "named" people.
 */
import { describe, expect, it } from "vitest";
import { describeFlag, FLAG_HELP } from "../../../src/core/index.ts";
import { personIdOf } from "../../../src/core/model/slotValues.ts";
import type { Flag } from "../../../src/core/index.ts";

const SECRET = "Zed Quillfeather";
const flagFor = (code: string, severity: Flag["severity"]): Flag => ({
  code,
  severity,
  scope: "ect",
  person: personIdOf("P1"),
  people: [personIdOf("P1"), personIdOf("P2")],
  supportType: "behaviour",
  values: {
    types: ["behaviour", "psychosocial"],
    soleSourceOf: ["behaviour"],
    daysSinceContact: 40,
    frequency: "weekly",
    kinds: ["pastoral"],
    withOrigin: 1,
    links: 3,
    linksWithSchools: 1,
    liveLinks: 3,
  },
});
const every = Object.keys(FLAG_HELP).flatMap((code) =>
  (["critical", "warning", "info"] as const).map((s) => flagFor(code, s)),
);
const texts = (w: { title: string; body: string; why: string; try: string }) => [w.title, w.body, w.why, w.try];

describe("flag wording", () => {
  it("should never address the ECT in the mentor lead's wording", () => {
    for (const f of every)
      for (const t of texts(describeFlag(f, () => SECRET, "they")))
        expect(t, `${f.code} (${f.severity}): ${t}`).not.toMatch(/\byou(r|rs|rself|'re|'d|'ve|'ll)?\b/i);
  });
  it("should still speak to the ECT in their own wording", () => {
    expect(describeFlag(flagFor("WELLBEING_ONLY_FROM_ASSESSOR", "warning"), () => SECRET, "you").try).toMatch(
      /your assessment and management line/,
    );
  });
  it("should name no one and point at no named person in share mode", () => {
    for (const f of every)
      for (const voice of ["you", "they"] as const)
        for (const t of texts(describeFlag(f, () => SECRET, voice, "", { share: true }))) {
          expect(t, `${f.code}: ${t}`).not.toContain(SECRET);
          expect(t, `${f.code}: ${t}`).not.toMatch(/\bnamed\b/i);
        }
  });
});

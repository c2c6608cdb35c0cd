/**
 * Wording follows the reader: in the mentor lead's wording no flag speaks to the ECT ("you",
 * "your"), and in share mode no flag names anyone or points at "named" people.
 */
import { describe, expect, it } from "vitest";
import { describeFlag, FLAG_HELP } from "../../../src/core/index.ts";
import { flagItems } from "../../../src/core/report/flagItems.ts";
import { LEAD_WORDS } from "../../../src/core/report/helpTexts.ts";
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
  it("should never address the ECT in the lead's flag list, one-source line included", () => {
    // The one-source flags share one line (no SINGLE_SUPPORTER here to fold them under).
    const sole = (["behaviour", "pedagogy"] as const).map((t, i) => ({
      ...flagFor("SOLE_SOURCE", "info"),
      supportType: t,
      person: personIdOf(`P${i}`),
    }));
    const items = flagItems([...every.filter((f) => f.code !== "SINGLE_SUPPORTER"), ...sole], () => SECRET, "they", "");
    const line = items.find((it) => it.key === "SOLE_SOURCE");
    expect(line?.try).toBe("Check where the ECT would go if this person were away.");
    for (const it of items)
      for (const t of texts(it)) expect(t, `${it.code}: ${t}`).not.toMatch(/\byou(r|rs|rself|'re|'d|'ve|'ll)?\b/i);
  });
  it("should give the lead their own words wherever the ECT's why or tip speaks to the ECT", () => {
    const speaksToEct = /\byou(r|rs|rself|'re|'d|'ve|'ll)?\b/i;
    for (const [code, help] of Object.entries(FLAG_HELP))
      for (const part of ["why", "try"] as const)
        if (speaksToEct.test(help[part])) {
          const lead = LEAD_WORDS[code]?.[part];
          expect(lead, `${code} ${part} has no lead version: ${help[part]}`).toBeDefined();
          expect(lead, `${code} ${part}`).not.toMatch(speaksToEct);
        }
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

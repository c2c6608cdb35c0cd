import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Flag, SupportType } from "../../../src/core/index.ts";
import type { HeadlineInput } from "../../../src/core/report/headline.ts";
import { analyse, buildNetwork, CORE_TYPES, FLAG_HELP, headline } from "../../../src/core/index.ts";
import { ECT_RULES_ORDERED } from "../../../src/core/analysis/ectRules.ts";
import { firstSentence } from "../../../src/core/report/headline.ts";
import { strengthsOf } from "../../../src/core/analysis/strengthRules.ts";
import { personIdOf } from "../../../src/core/model/slotValues.ts";
import { buildContext } from "../../../src/core/analysis/context.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const NAMES: Record<string, string> = { P1: "Dr. Lucy Brown", P2: "Mark Jones?" };
const nameOf = (id: string) => NAMES[id] ?? id;
const types: readonly SupportType[] = CORE_TYPES;

/** A flag of `code` with every value a help text can ask for. */
function flagOf(code: string, severity: Flag["severity"] = "warning"): Flag {
  return {
    code,
    severity,
    scope: "ect",
    subject: personIdOf("E1"),
    person: personIdOf("P1"),
    supportType: "behaviour",
    people: [personIdOf("P1"), personIdOf("P2")],
    values: { types: ["behaviour"], kinds: ["pastoral"], daysSinceContact: 40, frequency: "weekly", count: 2 },
  };
}

const base: HeadlineInput = { flags: [], strengths: [], supporters: 0, providers: {}, types };

describe("headline", () => {
  describe("#headline concerns", () => {
    it.each(ECT_RULES_ORDERED.map((r) => r.code))("should give %s one sentence in each wording", (code) => {
      for (const voice of ["you", "they"] as const) {
        const h = headline({ ...base, flags: [flagOf(code)] }, { voice, nameOf: () => "Lucy Brown", share: false });
        expect(h.kind).toBe("concern");
        expect(h.code).toBe(code);
        expect(h.text.trim().length).toBeGreaterThan(10);
        // One sentence: no full stop followed by another sentence.
        expect(h.text).not.toMatch(/[a-z]\. [A-Z]/);
        if (voice === "they") expect(h.text).not.toMatch(/\byou(r)?\b/i);
      }
    });

    it("should take the most serious flag and say how much it matters", () => {
      const h = headline(
        { ...base, flags: [flagOf("ONE_WAY", "info"), flagOf("WELLBEING_ONLY_FROM_ASSESSOR", "warning")] },
        { voice: "you", nameOf, share: false },
      );
      expect(h.text).toBe(
        "The people you go to for personal support also assess or manage you: something to think about",
      );
    });

    it("should keep a name with its own full stop whole", () => {
      const h = headline({ ...base, flags: [flagOf("SOLE_SOURCE", "info")] }, { voice: "they", nameOf, share: false });
      expect(h.text).toBe("Only Dr. Lucy Brown helps this ECT with behaviour: something to reflect on");
    });

    it("should use the flag's title in share mode where the sentence names someone", () => {
      const h = headline({ ...base, flags: [flagOf("SOLE_SOURCE", "info")] }, { voice: "they", nameOf, share: true });
      expect(h.text).toBe(`${FLAG_HELP.SOLE_SOURCE!.title.replace("{type}", "behaviour")}: something to reflect on`);
    });
  });

  describe("#headline when nothing is worth attention", () => {
    const providers = {
      organisational_literacy: ["P1"],
      behaviour: ["B", "C"],
      pedagogy: ["D", "P1"],
      psychosocial: ["E"],
    };

    it("should lead with what is there, then the one thing to reflect on", () => {
      const sole = { ...flagOf("SOLE_SOURCE", "info"), supportType: "organisational_literacy" as const };
      const you = headline(
        { ...base, flags: [sole], supporters: 5, providers },
        { voice: "you", nameOf, share: false },
      );
      expect(you).toMatchObject({ kind: "strength", code: "SOLE_SOURCE", severity: "info" });
      expect(you.text).toBe(
        "Five people cover every kind of support. Something to reflect on: only Dr. Lucy Brown helps you with how the school works",
      );
      const they = headline(
        { ...base, flags: [sole], supporters: 5, providers },
        { voice: "they", nameOf, share: false },
      );
      expect(they.text).toBe(
        "Five people cover every kind of support. Something to reflect on: only Dr. Lucy Brown helps this ECT with how the school works",
      );
    });

    it("should keep a concern first when something is worth attention, or when nothing good can lead", () => {
      const flags = [flagOf("SOLE_SOURCE", "info"), flagOf("WELLBEING_ONLY_FROM_ASSESSOR", "warning")];
      expect(headline({ ...base, flags, providers }, { voice: "you", nameOf, share: false }).kind).toBe("concern");
      const bare = headline(
        { ...base, flags: [flagOf("SOLE_SOURCE", "info")], supporters: 1 },
        { voice: "you", nameOf, share: false },
      );
      expect(bare.text).toBe("Only Dr. Lucy Brown helps you with behaviour: something to reflect on");
    });

    it("should keep a name's capital letter after the colon, and name no one in share mode", () => {
      const sole = { ...flagOf("SOLE_SOURCE", "info"), supportType: "organisational_literacy" as const };
      const shared = headline({ ...base, flags: [sole], providers }, { voice: "they", nameOf, share: true });
      const keystone = headline(
        { ...base, flags: [flagOf("KEYSTONE", "info")], providers },
        { voice: "you", nameOf, share: false },
      );
      expect(keystone.text).toBe(
        "Five people cover every kind of support. Something to reflect on: Dr. Lucy Brown is your only source for several kinds of support",
      );
      expect(shared.text).not.toContain("Lucy");
      expect(shared.text).toMatch(/^Five people cover every kind of support\. Something to reflect on: /);
    });
  });

  describe("#headline strengths", () => {
    it("should count the people who cover every kind of support", () => {
      const providers = { organisational_literacy: ["A"], behaviour: ["B"], pedagogy: ["C", "A"], psychosocial: ["D"] };
      const h = headline({ ...base, supporters: 4, providers }, { voice: "you", nameOf, share: false });
      expect(h).toEqual({ kind: "strength", text: "Four people cover every kind of support" });
    });

    it("should fall back on a strength chip, then on an empty map", () => {
      const chip = headline(
        { ...base, supporters: 1, strengths: [{ code: "CONTRIBUTES" }] },
        { voice: "they", nameOf, share: false },
      );
      expect(chip).toEqual({ kind: "strength", text: "They help others" });
      expect(headline(base, { voice: "you", nameOf, share: false }).kind).toBe("empty");
    });
  });

  describe("#firstSentence", () => {
    it("should not end inside quotes", () => {
      expect(firstSentence('He helps with "Dr. X stuff". Then more.')).toBe('He helps with "Dr. X stuff".');
    });
  });

  it("should never be empty, and never name anyone in share mode", () => {
    const codes = ECT_RULES_ORDERED.map((r) => r.code);
    const name = fc.string({ minLength: 1, maxLength: 30 }).map((s) => `Zq${s}Zq`);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            code: fc.constantFrom(...codes),
            severity: fc.constantFrom<Flag["severity"]>("critical", "warning", "info"),
          }),
        ),
        fc.constantFrom<"you" | "they">("you", "they"),
        fc.boolean(),
        name,
        fc.nat(6),
        (picked, voice, share, who, supporters) => {
          const flags = picked.map((p) => flagOf(p.code, p.severity));
          const h = headline(
            { ...base, flags, supporters, providers: { behaviour: ["P1"] } },
            { voice, nameOf: () => who, share },
          );
          expect(h.text.trim()).not.toBe("");
          if (share) expect(h.text).not.toContain("Zq");
        },
      ),
    );
  });

  it("should say something for every ECT in the sample trust", () => {
    const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
    const net = buildNetwork(imported.people, imported.links);
    const a = analyse(net, settings());
    const ctx = buildContext(net, settings());
    const texts = a.ects.map((e) =>
      headline(
        {
          flags: e.flags,
          strengths: strengthsOf(ctx, e.index),
          supporters: e.supporters.length,
          providers: e.providers,
          types,
        },
        { voice: "you", nameOf: (id) => net.people[net.indexOf.get(id) ?? -1]?.name ?? id, share: false },
      ),
    );
    expect(texts.every((h) => h.text.length > 0)).toBe(true);
    expect(texts.find((h) => h.kind === "strength")).toBeDefined();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Person, SupportLink, SupportType } from "../../../src/core/index.ts";
import { buildNetwork, prepareAnalysis, proposePlan, suggestFor } from "../../../src/core/index.ts";
import { importFixtures } from "../../helpers/files.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());

describe("suggestions", () => {
  describe("#suggestFor", () => {
    it("should suggest people for Zofia's wellbeing gap, never her managers or assessors", () => {
      const s = suggestFor(prepared, "E05").find((x) => x.supportType === "psychosocial")!;
      expect(s.need).toBe("gap");
      const ids = s.candidates.map((c) => c.id);
      expect(ids.length).toBeGreaterThan(0);
      // Isabel Moreno (assesses and line-manages her), Bennett (assesses), the head (line chain): never.
      for (const never of ["P18", "P01", "P02"]) expect(ids).not.toContain(never);
      // Same school first.
      expect(prepared.net.people[prepared.net.indexOf.get(s.candidates[0]!.id)!]!.school).toBe("Hollinsfield Academy");
      expect(s.candidates[0]!.reasons.join("; ")).toMatch(/same school/);
      expect(s.candidates[0]!.reasons.join("; ")).toMatch(/not in the ECT's line management/);
    });
    it("should never suggest someone with no room left, or who already gives that type", () => {
      for (const e of prepared.result.ects) {
        for (const s of suggestFor(prepared, e.id)) {
          for (const c of s.candidates) {
            const sup = prepared.result.supporters.find((x) => x.id === c.id);
            if (sup?.capacity !== undefined) expect(sup.ectsSupported).toBeLessThan(sup.capacity);
            if (sup?.capacityMinutesPerMonth !== undefined)
              expect(sup.minutesPerMonth).toBeLessThan(sup.capacityMinutesPerMonth);
            expect(e.providers[s.supportType] ?? []).not.toContain(c.id);
          }
        }
      }
    });
    it("should rank by same school, peer-like, similar stage, strengths, with no keystone step, when no time is recorded", () => {
      const people = [
        ect("E", { school: "A", years_experience: 0 }),
        ect("F", { school: "A" }),
        ect("G", { school: "A" }),
        // K is the only source of teaching for F and G (a keystone), a peer at a similar stage.
        person("K", { school: "A", years_experience: 2 }),
        person("L", { school: "A", years_experience: 2, strengths: ["behaviour"] }),
        person("M", { school: "A", years_experience: 2, strengths: ["SEND"] }),
        person("S", { school: "A", seniority: "senior_leader", years_experience: 1, strengths: ["behaviour"] }),
        person("V", { school: "A", years_experience: 20 }),
        person("W", { school: "B", years_experience: 1, strengths: ["behaviour"] }),
        person("N", { school: "A", years_experience: 2 }),
      ];
      const links = [
        link("K", "F", ["pedagogy"]),
        link("K", "G", ["pedagogy", "behaviour"]),
        link("N", "F", ["behaviour"]),
        link("T", "E", ["pedagogy"]),
      ];
      const p = prepareAnalysis(buildNetwork([...people, person("T", { school: "A" })], links), settings());
      const s = suggestFor(p, "E", 10).find((x) => x.supportType === "behaviour")!;
      // Same school first; among them peers, then similar stage, then strengths naming the type,
      // then any strengths, then by name (the keystone K is not pushed down; V has 20 years).
      const staff = s.candidates.map((c) => c.id).filter((id) => !["F", "G"].includes(id));
      expect(staff).toEqual(["L", "M", "K", "N", "T", "V", "S", "W"]);
    });
    it("should suggest a same-department teacher whose capacity is not recorded, with no links or strengths", () => {
      const people = [
        ect("E", { school: "A", department: "Maths" }),
        person("T", { school: "A", department: "Maths" }),
        person("H", { school: "A" }),
      ];
      const p = prepareAnalysis(buildNetwork(people, [link("H", "E", ["psychosocial"])]), settings());
      const s = suggestFor(p, "E").find((x) => x.supportType === "pedagogy")!;
      expect(s.candidates.map((c) => c.id)).toContain("T");
    });
    it("should never suggest someone who assessed the ECT on a paused or ended link, or who is in their line chain", () => {
      const people = [
        ect("E", { school: "A", line_manager_id: "M" as Person["id"] }),
        person("M", { school: "A", line_manager_id: "H" as Person["id"] }),
        person("H", { school: "A", seniority: "headteacher" }),
        person("P", { school: "A", capacity: 2 }),
        person("X", { school: "A", capacity: 2 }),
        person("N", { school: "A", strengths: ["wellbeing"] }),
        person("T", { school: "A" }),
      ];
      const links = [
        link("T", "E", ["pedagogy"]),
        link("P", "E", ["behaviour"], { assesses: true, status: "paused" }),
        link("X", "E", ["behaviour"], { assesses: true, status: "ended" }),
      ];
      const p = prepareAnalysis(buildNetwork(people, links), settings());
      for (const s of suggestFor(p, "E")) {
        const ids = s.candidates.map((c) => c.id);
        for (const never of ["P", "X", "M", "H"]) expect(ids).not.toContain(never);
      }
      const wellbeing = suggestFor(p, "E").find((x) => x.supportType === "psychosocial")!;
      expect(wellbeing.candidates.map((c) => c.id)).toContain("N");
      const plan = proposePlan(p);
      for (const q of plan.proposed) expect(["P", "X", "M", "H"]).not.toContain(q.from);
    });
    it("should suggest someone outside the management line for an ECT with no safe space, even with every kind covered twice", () => {
      const people = [
        ect("E", { school: "A", line_manager_id: "M" as Person["id"] }),
        person("M", { school: "A" }),
        person("I", { school: "A" }),
        person("N", { school: "A", strengths: ["wellbeing"] }),
      ];
      const all = ["pedagogy", "behaviour", "psychosocial", "organisational_literacy"] as const;
      const links = [link("M", "E", all), link("I", "E", all, { assesses: true })];
      const p = prepareAnalysis(buildNetwork(people, links), settings());
      expect(p.ectAt(p.net.indexOf.get("E")!)!.flags.map((f) => f.code)).toContain("NO_SAFE_SPACE");
      const s = suggestFor(p, "E");
      expect(s).toHaveLength(1);
      expect(s[0]).toMatchObject({ supportType: "psychosocial", need: "safe_space" });
      expect(s[0]!.candidates.map((c) => c.id)).toEqual(["N"]);
    });
    it("should ask another ECT only as a peer, and never while they have a gap, a strained link or no map", () => {
      const all = ["pedagogy", "behaviour", "psychosocial", "organisational_literacy"] as const;
      const people = [
        ect("E", { school: "A" }),
        ect("Whole", { school: "A" }),
        ect("Gap", { school: "A" }),
        ect("Strained", { school: "A" }),
        ect("Unmapped", { school: "A" }),
        person("T", { school: "A", capacity: 0 }),
        person("U", { school: "A", capacity: 0 }),
      ];
      const links = [
        link("T", "E", ["pedagogy"]),
        link("T", "Whole", all),
        link("T", "Gap", ["pedagogy"]),
        link("T", "Strained", all, { status: "strained" }),
        link("U", "Strained", all),
      ];
      const p = prepareAnalysis(buildNetwork(people, links), settings());
      const byType = new Map(suggestFor(p, "E").map((s) => [s.supportType, s.candidates.map((c) => c.id)]));
      expect(byType.get("psychosocial")).toEqual(["Whole"]);
      expect(byType.get("behaviour")).toEqual(["Whole"]);
      // Organisational know-how is not a peer's to give.
      expect(byType.get("organisational_literacy")).toEqual([]);
    });
    it("should break 5.5's ties by time: untapped staff, then room recorded, then capacity not recorded", () => {
      const people = [
        ect("E", { school: "A", years_experience: 0 }),
        ect("Whole", { school: "A", years_experience: 1 }),
        // A peer at a similar stage, nothing recorded about their time: 5.5 ranks peers first.
        person("Peer", { school: "A", years_experience: 1 }),
        // Three middle leaders 5.5 ranks alike (same school, not peers, no strengths): time decides.
        person("Unknown", { school: "A", seniority: "middle_leader" }),
        person("Busy", { school: "A", seniority: "middle_leader", capacity_minutes_per_month: 60 }),
        person("Lead", { school: "A", seniority: "middle_leader", capacity_minutes_per_month: 90 }),
        person("Full", { school: "A", seniority: "middle_leader", capacity_minutes_per_month: 30 }),
      ];
      const all = ["pedagogy", "behaviour", "psychosocial", "organisational_literacy"] as const;
      const links = [
        link("Busy", "Whole", all, { minutes_per_month: 30 }),
        link("Full", "Whole", all, { minutes_per_month: 30 }),
        link("Peer", "E", ["pedagogy"]),
      ];
      const p = prepareAnalysis(buildNetwork(people, links), settings());
      const s = suggestFor(p, "E").find((x) => x.supportType === "behaviour")!;
      const ids = s.candidates.map((c) => c.id);
      // Full has no minutes left, so is never asked; Lead (untapped) before Busy (room left) before Unknown.
      expect(ids.filter((id) => ["Unknown", "Busy", "Lead", "Full"].includes(id))).toEqual(["Lead", "Busy", "Unknown"]);
      expect(ids[0]).toBe("Peer");
    });
    it("should keep 5.5's order on the sample: Zofia's fellow ECTs at a similar stage come first", () => {
      const zofia = suggestFor(prepared, "E05");
      for (const type of ["psychosocial", "behaviour"] as const) {
        const candidates = zofia.find((s) => s.supportType === type)!.candidates;
        // Hand-checked: Priya (E01) and Daniel (E03) have strengths, Owen (E04) none; all same school, peers, similar stage.
        expect(candidates.slice(0, 3).map((c) => c.id)).toEqual(["E03", "E01", "E04"]);
        expect(candidates[0]!.headline).toMatch(/Same school · a peer · similar stage · has strengths/);
      }
    });
    it("should never suggest anyone the new link would take past their capacity (property)", () => {
      const ids = ["E0", "E1", "E2", "S0", "S1", "S2", "S3"];
      const personArb = (id: string) =>
        fc
          .record({
            school: fc.constantFrom("A", "B"),
            capacity: fc.option(fc.nat(3), { nil: undefined }),
            minutes: fc.option(fc.nat(90), { nil: undefined }),
          })
          .map((a): Person =>
            (id.startsWith("E") ? ect : person)(id, {
              school: a.school,
              ...(a.capacity !== undefined ? { capacity: a.capacity } : {}),
              ...(a.minutes !== undefined ? { capacity_minutes_per_month: a.minutes } : {}),
            }),
          );
      const pairs = ids.flatMap((a) => ["E0", "E1", "E2"].filter((b) => b !== a).map((b) => `${a}>${b}`));
      const arb = fc.tuple(
        fc.tuple(...ids.map(personArb)),
        fc.uniqueArray(
          fc.record({
            pair: fc.constantFrom(...pairs),
            types: fc.subarray(["pedagogy", "behaviour", "psychosocial"] satisfies SupportType[], { minLength: 1 }),
            minutes: fc.option(fc.nat(60), { nil: undefined }),
          }),
          { maxLength: 8, selector: (l) => l.pair },
        ),
      );
      fc.assert(
        fc.property(arb, ([people, raw]) => {
          const links: SupportLink[] = raw.map((l, i) => {
            const [from = "", to = ""] = l.pair.split(">");
            return link(from, to, l.types, {
              link_id: `L${i}`,
              ...(l.minutes !== undefined ? { minutes_per_month: l.minutes } : {}),
            });
          });
          const p = prepareAnalysis(buildNetwork(people, links), settings());
          for (const e of p.result.ects)
            for (const s of suggestFor(p, e.id, 10))
              for (const c of s.candidates) {
                const sup = p.result.supporters.find((x) => x.id === c.id);
                const who = people.find((x) => x.id === c.id)!;
                const supportsAlready = links.some((l) => l.from_id === c.id && l.to_id === e.id);
                const ectsAfter = (sup?.ectsSupported ?? 0) + (supportsAlready ? 0 : 1);
                if (who.capacity !== undefined) expect(ectsAfter).toBeLessThanOrEqual(who.capacity);
                // Minutes left must be above 0: the new link takes some of them.
                if (who.capacity_minutes_per_month !== undefined)
                  expect(sup?.minutesPerMonth ?? 0).toBeLessThan(who.capacity_minutes_per_month);
              }
        }),
        { numRuns: 150 },
      );
    });
    it("should return nothing for an ECT whose map is not filled in", () => {
      const p = prepareAnalysis(buildNetwork([ect("E")], []), settings());
      expect(suggestFor(p, "E")).toEqual([]);
    });
  });
});

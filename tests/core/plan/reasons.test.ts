import { describe, expect, it } from "vitest";
import type { PersonId, PreparedAnalysis, SupportType } from "../../../src/core/index.ts";
import {
  buildNetwork,
  comparePlan,
  importFiles,
  planToCsv,
  prepareAnalysis,
  proposePlan,
  suggestFor,
} from "../../../src/core/index.ts";
import { generateNetwork } from "../../../src/core/generate/syntheticNetwork.ts";
import { ect, link, person, settings } from "../../helpers/builders.ts";

function generated(n: number, seed: number): PreparedAnalysis {
  const gen = generateNetwork(n, seed);
  const r = importFiles([
    { name: "people.csv", text: gen.people },
    { name: "links.csv", text: gen.links },
  ]);
  return prepareAnalysis(buildNetwork(r.people, r.linkStore), settings());
}

const words = (headline: string) => headline.split(/\s+/).filter((w) => w !== "·").length;

/** The supporter table's row for a person (what the page shows beside a reason). */
function row(p: PreparedAnalysis, id: string) {
  const s = p.result.supporters.find((x) => x.id === id);
  const person = p.net.people[p.net.indexOf.get(id)!]!;
  return {
    ectsSupported: s?.ectsSupported ?? p.basics.ectCount[p.net.indexOf.get(id)!]!,
    capacity: person.capacity,
    minutesPerMonth: s?.minutesPerMonth ?? p.basics.load[p.net.indexOf.get(id)!]!,
    capacityMinutesPerMonth: person.capacity_minutes_per_month,
  };
}

/** How many ECTs a person gives a type to, counted from the ECT coverage table. */
const helpsWith = (p: PreparedAnalysis, id: string, type: SupportType) =>
  p.result.ects.filter((e) => (e.providers[type] ?? []).includes(id as PersonId)).length;

/** Checks each figure against the tables; returns how many figures it compared. */
function checkFigures(p: PreparedAnalysis, id: string, type: SupportType, reasons: readonly string[]): number {
  const r = row(p, id);
  let compared = 0;
  for (const reason of reasons) {
    if (/\d/.test(reason)) compared++;
    let m = /^(\d+) places? left \(capacity (\d+) ECTs\)$/.exec(reason);
    if (m) {
      expect(Number(m[2])).toBe(r.capacity);
      expect(Number(m[1])).toBe(r.capacity! - r.ectsSupported);
    }
    m = /^supports (\d+) ECTs? now$/.exec(reason);
    if (m) expect(Number(m[1])).toBe(r.ectsSupported);
    if (reason === "supports no ECT yet") expect(r.ectsSupported).toBe(0);
    m = /^(\d+) minutes a month free \(of (\d+)\)$/.exec(reason);
    if (m) {
      expect(Number(m[2])).toBe(r.capacityMinutesPerMonth);
      expect(Number(m[1])).toBe(Math.round(r.capacityMinutesPerMonth! - r.minutesPerMonth));
    }
    m = /^already helps (\d+) other ECTs? with /.exec(reason);
    if (m) expect(Number(m[1])).toBe(helpsWith(p, id, type));
    if (/capacity not recorded/.test(reason)) {
      expect(r.capacity).toBeUndefined();
      expect(r.capacityMinutesPerMonth).toBeUndefined();
    }
  }
  // Nothing says there is time where none is recorded, or that someone who supports an ECT supports no one.
  expect(reasons.join(" ")).not.toMatch(/has time and supports no one/);
  if (reasons.some((x) => /capacity not recorded/.test(x)))
    expect(reasons.join(" ")).not.toMatch(/minutes a month free/);
  return compared;
}

describe("reasons", () => {
  it("should give every suggestion a headline of at most 12 words, with figures that match the tables", () => {
    const p = generated(1_500, 3);
    let checked = 0;
    let figures = 0;
    for (const e of p.result.ects.slice(0, 80))
      for (const s of suggestFor(p, e.id))
        for (const c of s.candidates) {
          expect(words(c.headline)).toBeLessThanOrEqual(12);
          expect(c.headline.length).toBeGreaterThan(0);
          figures += checkFigures(p, c.id, s.supportType, c.reasons);
          checked++;
        }
    expect(checked).toBeGreaterThan(100);
    expect(figures).toBeGreaterThan(checked);
  });
  it("should say places left after the plan as the comparison table counts them", () => {
    const p = generated(1_500, 4);
    const plan = proposePlan(p, { secondSources: true });
    const cmp = comparePlan(p, plan.proposed);
    const load = new Map(cmp.load.map((l) => [l.id, l]));
    let checked = 0;
    for (const q of plan.proposed) {
      expect(words(q.headline ?? "")).toBeLessThanOrEqual(12);
      for (const reason of q.reasons) {
        const m = /^(\d+) places? left after this plan \(capacity (\d+) ECTs\)$/.exec(reason);
        if (!m) continue;
        const l = load.get(q.from)!;
        expect(Number(m[2])).toBe(l.capacity);
        expect(Number(m[1])).toBe(l.capacity! - l.after);
        checked++;
      }
      expect(q.reasons.join(" ")).not.toMatch(/has time and supports no one/);
      if (q.reasons.some((x) => /capacity not recorded/.test(x)))
        expect(q.reasons.join(" ")).not.toMatch(/minutes a month free/);
    }
    expect(checked).toBeGreaterThan(5);
  });
  it("should not say someone with one ECT and capacity not recorded has time and supports no one", () => {
    const people = [
      ect("E", { school: "A" }),
      ect("F", { school: "A" }),
      person("S", { school: "A" }),
      person("M", { school: "A", capacity_minutes_per_month: 60 }),
      person("T", { school: "A" }),
    ];
    const links = [link("T", "E", ["pedagogy"]), link("S", "F", ["organisational_literacy"])];
    const p = prepareAnalysis(buildNetwork(people, links), settings());
    const s = suggestFor(p, "E").find((x) => x.supportType === "psychosocial")!;
    const sam = s.candidates.find((c) => c.id === "S")!;
    expect(sam.reasons).toContain("supports 1 ECT now");
    expect(sam.reasons).toContain("capacity not recorded: check they have time");
    // No seniority recorded: outside the line, but not called "a peer" (it could be anyone's mentor).
    expect(sam.headline).toBe("Same school · capacity not recorded");
    expect(sam.reasons).toContain("seniority not recorded, and outside the ECT's management line");
    const m = s.candidates.find((c) => c.id === "M")!;
    expect(m.reasons).toContain("60 minutes a month free (of 60)");
    expect(m.reasons.join(" ")).not.toMatch(/capacity not recorded/);
    const plan = proposePlan(p);
    for (const q of plan.proposed.filter((x) => x.from === "M"))
      expect(q.reasons.join(" ")).not.toMatch(/capacity not recorded/);
  });
  it("should call someone a peer only when their seniority says so", () => {
    const people = [
      ect("E", { school: "A" }),
      person("Mo", { school: "A", role_title: "ECT mentor" }),
      person("Tess", { school: "A", seniority: "teacher" }),
      person("Ria", { school: "A", role_title: "Class teacher" }),
      person("Tam", { school: "A", staff_type: "support" }),
      ect("Pat", { school: "A" }),
      person("X", { school: "A" }),
    ];
    const links = [
      link("X", "E", ["pedagogy"]),
      link("X", "Pat", ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"]),
    ];
    const p = prepareAnalysis(buildNetwork(people, links), settings());
    const s = suggestFor(p, "E").find((x) => x.supportType === "psychosocial")!;
    const of = (id: string) => s.candidates.find((c) => c.id === id)!;
    expect(of("Mo").headline).not.toMatch(/a peer/);
    expect(of("Mo").reasons.join(" ")).not.toMatch(/a peer/);
    expect(of("Mo").reasons).toContain("seniority not recorded, and outside the ECT's management line");
    for (const id of ["Tess", "Tam", "Pat"]) {
      expect(of(id).headline, id).toMatch(/a peer/);
      expect(of(id).reasons, id).toContain("a peer rather than a manager");
    }
  });
  it("should write names beside ids in the plan CSV", () => {
    const names: Record<string, string> = { P09: "Priya Shah", E05: "Zofia Nowak" };
    const csv = planToCsv(
      [
        {
          from: "P09" as PersonId,
          to: "E05" as PersonId,
          supportTypes: ["psychosocial"],
          reasons: [],
          source: "optimiser",
        },
      ],
      new Set(),
      (id) => names[id] ?? "",
    );
    const [header, first] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toMatch(/^link_id,from_id,from_name,to_id,to_name,/);
    expect(first).toMatch(/^plan-1,P09,Priya Shah,E05,Zofia Nowak,/);
  });
});

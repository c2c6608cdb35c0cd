/**
 * Supporters named by role ("my mentor") or as family ("Mum") count for their one ECT's coverage
 * and nothing else: not supporter totals, keystones, supporter flags, CLOSED_NETWORK, NO_OUTSIDE_VIEW
 * or suggestions.
 */
import { describe, expect, it } from "vitest";
import { ALL4, ect, link, person, run } from "../../helpers/builders.ts";

const E = ect("E", { school: "A", department: "Maths" });
const F = ect("F", { school: "A", department: "Maths" });
const mum = person("Mum of E", { unnamed: "family", staff_type: "external" });
const mentorOfE = person("Mentor of E", { unnamed: "role" });
const mentorOfF = person("Mentor of F", { unnamed: "role" });
const colleague = person("C", { school: "A", department: "Maths", seniority: "teacher" });

describe("unnamed supporters", () => {
  it("should count for the ECT's coverage", () => {
    const r = run([E, mum, colleague], [link("Mum of E", "E", ["psychosocial"]), link("C", "E", ALL4.slice(0, 3))]);
    const e = r.ects.find((x) => x.id === "E")!;
    expect(e.flags.map((f) => f.code)).not.toContain("GAP");
    expect(e.supporters).toContain("Mum of E");
    expect(e.coverage.psychosocial).toBe(1);
  });

  it("should stay out of supporter totals, supporter results and keystones", () => {
    const people = [E, F, mentorOfE, mentorOfF];
    const links = [link("Mentor of E", "E", ALL4), link("Mentor of F", "F", ALL4)];
    const r = run(people, links);
    expect(r.summary.supporters).toBe(0);
    expect(r.supporters.map((s) => s.id)).toEqual([]);
    expect(r.network.removalImpact).toEqual([]);
    // The same shape with named people: two supporters, each the sole source of four pairs.
    const named = run([E, F, person("M1"), person("M2")], [link("M1", "E", ALL4), link("M2", "F", ALL4)]);
    expect(named.summary.supporters).toBe(2);
    expect(named.network.removalImpact.length).toBe(2);
  });

  it("should not give an outside view (NO_OUTSIDE_VIEW still raised from the named colleague)", () => {
    const links = [link("C", "E", ALL4), link("Mum of E", "E", ["psychosocial"])];
    const codes = run([E, colleague, mum], links)
      .ects.find((x) => x.id === "E")!
      .flags.map((f) => f.code);
    expect(codes).toContain("NO_OUTSIDE_VIEW");
  });

  it("should not raise NO_OUTSIDE_VIEW when only unnamed supporters are known", () => {
    const codes = run([E, mum], [link("Mum of E", "E", ALL4)])
      .ects.find((x) => x.id === "E")!
      .flags.map((f) => f.code);
    expect(codes).not.toContain("NO_OUTSIDE_VIEW");
  });
});

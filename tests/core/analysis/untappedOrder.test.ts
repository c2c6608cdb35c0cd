/**
 * UNTAPPED people and UNTAPPED_CAPACITY's candidates come in domain.md 5.5's order (issue #17 item
 * 10): same school, then peer-like, then a similar career stage, then strengths; not file order,
 * and not strengths alone.
 */
import { describe, expect, it } from "vitest";
import { ect, link, person, run } from "../../helpers/builders.ts";

const E1 = ect("E1", { school: "A", years_experience: 0 });
const S = person("S", { school: "A", seniority: "teacher" });
const lead = person("L", { school: "A", seniority: "middle_leader", capacity: 1, strengths: ["Makaton"] });
const other = person("O", { school: "B", seniority: "teacher", capacity: 1, years_experience: 1 });
const support = person("V", { school: "A", staff_type: "support", capacity: 1, years_experience: 20 });
const near = person("N", { school: "A", seniority: "teacher", capacity: 1, years_experience: 2 });
const people = [E1, S, lead, other, support, near];
const links = [link("S", "E1", ["pedagogy"])];

describe("the order of untapped people", () => {
  it("should rank UNTAPPED_CAPACITY's candidates peer-like, then similar stage, then strengths", () => {
    const f = run(people, links).network.flags.find((x) => x.code === "UNTAPPED_CAPACITY")!;
    // Same school only (O is elsewhere); N is peer-like and two years from E1; V peer-like; L a middle leader.
    expect(f.people).toEqual(["N", "V", "L"]);
  });

  it("should list UNTAPPED people by school, then peer-like, similar stage and strengths", () => {
    expect(run(people, links).network.untapped).toEqual(["N", "V", "L", "O"]);
  });

  it("should put strengths first only among people otherwise alike", () => {
    const a = person("A1", { school: "A", seniority: "teacher", capacity: 1 });
    const b = person("B1", { school: "A", seniority: "teacher", capacity: 1, strengths: ["edtech"] });
    expect(run([E1, S, a, b], links).network.untapped).toEqual(["B1", "A1"]);
  });
});

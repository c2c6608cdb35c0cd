/**
 * TOP_DOWN_ONLY ignores links whose origin is not recorded, and its sentence says so (issue #17
 * item 8): "every relationship on your map" only when every origin is known.
 */
import { describe, expect, it } from "vitest";
import { describeFlag } from "../../../src/core/index.ts";
import { ect, link, person, run } from "../../helpers/builders.ts";

const E = ect("E");
const people = [E, ...["A", "B", "C", "D", "F"].map((id) => person(id, { seniority: "teacher" }))];
const topDown = (links: Parameters<typeof run>[1]) =>
  run(people, links)
    .ects.find((e) => e.id === "E")!
    .flags.find((f) => f.code === "TOP_DOWN_ONLY");

describe("TOP_DOWN_ONLY", () => {
  it("should say how many relationships its claim rests on when some starts are not recorded", () => {
    const f = topDown([
      link("A", "E", ["pedagogy"], { origin: "school_assigned" }),
      ...["B", "C", "D", "F"].map((id) => link(id, "E", ["behaviour"])),
    ])!;
    expect(f.values).toEqual({ withOrigin: 1, links: 5 });
    const you = describeFlag(f, (id) => id, "you").body;
    expect(you).toBe(
      "Every relationship whose start is recorded (1 of 5) was arranged for you. That's normal at the start.",
    );
    expect(you).not.toContain("on your map");
    expect(describeFlag(f, (id) => id, "they").body).toBe(
      "Every relationship whose start is recorded (1 of 5) was arranged for this ECT. That's normal at the start.",
    );
  });

  it("should say every relationship on the map only when every start is recorded", () => {
    const f = topDown([
      link("A", "E", ["pedagogy"], { origin: "school_assigned" }),
      link("B", "E", ["behaviour"], { origin: "mentor_brokered" }),
    ])!;
    expect(describeFlag(f, (id) => id, "you").body).toBe(
      "Every relationship on your map was arranged for you. That's normal at the start.",
    );
  });

  it("should keep ignoring unknown origins in the rule", () => {
    expect(topDown([link("A", "E", ["pedagogy"]), link("B", "E", ["behaviour"])])).toBeUndefined();
    expect(
      topDown([
        link("A", "E", ["pedagogy"], { origin: "school_assigned" }),
        link("B", "E", ["behaviour"], { origin: "emergent" }),
      ]),
    ).toBeUndefined();
  });
});

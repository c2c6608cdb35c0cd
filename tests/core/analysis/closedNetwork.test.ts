/**
 * CLOSED_NETWORK speaks only of links whose schools are known (issue #17 item 7): supporters with
 * no school recorded never raise it, because missing data never raises a flag (domain.md 5).
 */
import { describe, expect, it } from "vitest";
import type { Flag } from "../../../src/core/index.ts";
import { describeFlag } from "../../../src/core/index.ts";
import { ect, link, person, run } from "../../helpers/builders.ts";

const closed = (r: ReturnType<typeof run>): Flag | undefined =>
  r.network.flags.find((f) => f.code === "CLOSED_NETWORK");
const E = ect("E", { school: "A" });

describe("CLOSED_NETWORK", () => {
  it("should not be raised when no supporter has a school recorded", () => {
    const r = run([E, person("S"), person("T")], [link("S", "E", ["pedagogy"]), link("T", "E", ["behaviour"])]);
    expect(closed(r)).toBeUndefined();
  });

  it("should not be raised when the ECT has no school recorded", () => {
    const r = run([ect("E"), person("S", { school: "A" })], [link("S", "E", ["pedagogy"])]);
    expect(closed(r)).toBeUndefined();
  });

  it("should say how many links its claim rests on when some schools are missing", () => {
    const r = run(
      [E, person("S", { school: "A" }), person("T")],
      [link("S", "E", ["pedagogy"]), link("T", "E", ["behaviour"])],
    );
    const f = closed(r)!;
    expect(f.values).toEqual({ linksWithSchools: 1, liveLinks: 2 });
    expect(describeFlag(f, (id) => id, "they").body).toBe(
      "No support crosses school boundaries, of the links where both schools are recorded (1 of 2).",
    );
  });

  it("should keep its plain sentence when every school is known", () => {
    const r = run([E, person("S", { school: "A" })], [link("S", "E", ["pedagogy"])]);
    expect(describeFlag(closed(r)!, (id) => id, "they").body).toBe("No support crosses school boundaries.");
  });

  it("should count a link from a group or an external person as crossing, school or not", () => {
    const r = run([E, person("X", { staff_type: "external" })], [link("X", "E", ["pedagogy"])]);
    expect(closed(r)).toBeUndefined();
  });
});

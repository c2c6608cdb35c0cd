/**
 * CLOSED_NETWORK needs every live link known to stay inside one school: a supporter with no school
 * recorded cannot be called "the same school", so missing data never raises it (domain.md 5). A
 * survey names supporters without their schools, and used to raise it on its few ECT-to-ECT links.
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

  it("should not be raised when one link's school is unknown, even if every known one stays inside (near miss)", () => {
    const r = run(
      [E, person("S", { school: "A" }), person("T")],
      [link("S", "E", ["pedagogy"]), link("T", "E", ["behaviour"])],
    );
    expect(closed(r)).toBeUndefined();
  });

  it("should be raised when every live link is known to stay inside one school", () => {
    const r = run(
      [E, person("S", { school: "A" }), person("T", { school: "A" })],
      [link("S", "E", ["pedagogy"]), link("T", "E", ["behaviour"])],
    );
    expect(closed(r)?.values).toEqual({ liveLinks: 2 });
  });

  it("should leave supporters named by role or as family out either way", () => {
    const mum = person("Mum of E", { unnamed: "family", staff_type: "external" });
    const mentor = person("Mentor of E", { unnamed: "role" });
    const r = run(
      [E, person("S", { school: "A" }), mum, mentor],
      [link("S", "E", ["pedagogy"]), link("Mum of E", "E", ["psychosocial"]), link("Mentor of E", "E", ["behaviour"])],
    );
    expect(closed(r)?.values).toEqual({ liveLinks: 1 });
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

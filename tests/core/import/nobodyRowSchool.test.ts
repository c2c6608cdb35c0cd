/**
 * Issue #17 item 9: an edge-list row naming an ECT with no supporter (the ECT's answer "nobody")
 * must keep the ECT's school, as a row with a supporter does. The fix belongs in the importer's
 * Builder.readLink (src/core/import/importFiles.ts, being refactored): apply `extras.ectSchool` to
 * the receiver in the no-giver branch too. Until it lands this is `it.fails`; flip it to `it`.
 */
import { describe, expect, it } from "vitest";
import { importText } from "../../helpers/files.ts";

const EDGES = [
  "ect,ect_school,supporter,support_types",
  "Ben Ode,Hollinsfield,,",
  "Amy Khan,Hollinsfield,Sam Lee,teaching",
].join("\n");

describe("an edge-list row with no supporter", () => {
  it("should keep the school of an ECT who has a supporter (control)", () => {
    const r = importText({ "edges.csv": EDGES });
    expect(r.people.find((p) => p.name === "Amy Khan")!.school).toBe("Hollinsfield");
  });

  it("should keep the ECT's school", () => {
    const r = importText({ "edges.csv": EDGES });
    expect(r.people.find((p) => p.name === "Ben Ode")!.school).toBe("Hollinsfield");
  });
});

import { describe, expect, it } from "vitest";
import { supporterStep } from "../../../src/ui/editing/supporterStep.ts";
import { doneWords } from "../../../src/ui/state/doneWords.ts";

const base = { onlyUpdates: false, kinds: [], ectName: "Maya Patel" } as const;

describe("supporterStep", () => {
  it("should name people added as helping the ECT, on whose map", () => {
    expect(supporterStep({ ...base, names: "Mr Khan and Priya", direction: "in", voice: "you" })).toBe(
      "add Mr Khan and Priya to your map",
    );
    expect(supporterStep({ ...base, names: "Mr Khan", direction: "in", voice: "they" })).toBe(
      "add Mr Khan to Maya Patel's map",
    );
  });
  it("should say whom the ECT helps in a sentence, not 'add helping'", () => {
    const you = supporterStep({ ...base, names: "Amira Shah", direction: "out", voice: "you" });
    expect(you).toBe("add that you help Amira Shah");
    expect(doneWords(you)).toBe("Added that you help Amira Shah.");
    expect(supporterStep({ ...base, names: "Amira Shah", direction: "out", voice: "they" })).toBe(
      "add that Maya Patel helps Amira Shah",
    );
  });
  it("should name the kinds added when everyone was on the map already", () => {
    expect(
      supporterStep({
        ...base,
        names: "Steve Low",
        direction: "in",
        voice: "you",
        onlyUpdates: true,
        kinds: ["behaviour"],
      }),
    ).toMatch(/^add .+ to Steve Low$/);
  });
});

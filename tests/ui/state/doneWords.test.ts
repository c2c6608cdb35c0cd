import { describe, expect, it } from "vitest";
import { doneWords } from "../../../src/ui/state/doneWords.ts";

describe("doneWords", () => {
  it("should say a step once applied in the past tense, as news rather than an instruction", () => {
    expect(doneWords("add Mr Khan and Priya to your map")).toBe("Added Mr Khan and Priya to your map.");
    expect(doneWords("add that you help Amira Shah")).toBe("Added that you help Amira Shah.");
    expect(doneWords("remove the link with Steve Low")).toBe("Removed the link with Steve Low.");
    expect(doneWords("rename Sam to Sam Jones")).toBe("Renamed Sam to Sam Jones.");
    expect(doneWords("finish your map")).toBe("Finished your map.");
  });
  it("should fall back to 'Done:' for a step whose verb it does not know", () => {
    expect(doneWords("tidy up")).toBe("Done: tidy up.");
  });
});

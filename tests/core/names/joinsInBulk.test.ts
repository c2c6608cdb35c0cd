import { describe, expect, it } from "vitest";
import { joinsInBulk, proposeSamePeople } from "../../../src/core/names/index.ts";
import type { Spelling } from "../../../src/core/names/index.ts";

const sp = (name: string, count = 1): Spelling => ({ name, count, where: [{ file: "survey.csv", row: 2 }] });
/** "other / keep" of the proposals one bulk answer may join. */
const inBulk = (names: string[]) =>
  proposeSamePeople(names.map((n) => sp(n)))
    .filter(joinsInBulk)
    .map((p) => `${p.other.name} / ${p.keep.name}`);

describe("names", () => {
  describe("#joinsInBulk", () => {
    it("should join a title or an initial beside the only person with that surname", () => {
      expect(inBulk(["Mr Patel", "Ravi Patel"])).toEqual(["Mr Patel / Ravi Patel"]);
      expect(inBulk(["Dr Ravi Patel", "Ravi Patel"])).toEqual(["Dr Ravi Patel / Ravi Patel"]);
      expect(inBulk(["R Patel", "Ravi Patel"])).toEqual(["R Patel / Ravi Patel"]);
    });

    it("should leave nicknames, typing slips and lone first names to be asked one by one", () => {
      // Hollinsfield's truth: Sam Lee and Samantha Lee are two people, though Sam is a short form of Samantha.
      expect(inBulk(["Sam Lee", "Samantha Lee"])).toEqual([]);
      expect(inBulk(["Pete Adams", "Peter Adams"])).toEqual([]);
      expect(inBulk(["Ravi Patel", "Ravi Patell"])).toEqual([]);
      expect(inBulk(["Sarah", "Sarah Lee"])).toEqual([]);
    });
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SourceLog } from "../../../src/core/import/sourceLog.ts";

describe("SourceLog", () => {
  it("gives back every file and row pushed, in order, files interleaved or not", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("people.csv", "links.csv", "survey.csv"), fc.nat(2 ** 31 - 1)), {
          maxLength: 3000,
        }),
        (pushed) => {
          const log = new SourceLog();
          for (const [file, row] of pushed) log.push(file, row);
          const expected = pushed.map(([file, row]) => ({ file, row }));
          expect(log.toArray()).toEqual(expected);
          expected.forEach((ref, i) => expect(log.at(i)).toEqual(ref));
        },
      ),
    );
  });
});

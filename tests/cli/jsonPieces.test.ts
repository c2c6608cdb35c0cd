import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPieces } from "../../src/cli/jsonPieces.ts";

describe("jsonPieces", () => {
  it("should join to exactly JSON.stringify of any JSON-like value", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(
            fc.string(),
            fc.oneof(
              fc.jsonValue(),
              fc.constant(undefined),
              fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))),
            ),
          ),
        ),
        (value) => {
          expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value) ?? "null");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("should give each element of a top-level array its own piece", () => {
    const pieces = [...jsonPieces({ a: 1, ects: [{ id: "E1" }, { id: "E2" }] })];
    expect(pieces).toEqual(["{", '"a":', "1", ',"ects":', "[", '{"id":"E1"}', ',{"id":"E2"}', "]", "}"]);
  });
});

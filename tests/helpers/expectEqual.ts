/**
 * `expect(actual).toEqual(expected)` with a fast path for large values. vitest's deep equality
 * walks every element of the link store's paged columns (1,024 slots a page, even for three
 * links), which made the what-if properties take most of their time comparing. Node's deep strict
 * equality is many times faster and stricter (prototypes, undefined fields, -0): when it holds,
 * toEqual holds too; when it does not, toEqual decides, with its readable diff.
 */
import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";

export function expectEqual(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

import { describe, expect, it } from "vitest";
import { ALL_TYPES } from "../../../src/core/model/supportTypes.ts";
import { readSupportType, TYPE_SYNONYMS } from "../../../src/core/import/vocabulary.ts";

describe("vocabulary", () => {
  it.each(ALL_TYPES)("should read every synonym of %s as that type", (type) => {
    // Also proves no word is listed under two types, which would make the reading depend on list order.
    for (const word of TYPE_SYNONYMS[type]) expect(readSupportType(word)).toEqual({ kind: "type", type });
  });
});

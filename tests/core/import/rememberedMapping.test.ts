import { describe, expect, it } from "vitest";
import { headerSignature, importFiles, mappingFor } from "../../../src/core/index.ts";

const survey = (header: string) => `${header}\nMaya Patel,Sam Jones; Dev Shah\nTom Reed,Ann Lee\n`;

describe("remembered column choices", () => {
  const mapping = { Respondent: "respondent", "Who lifts you up?": "psychosocial" } as const;
  const learned = mappingFor(["Respondent", "Who lifts you up?"], { ...mapping, Other: "pedagogy" });

  it("should keep only the choices for that file's headers", () => {
    expect(learned.mapping).toEqual(mapping);
  });
  it("should read a file with the same headers (any order, case or spacing) with the remembered choices", () => {
    const without = importFiles([{ name: "s.csv", text: survey("Respondent,Who lifts you up?") }]);
    expect(without.links).toHaveLength(0);
    const r = importFiles([{ name: "s.csv", text: survey("respondent ,  Who lifts  you up?") }], {
      remembered: [learned],
    });
    expect(r.links).toHaveLength(3);
    expect(r.diagnostics.some((d) => /column choices made before/.test(d.message))).toBe(true);
  });
  it("should not use them for a file with other headers, nor over choices made now", () => {
    const other = importFiles([{ name: "s.csv", text: survey("Respondent,Who helps with behaviour?") }], {
      remembered: [learned],
    });
    expect(other.diagnostics.some((d) => /column choices made before/.test(d.message))).toBe(false);
    expect(headerSignature(["B", " a "])).toBe(headerSignature(["a", "b"]));
  });
});

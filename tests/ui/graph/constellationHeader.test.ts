import { describe, expect, it } from "vitest";
import type { Constellation } from "../../../src/core/index.ts";
import { buildConstellation, buildNetwork, CORE_TYPES, prepareAnalysis } from "../../../src/core/index.ts";
import { constellationHeader, pngFileName, withProvenance } from "../../../src/ui/graph/constellationHeader.ts";
import { ectHeadline } from "../../../src/ui/ectHeadline.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
function constellationOf(id: string): Constellation {
  const k = prepared.net.indexOf.get(id);
  const result = k === undefined ? undefined : prepared.ectAt(k);
  if (!result) throw new Error(`no ECT ${id} in the sample`);
  return buildConstellation(prepared.ctx, result);
}
// Names hidden, as share mode hides them: everyone is a code.
const code = (id: string) => `Code ${id}`;
const headerText = (h: ReturnType<typeof constellationHeader>) => [h.title, h.headline?.text ?? "", h.subtitle];

describe("constellationHeader", () => {
  // Callum Reid: his headline would name Dr Anthony Clarke, his only source for several kinds.
  const callum = constellationOf("E04");
  const everyone = [callum.ect, ...callum.supporters, ...callum.contributions];

  it("should name the ECT in the title, with the headline and the date", () => {
    const headline = ectHeadline(callum, CORE_TYPES, {
      voice: "they",
      nameOf: (_id, name) => name,
      share: false,
      settings: settings(),
    });
    const h = constellationHeader({ ectName: "Callum Reid", headline, asOf: "14 March 2025", share: false });
    expect(h).toEqual({ title: "Callum Reid: support mosaic", headline, subtitle: "As of 14 March 2025" });
  });

  it("should name no one in share mode, not even the ECT by a code", () => {
    for (const voice of ["you", "they"] as const) {
      const headline = ectHeadline(callum, CORE_TYPES, { voice, nameOf: code, share: true, settings: settings() });
      const h = constellationHeader({ ectName: code(callum.ect.id), headline, asOf: "14 March 2025", share: true });
      expect(h.title).toBe("This ECT's support mosaic");
      for (const text of headerText(withProvenance(h)))
        for (const p of everyone) {
          expect(text).not.toContain(code(p.id));
          expect(text).not.toContain(p.name);
        }
    }
  });

  it("should say where a PNG came from, after the date", () => {
    const h = constellationHeader({
      ectName: "E",
      headline: { kind: "empty", text: "x" },
      asOf: "1 May",
      share: false,
    });
    expect(withProvenance(h).subtitle).toBe("As of 1 May. Made with Mosaic; it stays on this device.");
  });
});

describe("pngFileName", () => {
  it("should spell the ECT's name as letters and dashes, or say only 'ect' when names are hidden", () => {
    expect(pngFileName("Callum O'Reid", false, "2025-03-14")).toBe("mosaic-callum-o-reid-2025-03-14.png");
    expect(pngFileName("Code 7", true, "2025-03-14")).toBe("mosaic-ect-2025-03-14.png");
  });
});

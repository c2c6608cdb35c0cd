import { describe, expect, it } from "vitest";
import {
  buildConstellation,
  buildNetwork,
  CORE_TYPES,
  fitCircle,
  prepareAnalysis,
  toCanvas,
} from "../../../src/core/index.ts";
import { intersects } from "../../../src/core/layout/labelPlacement.ts";
import { placeSceneLabels, SCREEN_LABELS, sectorName, shortSectorName } from "../../../src/ui/graph/sceneLabels.ts";
import { sceneOf, toRenderGraph } from "../../../src/ui/graph/toRenderGraph.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
/** About what 13 px semibold measures per character. */
const measure = (t: string) => t.length * 7.5;

function labelsAt(width: number) {
  const g = toRenderGraph(
    buildConstellation(prepared.ctx, prepared.ectAt(prepared.net.indexOf.get("E04")!)!),
    (_id, name) => name,
    false,
  );
  const scene = sceneOf(g)!;
  const fit = fitCircle(width, width, scene.rimRadius, SCREEN_LABELS.lineHeight + 6);
  return placeSceneLabels(
    g,
    scene,
    { toPx: (p) => toCanvas(fit, p) },
    { width, height: width },
    SCREEN_LABELS,
    measure,
  );
}

describe("sceneLabels", () => {
  describe("#placeSceneLabels", () => {
    it("should keep every sector's name whole on a phone (340 px), with no two labels overlapping", () => {
      const labels = labelsAt(340);
      const sectors = labels.filter((l) => l.key.startsWith("sector:"));
      expect(sectors.map((l) => l.key).sort()).toEqual([
        "sector:behaviour",
        "sector:organisational_literacy",
        "sector:pedagogy",
        "sector:psychosocial",
      ]);
      // Each whole, or its short name where the whole one finds no room: never cut off ("How this sch…").
      for (const l of sectors) {
        const type = l.key.slice("sector:".length);
        const names = CORE_TYPES.filter((t) => t === type).flatMap((t) => [sectorName(t), shortSectorName(t)]);
        expect(names).toContain(l.text);
      }
      expect(sectors.find((l) => l.key === "sector:organisational_literacy")?.text).toBe("S · How this school works");
      for (const a of labels) for (const b of labels) if (a !== b) expect(intersects(a, b)).toBe(false);
    });

    it("should still shorten a person's name to the usual width", () => {
      for (const l of labelsAt(340).filter((l) => !l.key.includes(":")))
        expect(l.width).toBeLessThanOrEqual(340 * SCREEN_LABELS.maxShare);
    });
  });

  describe("#shortSectorName", () => {
    it("should give the letter and the short word, capitalised", () => {
      expect(shortSectorName("psychosocial")).toBe("W · Wellbeing");
      expect(shortSectorName("organisational_literacy")).toBe("S · How the school works");
    });
  });
});

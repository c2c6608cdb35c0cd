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
import {
  placeSceneLabels,
  SCREEN_LABELS,
  sectorName,
  shortSectorName,
  UNNAMED_NOTE,
} from "../../../src/ui/graph/sceneLabels.ts";
import { sceneOf, toRenderGraph } from "../../../src/ui/graph/toRenderGraph.ts";
import { importFixtures } from "../../helpers/files.ts";
import { ect, link, net, person, settings } from "../../helpers/builders.ts";

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

/** An ECT with `n` supporters, each with a long name and all four kinds, drawn on a `width` square. */
function crowdedAt(n: number, width: number) {
  const people = [
    ect("E1", { name: "Morgan Ellison-Whitfield" }),
    ...Array.from({ length: n }, (_, i) =>
      person(`S${i}`, { name: `Bartholomew ${i} Montgomery-Featherstonehaugh-Abernathy` }),
    ),
  ];
  const links = Array.from({ length: n }, (_, i) => link(`S${i}`, "E1", CORE_TYPES));
  const p = prepareAnalysis(net(people, links), settings());
  const g = toRenderGraph(buildConstellation(p.ctx, p.ectAt(p.net.indexOf.get("E1")!)!), (_id, name) => name, false);
  const scene = sceneOf(g)!;
  const fit = fitCircle(width, width, scene.rimRadius, SCREEN_LABELS.lineHeight + 6);
  const labels = placeSceneLabels(
    g,
    scene,
    { toPx: (q) => toCanvas(fit, q) },
    { width, height: width },
    SCREEN_LABELS,
    measure,
  );
  return { labels, keys: g.nodes() };
}

describe("sceneLabels", () => {
  describe("#placeSceneLabels, crowded", () => {
    it("should say how many people it could not name, in a free corner, rather than leave them off silently", () => {
      const { labels, keys } = crowdedAt(40, 340);
      const named = new Set(labels.map((l) => l.key));
      const unnamed = keys.filter((k) => !named.has(k)).length;
      expect(unnamed).toBeGreaterThan(0);
      const note = labels.find((l) => l.key === UNNAMED_NOTE);
      expect(note?.text).toBe(`+${unnamed} in the table`);
      expect(note?.full).toBe(`${unnamed} more people are named in the table`);
      for (const l of labels) if (l !== note) expect(intersects(l, note!)).toBe(false);
      expect(note!.x + note!.width).toBeLessThanOrEqual(340);
      expect(note!.y + note!.height).toBeLessThanOrEqual(340);
    });
    it("should add no note when everyone is named", () => {
      const { labels, keys } = crowdedAt(6, 600);
      expect(keys.every((k) => labels.some((l) => l.key === k))).toBe(true);
      expect(labels.some((l) => l.key === UNNAMED_NOTE)).toBe(false);
    });
  });

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

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORE_TYPES, buildConstellation, buildNetwork, prepareAnalysis } from "../../../src/core/index.ts";
import { sectorPlace, walkKey, walkOrder } from "../../../src/ui/graph/walkOrder.ts";
import { importFixtures } from "../../helpers/files.ts";
import { settings } from "../../helpers/builders.ts";

const imported = importFixtures(["sample/people.csv", "sample/links.csv"]);
const prepared = prepareAnalysis(buildNetwork(imported.people, imported.links), settings());
const constellationOf = (id: string) =>
  buildConstellation(prepared.ctx, prepared.ectAt(prepared.net.indexOf.get(id)!)!);
const plainName = (_id: string, name: string) => name;

describe("sectorPlace", () => {
  it("should place one kind in its sector, two kinds between them, and none after every sector", () => {
    expect(sectorPlace(["organisational_literacy"], CORE_TYPES)).toBe(0);
    expect(sectorPlace(["behaviour", "pedagogy"], CORE_TYPES)).toBe(1.5);
    expect(sectorPlace(["career"], CORE_TYPES)).toBe(4);
    expect(sectorPlace([], CORE_TYPES)).toBe(4);
  });
});

describe("walkOrder", () => {
  it("should start at Priya, go round her supporters by sector then name, and end with who she helps", () => {
    const c = constellationOf("E01");
    const names = new Map([...c.supporters, ...c.contributions].map((p) => [p.id as string, p.name]));
    const order = walkOrder(c, CORE_TYPES, plainName);
    expect(order[0]).toEqual({ kind: "ect", personId: "E01" });
    expect(order.slice(1).map((s) => `${s.kind}:${names.get(s.personId)}`)).toEqual([
      "supporter:Dr Sarah Bennett", // how this school works (0)
      "supporter:Linda Marsh", // behaviour (1)
      "supporter:Kirsty MacLeod", // behaviour and teaching (1.5), before Owen by name
      "supporter:Owen Price", // how the school works and wellbeing (1.5)
      "supporter:Dev Mistry", // teaching (2)
      "supporter:Trust ECT peer network (half-termly)", // teaching and wellbeing (2.5)
      // Owen is helped by Priya too, but is walked once, as a supporter.
      "contribution:Mark Ellison",
    ]);
  });
  it("should sort by the names shown (codes when names are hidden)", () => {
    const c = constellationOf("E05");
    // Isabel (P18: how the school works and teaching) and Anthony (P10: behaviour) share place 1.
    expect(walkOrder(c, CORE_TYPES, plainName).map((s) => s.personId)).toEqual(["E05", "P01", "P10", "P18", "P14"]);
    const coded = walkOrder(c, CORE_TYPES, (id) => (id === "P18" ? "A" : `Z${id}`));
    expect(coded.map((s) => s.personId)).toEqual(["E05", "P01", "P18", "P10", "P14"]);
  });
  it("should list every supporter and helped person exactly once, the ECT first", () => {
    for (const id of ["E01", "E02", "E03", "E04", "E05"]) {
      const c = constellationOf(id);
      const order = walkOrder(c, CORE_TYPES, plainName);
      const ids = new Set([c.ect.id, ...c.supporters.map((p) => p.id), ...c.contributions.map((p) => p.id)]);
      expect(order.length).toBe(ids.size);
      expect(new Set(order.map((s) => s.personId))).toEqual(ids);
      expect(order[0]?.kind).toBe("ect");
    }
  });
});

describe("walkKey", () => {
  it("should go from the ECT to each stop and round again with Right and Down", () => {
    expect(walkKey("ArrowRight", undefined, 4)).toEqual({ kind: "move", to: 1 });
    expect(walkKey("ArrowDown", 1, 4)).toEqual({ kind: "move", to: 2 });
    expect(walkKey("ArrowRight", 3, 4)).toEqual({ kind: "move", to: 0 });
  });
  it("should go back with Left and Up, round to the last stop", () => {
    expect(walkKey("ArrowLeft", undefined, 4)).toEqual({ kind: "move", to: 3 });
    expect(walkKey("ArrowUp", 0, 4)).toEqual({ kind: "move", to: 3 });
    expect(walkKey("ArrowLeft", 2, 4)).toEqual({ kind: "move", to: 1 });
  });
  it("should go to the ECT with Home and the last stop with End", () => {
    expect(walkKey("Home", 3, 4)).toEqual({ kind: "move", to: 0 });
    expect(walkKey("End", 0, 4)).toEqual({ kind: "move", to: 3 });
  });
  it("should open a person's details with Enter or Space, but not the ECT's or before moving", () => {
    expect(walkKey("Enter", 2, 4)).toEqual({ kind: "open" });
    expect(walkKey(" ", 1, 4)).toEqual({ kind: "open" });
    expect(walkKey("Enter", 0, 4)).toBeUndefined();
    expect(walkKey("Enter", undefined, 4)).toBeUndefined();
  });
  it("should leave with Escape only while walking, and let Tab and other keys through", () => {
    expect(walkKey("Escape", 1, 4)).toEqual({ kind: "leave" });
    expect(walkKey("Escape", undefined, 4)).toBeUndefined();
    expect(walkKey("Tab", 1, 4)).toBeUndefined();
    expect(walkKey("a", 1, 4)).toBeUndefined();
  });
  it("should always land on a stop that exists, and Right then Left come back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), (count, raw) => {
        const at = raw % count;
        for (const key of ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End"]) {
          const a = walkKey(key, at, count);
          expect(a?.kind).toBe("move");
          if (a?.kind === "move") expect(a.to >= 0 && a.to < count).toBe(true);
        }
        const right = walkKey("ArrowRight", at, count);
        const back = right?.kind === "move" ? walkKey("ArrowLeft", right.to, count) : undefined;
        expect(back).toEqual({ kind: "move", to: at });
      }),
    );
  });
  it("should do nothing in an empty walk", () => {
    expect(walkKey("ArrowRight", undefined, 0)).toBeUndefined();
  });
});

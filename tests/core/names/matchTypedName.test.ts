import { describe, expect, it } from "vitest";
import { matchTypedName } from "../../../src/core/names/index.ts";

const map = ["Mark Jones", "Ravi Patel", "Siobhán O'Neill", "Sarah Lee", "Peter Adams"];

describe("names", () => {
  describe("#matchTypedName", () => {
    it("should offer no near name for an initial that could be either of two people on the map", () => {
      expect(matchTypedName("J Hartley", ["Jess Hartley", "Jessica Hartley"])).toEqual({});
    });

    it("should find a name already on the map whatever its case, spaces or accents", () => {
      expect(matchTypedName("mark  jones", map)).toEqual({ exact: "Mark Jones" });
      expect(matchTypedName("Siobhan ONeill", map)).toEqual({ exact: "Siobhán O'Neill" });
    });

    it.each([
      ["Mark Jnoes", "Mark Jones"],
      ["Mr Patel", "Ravi Patel"],
      ["Pete Adams", "Peter Adams"],
      ["Sara Lee", "Sarah Lee"],
      ["Sarah", "Sarah Lee"],
      ["R Patel", "Ravi Patel"],
    ])("should offer %j as %j", (typed, near) => {
      const m = matchTypedName(typed, map);
      expect(m.exact).toBeUndefined();
      expect(m.near).toBe(near);
      expect(m.why).toContain(near);
    });

    it("should offer nothing when no name, or more than one, could be meant", () => {
      expect(matchTypedName("Kim Young", map)).toEqual({});
      expect(matchTypedName("Mr Patel", [...map, "Anita Patel"])).toEqual({});
      expect(matchTypedName("", map)).toEqual({});
      expect(matchTypedName("Mark Jones", [])).toEqual({});
    });

    it("should count two fold-equal names on the map as one", () => {
      expect(matchTypedName("Mark Jnoes", ["Mark Jones", "mark jones"]).near).toBe("Mark Jones");
    });
  });
});

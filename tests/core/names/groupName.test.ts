/**
 * A group named in a survey answer ("Calder Vale ECT group (Thursdays)") is a group node, not a
 * person: told apart by a whole group word outside any bracket.
 */
import { describe, expect, it } from "vitest";
import { groupWordOf } from "../../../src/core/names/index.ts";

describe("groupName", () => {
  describe("#groupWordOf", () => {
    it("should recognise the groups the survey corpus names, by their group word", () => {
      expect(groupWordOf("Calder Vale ECT group (Thursdays)")).toBe("group");
      expect(groupWordOf("Trust ECT peer network (half-termly)")).toBe("network");
      expect(groupWordOf("Year 3 team (Mrs Lee's group)")).toBe("team");
      expect(groupWordOf("Westmoor staff wellbeing group (Weds)")).toBe("group");
      expect(groupWordOf("Greenhill ECT circle (Mon; fortnightly)")).toBe("circle");
    });

    it("should read other group words and plurals, whatever their case", () => {
      expect(groupWordOf("North Leeds Teaching School HUB")).toBe("hub");
      expect(groupWordOf("Science subject forum")).toBe("forum");
      expect(groupWordOf("Early career teachers' club")).toBe("club");
      expect(groupWordOf("Wellbeing Circles")).toBe("circle");
    });

    it("should keep a person whose name only contains a group word inside a longer word", () => {
      expect(groupWordOf("Mrs Groupman")).toBeUndefined();
      expect(groupWordOf("Teamsin Hubbard")).toBeUndefined();
      expect(groupWordOf("Ravi Patel")).toBeUndefined();
    });

    it("should not read a bracket that says where a person works as a group", () => {
      expect(groupWordOf("Sam (maths team)")).toBeUndefined();
      expect(groupWordOf("Jo Lister [pastoral team]")).toBeUndefined();
    });

    it("should not read a single word alone as a group (it may be a surname)", () => {
      expect(groupWordOf("Hub")).toBeUndefined();
      expect(groupWordOf("Circle")).toBeUndefined();
    });
  });
});

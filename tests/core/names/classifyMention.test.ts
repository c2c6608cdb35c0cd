import { describe, expect, it } from "vitest";
import { classifyMention, foldName } from "../../../src/core/names/index.ts";

describe("names", () => {
  describe("#classifyMention", () => {
    it.each([
      "no one",
      "No-one",
      "noone",
      "Noone",
      "nobody",
      "nobody really",
      "no one really",
      "none",
      "none yet",
      "nothing",
      "n/a",
      "N/A",
      "na",
      "nil",
      "-",
      "--",
      "–",
      ".",
      "?",
      "not sure",
      "unsure",
      "don't know",
      "dont know",
      "idk",
      "not applicable",
      "no",
      "not really",
      "not yet",
      "nobody at the moment",
      "No one (yet)",
      "Nobody really at the moment",
      "123",
    ])("should read %j as a non-answer", (piece) => {
      expect(classifyMention(piece)).toEqual({ kind: "blank" });
    });

    it.each([
      ["my mentor", "mentor", "ect_mentor"],
      ["mentor", "mentor", "ect_mentor"],
      ["my ECT mentor", "mentor", "ect_mentor"],
      ["my induction tutor", "induction_tutor", "induction_tutor"],
      ["induction tutor", "induction_tutor", "induction_tutor"],
      ["my IT", "induction_tutor", "induction_tutor"],
      ["my HoD", "head_of_department", undefined],
      ["HoD", "head_of_department", undefined],
      ["head of department", "head_of_department", undefined],
      ["my head of dept", "head_of_department", undefined],
      ["Head of Maths", "head_of_department", undefined],
      ["line manager", "line_manager", "line_manager"],
      ["my line manager", "line_manager", "line_manager"],
      ["my LM", "line_manager", "line_manager"],
      ["the SENCo", "senco", "send_support"],
      ["SENCO", "senco", "send_support"],
      ["head of year", "head_of_year", undefined],
      ["Head of Year 7", "head_of_year", undefined],
      ["Head of Y9", "head_of_year", undefined],
      ["head of KS4", "head_of_year", undefined],
      ["my HoY", "head_of_year", undefined],
      ["the head", "headteacher", undefined],
      ["headteacher", "headteacher", undefined],
      ["my head teacher", "headteacher", undefined],
      ["my tutor", "tutor", undefined],
      ["department", "department", undefined],
      ["my department", "department", undefined],
      ["my team", "team", undefined],
      ["SLT", "slt", undefined],
      ["the DSL", "dsl", undefined],
      ["other ECTs", "peers", "peer_group"],
      ["my year group partner", "year_group_partner", "year_group_partner"],
    ])("should read %j as the role %s", (piece, key, linkRole) => {
      const m = classifyMention(piece);
      expect(m.kind === "role" && m.role.key).toBe(key);
      expect(m.kind === "role" && m.role.linkRole).toBe(linkRole ?? undefined);
      expect(m.kind === "role" && m.written).toBe(piece);
    });

    it("should give roles plain labels", () => {
      const m = classifyMention("the SENCo");
      expect(m.kind === "role" && m.role.label).toBe("SENCo");
    });

    it.each([
      ["Mum", "mum"],
      ["Mom", "mum"],
      ["my mum", "mum"],
      ["Dad", "dad"],
      ["my parents", "parents"],
      ["my partner", "partner"],
      ["partner", "partner"],
      ["husband", "husband"],
      ["wife", "wife"],
      ["boyfriend", "boyfriend"],
      ["girlfriend", "girlfriend"],
      ["fiancé", "fiance"],
      ["fiancée", "fiance"],
      ["my sister", "sister"],
      ["brother", "brother"],
      ["family", "family"],
      ["my family", "family"],
      ["a friend", "friend"],
      ["friends", "friend"],
      ["my friends", "friend"],
      ["friend outside school", "friend"],
      ["Friends (outside school)", "friend"],
      ["flatmate", "housemate"],
      ["housemate", "housemate"],
      ["my other half", "partner"],
      ["nan", "grandparent"],
      ["grandma", "grandparent"],
      ["auntie", "aunt"],
      ["therapist", "counsellor"],
      ["my counsellor", "counsellor"],
      ["GP", "doctor"],
    ])("should read %j as family or outside support (%s)", (piece, relation) => {
      expect(classifyMention(piece)).toEqual({ kind: "family", relation, written: piece });
    });

    it.each([
      ["Jane Doyle", "Jane Doyle"],
      ["  Jane   Doyle ", "Jane Doyle"],
      ["Nobody Smith", "Nobody Smith"],
      ["Nan Smith", "Nan Smith"],
      ["Siobhán O'Neill", "Siobhán O'Neill"],
      ["Mr Patel", "Mr Patel"],
      ["Mr and Mrs Smith", "Mr and Mrs Smith"],
      ["Anderson", "Anderson"],
      ["IT", "IT"],
      ["Ta Nguyen", "Ta Nguyen"],
      ["Trust ECT peer network (half-termly)", "Trust ECT peer network (half-termly)"],
      ["Sam (maths)", "Sam (maths)"],
      ["Head Smith", "Head Smith"],
    ])("should read %j as the person %j", (piece, name) => {
      expect(classifyMention(piece)).toEqual({ kind: "person", name, key: foldName(name) });
    });

    it.each([
      ["Sam (my mentor)", "Sam", "mentor"],
      ["Sam (HoD, maths)", "Sam", "head_of_department"],
      ["Ravi Patel, my mentor", "Ravi Patel", "mentor"],
      ["Ravi Patel - line manager", "Ravi Patel", "line_manager"],
      ["Mentor: Jane Doyle", "Jane Doyle", "mentor"],
      ["HoD - Jane Doyle", "Jane Doyle", "head_of_department"],
      ["my mentor Sam", "Sam", "mentor"],
      ["my induction tutor Mrs Shah", "Mrs Shah", "induction_tutor"],
    ])("should read %j as the person %j with the role %s", (piece, name, key) => {
      const m = classifyMention(piece);
      expect(m.kind === "person" && m.name).toBe(name);
      expect(m.kind === "person" && m.role?.key).toBe(key);
      expect(m.kind === "person" && m.key).toBe(foldName(name));
    });

    it("should keep a relation said beside a name", () => {
      expect(classifyMention("Jane (my sister)")).toEqual({
        kind: "person",
        name: "Jane",
        key: "jane",
        relation: "sister",
      });
    });
  });
});

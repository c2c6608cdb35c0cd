/**
 * A blank seniority is read from the role title with domain.md 3.4's vocabulary (issue #17 item
 * 16), so edge lists and surveys, which carry no seniority, can raise HIERARCHY_ONLY and
 * ORG_SINGLE_VIEW.
 */
import { describe, expect, it } from "vitest";
import {
  effectiveSeniority,
  seniorityFromRole,
  seniorityFromRolesNote,
} from "../../../src/core/model/seniorityFromRole.ts";
import { ect, link, person, run } from "../../helpers/builders.ts";

describe("seniority from the role title", () => {
  it.each([
    ["Deputy head", "senior_leader"],
    ["Assistant Headteacher (Teaching and Learning) - Induction Tutor", "senior_leader"],
    ["SLT link", "senior_leader"],
    ["Vice Principal", "senior_leader"],
    ["HoD Science", "middle_leader"],
    ["Head of Year 9 (pastoral lead)", "middle_leader"],
    ["Head of Maths", "middle_leader"],
    ["Subject lead for history", "middle_leader"],
    ["Phase leader, KS2", "middle_leader"],
    ["Head", "headteacher"],
    ["Headteacher", "headteacher"],
    ["Principal", "headteacher"],
    ["NQT", "ect"],
    ["Second-year ECT", "ect"],
  ])("should read %s as %s", (role, seniority) => expect(seniorityFromRole(role)).toBe(seniority));

  it.each(["Teacher of Science and ECT mentor", "ECT lead", "School Business Manager", "SENCO", "Librarian", ""])(
    "should leave %s unread",
    (role) => expect(seniorityFromRole(role)).toBeUndefined(),
  );

  it("should keep a recorded seniority, and never read one for support staff or groups", () => {
    expect(effectiveSeniority(person("A", { seniority: "teacher", role_title: "Deputy head" }))).toBe("teacher");
    expect(effectiveSeniority(person("B", { role_title: "Deputy head" }))).toBe("senior_leader");
    expect(effectiveSeniority(person("C", { staff_type: "support", role_title: "Head of Finance" }))).toBeUndefined();
    expect(effectiveSeniority(person("D", { kind: "group", role_title: "Heads' network" }))).toBeUndefined();
  });

  it("should let HIERARCHY_ONLY and ORG_SINGLE_VIEW fire when only the role title says who is senior", () => {
    const r = run(
      [ect("E"), person("D", { role_title: "Deputy head" })],
      [link("D", "E", ["organisational_literacy", "pedagogy"])],
    );
    const codes = r.ects[0]!.flags.map((f) => f.code);
    expect(codes).toContain("HIERARCHY_ONLY");
    expect(codes).toContain("ORG_SINGLE_VIEW");
  });

  it("should count a supporter whose title names them an ECT as peer-like", () => {
    const r = run([ect("E"), person("N", { role_title: "Second-year ECT" })], [link("N", "E", ["psychosocial"])]);
    expect(r.ects[0]!.flags.map((f) => f.code)).not.toContain("HIERARCHY_ONLY");
  });

  it("should say once, in the import report, how many were read this way", () => {
    const people = [person("A", { role_title: "Deputy head" }), person("B", { role_title: "Head of Year 7" })];
    expect(seniorityFromRolesNote(people)).toBe(
      'Seniority was not given for 2 people, so it was read from their role titles (for example "Deputy head" as senior leader). Check the people list if any look wrong.',
    );
    expect(seniorityFromRolesNote([person("A", { seniority: "teacher", role_title: "Deputy head" })])).toBeUndefined();
  });
});

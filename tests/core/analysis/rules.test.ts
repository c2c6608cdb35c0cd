import { describe, expect, it } from "vitest";
import type { Person, Settings, SupportLink } from "../../../src/core/index.ts";
import { FLAG_HELP } from "../../../src/core/index.ts";
import { ECT_RULES } from "../../../src/core/analysis/ectRules.ts";
import { NETWORK_RULES } from "../../../src/core/analysis/networkRules.ts";
import { SUPPORTER_RULES } from "../../../src/core/analysis/supporterRules.ts";
import { ALL4, ect, group, link, person, run } from "../../helpers/builders.ts";

type Case = readonly [readonly Person[], readonly SupportLink[], Partial<Settings>?];
interface Fixture {
  readonly code: string;
  /** Who should (or should not) carry the flag; "network" for network flags. */
  readonly subject: string;
  readonly raises: Case;
  readonly clears: Case;
}

const E = ect("E", { school: "A", department: "Maths", years_experience: 0 });
const teacher = (id: string, attrs: Partial<Person> = {}) =>
  person(id, { seniority: "teacher", school: "A", ...attrs });
const senior = (id: string, attrs: Partial<Person> = {}) =>
  person(id, { seniority: "senior_leader", school: "A", ...attrs });
const days = (n: number) => new Date(Date.UTC(2025, 2, 14) - n * 86400000).toISOString().slice(0, 10);

const FIXTURES: readonly Fixture[] = [
  { code: "UNMAPPED", subject: "E", raises: [[E], []], clears: [[ect("E", { map_status: "confirmed" })], []] },
  {
    code: "ISOLATED",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { status: "ended" })]],
    clears: [[E, teacher("S")], [link("S", "E", ["pedagogy"])]],
  },
  {
    code: "SUPPORT_KINDS_UNCLEAR",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["career"])]],
    clears: [[E, teacher("S")], [link("S", "E", ["career"])], { include_career_in_coverage: true }],
  },
  {
    code: "SINGLE_SUPPORTER",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ALL4)]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ALL4), link("T", "E", ["pedagogy"])],
    ],
  },
  {
    code: "THIN_NETWORK",
    subject: "E",
    raises: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ALL4), link("T", "E", ["pedagogy"])],
    ],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ALL4), link("T", "E", ["pedagogy"])],
      { min_supporters: 2 },
    ],
  },
  {
    code: "GAP",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"])]],
    clears: [[E, teacher("S")], [link("S", "E", ALL4)]],
  },
  {
    code: "SOLE_SOURCE",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"])]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ALL4), link("T", "E", ALL4)],
    ],
  },
  {
    code: "KEYSTONE",
    subject: "E",
    raises: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy", "behaviour"]), link("T", "E", ["psychosocial"])],
    ],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy", "behaviour"]), link("T", "E", ["pedagogy"])],
    ],
  },
  {
    code: "CONCENTRATION",
    subject: "E",
    raises: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy", "behaviour", "psychosocial"]), link("T", "E", ["pedagogy"])],
    ],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy", "behaviour"]), link("T", "E", ["pedagogy", "psychosocial"])],
    ],
  },
  {
    code: "WELLBEING_ONLY_FROM_ASSESSOR",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["psychosocial"], { assesses: true })]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["psychosocial"], { assesses: true }), link("T", "E", ["psychosocial"])],
    ],
  },
  {
    code: "DUAL_ROLE",
    subject: "E",
    raises: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["psychosocial"], { assesses: true }), link("T", "E", ["psychosocial"])],
    ],
    clears: [[E, teacher("S")], [link("S", "E", ["psychosocial"], { assesses: true })]],
  },
  {
    code: "NO_SAFE_SPACE",
    subject: "E",
    raises: [
      [ect("E", { line_manager_id: "T" as never }), teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy"], { link_role: "induction_tutor" }), link("T", "E", ["behaviour"])],
    ],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy"], { assesses: true }), link("T", "E", ["behaviour"])],
    ],
  },
  {
    code: "HIERARCHY_ONLY",
    subject: "E",
    raises: [[E, person("S", { seniority: "middle_leader" })], [link("S", "E", ["pedagogy"])]],
    clears: [
      [E, person("S", { seniority: "middle_leader" }), person("T", { staff_type: "support" })],
      [link("S", "E", ["pedagogy"]), link("T", "E", ["behaviour"])],
    ],
  },
  {
    code: "ORG_SINGLE_VIEW",
    subject: "E",
    raises: [[E, senior("S")], [link("S", "E", ["organisational_literacy"])]],
    clears: [
      [E, senior("S"), person("T", { staff_type: "support" })],
      [link("S", "E", ["organisational_literacy"]), link("T", "E", ["organisational_literacy"])],
    ],
  },
  {
    code: "TOP_DOWN_ONLY",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { origin: "school_assigned" })]],
    clears: [[E, teacher("S")], [link("S", "E", ["pedagogy"])]],
  },
  {
    code: "WELLBEING_FORMAL_ONLY",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["psychosocial"], { formality: "formal" })]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["psychosocial"], { formality: "formal" }), link("T", "E", ["psychosocial"])],
    ],
  },
  {
    code: "ONE_WAY",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"])]],
    clears: [
      [E, teacher("S")],
      [link("S", "E", ["pedagogy"]), link("E", "S", ["pedagogy"], { link_role: "contribution" })],
    ],
  },
  {
    code: "STALE",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { frequency: "weekly", last_contact: days(22) })]],
    clears: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { frequency: "one_off", last_contact: days(400) })]],
  },
  {
    code: "STRAINED",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { trust: 2 })]],
    clears: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { trust: 3, status: "active" })]],
  },
  {
    code: "ALL_NEW",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { started_on: days(28) })]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy"], { started_on: days(10) }), link("T", "E", ["behaviour"])],
    ],
  },
  {
    code: "NO_SIMILAR_OTHER",
    subject: "E",
    raises: [[E, teacher("S", { years_experience: 10 })], [link("S", "E", ["pedagogy"], { similarity: 3 })]],
    clears: [[E, teacher("S", { years_experience: 3 })], [link("S", "E", ["pedagogy"], { similarity: 1 })]],
  },
  {
    code: "SUPPORTER_OVERSTRETCHED",
    subject: "E",
    raises: [
      [E, teacher("S", { capacity_minutes_per_month: 30 })],
      [link("S", "E", ["pedagogy"], { minutes_per_month: 31 })],
    ],
    clears: [
      [E, teacher("S", { capacity_minutes_per_month: 30 })],
      [link("S", "E", ["pedagogy"], { minutes_per_month: 30 })],
    ],
  },
  {
    code: "DIRECTED_MENTOR",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { link_role: "ect_mentor", willingness: "directed" })]],
    clears: [
      [E, teacher("S")],
      [link("S", "E", ["pedagogy"], { link_role: "informal_support", willingness: "directed" })],
    ],
  },
  {
    code: "CONCEPTION_MISMATCH",
    subject: "E",
    raises: [
      [ect("E", { wants_orientation: "instrumental" }), teacher("S", { mentoring_conception: "developmental" })],
      [link("S", "E", ["pedagogy"], { link_role: "ect_mentor" })],
    ],
    clears: [
      [ect("E", { wants_orientation: "instrumental" }), teacher("S", { mentoring_conception: "mixed" })],
      [link("S", "E", ["pedagogy"], { link_role: "ect_mentor" })],
    ],
  },
  {
    code: "PEER_COACH_SHORT",
    subject: "E",
    raises: [
      [E, teacher("S")],
      [link("S", "E", ["pedagogy"], { link_role: "peer_coach", started_on: "2025-01-06", ends_on: "2025-03-30" })],
    ],
    clears: [
      [E, teacher("S")],
      [link("S", "E", ["pedagogy"], { link_role: "peer_coach", started_on: "2025-01-06", ends_on: "2025-03-31" })],
    ],
  },
  {
    code: "NO_OUTSIDE_VIEW",
    subject: "E",
    raises: [[E, teacher("S", { department: "Maths" })], [link("S", "E", ["pedagogy"])]],
    clears: [
      [E, teacher("S", { department: "Maths" }), teacher("T", { department: "English" })],
      [link("S", "E", ["pedagogy"]), link("T", "E", ["psychosocial"])],
    ],
  },
  {
    code: "DIRECTIVE_ONLY",
    subject: "E",
    raises: [[E, teacher("S")], [link("S", "E", ["pedagogy"], { style: "directive" })]],
    clears: [
      [E, teacher("S"), teacher("T")],
      [link("S", "E", ["pedagogy"], { style: "directive" }), link("T", "E", ["pedagogy"])],
    ],
  },

  {
    code: "OVER_CAPACITY",
    subject: "S",
    raises: [
      [ect("E1"), ect("E2"), teacher("S", { capacity: 1 })],
      [link("S", "E1", ["pedagogy"]), link("S", "E2", ["pedagogy"])],
    ],
    clears: [
      [ect("E1"), ect("E2"), teacher("S", { capacity: 2 })],
      [link("S", "E1", ["pedagogy"]), link("S", "E2", ["pedagogy"])],
    ],
  },
  {
    code: "SENIOR_STRETCH",
    subject: "S",
    raises: [
      [ect("E1"), ect("E2"), senior("S")],
      [
        link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" }),
        link("S", "E2", ["pedagogy"], { link_role: "ect_mentor" }),
      ],
    ],
    clears: [
      [ect("E1"), ect("E2"), teacher("S")],
      [
        link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" }),
        link("S", "E2", ["pedagogy"], { link_role: "ect_mentor" }),
      ],
    ],
  },
  {
    code: "NETWORK_KEYSTONE",
    subject: "S",
    raises: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ["behaviour"]), link("S", "E2", ["pedagogy"])],
    ],
    clears: [
      [ect("E1"), ect("E2"), teacher("S"), teacher("T")],
      [link("S", "E1", ["behaviour"]), link("S", "E2", ["pedagogy"]), link("T", "E2", ["pedagogy"])],
    ],
  },
  {
    code: "UNSUPPORTED_SUPPORTER",
    subject: "S",
    raises: [
      [ect("E1"), teacher("S")],
      [
        link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" }),
        link("E1", "S", ["pedagogy"], { link_role: "contribution" }),
      ],
    ],
    clears: [
      [ect("E1"), teacher("S"), group("G")],
      [
        link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" }),
        link("G", "S", ["psychosocial"], { link_role: "mentor_support" }),
      ],
    ],
  },
  {
    code: "UNTRAINED_MENTOR",
    subject: "S",
    raises: [
      [ect("E1"), teacher("S", { mentor_training: "none" })],
      [link("S", "E1", ["pedagogy"], { link_role: "subject_mentor" })],
    ],
    clears: [
      [ect("E1"), teacher("S", { mentor_training: "none" })],
      [link("S", "E1", ["pedagogy"], { link_role: "informal_support" })],
    ],
  },
  {
    code: "DUAL_ROLE_MULTI",
    subject: "S",
    raises: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ["psychosocial"], { assesses: true }), link("S", "E2", ["psychosocial"], { assesses: true })],
    ],
    clears: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ["psychosocial"], { assesses: true }), link("S", "E2", ["psychosocial"])],
    ],
  },
  {
    code: "UNTAPPED",
    subject: "S",
    raises: [[ect("E1"), teacher("S", { capacity: 1 })], []],
    clears: [[ect("E1"), teacher("S", { capacity: 1 })], [link("S", "E1", ["pedagogy"])]],
  },

  {
    code: "PEER_ECT_RELIED_ON",
    subject: "P",
    raises: [
      [ect("E1"), ect("E2"), ect("P"), teacher("S")],
      [link("P", "E1", ["psychosocial"]), link("P", "E2", ["psychosocial"]), link("S", "E1", ["pedagogy"])],
    ],
    clears: [
      [ect("E1"), ect("E2"), ect("P"), teacher("S")],
      [
        link("P", "E1", ["psychosocial"]),
        link("P", "E2", ["psychosocial"]),
        link("S", "E1", ["pedagogy"]),
        link("S", "E2", ["psychosocial"]),
      ],
    ],
  },
  {
    code: "ISOLATED_ECTS",
    subject: "network",
    raises: [[ect("E1"), teacher("S")], [link("S", "E1", ["pedagogy"])]],
    clears: [
      [ect("E1"), teacher("S"), teacher("T")],
      [link("S", "E1", ["pedagogy"]), link("T", "E1", ["pedagogy"])],
    ],
  },
  {
    code: "UNEVEN_COVERAGE",
    subject: "network",
    raises: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ALL4), link("S", "E2", ["pedagogy", "behaviour"])],
    ],
    clears: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ALL4), link("S", "E2", ["pedagogy", "behaviour", "psychosocial"])],
    ],
  },
  {
    code: "LOAD_CONCENTRATION",
    subject: "network",
    raises: [
      [ect("E1"), ect("E2"), ect("E3"), ...["S", "T", "U", "V", "W"].map((s) => teacher(s))],
      [
        link("S", "E1", ["pedagogy"]),
        link("S", "E2", ["pedagogy"]),
        link("S", "E3", ["pedagogy"]),
        link("T", "E1", ["behaviour"]),
        link("U", "E2", ["behaviour"]),
        link("V", "E3", ["behaviour"]),
      ],
    ],
    clears: [
      [ect("E1"), ect("E2"), ect("E3"), ...["S", "T", "U", "V", "W"].map((s) => teacher(s))],
      [
        link("S", "E1", ["pedagogy"]),
        link("W", "E2", ["pedagogy"]),
        link("T", "E1", ["behaviour"]),
        link("U", "E2", ["behaviour"]),
        link("V", "E3", ["behaviour"]),
      ],
    ],
  },
  {
    code: "HIERARCHICAL_NETWORK",
    subject: "network",
    raises: [[ect("E1"), senior("S")], [link("S", "E1", ["pedagogy"])]],
    clears: [
      [ect("E1"), senior("S"), teacher("T")],
      [link("S", "E1", ["pedagogy"]), link("T", "E1", ["pedagogy"])],
    ],
  },
  {
    code: "TOP_DOWN_NETWORK",
    subject: "network",
    raises: [[ect("E1"), teacher("S")], [link("S", "E1", ["pedagogy"], { origin: "school_assigned" })]],
    clears: [
      [ect("E1"), teacher("S"), teacher("T")],
      [
        link("S", "E1", ["pedagogy"], { origin: "school_assigned" }),
        link("T", "E1", ["pedagogy"], { origin: "ect_chosen" }),
      ],
    ],
  },
  {
    code: "NO_ECT_PEER_LINKS",
    subject: "network",
    raises: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ["pedagogy"]), link("S", "E2", ["pedagogy"])],
    ],
    clears: [
      [ect("E1"), ect("E2"), group("G")],
      [link("G", "E1", ["psychosocial"]), link("G", "E2", ["psychosocial"])],
    ],
  },
  {
    code: "NO_MENTOR_COMMUNITY",
    subject: "network",
    raises: [[ect("E1"), teacher("S")], [link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" })]],
    clears: [
      [ect("E1"), teacher("S"), group("G")],
      [link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" }), link("G", "S", ["psychosocial"])],
    ],
  },
  {
    code: "FRAGILE",
    subject: "network",
    raises: [
      [ect("E1"), ect("E2"), teacher("S")],
      [link("S", "E1", ["behaviour"]), link("S", "E2", ["pedagogy"])],
    ],
    clears: [[ect("E1"), ect("E2"), teacher("S")], [link("S", "E1", ["behaviour"])]],
  },
  {
    code: "DUAL_ROLE_PREVALENCE",
    subject: "network",
    raises: [[ect("E1"), teacher("S")], [link("S", "E1", ["pedagogy"], { link_role: "ect_mentor", assesses: true })]],
    clears: [[ect("E1"), teacher("S")], [link("S", "E1", ["pedagogy"], { link_role: "ect_mentor" })]],
  },
  {
    code: "CLOSED_NETWORK",
    subject: "network",
    raises: [[ect("E1", { school: "A" }), teacher("S")], [link("S", "E1", ["pedagogy"])]],
    clears: [[ect("E1", { school: "A" }), teacher("S", { school: "B" })], [link("S", "E1", ["pedagogy"])]],
  },
  {
    code: "UNTAPPED_CAPACITY",
    subject: "network",
    raises: [
      [ect("E1", { school: "A" }), teacher("S"), teacher("T", { capacity: 1 })],
      [link("S", "E1", ["pedagogy"])],
    ],
    clears: [
      [ect("E1", { school: "A" }), teacher("S"), teacher("T", { capacity: 1, school: "B" })],
      [link("S", "E1", ["pedagogy"])],
    ],
  },
];

function codesFor(subject: string, [people, links, overrides]: Case): string[] {
  const a = run(people, links, overrides ?? {});
  if (subject === "network") return a.network.flags.map((f) => f.code);
  return [
    ...(a.ects.find((e) => e.id === subject)?.flags ?? []),
    ...(a.supporters.find((s) => s.id === subject)?.flags ?? []),
  ].map((f) => f.code);
}

describe("rules", () => {
  const codes = [...ECT_RULES, ...SUPPORTER_RULES, ...NETWORK_RULES].map((r) => r.code);

  it("should have a fixture and a help text for every flag in the registry", () => {
    expect(FIXTURES.map((f) => f.code).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(FLAG_HELP[code], code).toBeDefined();
      expect(FLAG_HELP[code]!.try.length, code).toBeGreaterThan(0);
    }
  });

  describe.each(FIXTURES)("$code", ({ code, subject, raises, clears }) => {
    it("should be raised by its fixture", () => expect(codesFor(subject, raises)).toContain(code));
    it("should not be raised by its near miss", () => expect(codesFor(subject, clears)).not.toContain(code));
  });

  describe("details", () => {
    it("should suppress GAP under ISOLATED and ISOLATED under UNMAPPED", () => {
      expect(codesFor("E", [[E, teacher("S")], [link("S", "E", ["pedagogy"], { status: "paused" })]])).toEqual([
        "ISOLATED",
      ]);
      expect(codesFor("E", [[E], []])).toEqual(["UNMAPPED"]);
    });
    it("should make STRAINED critical when the giver is the only source of a type", () => {
      const a = run(
        [E, teacher("S"), teacher("T")],
        [link("S", "E", ["pedagogy", "behaviour"], { status: "strained" }), link("T", "E", ["pedagogy"])],
      );
      expect(a.ects[0]!.flags.find((f) => f.code === "STRAINED")).toMatchObject({
        severity: "critical",
        values: { soleSourceOf: ["behaviour"] },
      });
    });
    it("should grade ORG_SINGLE_VIEW by the number of providers", () => {
      const one = run([E, senior("S")], [link("S", "E", ["organisational_literacy"])]);
      const two = run(
        [E, senior("S"), senior("T")],
        [link("S", "E", ["organisational_literacy"]), link("T", "E", ["organisational_literacy"])],
      );
      expect(one.ects[0]!.flags.find((f) => f.code === "ORG_SINGLE_VIEW")!.severity).toBe("warning");
      expect(two.ects[0]!.flags.find((f) => f.code === "ORG_SINGLE_VIEW")!.severity).toBe("info");
    });
    it("should read a blank assesses on an induction-tutor link as assessing", () => {
      expect(
        codesFor("E", [[E, teacher("S")], [link("S", "E", ["psychosocial"], { link_role: "induction_tutor" })]]),
      ).toContain("WELLBEING_ONLY_FROM_ASSESSOR");
      expect(
        codesFor("E", [
          [E, teacher("S")],
          [link("S", "E", ["psychosocial"], { link_role: "induction_tutor", assesses: false })],
        ]),
      ).not.toContain("WELLBEING_ONLY_FROM_ASSESSOR");
    });
    it("should not count a link whose end date is before the as-of date, and count one ending on it", () => {
      // As of 2025-03-14 (builders' AS_OF): ended the day before, so no live link; ends that day, still live.
      const ended = codesFor("E", [[E, teacher("S")], [link("S", "E", ["pedagogy"], { ends_on: days(1) })]]);
      const endsToday = codesFor("E", [[E, teacher("S")], [link("S", "E", ["pedagogy"], { ends_on: days(0) })]]);
      expect(ended).toEqual(["ISOLATED"]);
      expect(endsToday).not.toContain("ISOLATED");
      expect(endsToday).toContain("SINGLE_SUPPORTER");
    });
    it("should raise STALE only once the days since contact pass the expected interval", () => {
      // Weekly: 21 days expected. Exactly 21 days is on time; 22 is stale.
      const after = (n: number) =>
        codesFor("E", [
          [E, teacher("S")],
          [link("S", "E", ["pedagogy"], { frequency: "weekly", last_contact: days(n) })],
        ]);
      expect(after(21)).not.toContain("STALE");
      expect(after(22)).toContain("STALE");
    });
    it("should count a supporter once per person, not once per link", () => {
      // Two teaching links from one person: one provider, so SOLE_SOURCE, and one supporter.
      const a = run([E, teacher("S")], [link("S", "E", ["pedagogy"]), link("S", "E", ["pedagogy", "behaviour"])]);
      const e = a.ects[0]!;
      expect(e.coverage.pedagogy).toBe(1);
      expect(e.supporters).toEqual(["S"]);
      expect(e.flags.filter((f) => f.code === "SOLE_SOURCE").map((f) => f.supportType)).toEqual([
        "behaviour",
        "pedagogy",
      ]);
      expect(e.flags.map((f) => f.code)).toContain("SINGLE_SUPPORTER");
    });
    it("should list the ECTs a peer ECT alone supports, and not raise it for someone who is not an ECT", () => {
      const people = [ect("E1"), ect("E2"), ect("E3"), ect("P"), teacher("S")];
      const links = [
        link("P", "E1", ["psychosocial"]),
        link("P", "E2", ["behaviour", "psychosocial"]),
        link("P", "E3", ["psychosocial"]),
        link("S", "E3", ["psychosocial"]),
      ];
      const f = run(people, links)
        .supporters.find((s) => s.id === "P")!
        .flags.find((x) => x.code === "PEER_ECT_RELIED_ON")!;
      expect(f).toMatchObject({ severity: "info", people: ["E1", "E2"], values: { ects: 2 } });
      const asTeacher = [ect("E1"), ect("E2"), teacher("P")];
      const codes = run(asTeacher, links.slice(0, 2))
        .supporters.find((s) => s.id === "P")!
        .flags.map((x) => x.code);
      expect(codes).not.toContain("PEER_ECT_RELIED_ON");
    });
    it("should count career only when asked", () => {
      const people = [E, teacher("S")];
      const links = [link("S", "E", [...ALL4, "career"])];
      expect(run(people, links).ects[0]!.coverage.career).toBeUndefined();
      expect(run(people, links, { include_career_in_coverage: true }).ects[0]!.typesCovered).toBe(5);
      expect(codesFor("E", [people, [link("S", "E", ALL4)], { include_career_in_coverage: true }])).toContain("GAP");
    });
    it("should not count groups when told not to", () => {
      const people = [E, group("G"), teacher("S")];
      const links = [link("G", "E", ["psychosocial"]), link("S", "E", ALL4)];
      expect(run(people, links).ects[0]!.supporters).toEqual(["G", "S"]);
      expect(run(people, links, { count_groups_as_supporters: false }).ects[0]!.supporters).toEqual(["S"]);
    });
    it("should stop a line-manager cycle at the repeat", () => {
      const people = [
        ect("E", { line_manager_id: "A" as never }),
        person("A", { line_manager_id: "B" as never }),
        person("B", { line_manager_id: "A" as never }),
        teacher("C"),
      ];
      const a = run(people, [link("B", "E", ["psychosocial"]), link("C", "E", ["pedagogy"])]);
      expect(a.ects[0]!.flags.map((f) => f.code)).toContain("WELLBEING_ONLY_FROM_ASSESSOR");
    });
    it("should keep a link to an unknown person out of every count", () => {
      const a = run([E], [link("NOPE", "E", ALL4)]);
      expect(a.ects[0]!.flags.map((f) => f.code)).toEqual(["ISOLATED"]);
      expect(a.summary.liveLinks).toBe(0);
    });
    it("should list untapped people with strengths first", () => {
      const a = run(
        [
          ect("E1", { school: "A" }),
          teacher("S"),
          teacher("T", { capacity: 1 }),
          teacher("U", { capacity: 1, strengths: ["Makaton"] }),
        ],
        [link("S", "E1", ["pedagogy"])],
      );
      expect(a.network.flags.find((f) => f.code === "UNTAPPED_CAPACITY")!.people).toEqual(["U", "T"]);
    });
  });
});

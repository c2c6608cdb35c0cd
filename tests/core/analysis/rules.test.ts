import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FLAG_HELP } from "../../../src/core/index.ts";
import { ECT_RULES } from "../../../src/core/analysis/ectRules.ts";
import { NETWORK_RULES } from "../../../src/core/analysis/networkRules.ts";
import { SUPPORTER_RULES } from "../../../src/core/analysis/supporterRules.ts";
import { ALL4, ect, group, link, person, run } from "../../helpers/builders.ts";
import type { Fixture } from "./rules/fixtures.ts";
import { codesFor, days, describeFixtures, E, senior, teacher } from "./rules/fixtures.ts";

/** The flag codes a source file defines or a test file has cases for. */
const codesIn = (file: string) => [...readFileSync(file, "utf8").matchAll(/code: "([A-Z_]+)"/g)].map((m) => m[1]!);
const RULE_FILES = readdirSync("src/core/analysis/rules").filter((f) => codesIn(`src/core/analysis/rules/${f}`).length);

/** Network flags; the ECT and supporter flags have theirs beside their rule's file, in rules/. */

const FIXTURES: readonly Fixture[] = [
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

describe("rules", () => {
  const codes = [...ECT_RULES, ...SUPPORTER_RULES, ...NETWORK_RULES].map((r) => r.code);

  it("should have a help text for every flag in the registry", () => {
    for (const code of codes) {
      expect(FLAG_HELP[code], code).toBeDefined();
      expect(FLAG_HELP[code]!.try.length, code).toBeGreaterThan(0);
    }
  });

  it("should have raise and near-miss cases for every flag, beside its rule's file", () => {
    const ruleCodes = RULE_FILES.flatMap((f) => codesIn(`src/core/analysis/rules/${f}`));
    expect([...ruleCodes, ...FIXTURES.map((f) => f.code)].sort()).toEqual([...codes].sort());
    for (const f of RULE_FILES)
      expect(codesIn(`tests/core/analysis/rules/${f.replace(/\.ts$/, ".test.ts")}`), f).toEqual(
        codesIn(`src/core/analysis/rules/${f}`),
      );
  });

  describeFixtures(FIXTURES);

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

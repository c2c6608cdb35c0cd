/** Raise and near-miss cases of the rules in src/core/analysis/rules/presence.ts. */
import { ect, link } from "../../../helpers/builders.ts";
import type { Fixture } from "./fixtures.ts";
import { describeFixtures, E, teacher } from "./fixtures.ts";

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
];

describeFixtures(FIXTURES);

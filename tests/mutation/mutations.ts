/**
 * The deliberate rule mutations `npm run mutate` applies, one at a time (issue #17). Each is a
 * literal search-and-replace on one source line, and the search must match exactly once: when the
 * code moves, the run stops and says which mutation to update, rather than quietly testing nothing.
 * `tests` are the unit test files or folders that should catch it, kept few so each run is short.
 */
export interface Mutation {
  /** What the mutation breaks, in words. */
  readonly name: string;
  readonly file: string;
  readonly search: string;
  readonly replace: string;
  readonly tests: readonly string[];
}

const ANALYSIS = ["tests/core/analysis"];
const PLAN = ["tests/core/plan"];
const NAMES = ["tests/core/names", "tests/core/import/surveyCorpus.test.ts"];

export const MUTATIONS: readonly Mutation[] = [
  {
    name: "a supporter counted once per link, not once per person",
    file: "src/core/analysis/ectView.ts",
    search: "if (!list.includes(g)) list.push(g);",
    replace: "list.push(g);",
    tests: ANALYSIS,
  },
  {
    name: "GAP skips the first counted type",
    file: "src/core/analysis/rules/coverage.ts",
    search: "if (v.providers[i]!.length === 0) out.forType(v.typeIndex[i]!);",
    replace: "if (i !== 0 && v.providers[i]!.length === 0) out.forType(v.typeIndex[i]!);",
    tests: ANALYSIS,
  },
  {
    name: "power for suggestions read from live links only",
    file: "src/core/plan/power.ts",
    search: "if (f >= 0 && net.linkAssesses[l]) out.add(f);",
    replace: "if (f >= 0 && net.linkAssesses[l] && net.linkStatusLive[l] === 1) out.add(f);",
    tests: PLAN,
  },
  {
    name: "links with status 'ended' counted as live",
    file: "src/core/model/types.ts",
    search: 'return status === undefined || status === "active" || status === "strained";',
    replace: 'return status === undefined || status === "active" || status === "strained" || status === "ended";',
    tests: ANALYSIS,
  },
  {
    name: "links past their end date counted as live",
    file: "src/core/analysis/context.ts",
    search: "return hasLiveStatus(net, l) && (ends === NO_DAY || ends >= asOfDay);",
    replace: "return hasLiveStatus(net, l) && (ends === NO_DAY || ends >= 0);",
    tests: ANALYSIS,
  },
  {
    name: "SOLE_SOURCE at two providers as well as one",
    file: "src/core/analysis/rules/coverage.ts",
    search: "if (ps.length === 1) out.forType(v.typeIndex[i]!, ps[0]!);",
    replace: "if (ps.length <= 2) out.forType(v.typeIndex[i]!, ps[0]!);",
    tests: ANALYSIS,
  },
  {
    name: "an assessor allowed in suggestions",
    file: "src/core/plan/candidates.ts",
    search: "if (holdsPower(net, side, p)) return undefined;",
    replace: "if (holdsPower(net, { e: side.e, assesses: new Set<number>() }, p)) return undefined;",
    tests: PLAN,
  },
  {
    name: "OVER_CAPACITY at capacity (>= instead of >)",
    file: "src/core/analysis/supporterBasics.ts",
    search: "((person.capacity !== undefined && ects > person.capacity) ||",
    replace: "((person.capacity !== undefined && ects >= person.capacity) ||",
    tests: ANALYSIS,
  },
  {
    name: "STALE one day early (>= instead of >)",
    file: "src/core/analysis/rules/stale.ts",
    search: "if (days > interval) out.onLink(l, giverOf(net, l), days, interval);",
    replace: "if (days >= interval) out.onLink(l, giverOf(net, l), days, interval);",
    tests: ANALYSIS,
  },
  {
    name: "NETWORK_KEYSTONE at one ECT instead of two",
    file: "src/core/analysis/rules/reliedOn.ts",
    search: "const need = v.ctx.settings.keystone_ect_count;",
    replace: "const need = v.ctx.settings.keystone_ect_count - 1;",
    tests: ANALYSIS,
  },
  {
    name: "unnamed (role, family) supporters counted in the supporter total",
    file: "src/core/analysis/analyse.ts",
    search: "if (ectCount[i]! > 0 && !isUnnamed[i]) count++;",
    replace: "if (ectCount[i]! > 0) count++;",
    tests: ANALYSIS,
  },
  {
    name: "the survey splitter no longer splits on 'and'",
    file: "src/core/names/splitAnswer.ts",
    search: "if ((c | 32) === 97 && isAndAt(raw, i) && !keepsAnd(raw, i) && !joinsPlaceNames(raw, start, i)) {",
    replace: "if ((c | 32) === 0 && isAndAt(raw, i) && !keepsAnd(raw, i) && !joinsPlaceNames(raw, start, i)) {",
    tests: NAMES,
  },
  {
    name: "non-answers ('nobody', 'N/A') read as people",
    file: "src/core/names/nonAnswers.ts",
    search: "if (folded.length === 0 || NON_ANSWERS.has(folded)) return true;",
    replace: "if (folded.length === 0) return true;",
    tests: NAMES,
  },
];

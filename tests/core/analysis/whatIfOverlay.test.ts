import fc from "fast-check";
import { describe, it } from "vitest";
import type { PreparedAnalysis } from "../../../src/core/analysis/prepared.ts";
import { buildNetwork, prepareAnalysis, whatIf, whatIfWithTables } from "../../../src/core/index.ts";
import { networkArb } from "../../helpers/arbitraries.ts";
import { settings } from "../../helpers/builders.ts";
import { expectEqual } from "../../helpers/expectEqual.ts";

/**
 * Everything a prepared analysis holds, as plain data: its tables (context, figures, counts, flag
 * rows), every result object and summary. Read once first, so the lazily made results exist.
 */
function everything(prepared: PreparedAnalysis): unknown {
  const { tables, result, summaries, keystones, untapped, untappedBySchool, untappedByEct } = prepared;
  return structuredClone({ tables, result, summaries, keystones, untapped, untappedBySchool, untappedByEct });
}

/** A network, and a few what-ifs on it: each some of its people, sometimes with an id it does not know. */
const scenarios = networkArb(8).chain(([people, links]) =>
  fc.tuple(
    fc.constant({ people, links }),
    fc.array(
      fc.tuple(
        fc.uniqueArray(fc.constantFrom(...people.map((p) => p.id)), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  ),
);

describe("what-if as an overlay", () => {
  it("should leave the prepared analysis exactly as it was, and give the same answer each time", () => {
    fc.assert(
      fc.property(scenarios, ([{ people, links }, whatIfs]) => {
        const net = buildNetwork(people, links);
        const s = settings();
        const prepared = prepareAnalysis(net, s);
        const before = everything(prepared);
        const asked = whatIfs.map(([ids, withUnknown]) => (withUnknown ? [...ids, "nobody"] : ids));
        const answers = asked.map((ids) => whatIfWithTables(prepared, ids));
        expectEqual(everything(prepared), before);
        // Each answer is what the same what-if gives again, after the others, and on a fresh analysis.
        asked.forEach((ids, i) => {
          expectEqual(whatIfWithTables(prepared, ids), answers[i]);
          expectEqual(whatIf(prepareAnalysis(net, s), ids), answers[i]!.result);
        });
        expectEqual(everything(prepared), before);
      }),
      { numRuns: 200 },
    );
  });
});

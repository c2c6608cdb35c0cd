import { describe, expect, it } from "vitest";
import { importSummary } from "../../src/cli/output.ts";
import { peopleWords } from "../../src/core/index.ts";
import { ect, link, net, person, run } from "../helpers/builders.ts";

describe("importSummary", () => {
  it("counts a supporter whose only link has ended, as the import has no date; the analysis as of its date does not", () => {
    const people = [ect("E"), person("S"), person("B")];
    // Ended before the builders' as-of date (2025-03-14).
    const links = [link("S", "E", ["pedagogy"], { ends_on: "2025-03-07" }), link("B", "E", ["pedagogy"])];
    const read = importSummary(net(people, links));
    expect(read).toMatchObject({ people: 3, ects: 1, supporters: 2, ectsSupporting: 0, links: 2 });
    expect(peopleWords(read)).toBe("3 people (1 ECT and 2 supporters) and 2 links");
    expect(run(people, links).summary).toMatchObject({ supporters: 1, ectsSupporting: 0 });
  });
});

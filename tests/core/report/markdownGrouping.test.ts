/**
 * The CLI's Markdown groups one-source items as the app does (issue #17 item 11): SOLE_SOURCE
 * flags share one line, folded under SINGLE_SUPPORTER when there is one.
 */
import { describe, expect, it } from "vitest";
import { analysisToMarkdown } from "../../../src/core/index.ts";
import { ALL4, ect, link, net, person, run } from "../../helpers/builders.ts";

const E = ect("E", { name: "Ava Khan" });
const S = person("S", { name: "Sam Lee", seniority: "teacher" });
const T = person("T", { name: "Ann Cole", seniority: "teacher" });

function ectRow(people: Parameters<typeof run>[0], links: Parameters<typeof run>[1]): string {
  const md = analysisToMarkdown(net(people, links), run(people, links));
  return md.split("\n").find((l) => l.startsWith("| Ava Khan"))!;
}

describe("the Markdown report's one-source items", () => {
  it("should show several sole sources as one line", () => {
    const row = ectRow(
      [E, S, T],
      [link("S", "E", ["pedagogy", "behaviour"]), link("T", "E", ["psychosocial", "organisational_literacy"])],
    );
    expect(row.match(/One source for/g)).toHaveLength(1);
    expect(row).toContain("One source for how the school works, behaviour, teaching and wellbeing");
  });

  it("should fold them under a single supporter", () => {
    const row = ectRow([E, S], [link("S", "E", ALL4)]);
    expect(row).not.toContain("One source for");
    expect(row).toContain("All support through one person");
  });
});

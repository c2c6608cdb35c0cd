/**
 * Help texts say no more than their sources (issue #17 item 14), checked against what each source
 * says: the claims below went beyond them and must not come back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FLAG_HELP } from "../../../src/core/index.ts";
import { ROOT } from "../../helpers/files.ts";

const help = (code: string) => {
  const h = FLAG_HELP[code]!;
  return [h.title, h.you, h.they, h.why, h.try].join(" ");
};

describe("help texts and their sources", () => {
  it("ISOLATED: the sources link the quality of mentoring to staying, not having none to leaving", () => {
    expect(help("ISOLATED")).not.toMatch(/without support are more likely/);
    expect(FLAG_HELP.ISOLATED!.why).toMatch(/quality of mentoring/);
  });

  it("THIN_NETWORK: Gilligan gives one three-person example, not a 'three or more' finding", () => {
    expect(help("THIN_NETWORK")).not.toMatch(/three or more/i);
    expect(FLAG_HELP.THIN_NETWORK!.why).toMatch(/example/);
  });

  it("CONCENTRATION: CUREE's warning about dependence is about poor mentoring, so it is not cited", () => {
    expect(help("CONCENTRATION")).not.toMatch(/CUREE/);
  });

  it("DIRECTED_MENTOR: Tickell says some are directed and that this is a barrier, nothing about time or training", () => {
    expect(help("DIRECTED_MENTOR")).not.toMatch(/less time or training/);
    expect(FLAG_HELP.DIRECTED_MENTOR!.why).toMatch(/barrier.*Tickell/);
  });

  it("LOAD_CONCENTRATION: Lofthouse's 'pigeon-holed' is about leadership, not overload", () => {
    expect(help("LOAD_CONCENTRATION")).not.toMatch(/pigeon/i);
  });

  it("UNTRAINED_MENTOR: no judgement of the named person's mentoring", () => {
    expect(help("UNTRAINED_MENTOR")).not.toMatch(/harm|poor mentoring|worse than none/i);
  });

  it("README: an early-stage study argues, it does not find", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).not.toMatch(/found that one\s+mentor/);
    expect(readme).toMatch(/argues that one mentor\s+cannot be everything/);
  });
});

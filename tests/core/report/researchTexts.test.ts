/**
 * The research on screen (issue #17 item 13): every citation in every help text is listed on the
 * About page, and the signposting line sits beside wellbeing concerns only.
 */
import { describe, expect, it } from "vitest";
import {
  ABOUT_POINTS,
  concernsWellbeing,
  DEFAULT_SETTINGS,
  FLAG_HELP,
  INTRO,
  ROLE_HELP,
  signpostLine,
  SOURCES,
  TYPE_HELP,
} from "../../../src/core/index.ts";
import { citationsIn } from "../../../src/core/report/researchTexts.ts";
import { STRAINED_CRITICAL } from "../../../src/core/report/helpTexts.ts";

const allHelpTexts = (): string[] => [
  INTRO,
  STRAINED_CRITICAL,
  ...Object.values(TYPE_HELP),
  ...Object.values(FLAG_HELP).flatMap((h) => [h.title, h.you, h.they, h.why, h.try]),
  ...Object.values(ROLE_HELP).map((r) => r.text),
  ...ABOUT_POINTS.map((p) => p.text),
];

describe("citations and the About sources", () => {
  it("reads citations as the help texts write them", () => {
    expect(citationsIn("Hard to say (Gilligan; Tickell).")).toEqual(["Gilligan", "Tickell"]);
    expect(citationsIn("The idea comes from Blasé (1984), cited by Gilligan.").sort()).toEqual([
      "Blasé 1984",
      "Gilligan",
    ]);
    expect(citationsIn("(Alexander, citing Colley 2000 and Roberts 1998)").sort()).toEqual([
      "Alexander",
      "Colley 2000",
      "Roberts 1998",
    ]);
    expect(citationsIn("(Van Ginkel et al 2016, cited by Alexander)").sort()).toEqual([
      "Alexander",
      "Van Ginkel et al 2016",
    ]);
    expect(citationsIn("(Johnson et al 2007 call this the instrumental side)")).toEqual(["Johnson et al 2007"]);
    expect(citationsIn("(see suggestions) ({count}) (organisational literacy)")).toEqual([]);
  });

  it("finds at least the sources the spec's help texts are known to cite", () => {
    const cited = new Set(allHelpTexts().flatMap(citationsIn));
    for (const c of ["Gilligan", "CUREE", "Hargreaves", "Tickell", "Eby et al 2013", "Kram 1985", "Blasé 1984"])
      expect(cited).toContain(c);
  });

  it("every citation in every help text is listed on the About page", () => {
    const listed = new Set(SOURCES.map((s) => s.cite));
    const missing = allHelpTexts()
      .flatMap((t) => citationsIn(t).map((c) => ({ c, t })))
      .filter(({ c }) => !listed.has(c));
    expect(missing).toEqual([]);
  });

  it("a new, unlisted citation would be caught", () => {
    const listed = new Set(SOURCES.map((s) => s.cite));
    expect(citationsIn("Something new (Smith et al 2024).").filter((c) => !listed.has(c))).toEqual([
      "Smith et al 2024",
    ]);
  });

  it("each source says in one line what Mosaic takes from it", () => {
    for (const s of SOURCES) {
      expect(s.takes.length).toBeGreaterThan(10);
      expect(s.takes).not.toMatch(/\n/);
    }
    expect(new Set(SOURCES.map((s) => s.cite)).size).toBe(SOURCES.length);
  });
});

describe("signposting", () => {
  it("has a UK default: colleagues are not counsellors, a GP, an EAP and Education Support's helpline", () => {
    const line = signpostLine(DEFAULT_SETTINGS.signpost_text);
    expect(line).toMatch(/^Colleagues are not counsellors/);
    expect(line).toMatch(/GP/);
    expect(line).toMatch(/Employee Assistance Programme/);
    expect(line).toMatch(/08000 562 561/);
    expect(signpostLine("")).toBe(line);
    expect(signpostLine("see Ms Khan in the office")).toBe(
      "Colleagues are not counsellors: if things feel serious, see Ms Khan in the office.",
    );
  });

  it("belongs beside wellbeing concerns only", () => {
    const f = (code: string, supportType?: "psychosocial" | "pedagogy") => ({
      code,
      severity: "warning" as const,
      scope: "ect" as const,
      supportType,
    });
    expect(concernsWellbeing(f("GAP", "psychosocial"))).toBe(true);
    expect(concernsWellbeing(f("NO_SAFE_SPACE"))).toBe(true);
    expect(concernsWellbeing(f("GAP", "pedagogy"))).toBe(false);
    expect(concernsWellbeing(f("THIN_NETWORK"))).toBe(false);
  });
});

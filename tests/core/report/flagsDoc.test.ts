/**
 * docs/flags.md is made from the registries, so it must be current, cover every flag, and each
 * registry entry must carry what the document prints: a rule in words and a help text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ECT_RULES } from "../../../src/core/analysis/ectRules.ts";
import { NETWORK_RULES } from "../../../src/core/analysis/networkRules.ts";
import { SUPPORTER_RULES } from "../../../src/core/analysis/supporterRules.ts";
import { FLAG_HELP } from "../../../src/core/report/helpTexts.ts";
import { flagEntries, flagsMarkdown, settingsRead } from "../../../src/core/report/flagsDoc.ts";
import { ROOT } from "../../helpers/files.ts";

const REGISTRIES = [...ECT_RULES, ...SUPPORTER_RULES, ...NETWORK_RULES];

describe("docs/flags.md", () => {
  it("is the text the registries make (run npm run docs:flags)", () => {
    const onDisk = readFileSync(join(ROOT, "docs/flags.md"), "utf8");
    expect(onDisk === flagsMarkdown(), "docs/flags.md is out of date: run npm run docs:flags").toBe(true);
  });

  it("has one section for every code in the registries, and no other", () => {
    const headings = [...flagsMarkdown().matchAll(/^### (\S+)$/gm)].map((m) => m[1]);
    expect(headings.toSorted()).toEqual(REGISTRIES.map((r) => r.code).toSorted());
    expect(new Set(headings).size).toBe(headings.length);
  });

  it("prints each flag's severity, rule and help text", () => {
    const doc = flagsMarkdown();
    const stale = doc.slice(doc.indexOf("### STALE\n"));
    const section = stale.slice(0, stale.indexOf("\n### "));
    expect(section).toContain("- **Severity:** warning (a core flag)");
    expect(section).toContain(`- **Rule:** ${ECT_RULES.find((r) => r.code === "STALE")!.rule}`);
    expect(section).toContain("`expected_interval` (weekly 21,");
    expect(section).toContain(`- **Why:** ${FLAG_HELP.STALE!.why}`);
    expect(section).toContain("  - Hargreaves: ");
  });
});

describe("the rule registries", () => {
  it("give every flag a rule in words and a full help text", () => {
    for (const r of REGISTRIES) {
      expect(r.rule.trim().length, r.code).toBeGreaterThan(20);
      const help = FLAG_HELP[r.code];
      expect(help, `${r.code} has no help text in src/core/report/helpTexts.ts`).toBeDefined();
      for (const text of [help!.title, help!.you, help!.they, help!.why, help!.try])
        expect(text.trim(), r.code).not.toBe("");
    }
  });

  it("name in the rule every setting the flag reports", () => {
    for (const entry of flagEntries())
      for (const key of entry.params) expect(entry.rule, `${entry.code} reads ${key}`).toContain(`\`${key}\``);
  });

  it("list a setting the rule names but does not report, after those it reports", () => {
    const isolated = flagEntries().find((e) => e.code === "ISOLATED")!;
    expect(settingsRead(isolated)).toEqual(["count_groups_as_supporters"]);
    const stale = flagEntries().find((e) => e.code === "STALE")!;
    expect(settingsRead(stale)).toEqual(["expected_interval", "as_of_date"]);
  });
});

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { zipTextFiles } from "../../src/core/export/zipFiles.ts";
import { peopleWords } from "../../src/core/report/peopleWords.ts";
import { ROOT } from "../helpers/files.ts";

// The launcher, as `npm run mosaic` runs it: the built bundle, rebuilt first if a source is newer.
const LAUNCHER = join(ROOT, "src", "cli", "launch.mjs");
const sample = (f: string) => join(ROOT, "data", "sample", f);
const bad = (f: string) => join(ROOT, "tests", "fixtures", "bad", f);

/** The sample as `import` counts it: the 3 ECTs who also support another are among the 24 supporters. */
const SAMPLE_SUMMARY = {
  people: 36,
  ects: 9,
  supporters: 24,
  ectsSupporting: 3,
  namedByRole: 0,
  familyOrFriends: 0,
  links: 44,
};

function mosaic(...args: string[]) {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("mosaic CLI", () => {
  it("should print the import JSON", () => {
    const r = mosaic("import", sample("people.csv"), sample("links.csv"), "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(1);
    expect(out.summary).toEqual(SAMPLE_SUMMARY);
    expect(out.people).toHaveLength(36);
    expect(out.diagnostics.filter((d: { level: string }) => d.level !== "info")).toEqual([]);
  });

  it("should count a survey's people in the import summary as the app's import report does", () => {
    // Supporters named only by role and family or friends are counted apart, not as supporters.
    const survey = join(ROOT, "tests", "fixtures", "surveys", "ms-forms-calder-vale.csv");
    const summary = JSON.parse(mosaic("import", survey, "--format", "json").stdout).summary;
    expect(summary.namedByRole + summary.familyOrFriends).toBeGreaterThan(0);
    const md = mosaic("import", survey, "--format", "markdown").stdout;
    expect(md).toContain(`\n\n${peopleWords(summary)}.\n`);
    expect(md).not.toMatch(/\b1 supporters\b/);
  });

  it("should analyse the sample with its settings and print the documented JSON", () => {
    const r = mosaic("analyse", sample("people.csv"), sample("links.csv"), "--format", "json");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n  "asOf": "2025-03-14"');
    const out = JSON.parse(r.stdout);
    // Settings are printed once, not on every flag.
    expect(out.ects.flatMap((e: { flags: object[] }) => e.flags).some((f: object) => "settings" in f)).toBe(false);
    expect(out.asOf).toBe("2025-03-14");
    expect(out.summary).toMatchObject({
      people: 36,
      ects: 9,
      supporters: 24,
      links: 44,
      isolatedEcts: 0,
      ectsWithGaps: 1,
      // All but Tom Gallagher (E02), whose strengths are an empty list.
      ectsWithStrengths: 8,
    });
    const zofia = out.ects.find((e: { id: string }) => e.id === "E05");
    expect(zofia.coverage).toEqual({ organisational_literacy: 2, behaviour: 1, pedagogy: 2, psychosocial: 0 });
    expect(zofia.typesCovered).toBe(3);
    expect(zofia.flags[0]).toMatchObject({ code: "GAP", severity: "warning", supportType: "psychosocial" });
    // Strengths sit beside the flags on every ECT, an empty list when there are none, and carry no score.
    expect(out.ects.every((e: { strengths: unknown }) => Array.isArray(e.strengths))).toBe(true);
    expect(out.ects.find((e: { id: string }) => e.id === "E02").strengths).toEqual([]);
    expect(zofia.strengths).toEqual([
      { code: "MULTIPLE_PROVIDERS", supportType: "organisational_literacy" },
      { code: "MULTIPLE_PROVIDERS", supportType: "pedagogy" },
      { code: "ECT_CHOSEN", person: "P14" },
      { code: "CONTRIBUTES", person: "P14" },
      { code: "PEER_AND_EXPERIENCED" },
      { code: "MIXED_SETTINGS" },
    ]);
    const clarke = out.supporters.find((s: { id: string }) => s.id === "P10");
    expect(clarke).toMatchObject({
      ectsSupported: 3,
      capacity: null,
      soleSourceFor: [
        { ect: "E04", supportType: "behaviour" },
        { ect: "E04", supportType: "psychosocial" },
        { ect: "E05", supportType: "behaviour" },
      ],
    });
    expect(out.network.removalImpact[0]).toEqual({ id: "P11", impact: 4 });
    // The keystone (only source for two or more ECTs) is Dr Clarke, as the network summary says.
    expect(out.network.keystones[0]).toEqual({ id: "P10", impact: 3 });
    expect(out.network.articulationPoints).toContain("P21");
    expect(out.network.bridges).toHaveLength(11);
  });

  it("should honour --as-of over the settings file", () => {
    const r = mosaic("analyse", sample("people.csv"), sample("links.csv"), "--as-of", "2025-09-01");
    const out = JSON.parse(r.stdout);
    expect(out.asOf).toBe("2025-09-01");
    expect(
      out.ects.find((e: { id: string }) => e.id === "E06").flags.map((f: { code: string }) => f.code),
    ).not.toContain("ALL_NEW");
  });

  it("should write a Markdown report", () => {
    const r = mosaic("analyse", sample("people.csv"), sample("links.csv"), "--format", "markdown");
    expect(r.stdout).toContain("# Mosaic report");
    expect(r.stdout).toContain("- 8 ECTs with at least one strength");
    expect(r.stdout).toContain("| Zofia Nowak | covered (2) | one (1) | covered (2) | gap (0) |");
    expect(r.stdout).toContain("Removing Martin Whitmore would separate 4 people, including Megan Price,");
  });

  it("should run a what-if", () => {
    const r = mosaic("whatif", sample("people.csv"), sample("links.csv"), "--remove", "P10", "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.removed).toEqual(["P10"]);
    expect(out.newGaps).toHaveLength(3);
    expect(out.newlyIsolated).toEqual([]);
  });

  it("should suggest who could fill a gap", () => {
    const r = mosaic("suggest", sample("people.csv"), sample("links.csv"), "--ect", "E05", "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const wellbeing = out.suggestions.find((s: { supportType: string }) => s.supportType === "psychosocial");
    expect(wellbeing.need).toBe("gap");
    expect(wellbeing.candidates.length).toBeGreaterThan(0);
    expect(wellbeing.candidates[0].reasons.length).toBeGreaterThan(1);
    expect(wellbeing.candidates[0].headline).toMatch(/^Same school · /);
    expect(wellbeing.candidates.map((c: { id: string }) => c.id)).not.toContain("P18");
  });

  it("should propose a plan that fills Zofia's wellbeing gap and reports gaps before and after", () => {
    const r = mosaic("plan", sample("people.csv"), sample("links.csv"), "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.gapsBefore).toBe(1);
    expect(out.gapsAfter).toBe(0);
    expect(out.proposed).toHaveLength(1);
    expect(out.proposed[0]).toMatchObject({ to: "E05", supportTypes: ["psychosocial"] });
    expect(out.proposed[0].reasons.length).toBeGreaterThan(2);
    expect(out.proposed[0].headline.split(" ").filter((w: string) => w !== "·").length).toBeLessThanOrEqual(12);
    expect(out.load).toEqual([
      {
        id: out.proposed[0].from,
        ectsSupported: expect.any(Number),
        before: expect.any(Number),
        capacity: null,
        // Daniel (E03), a fellow ECT at her school with strengths: 5.5's first choice; his time is not recorded.
        capacityMinutesPerMonth: null,
      },
    ]);
    expect(out.proposed[0].from).toBe("E03");
    const wider = JSON.parse(mosaic("plan", sample("people.csv"), sample("links.csv"), "--second-sources").stdout);
    expect(wider.after.singleSources).toBeLessThan(wider.before.singleSources);
    // Minutes capacity is said as the overview says it: Ruth Okonkwo (P15) has 60 minutes a month.
    expect(wider.load.find((l: { id: string }) => l.id === "P15")).toMatchObject({ capacityMinutesPerMonth: 60 });
    const md = mosaic("plan", sample("people.csv"), sample("links.csv"), "--format", "markdown");
    expect(md.stdout).toMatch(/# Draft plan/);
    expect(md.stdout).toMatch(/\n {2}- Why: covers wellbeing, where this ECT has no one yet; /);
    // The app's words for the plan and its comparison, from the same core functions: today's 10 other
    // single sources all get a second one, and the comparison's "1 with the plan" is a gap now filled by one person.
    const seconds = mosaic(
      "plan",
      sample("people.csv"),
      sample("links.csv"),
      "--second-sources",
      "--format",
      "markdown",
    );
    expect(seconds.stdout).toContain(
      "\n\nProposed 9 links, covering the 1 gap; a second source for 1 of 1 ECT with all their support through one person, and for 10 of today's 10 other single sources.\n\n",
    );
    expect(seconds.stdout).toContain("- Other single sources: 10 today, 1 with the plan\n");
    expect(seconds.stdout).toContain(
      "\n\nWith the plan, 0 of today's 10 other single sources still have only one source; 1 is new: 1 kind of support that had no one today, now with one person.\n\n## Proposed links",
    );
    expect(md.stdout).not.toContain("a second source for");
    expect(mosaic("plan", sample("people.csv"), "--school", "Nowhere").code).toBe(2);
  });

  it("should compare the autumn and spring snapshots of the sample", () => {
    const r = mosaic(
      "diff",
      "--before",
      sample("autumn/people.csv"),
      sample("autumn/links.csv"),
      "--after",
      sample("people.csv"),
      sample("links.csv"),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.before.asOf).toBe("2024-11-15");
    expect(out.after.asOf).toBe("2025-03-14");
    // Holly joined after February half-term with five ties; Ruth's chats with Zofia and Tom's
    // induction reviews (paused) were lost.
    expect(out.ectsJoined).toEqual([{ id: "E06", name: "Holly Whitfield" }]);
    expect(out.tiesGained.filter((t: { to: string }) => t.to === "E06")).toHaveLength(5);
    expect(out.tiesLost.map((t: { from: string; to: string }) => `${t.from}>${t.to}`).sort()).toEqual([
      "P01>E02",
      "P15>E05",
    ]);
    expect(out.coverage).toEqual([
      expect.objectContaining({ id: "E05", direction: "fell", typesLost: ["psychosocial"] }),
    ]);
    expect(out.stale).toEqual([expect.objectContaining({ ect: "E04", person: "P10", isNew: true })]);
    expect(mosaic("diff", "--before", sample("people.csv")).code).toBe(1);
  });

  it("should export canonical CSVs that import back the same", () => {
    const dir = mkdtempSync(join(tmpdir(), "mosaic-"));
    const r = mosaic("export", sample("edge-list.csv"), "--out", dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "people.csv"), "utf8")).toContain("Kirsty MacLeod");
    const again = JSON.parse(mosaic("import", join(dir, "people.csv"), join(dir, "links.csv")).stdout);
    const first = JSON.parse(mosaic("import", sample("edge-list.csv")).stdout);
    expect(again.people).toEqual(first.people);
    expect(again.links).toEqual(first.links);
  });

  it("should export as the app does: no link trust, similarity or notes (8.3), person notes kept", () => {
    const dir = mkdtempSync(join(tmpdir(), "mosaic-"));
    expect(mosaic("export", sample("people.csv"), sample("links.csv"), "--out", dir).code).toBe(0);
    const links = readFileSync(join(dir, "links.csv"), "utf8");
    expect(links).not.toContain("Weekly mentor meeting");
    const back = JSON.parse(mosaic("import", join(dir, "people.csv"), join(dir, "links.csv")).stdout);
    expect(back.links).toHaveLength(44);
    expect(
      back.links.filter((l: Record<string, unknown>) => "trust" in l || "similarity" in l || "notes" in l),
    ).toEqual([]);
    expect(readFileSync(join(dir, "people.csv"), "utf8")).toContain("Healthy mosaic example");
  });

  it("should read both files in the app's own CSV export (one zip of people.csv and links.csv)", () => {
    const dir = mkdtempSync(join(tmpdir(), "mosaic-"));
    const zip = join(dir, "mosaic-people-and-links.zip");
    writeFileSync(
      zip,
      zipTextFiles(["people.csv", "links.csv"].map((name) => ({ name, text: readFileSync(sample(name), "utf8") }))),
    );
    const r = mosaic("import", zip, "--format", "json");
    expect(r.code).toBe(0);
    const fromZip = JSON.parse(r.stdout);
    const fromCsvs = JSON.parse(mosaic("import", sample("people.csv"), sample("links.csv"), "--format", "json").stdout);
    expect(fromZip.summary).toEqual(SAMPLE_SUMMARY);
    expect(fromZip.people).toEqual(fromCsvs.people);
    expect(fromZip.links).toEqual(fromCsvs.links);
  });

  it("should name a damaged zip and say what is wrong with it", () => {
    const dir = mkdtempSync(join(tmpdir(), "mosaic-"));
    const zip = join(dir, "half-downloaded.zip");
    const whole = zipTextFiles(
      ["people.csv", "links.csv"].map((name) => ({ name, text: readFileSync(sample(name), "utf8") })),
    );
    writeFileSync(zip, whole.subarray(0, Math.floor(whole.length / 2)));
    const r = mosaic("import", zip);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${zip}: `);
    expect(r.stderr).toMatch(/could not be opened: it may be damaged, only partly downloaded/);
  });

  it("should read a one-ECT map with --ect and a mapping file", () => {
    const r = mosaic(
      "import",
      join(ROOT, "tests", "fixtures", "my-support.csv"),
      "--ect",
      "Sam Jones",
      "--mapping",
      join(ROOT, "tests", "fixtures", "my-support.mapping.json"),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.links.every((l: { to_id: string }) => l.to_id === "Sam Jones")).toBe(true);
    expect(out.links.find((l: { from_id: string }) => l.from_id === "Pat Green").support_types).toEqual([
      "psychosocial",
    ]);
  });

  it.each([
    [["analyse", bad("empty.csv")], 2, /nothing could be read.*empty/],
    [["analyse", bad("workbook.xlsx.csv")], 2, /Excel/],
    [["import", bad("no-recognisable-header.csv")], 2, /No recognisable header/],
    [["import", "no/such/file.csv"], 2, /no such file/],
    [["whatif", sample("people.csv"), sample("links.csv"), "--remove", "ZZ"], 2, /no person with id ZZ/],
    [["frobnicate", sample("people.csv")], 1, /unknown command/],
    [["analyse"], 1, /needs at least one CSV/],
    [["analyse", sample("people.csv"), "--format", "xml"], 1, /json or markdown/],
    [["export", sample("people.csv")], 1, /--out/],
    [[], 1, /Usage/],
  ])("should exit with a reason for %j", (args, code, message) => {
    const r = mosaic(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    if (code === 2) expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("should exit 0 with row-level diagnostics", () => {
    const r = mosaic("import", bad("people-basic.csv"), bad("dangling-link.csv"));
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.stdout).diagnostics.some(
        (d: { level: string; row: number }) => d.level === "warning" && d.row === 3,
      ),
    ).toBe(true);
  });

  it("should run through npm as the README says", () => {
    const out = execFileSync(
      "npm",
      ["run", "--silent", "mosaic", "--", "analyse", sample("people.csv"), sample("links.csv")],
      { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    expect(JSON.parse(out).summary.ects).toBe(9);
  });
});

describe("mosaic CLI on a large network", () => {
  it("should print compact JSON from 10,000 people", async () => {
    const { runCli } = await import("../../src/cli/run.ts");
    const { memoryIo } = await import("../../src/cli/memoryIo.ts");
    const { generateNetwork } = await import("../../src/core/generate/syntheticNetwork.ts");
    const gen = generateNetwork(10_000, 5);
    const files = new Map([
      ["people.csv", new TextEncoder().encode(gen.people)],
      ["links.csv", new TextEncoder().encode(gen.links)],
    ]);
    const r = runCli(
      ["analyse", "people.csv", "links.csv", "--as-of", "2025-03-14", "--format", "json"],
      memoryIo(files, "2025-03-14"),
    );
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd()).not.toContain("\n");
    expect(JSON.parse(r.stdout).summary.people).toBe(10_000);
  });
});

describe("mosaic CLI on files with many problems of one kind", () => {
  const run = async (people: string, links: string, ...args: string[]) => {
    const { runCli } = await import("../../src/cli/run.ts");
    const { memoryIo } = await import("../../src/cli/memoryIo.ts");
    const files = new Map([
      ["people.csv", new TextEncoder().encode(people)],
      ["links.csv", new TextEncoder().encode(links)],
    ]);
    return runCli([...args, "people.csv", "links.csv", "--as-of", "2025-03-14"], memoryIo(files, "2025-03-14"));
  };

  it("should say once that a row with 200,000 extra cells was cut, not 200,000 times", async () => {
    const EXTRA = 200_000;
    const people = `id,name,is_ect\nE1,Amy Khan,yes,${Array.from({ length: EXTRA }, (_, i) => `x${i}`).join(",")}\nP1,Jo Baker,no\n`;
    const r = await run(people, "from_id,to_id,support_types\nP1,E1,pedagogy\n", "import", "--format", "json");
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeLessThan(200_000);
    const out = JSON.parse(r.stdout);
    const extra = out.diagnostics.filter((d: { message: string }) => /more values than the header/.test(d.message));
    expect(extra).toEqual([
      expect.objectContaining({
        level: "warning",
        file: "people.csv",
        row: 2,
        message: expect.stringContaining("200,000 more values"),
      }),
    ]);
  });

  // 2,000 links with a kind of support Mosaic does not know: 2,000 warnings of one kind, grouped
  // as the first 20 and the count.
  const ROWS = 2_000;
  const people = `id,name,is_ect\nP1,Jo Baker,no\n${Array.from({ length: ROWS }, (_, i) => `E${i},ECT ${i},yes`).join("\n")}\n`;
  const links = `from_id,to_id,support_types\n${Array.from({ length: ROWS }, (_, i) => `P1,E${i},pedagogy;coaching ${i}`).join("\n")}\n`;

  it.each([["import"], ["analyse"]])("should print %s JSON with the repeats grouped and counted", async (command) => {
    const r = await run(people, links, command, "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const unknown = out.diagnosticGroups.find((g: { message: string }) => /is not a support type/.test(g.message));
    expect(unknown).toMatchObject({ level: "warning", file: "links.csv", count: ROWS });
    expect(unknown.message).toContain('"coaching 0"');
    expect(unknown.examples).toHaveLength(20);
    expect(unknown.examples[19]).toMatchObject({ row: 21, message: expect.stringContaining('"coaching 19"') });
    // `diagnostics` keeps its shape: every kind is there, only the repeats beyond 20 are not.
    const listed = out.diagnostics.filter((d: { message: string }) => /is not a support type/.test(d.message));
    expect(listed).toHaveLength(20);
  });

  it.each([["import"], ["analyse"]])(
    "should print %s Markdown with the first 20 and how many more",
    async (command) => {
      const r = await run(people, links, command, "--format", "markdown");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("## What was read");
      expect(r.stdout).toContain("- …and 1,980 more like this.");
      expect(r.stdout.split("\n").filter((l) => /is not a support type/.test(l))).toHaveLength(20);
    },
  );
});

describe("mosaic CLI and 'Same person?'", () => {
  const survey = join(ROOT, "tests", "fixtures", "surveys", "ms-forms-hollinsfield.xlsx");

  it("should list the proposals and role references in the diagnostics, naming both spellings and rows", () => {
    const r = mosaic("import", survey, "--format", "json");
    expect(r.code).toBe(0);
    const messages: string[] = JSON.parse(r.stdout).diagnostics.map((d: { message: string }) => d.message);
    const same = messages.filter((m) => m.startsWith("Same person?"));
    expect(same).toHaveLength(4);
    expect(same.find((m) => m.includes('"Pete Adams"') && m.includes('"Peter Adams"'))).toMatch(/rows? \d/);
    expect(messages.some((m) => m.startsWith("Named by role:"))).toBe(true);
  });

  it("should apply the answers of --same and ask only what is left", () => {
    const dir = mkdtempSync(join(tmpdir(), "mosaic-same-"));
    const answers = join(dir, "same.csv");
    writeFileSync(
      answers,
      "keep,other,same\nPeter Adams,Pete Adams,yes\nRavi Patel,Mr Patel,yes\nRavi Patel,Ravi Patell,yes\nSamantha Lee,Sam Lee,no\n",
    );
    const r = mosaic("import", survey, "--same", answers, "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const names = out.people.map((p: { name: string }) => p.name);
    expect(names).toContain("Peter Adams");
    expect(names).not.toContain("Pete Adams");
    expect(names).not.toContain("Mr Patel");
    expect(names).toEqual(expect.arrayContaining(["Samantha Lee", "Sam Lee"]));
    expect(out.diagnostics.filter((d: { message: string }) => d.message.startsWith("Same person?"))).toEqual([]);
  });

  it("should say a file has a header and no rows", () => {
    const r = mosaic("analyse", bad("header-only.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/header-only\.csv: This file has a header but no rows/);
  });
});

describe("mosaic CLI and 'Same school?'", () => {
  const survey = join(ROOT, "tests", "fixtures", "surveys", "paper-typed-brookside.csv");
  const answersFile = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), "mosaic-same-schools-")), "schools.csv");
    writeFileSync(file, text);
    return file;
  };
  const schoolsOf = (out: { people: { school?: string }[] }) =>
    [...new Set(out.people.flatMap((p) => (p.school ? [p.school] : [])))].sort();
  const asked = (out: { diagnostics: { message: string }[] }) =>
    out.diagnostics.filter((d) => d.message.startsWith("Same school?"));

  it("should ask 'Same school?' with no answers", () => {
    const out = JSON.parse(mosaic("import", survey, "--format", "json").stdout);
    expect(schoolsOf(out)).toEqual(["Brookside", "Brookside School"]);
    expect(asked(out)).toHaveLength(1);
  });

  it("should read 'one school' answers of --same-schools as the spelling chosen, and stop asking", () => {
    const r = mosaic(
      "import",
      survey,
      "--same-schools",
      answersFile("keep,other,same\nBrookside School,Brookside,yes\n"),
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(schoolsOf(out)).toEqual(["Brookside School"]);
    expect(asked(out)).toEqual([]);
    expect(out.summary.people).toBe(JSON.parse(mosaic("import", survey).stdout).summary.people);
  });

  it("should keep 'two schools' apart without asking again, and say which rows it could not read", () => {
    const file = answersFile("keep,other,same\nBrookside,Brookside School,no\nSt Mary's,,yes\n");
    const r = mosaic("analyse", survey, "--same-schools", file, "--format", "json");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${file}: row 3 needs two school names and "yes" or "no" under same; it was left out.`);
    const out = JSON.parse(mosaic("import", survey, "--same-schools", file).stdout);
    expect(schoolsOf(out)).toEqual(["Brookside", "Brookside School"]);
    expect(asked(out)).toEqual([]);
  });

  it("should refuse a file without the columns, and list the option in the help", () => {
    const r = mosaic("import", survey, "--same-schools", answersFile("school,same\nBrookside,yes\n"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the answers need the columns keep, other and same/);
    expect(mosaic("--help").stdout).toMatch(/--same-schools FILE\.csv +answers to "Same school\?"/);
  });
});

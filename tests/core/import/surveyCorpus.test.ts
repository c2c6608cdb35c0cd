/**
 * The survey corpus (tests/fixtures/surveys): realistic Forms, Excel and typed-up exports, each with
 * a hand-written truth. Every export is imported (beside the staff list its truth names, if any) with
 * its truth's "Same person?" answers and the network compared with the truth exactly: people (and
 * which are groups), ECTs, who supports whom with which types, who answered "nobody", which rows
 * were kept back, and what was asked or merged on the way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportResult, SameAnswer, SameSchoolAnswer, SupportType } from "../../../src/core/index.ts";
import { importFiles, withSchoolAnswers } from "../../../src/core/index.ts";
import { unnamedName } from "../../../src/core/import/samePeople.ts";
import { ROOT } from "../../helpers/files.ts";

const DIR = join(ROOT, "tests", "fixtures", "surveys");

type From = string | { readonly unnamed: "role" | "family"; readonly written: string };
interface Truth {
  readonly export: string;
  /** A people file (a staff list) imported beside the export. */
  readonly peopleFile?: string;
  readonly same?: readonly SameAnswer[];
  /** Answers to "Same school?", applied after the import as the app and the CLI do. */
  readonly sameSchools?: readonly SameSchoolAnswer[];
  readonly expectProposals?: readonly (readonly [string, string])[];
  readonly expectAutoMerged?: readonly (readonly [string, string])[];
  readonly people: readonly {
    readonly name: string;
    readonly kind: "person" | "group";
    readonly ect: boolean;
    readonly school?: string;
    readonly department?: string;
    readonly ect_year?: number;
  }[];
  readonly links: readonly {
    readonly from: From;
    readonly to: string;
    readonly types: readonly SupportType[];
    readonly helps?: boolean;
  }[];
  readonly nobody?: readonly string[];
  readonly rejectedRows?: readonly number[];
}

const truths = readdirSync(DIR)
  .filter((f) => f.endsWith(".truth.json"))
  .sort();

function read(truth: Truth, answered: boolean): ImportResult {
  const names = truth.peopleFile === undefined ? [truth.export] : [truth.export, truth.peopleFile];
  const imported = importFiles(
    names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) })),
    answered && truth.same ? { samePeople: truth.same } : {},
  );
  return answered ? withSchoolAnswers(imported, truth.sameSchools ?? []) : imported;
}

const pair = (a: string, b: string) => [a, b].sort().join(" | ");

function fromName(from: From, to: string): string {
  return typeof from === "string" ? from : unnamedName(from.written, to);
}

describe("survey corpus", () => {
  it("should hold at least 12 exports, each with its truth", () => {
    expect(truths.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(truths)("%s", (file) => {
    const truth: Truth = JSON.parse(readFileSync(join(DIR, file), "utf8"));

    it("should read every person, ECT and link the truth lists, and nothing else", () => {
      const r = read(truth, true);
      const byId = new Map(r.people.map((p) => [p.id, p]));
      const named = r.people.filter((p) => p.unnamed === undefined);
      expect(
        named.map((p) => ({
          name: p.name,
          kind: p.kind,
          ect: p.is_ect,
          ...(p.school !== undefined ? { school: p.school } : {}),
          ...(p.department !== undefined ? { department: p.department } : {}),
          ...(p.ect_year !== undefined ? { ect_year: p.ect_year } : {}),
        })),
      ).toEqual(
        expect.arrayContaining(
          truth.people.map((p) => ({
            name: p.name,
            kind: p.kind,
            ect: p.ect,
            ...(p.school !== undefined ? { school: p.school } : {}),
            ...(p.department !== undefined ? { department: p.department } : {}),
            ...(p.ect_year !== undefined ? { ect_year: p.ect_year } : {}),
          })),
        ),
      );
      expect(named.length).toBe(truth.people.length);
      const links = r.links.map((l) => {
        const helps = l.link_role === "contribution";
        return `${byId.get(l.from_id)?.name} > ${byId.get(l.to_id)?.name}: ${[...l.support_types].sort().join(",")}${helps ? " (helps)" : ""}`;
      });
      const expected = truth.links.map(
        (l) => `${fromName(l.from, l.to)} > ${l.to}: ${[...l.types].sort().join(",")}${l.helps ? " (helps)" : ""}`,
      );
      expect(links.sort()).toEqual(expected.sort());
      const unnamed = r.people.filter((p) => p.unnamed !== undefined).map((p) => `${p.unnamed}: ${p.name}`);
      const expectedUnnamed = truth.links.flatMap((l) =>
        typeof l.from === "string" ? [] : [`${l.from.unnamed}: ${unnamedName(l.from.written, l.to)}`],
      );
      expect(unnamed.sort()).toEqual([...new Set(expectedUnnamed)].sort());
    });

    it("should say who answered that nobody supports them, and keep back the rows it could not read", () => {
      const r = read(truth, true);
      // Support an ECT named themselves: every link to them but "I help them" from another ECT, which names no kind.
      const supported = new Set(
        r.links.filter((l) => l.link_role !== "contribution" || l.support_types.length > 0).map((l) => l.to_id),
      );
      const nobody = r.people.filter((p) => p.is_ect && !supported.has(p.id)).map((p) => p.name);
      expect(nobody.sort()).toEqual([...(truth.nobody ?? [])].sort());
      expect(r.rejected.map((x) => x.row).sort((a, b) => a - b)).toEqual(
        [...(truth.rejectedRows ?? [])].sort((a, b) => a - b),
      );
    });

    it("should ask about the likely same people, and merge only spellings that fold equal", () => {
      const r = read(truth, false);
      expect(r.samePeople.map((p) => pair(p.keep.name, p.other.name)).sort()).toEqual(
        (truth.expectProposals ?? []).map(([a, b]) => pair(a, b)).sort(),
      );
      expect(r.autoMerged.map((m) => pair(m.kept, m.merged)).sort()).toEqual(
        (truth.expectAutoMerged ?? []).map(([a, b]) => pair(a, b)).sort(),
      );
      // Answered pairs are not asked again.
      const answered = read(truth, true);
      const asked = new Set(answered.samePeople.map((p) => pair(p.keep.name, p.other.name)));
      for (const a of truth.same ?? []) expect(asked.has(pair(a.keep, a.other))).toBe(false);
      const schoolsAsked = answered.diagnostics
        .filter((d) => d.message.startsWith("Same school?"))
        .map((d) => d.message);
      for (const a of truth.sameSchools ?? [])
        expect(schoolsAsked.filter((m) => m.includes(`"${a.keep}"`) && m.includes(`"${a.other}"`))).toEqual([]);
    });
  });
});

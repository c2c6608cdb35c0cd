/**
 * Bench rows for "who is who" name resolution on synthetic survey answers: every cell split,
 * every piece classified, every person's name folded and gathered into spellings (with where each
 * was written, as the importer does), then one proposeSamePeople over them all.
 */
import { classifyMention, proposeSamePeople, splitAnswer } from "../core/names/index.ts";
import type { Spelling } from "../core/names/index.ts";
import type { Row } from "./row.ts";
import { generateSurveyAnswers } from "./surveyAnswers.ts";

interface Gathered {
  name: string;
  count: number;
  where: { file: string; row: number }[];
}

export interface NameResolution {
  readonly pieces: number;
  readonly spellings: number;
  readonly proposals: number;
}

/** The importer's part, end to end, on rows of answer cells (header = row 1). */
export function resolveNames(rows: readonly (readonly string[])[]): NameResolution {
  const byFold = new Map<string, Gathered>();
  let pieces = 0;
  rows.forEach((cells, r) => {
    for (const cell of cells)
      for (const piece of splitAnswer(cell)) {
        pieces++;
        const m = classifyMention(piece);
        if (m.kind !== "person") continue;
        const key = m.key;
        const g = byFold.get(key);
        const at = { file: "survey.csv", row: r + 2 };
        if (g) {
          g.count++;
          g.where.push(at);
        } else byFold.set(key, { name: m.name, count: 1, where: [at] });
      }
  });
  const spellings: Spelling[] = [...byFold.values()];
  return { pieces, spellings: spellings.length, proposals: proposeSamePeople(spellings).length };
}

/** The 5k and 50k rows: the 5k time against its goal, the 50k time as a ratio to it. */
export function nameResolutionRows(time: <T>(fn: () => T, runs?: number) => { ms: number; value: T }): Row[] {
  const small = generateSurveyAnswers(5_000, 42);
  const large = generateSurveyAnswers(50_000, 42);
  const s = time(() => resolveNames(small), 5);
  const l = time(() => resolveNames(large), 3);
  const what = (r: NameResolution) =>
    `${r.pieces.toLocaleString("en-GB")} pieces, ${r.spellings.toLocaleString("en-GB")} spellings, ${r.proposals.toLocaleString("en-GB")} proposals`;
  return [
    {
      size: "5k",
      measure: `who is who: split, classify, fold, propose (${what(s.value)})`,
      ms: s.ms,
      goal: "< 200 ms",
      met: s.ms < 200,
    },
    {
      size: "50k",
      measure: `who is who: split, classify, fold, propose (${what(l.value)})`,
      ms: l.ms,
      baseline: "5k responses",
      ratio: l.ms / s.ms,
      goal: "≤ 12×",
      met: l.ms / s.ms <= 12,
    },
  ];
}

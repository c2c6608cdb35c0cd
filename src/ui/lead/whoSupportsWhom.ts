/**
 * Pure: the network picture's full text equivalent. One row for each person the picture draws who
 * is supported in it (every ECT drawn, even one no one supports, then anyone else with a drawn
 * link to them), each with who supports them, with what, and the marks the drawing shows in words.
 * Every link the picture draws is in exactly one row: the row of the person supported.
 */
import type { GraphPersonNode, SupportType } from "../../core/index.ts";
import { ALL_TYPES, SUPPORT_TYPES } from "../../core/index.ts";
import { markedWords } from "./markedWords.ts";
import type { PeopleGraphData } from "./toNetworkRenderGraph.ts";
import { carryingWords, concernOf } from "./toNetworkRenderGraph.ts";

export interface PictureSupporter {
  readonly id: string;
  readonly name: string;
  /** The kinds of support across all their drawn links to this person; empty when none Mosaic counts. */
  readonly types: readonly SupportType[];
  /** The words after their name on the drawing: "keystone", "over capacity", both, or "". */
  readonly marks: string;
}

export interface PictureRow {
  readonly id: string;
  readonly name: string;
  readonly isEct: boolean;
  /** The marks in words (the heat map's chip words, then keystone and over capacity); "" when none. */
  readonly marks: string;
  readonly supporters: readonly PictureSupporter[];
}

export interface PictureText {
  readonly rows: readonly PictureRow[];
  /** People and ECTs drawn, and support links drawn (one per supporter and person supported). */
  readonly people: number;
  readonly ects: number;
  readonly links: number;
}

const CONCERN_RANK = { critical: 0, warning: 1, none: 2 } as const;

function typesOf(mask: number): SupportType[] {
  return ALL_TYPES.filter((t) => (mask & SUPPORT_TYPES[t].bit) !== 0);
}

/**
 * The rows in the picture's own order of emphasis: ECTs first, the urgent, then those missing
 * support, the most concerns first, then the fewest supporters; then anyone else supported, those
 * carrying a lot first. Ties go by the name shown, so hidden names are never sorted by the real ones.
 * @example whoSupportsWhom(data, nameOf).rows[0] // { name: "Callum Reid", marks: "No one for wellbeing…", … }
 */
export function whoSupportsWhom(data: PeopleGraphData, nameOf: (id: string, name: string) => string): PictureText {
  const byKey = new Map<number, GraphPersonNode>();
  for (const n of data.nodes) byKey.set(n.key, n);
  // 1. Each drawn pair once: parallel links (several records, several kinds) join their kinds.
  const masks = new Map<number, Map<number, number>>();
  for (const [from, to, mask] of data.edges) {
    if (!byKey.has(from) || !byKey.has(to)) continue;
    const into = masks.get(to) ?? new Map<number, number>();
    into.set(from, (into.get(from) ?? 0) | mask);
    masks.set(to, into);
  }
  // 2. One row per ECT drawn and per other person supported in the picture.
  const shown = (n: GraphPersonNode) => nameOf(n.id, n.name);
  let links = 0;
  const rows = data.nodes
    .filter((n) => n.isEct || masks.has(n.key))
    .map((n) => {
      const supporters: PictureSupporter[] = [];
      for (const [from, mask] of masks.get(n.key) ?? []) {
        const s = byKey.get(from);
        if (s) supporters.push({ id: s.id, name: shown(s), types: typesOf(mask), marks: carryingWords(s) });
      }
      links += supporters.length;
      supporters.sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
      const row: PictureRow = { id: n.id, name: shown(n), isEct: n.isEct, marks: markedWords(n), supporters };
      return { row, n };
    });
  // 3. The picture's emphasis: most in need first.
  rows.sort(
    (a, b) =>
      Number(b.n.isEct) - Number(a.n.isEct) ||
      CONCERN_RANK[concernOf(a.n)] - CONCERN_RANK[concernOf(b.n)] ||
      b.n.concerns.length - a.n.concerns.length ||
      Number(b.n.keystone || b.n.overCapacity) - Number(a.n.keystone || a.n.overCapacity) ||
      a.row.supporters.length - b.row.supporters.length ||
      a.row.name.localeCompare(b.row.name, "en-GB"),
  );
  return {
    rows: rows.map((r) => r.row),
    people: data.nodes.length,
    ects: data.nodes.filter((n) => n.isEct).length,
    links,
  };
}

/**
 * The view state as a plain object with pure parse and serialise functions, kept in the URL so a
 * reload or bookmark restores it. People are referred to by their position in the people list,
 * never by name or id (ids can be names when no people file gave them).
 */
import type { SupportType } from "../../core/index.ts";
import { isSupportType } from "../../core/index.ts";

export interface ViewState {
  readonly view: "ect" | "lead" | "plan";
  /** Person key (position in the people list) of the selected ECT. */
  readonly ect?: number | undefined;
  readonly hideNames: boolean;
  readonly voice: "you" | "they";
  readonly share: boolean;
  /** Person keys taken out in a what-if. */
  readonly away: readonly number[];
  /** Position of the school in the sorted school list. */
  readonly school?: number | undefined;
  readonly type?: SupportType | undefined;
  readonly flag?: string | undefined;
  readonly year?: number | undefined;
  /** Position of the department in the sorted list of ECTs' departments. */
  readonly dept?: number | undefined;
  readonly sort: EctSort;
  readonly compact: boolean;
}

export const ECT_SORTS = ["concern", "name", "school", "coverage"] as const;
export type EctSort = (typeof ECT_SORTS)[number];
export const isEctSort = (value: string): value is EctSort => ECT_SORTS.some((s) => s === value);

export const DEFAULT_VIEW: ViewState = {
  view: "ect",
  hideNames: false,
  voice: "you",
  share: false,
  away: [],
  sort: "concern",
  compact: false,
};

const int = (v: string | null, max: number): number | undefined => {
  if (v === null || v === "") return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && n < max ? n : undefined;
};

/**
 * Parses a query string; values out of range for this data (`people`, `schools`) are dropped. An
 * address that does not say the wording takes the one remembered with the project, if any.
 */
export function queryToViewState(
  query: string,
  people: number,
  schools: number,
  remembered: { readonly voice?: ViewState["voice"] | undefined } = {},
): ViewState {
  const q = new URLSearchParams(query);
  const type = q.get("type") ?? "";
  const flag = q.get("flag") ?? "";
  const sort = q.get("sort") ?? "";
  return {
    view: q.get("view") === "lead" ? "lead" : q.get("view") === "plan" ? "plan" : "ect",
    ect: int(q.get("ect"), people),
    hideNames: q.get("names") === "hidden",
    voice: q.get("voice") === "they" ? "they" : q.has("voice") ? "you" : (remembered.voice ?? "you"),
    share: q.get("share") === "1",
    away: [
      ...new Set(
        (q.get("away") ?? "")
          .split(",")
          .map((x) => int(x, people))
          .filter((x): x is number => x !== undefined),
      ),
    ],
    school: int(q.get("school"), schools),
    type: isSupportType(type) ? type : undefined,
    flag: /^[A-Z_]{3,40}$/.test(flag) ? flag : undefined,
    year: int(q.get("year"), 10),
    dept: int(q.get("dept"), 10_000),
    sort: isEctSort(sort) ? sort : "concern",
    compact: q.get("compact") === "1",
  };
}

export function viewStateToQuery(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.view !== "ect") q.set("view", v.view);
  if (v.ect !== undefined) q.set("ect", String(v.ect));
  if (v.hideNames) q.set("names", "hidden");
  if (v.voice !== "you") q.set("voice", v.voice);
  if (v.share) q.set("share", "1");
  if (v.away.length > 0) q.set("away", v.away.join(","));
  if (v.school !== undefined) q.set("school", String(v.school));
  if (v.type) q.set("type", v.type);
  if (v.flag) q.set("flag", v.flag);
  if (v.year !== undefined) q.set("year", String(v.year));
  if (v.dept !== undefined) q.set("dept", String(v.dept));
  if (v.sort !== "concern") q.set("sort", v.sort);
  if (v.compact) q.set("compact", "1");
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * The view state as a plain object with pure parse and serialise functions, kept in the URL so a
 * reload or bookmark restores it. ECTs are referred to by their position, never by name or id
 * (ids can be names when no people file gave them).
 */
export interface ViewState {
  /** Position of the selected ECT in the ECT list. */
  readonly ect?: number | undefined;
  readonly hideNames: boolean;
  readonly voice: "you" | "they";
}

export const DEFAULT_VIEW: ViewState = { hideNames: false, voice: "you" };

export function queryToViewState(query: string, ectCount: number): ViewState {
  const q = new URLSearchParams(query);
  const n = Number(q.get("ect"));
  return {
    ect: q.has("ect") && Number.isInteger(n) && n >= 0 && n < ectCount ? n : undefined,
    hideNames: q.get("names") === "hidden",
    voice: q.get("voice") === "they" ? "they" : "you",
  };
}

export function viewStateToQuery(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.ect !== undefined) q.set("ect", String(v.ect));
  if (v.hideNames) q.set("names", "hidden");
  if (v.voice !== "you") q.set("voice", v.voice);
  const s = q.toString();
  return s ? `?${s}` : "";
}

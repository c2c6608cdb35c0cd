/**
 * The wording ("you" for an ECT, "they" for a mentor lead) kept next to the remembered project, so
 * a lead who opens Mosaic the next morning from a plain address reads "this ECT", not "you". It is a
 * view choice, not a step of the project (Undo does not touch it), so it lives in localStorage beside
 * the project's other marks and goes with Delete everything.
 */
export type Wording = "you" | "they";

const WORDING = "mosaic:wording";

/** localStorage, which may be refused (private windows, storage turned off): then nothing is kept. */
function local(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export const rememberedWording = {
  read(): Wording | undefined {
    const v = local()?.getItem(WORDING);
    return v === "you" || v === "they" ? v : undefined;
  },
  save(w: Wording): void {
    try {
      local()?.setItem(WORDING, w);
    } catch {
      // Storage full or refused: the wording is a nicety, the project's own saving says any problem.
    }
  },
  clear(): void {
    local()?.removeItem(WORDING);
  },
};

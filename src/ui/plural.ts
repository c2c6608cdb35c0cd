import { counted } from "../core/index.ts";

/** "1 ECT", "2,300 ECTs": a count in UK form with its word, plural when not one. */
export const plural = (n: number, word: string) => counted(n, word, `${word}s`);

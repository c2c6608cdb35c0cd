/**
 * The words beside a load's progress bar: what it is doing and how far the whole load has got
 * ("Reading people.csv… 42%"). Pure, so the wording is tested without a page.
 */
import type { ProgressStage } from "../workers/protocol.ts";

/** How far a load has got (0 to 1) and what it is doing, as the page holds it. */
export interface LoadProgress {
  readonly fraction: number;
  readonly stage?: ProgressStage | undefined;
}

/** What a load is doing at this stage ("Reading people.csv"). */
export function stageWords(stage: ProgressStage | undefined): string {
  switch (stage?.step) {
    case "generating":
      return "Making the demo network";
    case "reading":
      return stage.file ? `Reading ${stage.file}` : "Reading the files";
    case "indexing":
      return "Linking people to their support";
    case "analysing":
      return "Looking for gaps and single sources";
    default:
      return "Starting";
  }
}

/**
 * A whole percentage, never 100% before the end: a bar at 100% that still waits reads as stuck.
 * Out-of-range fractions are clamped (an infinite one is past the end); a NaN is taken as not started.
 */
export function percentOf(fraction: number): number {
  const clamped = Math.min(1, Math.max(0, Number.isNaN(fraction) ? 0 : fraction));
  return clamped < 1 ? Math.min(99, Math.floor(clamped * 100)) : 100;
}

/**
 * @param doing what is happening, when it is not one of a load's stages ("Working out a plan")
 */
export function progressWords(p: LoadProgress, doing: string = stageWords(p.stage)): string {
  return `${doing}… ${percentOf(p.fraction)}%`;
}

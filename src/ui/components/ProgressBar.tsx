/**
 * The one progress bar, with its words ("Reading people.csv… 42%", "Working out a plan… 12%"): one
 * element with role="progressbar" and its values, so a screen reader hears the same words the eye
 * reads, and never 100% before the end (percentOf).
 */
import type { LoadProgress } from "../progressWords.ts";
import { percentOf, progressWords } from "../progressWords.ts";
import type { ProgressStore } from "../state/progressStore.ts";
import { useProgress } from "../state/progressStore.ts";

interface Props {
  readonly progress: LoadProgress;
  /** What is loading, for the bar's accessible name ("Loading the data"). */
  readonly label: string;
  /** What is happening, for work that is not a load of data ("Preparing the overview"). */
  readonly doing?: string;
  readonly testId?: string;
}

export function ProgressBar({ progress, label, doing, testId }: Props) {
  const percent = percentOf(progress.fraction);
  const words = progressWords(progress, doing);
  return (
    <div
      className="load-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={words}
      data-testid={testId}
    >
      <span className="load-progress-track" aria-hidden="true">
        <span className="load-progress-fill" style={{ transform: `scaleX(${percent / 100})` }} />
      </span>
      <span className="load-progress-words">{words}</span>
    </div>
  );
}

interface StoredProps extends Omit<Props, "progress"> {
  readonly store: ProgressStore;
  /** Drawn while the store holds no progress; without it, nothing is. */
  readonly otherwise?: LoadProgress;
}

/** The bar of a load whose progress is in a store: only the bar redraws as the load goes on. */
export function StoredProgressBar({ store, otherwise, ...props }: StoredProps) {
  const progress = useProgress(store) ?? otherwise;
  return progress ? <ProgressBar progress={progress} {...props} /> : null;
}

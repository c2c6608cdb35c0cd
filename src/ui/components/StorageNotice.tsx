/**
 * What "Remember on this device" has to say, plainly and where it stays in view: the project is
 * open in another tab (this one is read-only), a change was lost on closing, the browser will not
 * store anything, a save failed (with the backup offered), or deleting waits for another tab.
 */
import type { ReadOnly, StorageProblem } from "../state/useDeviceSave.ts";

interface Props {
  readonly readOnly: ReadOnly | undefined;
  readonly problem: StorageProblem | undefined;
  readonly lostOnClose: boolean;
  readonly onUseHere: () => void;
  readonly onBackup: () => void;
  readonly onDismissLost: () => void;
  readonly onDismissProblem: () => void;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function StorageNotice({
  readOnly,
  problem,
  lostOnClose,
  onUseHere,
  onBackup,
  onDismissLost,
  onDismissProblem,
}: Props) {
  if (!readOnly && !problem && !lostOnClose) return null;
  return (
    <div className="storage-notices" data-testid="storage-notice">
      {readOnly && (
        <div role="alert" className="storage-notice">
          <p>
            <strong>This project is open in another tab.</strong>{" "}
            {readOnly === "elsewhere"
              ? "You can look at it here, but changes are turned off, so the two tabs cannot overwrite each other."
              : "It was taken over there, so this tab is now read-only: changes here are turned off and nothing more is saved from it."}
          </p>
          <button type="button" onClick={onUseHere}>
            Use it here
          </button>
        </div>
      )}
      {lostOnClose && (
        <div role="alert" className="storage-notice">
          <p>Your last change before closing could not be saved. Everything before it is here.</p>
          <button type="button" onClick={onDismissLost}>
            OK
          </button>
        </div>
      )}
      {problem?.kind === "cannotRemember" && (
        <div role="alert" className="storage-notice">
          <p>
            Mosaic can&apos;t remember your work on this device: {problem.reason}. Everything still works in this tab
            until you close it; download a backup to keep a copy.
          </p>
          <button type="button" onClick={onBackup}>
            Download a backup
          </button>{" "}
          <button type="button" onClick={onDismissProblem}>
            OK
          </button>
        </div>
      )}
      {problem?.kind === "saveFailed" && (
        <div role="alert" className="storage-notice storage-notice-error">
          <p>
            Your latest changes could not be saved on this device. {capital(problem.reason)}. Your work is still here in
            this tab: download a backup to keep a copy. Mosaic tries again at your next change.
          </p>
          <button type="button" onClick={onBackup}>
            Download a backup
          </button>
        </div>
      )}
      {problem?.kind === "deleteBlocked" && (
        <div role="alert" className="storage-notice">
          <p>Mosaic is still open in another tab, so what it stored will be removed as soon as that tab is closed.</p>
          <button type="button" onClick={onDismissProblem}>
            OK
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * "Start a new map?", asked before a new, empty map replaces work (a map kept on this device, or
 * changes only in this page): a modal <dialog> (it traps focus; Escape cancels) that says what would
 * go, offers a backup first, and starts on the safe choice, "Keep my map".
 */
import { useRef } from "react";
import { useModalDialog } from "../components/useModalDialog.ts";
import type { Replacing } from "./replaceWords.ts";
import { replaceWords } from "./replaceWords.ts";

interface Props {
  /** What would be replaced; the dialog is open while this is set. */
  readonly replacing: Replacing | undefined;
  readonly onBackup: () => void;
  readonly onReplace: () => void;
  /** Closed without replacing (Keep my map, Escape). */
  readonly onClose: () => void;
}

export function ConfirmNewMap({ replacing, onBackup, onReplace, onClose }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  const { ref, returnFocus, wrapTab } = useModalDialog(replacing !== undefined, () => keep.current?.focus());

  return (
    <dialog
      ref={ref}
      className="info-dialog confirm-dialog"
      aria-labelledby="confirm-new-map-h"
      aria-describedby="confirm-new-map-what"
      data-testid="confirm-new-map"
      onKeyDown={wrapTab}
      onClose={() => {
        onClose();
        returnFocus();
      }}
    >
      <div className="info-dialog-head">
        <h2 id="confirm-new-map-h">Start a new map?</h2>
      </div>
      <div className="info-dialog-body">
        <p id="confirm-new-map-what">{replacing && replaceWords(replacing)}</p>
        <div className="confirm-actions">
          <button type="button" ref={keep} className="primary" onClick={() => ref.current?.close()}>
            Keep my map
          </button>
          <button type="button" onClick={onBackup}>
            Download a backup first
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              onReplace();
              ref.current?.close();
            }}
          >
            Replace it with a new map
          </button>
        </div>
      </div>
    </dialog>
  );
}

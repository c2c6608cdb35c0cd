/**
 * "Delete everything from this device", asked first: a modal <dialog> (it traps focus; Escape
 * cancels) that says what will go, offers a backup, and starts on the safe choice. Once deleted it
 * stays open to say what went, so no one is left wondering where their work is.
 */
import { useEffect, useRef, useState } from "react";
import type { DeletionScope } from "../deletionWords.ts";
import { deletedWords, deletionWords } from "../deletionWords.ts";
import { useLatest } from "../state/useLatest.ts";
import { useModalDialog } from "./useModalDialog.ts";

interface Props {
  readonly open: boolean;
  readonly scope: DeletionScope;
  readonly onBackup: () => void;
  /** Deletes; the dialog then says what went, from the scope it was opened with. */
  readonly onDelete: () => Promise<void>;
  readonly onClose: () => void;
}

export function ConfirmDelete({ open, scope, onBackup, onDelete, onClose }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLButtonElement>(null);
  const scopeNow = useLatest(scope);
  // The scope as it was when asked: after deleting, the sample is loaded and the live scope changes.
  const [asked, setAsked] = useState<DeletionScope>(scope);
  const [stage, setStage] = useState<"asking" | "deleting" | "deleted">("asking");
  const { ref, returnFocus, wrapTab } = useModalDialog(open, () => {
    setAsked(scopeNow.current);
    setStage("asking");
    keep.current?.focus();
  });

  useEffect(() => {
    if (stage === "deleted") done.current?.focus();
  }, [stage]);

  const remove = () => {
    setStage("deleting");
    void onDelete().then(() => setStage("deleted"));
  };

  return (
    <dialog
      ref={ref}
      className="info-dialog confirm-dialog"
      aria-labelledby="confirm-delete-h"
      aria-describedby="confirm-delete-what"
      data-testid="confirm-delete"
      onCancel={(e) => {
        // Escape cancels, except mid-delete (there is nothing to cancel then).
        if (stage === "deleting") e.preventDefault();
      }}
      onKeyDown={wrapTab}
      onClose={() => {
        onClose();
        returnFocus();
      }}
    >
      <div className="info-dialog-head">
        <h2 id="confirm-delete-h">{stage === "deleted" ? "All deleted" : "Delete everything from this device?"}</h2>
      </div>
      <div className="info-dialog-body">
        {stage === "deleted" ? (
          <p id="confirm-delete-what" role="status">
            {deletedWords(asked)}
          </p>
        ) : (
          <>
            <p id="confirm-delete-what">
              This deletes {deletionWords(asked)} from this browser on this device, including everything remembered
              here. Undo can&apos;t bring it back. A backup keeps a copy you can open again later.
            </p>
            <div className="confirm-actions">
              <button type="button" ref={keep} className="primary" onClick={() => ref.current?.close()}>
                Keep everything
              </button>
              <button type="button" onClick={onBackup} disabled={stage === "deleting"}>
                Download a backup first
              </button>
              <button type="button" className="danger" onClick={remove} disabled={stage === "deleting"}>
                {stage === "deleting" ? "Deleting…" : "Delete everything"}
              </button>
            </div>
          </>
        )}
        {stage === "deleted" && (
          <div className="confirm-actions">
            <button type="button" ref={done} className="primary" onClick={() => ref.current?.close()}>
              OK
            </button>
          </div>
        )}
      </div>
    </dialog>
  );
}

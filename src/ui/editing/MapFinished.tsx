/**
 * What "Finish: this is my network" leads to: the map is done, but so far it lives only in this
 * tab, and a reload would lose it. Keeping it is the ECT's choice (docs/domain.md 8.1): nothing is
 * stored until they press "Keep my map on this phone" (the Data menu's Remember, turned on), and a
 * backup file is offered beside it.
 */
import { useEffect, useRef } from "react";
import { useAnnounce } from "../announce/useAnnounce.ts";
import { deviceWord, keptWords } from "../savedWords.ts";

export interface Keeping {
  /** Remember is on. */
  readonly remember: boolean;
  /** When the project was last saved on this device, once it has been. */
  readonly saved: string | undefined;
  /** Why keeping it here did not work, if it did not. */
  readonly problem: string | undefined;
}

interface Props {
  readonly keeping: Keeping;
  readonly onKeep: () => void;
  readonly onBackup: () => void;
  readonly onClose: () => void;
}

export function MapFinished({ keeping, onKeep, onBackup, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const device = deviceWord(matchMedia("(pointer: coarse)").matches, innerWidth);
  const announce = useAnnounce();
  const status = useRef<HTMLParagraphElement>(null);
  const backup = useRef<HTMLButtonElement>(null);
  // "Keep my map" pressed here: the button goes once Remember is on, so focus moves to the words that
  // replace it, and the keeping is said once the first save has landed (not before: the browser can
  // still refuse, and then focus goes to the backup, the way it can still be kept).
  const asked = useRef(false);
  useEffect(() => {
    if (!asked.current) return;
    if (keeping.remember) status.current?.focus();
    else if (keeping.problem) {
      asked.current = false;
      backup.current?.focus();
    }
  }, [keeping.remember, keeping.problem]);
  useEffect(() => {
    if (!asked.current || !keeping.remember || keeping.saved === undefined) return;
    asked.current = false;
    announce(`Your map is kept on this ${device}. It stays in this browser only; the Data menu can delete it.`);
  }, [keeping.remember, keeping.saved, device, announce]);
  return (
    <section className="card map-my-support" aria-labelledby="mms-done-h" data-testid="map-finished">
      <h2 id="mms-done-h" tabIndex={-1} ref={heading}>
        Your map is finished
      </h2>
      <p>This is your support as you see it today. You can come back and change it whenever things change.</p>
      {keeping.remember ? (
        <p role="status" data-testid="map-kept" tabIndex={-1} ref={status}>
          {keptWords(device, keeping.saved)}. It stays in this browser only; the Data menu can delete it.
        </p>
      ) : (
        <>
          <p>
            For now it is only in this page: reloading or closing it would lose it. Would you like to keep it? Nothing
            is sent anywhere.
          </p>
          {keeping.problem && (
            <p className="error" role="alert">
              This browser could not keep it ({keeping.problem}). A backup file keeps it safe instead.
            </p>
          )}
        </>
      )}
      <p className="filters">
        {!keeping.remember && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              asked.current = true;
              onKeep();
            }}
          >
            Keep my map on this {device}
          </button>
        )}
        <button type="button" onClick={onBackup} ref={backup}>
          Download a backup
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </p>
      <p className="muted small">
        A backup is a file with your whole map in it: open it next time, or on another device, from Data, Export and
        backup.
      </p>
    </section>
  );
}

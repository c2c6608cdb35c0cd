import { useState } from "react";
import { useClient, useHideNames } from "./AppContext.tsx";
import { ConfirmDelete } from "./components/ConfirmDelete.tsx";
import { FocusKeepingButton } from "./components/FocusKeepingButton.tsx";
import { rememberBlocked, savedWords, whereKept } from "./savedWords.ts";
import { Menu } from "./components/Menu.tsx";
import { ExportMenu } from "./importing/ExportMenu.tsx";
import { ShareAndPrintMenu } from "./importing/ShareAndPrintMenu.tsx";
import type { useProject } from "./state/useProject.ts";
import type { ViewState } from "./state/viewState.ts";
import { DATA_MENU_ID } from "./toolbarIds.ts";

interface Props {
  readonly project: ReturnType<typeof useProject>;
  readonly view: ViewState;
  readonly onView: (v: ViewState) => void;
  readonly importing: boolean;
  readonly onImporting: (open: boolean) => void;
  readonly onBackup: () => void;
  readonly onOpenBackup: (file: File) => void;
  readonly selectedEctId: string | undefined;
}

/** Undo and Redo, the Data, View and "Share and print" menus, and when the project was last saved here. */
export function Toolbar({
  project,
  view,
  onView,
  importing,
  onImporting,
  onBackup,
  onOpenBackup,
  selectedEctId,
}: Props) {
  const client = useClient();
  const hide = useHideNames();
  // In share mode names are always hidden: no box to untick.
  const hideNamesChoice = view.share ? undefined : (hideNames: boolean) => onView({ ...view, hideNames });
  const { busy, remember, saved, sources } = project;
  const [confirming, setConfirming] = useState(false);
  // The Data menu speaks of "Delete everything" exactly when its button is there.
  const deletable = remember || saved !== undefined;
  const blocked = rememberBlocked({
    isSample: sources.isSample === true,
    remember,
    readOnly: project.readOnly !== undefined,
  });
  return (
    <div className="toolbar" role="group" aria-label="Undo, data, view and sharing">
      {/* Undo and Redo keep focus while busy or when nothing is left to undo: Enter on Undo leaves focus on Undo. */}
      <FocusKeepingButton
        onClick={project.undo}
        unavailable={!project.canUndo || busy}
        title="Ctrl+Z"
        aria-label={project.undoLabel ? `Undo: ${project.undoLabel}` : "Undo"}
      >
        <span className="tool-icon" aria-hidden="true">
          ↶
        </span>
        <span className="tool-word">Undo</span>
      </FocusKeepingButton>
      <FocusKeepingButton
        onClick={project.redo}
        unavailable={!project.canRedo || busy}
        title="Ctrl+Shift+Z or Ctrl+Y"
        aria-label={project.redoLabel ? `Redo: ${project.redoLabel}` : "Redo"}
      >
        <span className="tool-icon" aria-hidden="true">
          ↷
        </span>
        <span className="tool-word">Redo</span>
      </FocusKeepingButton>
      <Menu label="Data" buttonId={DATA_MENU_ID}>
        {(close) => (
          <>
            <button
              type="button"
              aria-expanded={importing}
              onClick={() => {
                onImporting(!importing);
                close();
              }}
            >
              Import files
            </button>
            <ExportMenu
              client={client}
              hideNames={hide}
              onHideNames={hideNamesChoice}
              onBackup={onBackup}
              onOpenBackup={onOpenBackup}
            />
            <label className="toggle">
              <input
                type="checkbox"
                checked={remember}
                disabled={blocked !== undefined}
                aria-describedby={blocked ? "remember-why" : "where-kept"}
                onChange={(e) => project.setRemember(e.target.checked)}
              />{" "}
              Remember on this device
            </label>
            {blocked && (
              <p className="menu-note small muted" id="remember-why">
                {blocked}
              </p>
            )}
            <p className="menu-note small" id="where-kept">
              {whereKept(deletable)}
            </p>
            {deletable && (
              <button
                type="button"
                disabled={project.readOnly !== undefined}
                onClick={() => {
                  close();
                  setConfirming(true);
                }}
              >
                Delete everything from this device…
              </button>
            )}
          </>
        )}
      </Menu>
      <Menu label="View">
        {() => (
          <>
            <label className="toggle">
              <input
                type="checkbox"
                checked={view.hideNames}
                onChange={(e) => onView({ ...view, hideNames: e.target.checked })}
              />{" "}
              Hide names
            </label>
            <label className="menu-field">
              Wording{" "}
              <select
                value={view.voice}
                onChange={(e) => onView({ ...view, voice: e.target.value === "they" ? "they" : "you" })}
              >
                <option value="you">for the ECT (you)</option>
                <option value="they">for a mentor lead (this ECT)</option>
              </select>
            </label>
            <label className="toggle">
              <input
                type="checkbox"
                checked={view.share}
                onChange={(e) => onView({ ...view, share: e.target.checked })}
              />{" "}
              Share mode (governors, trust board)
            </label>
          </>
        )}
      </Menu>
      <ShareAndPrintMenu
        tab={view.view}
        client={client}
        hideNames={hide}
        onHideNames={hideNamesChoice}
        selectedEctId={selectedEctId}
        hasPlan={project.plan.length > 0}
      />
      <ConfirmDelete
        open={confirming}
        scope={{
          label: sources.label,
          files: sources.files.length,
          edits: sources.edits.length,
          planned: project.plan.length,
        }}
        onBackup={onBackup}
        onDelete={project.forgetDevice}
        onClose={() => setConfirming(false)}
      />
      {saved && (
        <span className="muted small saved-note" role="status">
          <time dateTime={saved}>{savedWords(saved)}</time>
        </span>
      )}
    </div>
  );
}

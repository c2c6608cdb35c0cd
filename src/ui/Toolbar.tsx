import { useClient, useHideNames } from "./AppContext.tsx";
import { Menu } from "./components/Menu.tsx";
import { usePngDownload } from "./graph/pngDownload.tsx";
import { ExportMenu } from "./importing/ExportMenu.tsx";
import { ShareMenu } from "./importing/ShareMenu.tsx";
import type { useProject } from "./state/useProject.ts";
import type { ViewState } from "./state/viewState.ts";

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
  const downloadPng = usePngDownload();
  const { busy, remember, saved, sources } = project;
  return (
    <div className="toolbar" role="group" aria-label="Undo, data, view and sharing">
      <button
        type="button"
        onClick={project.undo}
        disabled={!project.canUndo || busy}
        title="Ctrl+Z"
        aria-label={project.undoLabel ? `Undo: ${project.undoLabel}` : "Undo"}
      >
        <span className="tool-icon" aria-hidden="true">
          ↶
        </span>
        <span className="tool-word">Undo</span>
      </button>
      <button
        type="button"
        onClick={project.redo}
        disabled={!project.canRedo || busy}
        title="Ctrl+Shift+Z or Ctrl+Y"
        aria-label={project.redoLabel ? `Redo: ${project.redoLabel}` : "Redo"}
      >
        <span className="tool-icon" aria-hidden="true">
          ↷
        </span>
        <span className="tool-word">Redo</span>
      </button>
      <Menu label="Data">
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
            <ExportMenu client={client} hideNames={hide} onBackup={onBackup} onOpenBackup={onOpenBackup} />
            <label className="toggle" title="Keeps your files in this browser's storage, on this device only">
              <input
                type="checkbox"
                checked={remember}
                disabled={(sources.isSample && !remember) || project.readOnly !== undefined}
                onChange={(e) => project.setRemember(e.target.checked)}
              />{" "}
              Remember on this device
            </label>
            {(remember || saved) && (
              <button
                type="button"
                disabled={project.readOnly !== undefined}
                onClick={() => void project.forgetDevice()}
              >
                Delete everything from this device
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
      {view.view === "ect" && (
        <Menu label="Share and print">
          {(close) => (
            <>
              <button
                type="button"
                onClick={() => {
                  if (downloadPng) void downloadPng();
                  close();
                }}
                disabled={!downloadPng}
              >
                Download PNG
              </button>
              {selectedEctId !== undefined && <ShareMenu client={client} ectId={selectedEctId} hideNames={hide} />}
              <button
                type="button"
                onClick={() => {
                  close();
                  print();
                }}
              >
                Print one page
              </button>
            </>
          )}
        </Menu>
      )}
      {saved && (
        <span className="muted small saved-note" role="status">
          Saved on this device {new Date(saved).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}
        </span>
      )}
    </div>
  );
}

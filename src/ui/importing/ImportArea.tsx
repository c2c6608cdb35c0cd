import type { ColumnMapping, InputFile } from "../../core/index.ts";
import type { useProject } from "../state/useProject.ts";
import type { ImportMode } from "./ImportPanel.tsx";
import { ImportPanel } from "./ImportPanel.tsx";
import { ImportReport } from "./ImportReport.tsx";

interface Props {
  readonly project: ReturnType<typeof useProject>;
  /** The import panel is open. */
  readonly importing: boolean;
}

/** The import panel when open, and the report on the last import while there is one. */
export function ImportArea({ project, importing }: Props) {
  const { report, busy } = project;
  if (!(importing || report)) return null;
  return (
    <div className="import-area">
      {importing && (
        <ImportPanel
          loaded={report}
          busy={busy}
          progress={project.progress}
          onCancel={project.cancel}
          onImport={(files: InputFile[], mode: ImportMode, mapping?: ColumnMapping) =>
            project.importFiles(files, mode, mapping)
          }
        />
      )}
      {report && (
        <ImportReport
          loaded={report}
          canUndo={project.lastStepIsImport}
          onUndo={project.undo}
          onSamePeople={(answers) => void project.answerSamePeople(answers)}
          busy={project.busy}
        />
      )}
    </div>
  );
}

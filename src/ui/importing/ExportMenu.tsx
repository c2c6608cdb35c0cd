/**
 * Exporting the loaded data: canonical CSV (imports back, formula-guarded), GEXF for Gephi and
 * GraphML for Cytoscape. No export carries a link's trust, similarity or notes (domain.md 8.3: only
 * the backup keeps them), and the menu says so before anyone downloads. With "Hide names" on, or in
 * share mode, the files carry only what core shareRule lets travel (codes for names; no role titles,
 * person notes or private links). Files are made in the worker and saved by the browser; nothing is
 * sent anywhere.
 */
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { useShare } from "../AppContext.tsx";
import { CsvExport } from "./CsvExport.tsx";
import { saveAsOne } from "./saveAsOne.ts";

export function ExportMenu({
  client,
  hideNames,
  onHideNames,
  onBackup,
  onOpenBackup,
}: {
  client: AnalysisClient;
  hideNames: boolean;
  onHideNames?: ((hide: boolean) => void) | undefined;
  onBackup: () => void;
  onOpenBackup: (file: File) => void;
}) {
  const share = useShare();
  const save = async (format: "gexf" | "graphml") => {
    const files = await client.request({ kind: "export", format, hideNames, share });
    if (files) saveAsOne(files, `mosaic-${format}.zip`, hideNames ? "names-hidden-" : "");
  };
  return (
    <details className="menu">
      <summary>Export and backup</summary>
      <div className="menu-items" role="group" aria-label="Export and backup">
        <p className="muted small" data-testid="export-leaves-out">
          Exports leave out each link’s trust, similarity and notes; a backup keeps everything.
        </p>
        <CsvExport client={client} hideNames={hideNames} share={share} onHideNames={onHideNames} />
        <button type="button" onClick={() => void save("gexf")}>
          GEXF (Gephi)
        </button>
        <button type="button" onClick={() => void save("graphml")}>
          GraphML (Cytoscape, yEd)
        </button>
        <p className="muted small menu-section">
          A backup holds everything: your files, your changes, the settings and the draft plan, names included. Keep it
          somewhere safe.
        </p>
        <button type="button" onClick={onBackup}>
          Download a backup
        </button>
        <label className="file-button">
          Open a backup
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            data-testid="open-backup"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) onOpenBackup(f);
              e.target.value = "";
            }}
          />
        </label>
      </div>
    </details>
  );
}

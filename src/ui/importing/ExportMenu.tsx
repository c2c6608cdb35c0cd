/**
 * Exporting the loaded data: canonical CSV (imports back exactly, formula-guarded), GEXF for
 * Gephi and GraphML for Cytoscape. With "Hide names" on, names and ids become codes and notes stay
 * behind. Files are made in the worker and saved by the browser; nothing is sent anywhere.
 */
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { downloadBlob } from "../graph/exportPng.ts";

export function ExportMenu({ client, hideNames }: { client: AnalysisClient; hideNames: boolean }) {
  const save = async (format: "csv" | "gexf" | "graphml") => {
    const files = await client.request({ kind: "export", format, hideNames });
    for (const f of files)
      downloadBlob(new Blob([f.text], { type: f.type }), hideNames ? f.name.replace(/^/, "names-hidden-") : f.name);
  };
  return (
    <details className="menu">
      <summary>Export data</summary>
      <div className="menu-items" role="group" aria-label="Export data">
        <p className="muted small">
          {hideNames
            ? "Names are hidden: people appear as codes, notes are left out."
            : "Includes names. Tick “Hide names” first to share without them."}
        </p>
        <button type="button" onClick={() => void save("csv")}>
          People and links (CSV)
        </button>
        <button type="button" onClick={() => void save("gexf")}>
          GEXF (Gephi)
        </button>
        <button type="button" onClick={() => void save("graphml")}>
          GraphML (Cytoscape, yEd)
        </button>
      </div>
    </details>
  );
}

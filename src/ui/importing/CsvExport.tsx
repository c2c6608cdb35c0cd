/**
 * "People and links (CSV)": the canonical people.csv and links.csv, imported back exactly, saved as one
 * .zip (one click, one file). Whether names go with them is chosen right here ("People as codes",
 * the same setting as "Hide names" under View), so nobody has to find it elsewhere first.
 */
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { saveAsOne } from "./saveAsOne.ts";

/** The .zip holding people.csv and links.csv ("names-hidden-" before it with names hidden). */
export const CSV_ZIP_NAME = "mosaic-people-and-links.zip";

interface Props {
  readonly client: AnalysisClient;
  readonly hideNames: boolean;
  /** Share mode: no schools or departments in the files either. */
  readonly share: boolean;
  /** Ticks or clears "Hide names" (the View menu's box); absent in share mode, where names are always hidden. */
  readonly onHideNames?: ((hide: boolean) => void) | undefined;
}

export function CsvExport({ client, hideNames, share, onHideNames }: Props) {
  const save = async () => {
    const files = await client.request({ kind: "export", format: "csv", hideNames, share });
    if (files) saveAsOne(files, CSV_ZIP_NAME, hideNames ? "names-hidden-" : "");
  };
  return (
    <>
      <p className="muted small">
        {hideNames
          ? `Names are hidden: people appear as codes. Role titles, strengths, subtopics, people's notes${share ? ", schools, departments" : ""} and links marked private are left out too.`
          : "Includes names. To share without them, tick “People as codes” here: the same setting as “Hide names” under View."}
      </p>
      {onHideNames && (
        <label className="toggle">
          <input type="checkbox" checked={hideNames} onChange={(e) => onHideNames(e.target.checked)} /> People as codes
          (names hidden)
        </label>
      )}
      <button type="button" onClick={() => void save()}>
        People and links (CSV)
      </button>
      <p className="muted small">One .zip holding people.csv and links.csv.</p>
    </>
  );
}

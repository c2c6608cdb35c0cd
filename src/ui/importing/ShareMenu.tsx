/**
 * Sharing one ECT's map with a mentor lead (docs/domain.md 8.2–8.4): only this map's links leave, links
 * marked private are left out (or sent as anonymous "private supporter" entries when the ECT
 * chooses to share coverage counts), and trust ratings and notes never leave.
 */
import { useState } from "react";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { saveAsOne } from "./saveAsOne.ts";

export function ShareMenu({ client, ectId, hideNames }: { client: AnalysisClient; ectId: string; hideNames: boolean }) {
  const [counts, setCounts] = useState(false);
  const [hide, setHide] = useState(hideNames);
  const [done, setDone] = useState<string | undefined>();
  const share = async () => {
    const shared = await client.request({ kind: "shareMap", ect: ectId, coverageCounts: counts, hideNames: hide });
    if (!shared) return;
    saveAsOne(shared.files, "shared-map.zip");
    setDone(
      shared.privateLinks === 0
        ? "Downloaded. Nothing on this map was marked private."
        : counts
          ? `Downloaded. ${shared.privateLinks} private link${shared.privateLinks === 1 ? " was" : "s were"} sent as "private supporter", with no names.`
          : `Downloaded. ${shared.privateLinks} private link${shared.privateLinks === 1 ? " was" : "s were"} left out.`,
    );
  };
  return (
    <details className="menu">
      <summary>Share this map</summary>
      <div className="menu-items" role="group" aria-label="Share this map">
        <p className="muted small">
          Makes one .zip of this map only (its people and links as CSV files), to send to your mentor lead yourself.
          Links marked private stay behind; trust ratings and notes never leave this device.
        </p>
        <label className="toggle">
          <input type="checkbox" checked={counts} onChange={(e) => setCounts(e.target.checked)} /> Share coverage counts
          for private links (as "private supporter", no names)
        </label>
        <label className="toggle">
          <input type="checkbox" checked={hide} onChange={(e) => setHide(e.target.checked)} /> Codes instead of names
        </label>
        <button type="button" onClick={() => void share()}>
          Download the shared map (CSV)
        </button>
        {done && (
          <p role="status" className="small">
            {done}
          </p>
        )}
      </div>
    </details>
  );
}

/**
 * The import report, on a tab other than the one where it is read: one line with what was imported
 * and what is left to do, and a link to the report. Share mode shows it too: it names no one.
 */
import type { Loaded } from "../../workers/protocol.ts";
import type { ReportTab } from "./reportSummary.ts";
import { elsewhereWords, openReportWords, reportTally } from "./reportSummary.ts";

export function ReportElsewhere({ loaded, tab, onOpen }: { loaded: Loaded; tab: ReportTab; onOpen: () => void }) {
  return (
    <p className="notice notice-info report-elsewhere no-print" data-testid="import-report-elsewhere">
      {elsewhereWords(reportTally(loaded))}{" "}
      <button type="button" className="link-button" onClick={onOpen}>
        {openReportWords(tab)}
      </button>
    </p>
  );
}

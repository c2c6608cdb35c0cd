/**
 * What an import read, short enough that the overview stays in sight: one summary line (what was
 * imported, what is left to do); the questions ("Same person?", "Same school?") and the problems to
 * check, open, each with file, spreadsheet row and column; the notes (how cells were read) behind a
 * button; and, per file, the rows that could not be imported as a "needs attention" CSV, which
 * holds every rejected row even where the table caps a kind at 20.
 */
import type { RefObject } from "react";
import type { SameAnswer, SameSchoolAnswer } from "../../core/index.ts";
import type { Loaded } from "../../workers/protocol.ts";
import { DiagnosticTable } from "./DiagnosticTable.tsx";
import { leftToDoWords, reportTally, splitProblems, toCheckHeading } from "./reportSummary.ts";
import { SamePeople } from "./SamePeople.tsx";
import { SameSchools } from "./SameSchools.tsx";
import { capDiagnostics, peopleWords, rejectedRowsCsv, SHAPE_LABEL } from "../../core/index.ts";
import { downloadBlob } from "../graph/exportPng.ts";
import "./importReport.css";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
/** "Download the 1 row of x.csv that needs attention", "the 3 rows … that need attention". */
const needsAttention = (n: number, file: string) =>
  `Download the ${plural(n, "row")} of ${file} that ${n === 1 ? "needs" : "need"} attention`;

export function ImportReport({
  loaded,
  headingRef,
  onUndo,
  canUndo,
  resumeSamePeople,
  onSamePeople,
  resumeSameSchools,
  onSameSchools,
  busy,
}: {
  loaded: Loaded;
  /** "What was read", where focus goes once an import or answers are read. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  onUndo: () => void;
  canUndo: boolean;
  /** Answers were just saved: open "Same person?" again on the questions left. */
  resumeSamePeople: boolean;
  onSamePeople: (answers: readonly SameAnswer[]) => void;
  /** "Same school?" answers were just saved: open it again on the questions left. */
  resumeSameSchools: boolean;
  onSameSchools: (answers: readonly SameSchoolAnswer[]) => void;
  busy: boolean;
}) {
  const split = splitProblems(loaded.diagnostics);
  const { toCheck, notes } = split;
  const tally = reportTally(loaded, split);
  const fileNotices = capDiagnostics(loaded.diagnostics.filter((d) => d.row === undefined && d.level !== "info"));
  const withRejects = [...new Set(loaded.rejected.map((r) => r.file))];
  return (
    <section className="card report" aria-labelledby="report-h" data-testid="import-report">
      <h2 id="report-h" tabIndex={-1} ref={headingRef}>
        What was read
      </h2>
      <p className="report-summary" data-testid="report-summary">
        {/* The full report: people in parts that add up beside the overview's ECT and supporter tiles. */}
        Imported {peopleWords(loaded.summary)} from{" "}
        {loaded.files
          .map((f) => `${f.name} (${f.shape ? SHAPE_LABEL[f.shape] : "not read"}, ${f.dataRows} rows)`)
          .join("; ")}
        . {leftToDoWords(tally)}
      </p>
      {fileNotices.map(({ diagnostic: d, moreLikeThis }, i) => (
        <p key={i} className={`notice notice-${d.level}`} role={d.level === "error" ? "alert" : undefined}>
          <strong>{d.file}:</strong> {d.message}
          {moreLikeThis > 0 && (
            <span className="muted"> And {plural(moreLikeThis, "more like this", "more like this")}.</span>
          )}
        </p>
      ))}
      <SamePeople
        key={loaded.samePeople.map((p) => `${p.keep.name}\u0000${p.other.name}`).join("\u0001")}
        proposals={loaded.samePeople}
        nameFiles={loaded.files.length > 1}
        resume={resumeSamePeople}
        onAnswer={onSamePeople}
        busy={busy}
      />
      <SameSchools
        key={loaded.sameSchools.map((q) => `${q.a.name}\u0000${q.b.name}`).join("\u0001")}
        questions={loaded.sameSchools}
        nameFiles={loaded.files.length > 1}
        resume={resumeSameSchools}
        onAnswer={onSameSchools}
        busy={busy}
      />
      {toCheck.length > 0 && (
        <section className="report-to-check" aria-labelledby="report-check-h">
          <h3 id="report-check-h">{toCheckHeading(toCheck)}</h3>
          <DiagnosticTable problems={toCheck} testId="to-check" />
        </section>
      )}
      {withRejects.map((file) => (
        <button
          key={file}
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([rejectedRowsCsv(loaded.rejected, file)], { type: "text/csv" }),
              `needs-attention-${file}`,
            )
          }
        >
          {needsAttention(loaded.rejected.filter((r) => r.file === file).length, file)}
        </button>
      ))}
      {loaded.roleReferences.some((r) => r.resolvedTo === undefined) && (
        <details className="role-references" data-testid="role-references">
          <summary>
            {plural(loaded.roleReferences.filter((r) => r.resolvedTo === undefined).length, "supporter")} named only by
            role, for you to name
          </summary>
          <p className="muted small">
            Each already counts for that ECT&apos;s coverage. Naming them lets Mosaic tell whether they are someone
            already on the map: open the ECT&apos;s map and rename them under &quot;Edit this map&quot;.
          </p>
          <ul>
            {loaded.roleReferences
              .filter((r) => r.resolvedTo === undefined)
              .map((r, i) => (
                <li key={i}>
                  &quot;<bdi>{r.written}</bdi>&quot; (row {r.where.row}, <bdi>{r.ect}</bdi>)
                </li>
              ))}
          </ul>
        </details>
      )}
      {/* How cells were read: worth a look, not in the way. Closed, the overview's answers stay in sight. */}
      {notes.length > 0 && (
        <details className="report-notes" data-testid="report-notes">
          <summary>{plural(notes.length, "note")} on how rows were read, row by row</summary>
          <DiagnosticTable problems={notes} testId="notes" />
        </details>
      )}
      {canUndo && (
        <button type="button" onClick={onUndo}>
          Undo this import
        </button>
      )}
    </section>
  );
}

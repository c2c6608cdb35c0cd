/**
 * What an import read: people, ECTs and links; each problem with file, spreadsheet row and column
 * and what to do; and, per file, the rows that could not be imported as a "needs attention" CSV.
 * Problems of one kind are capped at the first 20, then "and N more like this" (capDiagnostics);
 * the "needs attention" CSV still holds every rejected row.
 */
import type { RefObject } from "react";
import { Fragment } from "react";
import type { SameAnswer, SameSchoolAnswer } from "../../core/index.ts";
import type { Loaded } from "../../workers/protocol.ts";
import { SamePeople } from "./SamePeople.tsx";
import { SameSchools } from "./SameSchools.tsx";
import { capDiagnostics, isWorthReading, peopleWords, rejectedRowsCsv, SHAPE_LABEL } from "../../core/index.ts";
import { downloadBlob } from "../graph/exportPng.ts";

/** Lines of the table at most, after capping by kind: many different kinds can still add up. */
const SHOWN = 200;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
/** "Download the 1 row of x.csv that needs attention", "the 3 rows … that need attention". */
const needsAttention = (n: number, file: string) =>
  `Download the ${plural(n, "row")} of ${file} that ${n === 1 ? "needs" : "need"} attention`;
const LEVEL = { error: "▲ Not imported", warning: "● Check", info: "○ Note" } as const;

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
  const problems = loaded.diagnostics.filter(isWorthReading);
  const lines = capDiagnostics(problems);
  const fileNotices = capDiagnostics(loaded.diagnostics.filter((d) => d.row === undefined && d.level !== "info"));
  const withRejects = [...new Set(loaded.rejected.map((r) => r.file))];
  return (
    <section className="card report" aria-labelledby="report-h" data-testid="import-report">
      <h2 id="report-h" tabIndex={-1} ref={headingRef}>
        What was read
      </h2>
      <p>
        {/* Parts that add up to the people, beside the overview's ECT and supporter tiles. */}
        {capitalise(peopleWords(loaded.summary))}, from{" "}
        {loaded.files
          .map((f) => `${f.name} (${f.shape ? SHAPE_LABEL[f.shape] : "not read"}, ${f.dataRows} rows)`)
          .join("; ")}
        .
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
      {problems.length > 0 && (
        <details open={problems.some((p) => p.level === "error")}>
          <summary>
            {problems.length.toLocaleString("en-GB")} thing{problems.length === 1 ? "" : "s"} to check, row by row
          </summary>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">File</th>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {lines.slice(0, SHOWN).map(({ diagnostic: d, moreLikeThis }, i) => (
                <Fragment key={i}>
                  <tr>
                    <td>{LEVEL[d.level]}</td>
                    <td>{d.file}</td>
                    <td>{d.row ?? ""}</td>
                    <td>{d.column ?? ""}</td>
                    <td>{d.message}</td>
                  </tr>
                  {moreLikeThis > 0 && (
                    <tr className="more-like-this" data-testid="more-like-this">
                      <td colSpan={5}>…and {plural(moreLikeThis, "more like this", "more like this")}</td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          {lines.length > SHOWN && (
            <p className="muted small">
              The first {SHOWN} lines are shown; `mosaic import --format json` lists every kind with its count.
            </p>
          )}
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

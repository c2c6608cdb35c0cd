/**
 * Problems of an import, one a line with file, spreadsheet row and column. Problems of one kind are
 * capped at the first 20, then "and N more like this" (capDiagnostics); at most SHOWN lines in all.
 */
import { Fragment } from "react";
import type { Diagnostic } from "../../core/index.ts";
import { capDiagnostics } from "../../core/index.ts";

/** Lines of the table at most, after capping by kind: many different kinds can still add up. */
const SHOWN = 200;
const LEVEL = { error: "▲ Not imported", warning: "● Check", info: "○ Note" } as const;
const moreWords = (n: number) => `${n.toLocaleString("en-GB")} more like this`;

export function DiagnosticTable({ problems, testId }: { problems: readonly Diagnostic[]; testId: string }) {
  const lines = capDiagnostics(problems);
  return (
    <>
      <table className="data" data-testid={testId}>
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
                  <td colSpan={5}>…and {moreWords(moreLikeThis)}</td>
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
    </>
  );
}

/**
 * "Which column holds what?": for each file Mosaic could not read on its own, every column with a
 * few of its values and Mosaic's guess already chosen, so a mentor lead only changes what is wrong.
 * The choices come from the core's table (named in words, grouped by kind of file); the columns
 * stack as cards on a narrow screen.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { ChoiceGroup, ColumnGuess, ColumnMapping, FileSummary } from "../../core/index.ts";
import { CHOICE_GROUP_LABEL, choiceLabel, COLUMN_CHOICES, LEAVE_OUT } from "../../core/index.ts";
import { useShareRule } from "../AppContext.tsx";

interface Props {
  /** The files whose columns were not recognised, with the reason each was not read. */
  readonly files: readonly (FileSummary & { readonly problem?: string | undefined })[];
  readonly busy: boolean;
  readonly onImport: (mapping: ColumnMapping) => void;
}

const GROUPS: readonly ChoiceGroup[] = ["survey", "people", "links"];

/** A file's columns as guesses: the worker's, or the bare header (each left out) if it sent none. */
function guessesOf(f: FileSummary): readonly ColumnGuess[] {
  return (
    f.guesses ??
    (f.header ?? [])
      .filter((h) => h.length > 0)
      .map((header) => ({ header, samples: [], choice: LEAVE_OUT, recognised: false }))
  );
}

function hint(g: ColumnGuess, changed: boolean): string {
  if (changed) return "Your choice.";
  if (!g.recognised) return "Mosaic could not tell what this holds: choose, or leave it out.";
  if (g.note) return `Left out: ${g.note}.`;
  return "Mosaic's guess.";
}

export function MappingStep({ files, busy, onImport }: Props) {
  const id = useId();
  // A column's first values are often names: share mode shows none of what the files hold (shareRule).
  const showValues = useShareRule().importReport;
  const heading = useRef<HTMLHeadingElement>(null);
  // Only what the user changed: everything else shows (and sends) Mosaic's guess.
  const [changed, setChanged] = useState<Record<string, string>>({});
  const names = files.map((f) => f.name).join(", ");

  // Keyboard and screen-reader users land on the step when it appears.
  useEffect(() => heading.current?.focus(), [names]);

  const choose = (header: string, value: string) => setChanged((c) => ({ ...c, [header]: value }));
  const mapping = (): ColumnMapping =>
    Object.fromEntries(
      files.flatMap((f) => guessesOf(f).map((g) => [g.header, changed[g.header] ?? g.choice] as const)),
    );

  return (
    <div className="mapping" data-testid="mapping">
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        Which column holds what?
      </h3>
      <p className="small">
        Mosaic could not read {names} on its own. Its guess for each column is already chosen: change any that are
        wrong, then import again. For a survey, choose the column with the ECT's name and a column for each question
        about who helps them.
      </p>
      {files.map((f, n) => (
        <section key={f.name} className="mapping-file" aria-labelledby={`${id}-f${n}`}>
          <h4 id={`${id}-f${n}`}>{f.name}</h4>
          {f.problem && (
            <p className="notice notice-error small" data-testid="mapping-problem">
              {f.problem}
            </p>
          )}
          <table className="data mapping-table">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">First values</th>
                <th scope="col">Holds</th>
              </tr>
            </thead>
            <tbody>
              {guessesOf(f).map((g, i) => {
                const selectId = `${id}-f${n}-c${i}`;
                const value = changed[g.header] ?? g.choice;
                const own = changed[g.header] !== undefined && changed[g.header] !== g.choice;
                return (
                  <tr key={g.header} data-testid="mapping-column">
                    <th scope="row">
                      <label htmlFor={selectId}>{g.header}</label>
                    </th>
                    <td id={`${selectId}-v`} className="mapping-samples">
                      <span className="visually-hidden">First values: </span>
                      {!showValues ? (
                        <span className="muted">(hidden in share mode)</span>
                      ) : g.samples.length > 0 ? (
                        g.samples.join(" · ")
                      ) : (
                        <span className="muted">(blank)</span>
                      )}
                    </td>
                    <td>
                      <select
                        id={selectId}
                        value={value}
                        aria-describedby={`${selectId}-v ${selectId}-hint`}
                        onChange={(e) => choose(g.header, e.target.value)}
                      >
                        <option value={LEAVE_OUT}>{choiceLabel(LEAVE_OUT)}</option>
                        {GROUPS.map((group) => (
                          <optgroup key={group} label={CHOICE_GROUP_LABEL[group]}>
                            {COLUMN_CHOICES.filter((c) => c.group === group).map((c) => (
                              <option key={c.value} value={c.value}>
                                {c.label}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                      <span
                        id={`${selectId}-hint`}
                        className={`small mapping-hint${g.recognised || own ? "" : " mapping-unsure"}`}
                      >
                        {hint(g, own)}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
      <button type="button" className="primary" disabled={busy} onClick={() => onImport(mapping())}>
        Import with these columns
      </button>
    </div>
  );
}

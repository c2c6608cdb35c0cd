/**
 * The ECTs as a table and heat map: one row per ECT, a cell per support type showing how many
 * people provide it (number, shade and pattern, never colour alone), and the flags. Sorted by
 * concern (most serious flag, then warnings), never by a score.
 */
import type { EctRow, SupportType } from "../../core/index.ts";
import { flagTitle, SUPPORT_TYPES } from "../../core/index.ts";
import { VirtualTable } from "../components/VirtualTable.tsx";
import { TYPE_COLOUR, TYPE_MARK } from "../palette.ts";
import { Name } from "../components/Name.tsx";

interface Props {
  readonly rows: readonly EctRow[];
  readonly types: readonly SupportType[];
  readonly nameOf: (id: string, name: string) => string;
  readonly changed: ReadonlySet<string>;
  readonly onOpen: (row: EctRow) => void;
  readonly compact: boolean;
}

/** A column's name where a phone leaves it about 5 rem: a word or three that wraps to two lines at most. */
export const NARROW_HEADER: Readonly<Record<SupportType, string>> = {
  organisational_literacy: "How school works",
  behaviour: "Behaviour",
  pedagogy: "Teaching",
  psychosocial: "Wellbeing",
  career: "Career",
};

const SEVERITY = { critical: "▲", warning: "●", info: "○" } as const;

export function CoverageCell({ n }: { n: number }) {
  const cls = n === 0 ? "cov cov-0" : n === 1 ? "cov cov-1" : "cov cov-2";
  return <td className={cls}>{n === 0 ? "gap" : n}</td>;
}

export function EctTable({ rows, types, nameOf, changed, onOpen, compact }: Props) {
  return (
    <VirtualTable
      rows={rows}
      rowHeight={compact ? 26 : 44}
      columns={3 + types.length}
      caption="ECTs by what most needs a look"
      testId="ect-table"
      header={
        <tr>
          <th scope="col">ECT</th>
          <th scope="col">Supporters</th>
          {types.map((t) => (
            <th scope="col" key={t} title={SUPPORT_TYPES[t].label}>
              {/* The letter as the tiles show it, a badge: as a plain letter it ran into the words ("S HOW"). */}
              <span className="type-mark small" style={{ background: TYPE_COLOUR[t] }} aria-hidden="true">
                {TYPE_MARK[t]}
              </span>
              {compact ? (
                <span className="visually-hidden">{SUPPORT_TYPES[t].label}</span>
              ) : (
                <>
                  {/* On a phone the short word shows; the full name is still what is read out. */}
                  <span className="type-full">{SUPPORT_TYPES[t].label}</span>
                  <span className="type-short" aria-hidden="true">
                    {NARROW_HEADER[t]}
                  </span>
                </>
              )}
            </th>
          ))}
          <th scope="col">Worth a look</th>
        </tr>
      }
      renderRow={(r) => (
        <tr
          key={r.key}
          className={`${changed.has(r.id) ? "row-changed " : ""}${compact ? "row-compact" : ""}`}
          data-ect={r.id}
        >
          <th scope="row">
            <button type="button" className="link-button" onClick={() => onOpen(r)}>
              <Name text={nameOf(r.id, r.name)} fit="wrap" />
            </button>
            {!compact && (
              <span className="muted small block" title={r.school}>
                {r.school ?? ""}
              </span>
            )}
          </th>
          <td>
            {r.unmapped ? "not mapped" : r.supporters}
            {/* Family and friends count for this ECT's coverage, never as supporters of the network. */}
            {!r.unmapped && r.family > 0 && (
              <span
                className={compact ? "muted small family-count" : "muted small block family-count"}
                title="Family or friends outside school: they count for this ECT's coverage, not as supporters"
              >
                {compact ? " " : ""}+{r.family}
                {/* Compact rows are one line high: the words are still read out. */}
                <span className={compact ? "visually-hidden" : undefined}>
                  {" "}
                  family/friend{r.family === 1 ? "" : "s"}
                </span>
              </span>
            )}
          </td>
          {types.map((t) =>
            r.unmapped ? (
              <td key={t} className="cov">
                –
              </td>
            ) : (
              <CoverageCell key={t} n={r.coverage[t] ?? 0} />
            ),
          )}
          <td className="flag-cell">
            {r.flags
              .filter((f) => f.severity !== "info")
              .slice(0, compact ? 2 : 3)
              .map((f, i) => (
                <span key={i} className={`chip chip-${f.severity}`}>
                  <span aria-hidden="true">{SEVERITY[f.severity]} </span>
                  {/* The same words as the network picture's list of marked people. */}
                  {flagTitle(f)}
                </span>
              ))}
            {r.flags.filter((f) => f.severity !== "info").length === 0 && (
              <span className="muted small">
                {r.flags.length > 0 ? `${r.flags.length} to reflect on` : "nothing flagged"}
              </span>
            )}
          </td>
        </tr>
      )}
    />
  );
}

/**
 * Supporters' load against capacity, how many kinds of support rest on them alone, and their
 * flags, in workload terms. Each row can be taken out in a what-if, and opened to show who
 * depends on them.
 */
import type { ReactNode } from "react";
import { useMemo } from "react";
import type { SupporterRow } from "../../core/index.ts";
import { FLAG_HELP, SUPPORT_TYPES, isOverCapacity, loadWords, soleSourceListWords } from "../../core/index.ts";
import { VirtualTable } from "../components/VirtualTable.tsx";
import { Name } from "../components/Name.tsx";
import { plural } from "../plural.ts";
import type { SupporterView } from "./supporterView.ts";
import { ALL_SUPPORTERS, isSupporterSort, SUPPORTER_SORTS, supporterRows } from "./supporterView.ts";

interface Props {
  readonly rows: readonly SupporterRow[];
  readonly nameOf: (id: string, name: string) => string;
  readonly ectName: (id: string) => string;
  readonly removed: ReadonlySet<string>;
  readonly onToggleAway: (row: SupporterRow) => void;
  readonly view: SupporterView;
  readonly onView: (v: SupporterView) => void;
  /** Who is over capacity, in the what-if if there is one (overCapacityIn): the list then matches the tile. */
  readonly isOver: (r: SupporterRow) => boolean;
  /** A what-if is shown: the over-capacity list says it is the scenario's. */
  readonly inScenario: boolean;
  /** The supporter whose row is open (kept by the parent, so it stays open while the data reloads after an edit). */
  readonly open: string | undefined;
  readonly onOpen: (id: string | undefined) => void;
  /** More about the open supporter, under who depends on them (their details, to correct). */
  readonly more?: ((r: SupporterRow) => ReactNode) | undefined;
}

export function SupporterTable(props: Props) {
  const { rows, nameOf, ectName, removed, onToggleAway, view, onView, isOver, inScenario, open, onOpen } = props;
  const sorted = useMemo(() => supporterRows(rows, view, isOver), [rows, view, isOver]);
  const detail = open ? rows.find((r) => r.id === open) : undefined;
  // Everyone can be away, fellow ECTs others rely on included: the what-if takes out any person
  // (their own ECT row goes with them), and their absence is the very question PEER_ECT_RELIED_ON asks.
  const awayButton = (r: SupporterRow, className: string) => (
    <button type="button" className={className} onClick={() => onToggleAway(r)}>
      {removed.has(r.id) ? "Bring back" : "Away"}
      <span className="visually-hidden"> {nameOf(r.id, r.name)}</span>
    </button>
  );
  return (
    <>
      <div className="supporter-controls">
        <label className="inline">
          Sort by{" "}
          <select
            value={view.sort}
            onChange={(e) => isSupporterSort(e.target.value) && onView({ ...view, sort: e.target.value })}
          >
            {SUPPORTER_SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {view.overOnly && (
          <p className="over-only" role="status" data-testid="over-only">
            Showing the {plural(sorted.length, "supporter")} over capacity
            {inScenario ? " in this what-if" : ""}, fullest first.{" "}
            <button type="button" className="link-button" onClick={() => onView(ALL_SUPPORTERS)}>
              Show everyone
            </button>
          </p>
        )}
      </div>
      <VirtualTable
        rows={sorted}
        rowHeight={44}
        columns={5}
        caption="Supporters' load and removal impact"
        testId="supporter-table"
        header={
          <tr>
            <th scope="col">Supporter</th>
            <th scope="col">Load against capacity</th>
            <th scope="col">Only source for</th>
            <th scope="col">Worth a look</th>
            <th scope="col" className="away-cell">
              What if away?
            </th>
          </tr>
        }
        renderRow={(r) => (
          <tr
            key={r.key}
            className={
              [removed.has(r.id) && "row-away", isOverCapacity(r) && "row-over"].filter(Boolean).join(" ") || undefined
            }
            data-supporter={r.id}
          >
            <th scope="row">
              <button
                type="button"
                className="link-button"
                aria-expanded={open === r.id}
                onClick={() => onOpen(open === r.id ? undefined : r.id)}
              >
                <Name text={nameOf(r.id, r.name)} fit="wrap" />
              </button>
              <span className="muted small block" title={r.roleTitle}>
                {r.isGroup ? "Group" : (r.roleTitle ?? "")}
              </span>
              {/* On a phone the button sits under the name, so pressing it never scrolls the table sideways. */}
              {awayButton(r, "away-narrow")}
            </th>
            <td className={isOverCapacity(r) ? "load-over" : undefined}>
              <span>{loadWords(r)}</span>
            </td>
            <td>
              <span>{r.soleSourceFor.length === 0 ? "–" : soleSourceListWords(r.soleSourceFor)}</span>
            </td>
            <td className="flag-cell">
              {r.flags.map((f, i) => (
                <span key={i} className={`chip chip-${f.severity}`}>
                  {FLAG_HELP[f.code]?.title ?? f.code}
                </span>
              ))}
            </td>
            <td className="away-cell">{awayButton(r, "away-wide")}</td>
          </tr>
        )}
      />
      {detail && (
        <div className="depends" role="region" aria-label={`Who depends on ${nameOf(detail.id, detail.name)}`}>
          <h3>
            Who depends on <Name text={nameOf(detail.id, detail.name)} /> alone
          </h3>
          {detail.soleSourceFor.length === 0 ? (
            <p className="muted">Nobody relies on them alone for any kind of support.</p>
          ) : (
            <ul>
              {detail.soleSourceFor.map((s) => (
                <li key={`${s.ect}-${s.supportType}`}>
                  {ectName(s.ect)}: {SUPPORT_TYPES[s.supportType].label.toLowerCase()}
                </li>
              ))}
            </ul>
          )}
          {detail.strengths && detail.strengths.length > 0 && <p>Strengths: {detail.strengths.join(", ")}</p>}
          {props.more?.(detail)}
        </div>
      )}
    </>
  );
}

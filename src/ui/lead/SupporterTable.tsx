/**
 * Supporters' load against capacity, how many (ECT, type) pairs rest on them alone, and their
 * flags, in workload terms. Each row can be taken out in a what-if, and opened to show who
 * depends on them.
 */
import { useMemo, useState } from "react";
import type { SupporterRow } from "../../core/index.ts";
import { compareText, FLAG_HELP, SUPPORT_TYPES } from "../../core/index.ts";
import { VirtualTable } from "../components/VirtualTable.tsx";
import { Name } from "../components/Name.tsx";
import { loadWords } from "./loadWords.ts";

interface Props {
  readonly rows: readonly SupporterRow[];
  readonly nameOf: (id: string, name: string) => string;
  readonly ectName: (id: string) => string;
  readonly removed: ReadonlySet<string>;
  readonly onToggleAway: (row: SupporterRow) => void;
}

type SortKey = "impact" | "load" | "ects" | "name";

export function SupporterTable({ rows, nameOf, ectName, removed, onToggleAway }: Props) {
  const [sort, setSort] = useState<SortKey>("impact");
  const [open, setOpen] = useState<string | undefined>();
  const sorted = useMemo(
    () =>
      [...rows].sort((a, b) => {
        if (sort === "name") return compareText(a.name, b.name);
        if (sort === "ects") return b.ectsSupported - a.ectsSupported;
        if (sort === "load") return b.minutesPerMonth - a.minutesPerMonth;
        return b.soleSourceFor.length - a.soleSourceFor.length || b.ectsSupported - a.ectsSupported;
      }),
    [rows, sort],
  );
  const detail = open ? rows.find((r) => r.id === open) : undefined;
  return (
    <>
      <label className="inline">
        Sort by{" "}
        <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
          <option value="impact">removal impact (only source for…)</option>
          <option value="ects">ECTs supported</option>
          <option value="load">minutes a month</option>
          <option value="name">name</option>
        </select>
      </label>
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
            <th scope="col">What if away?</th>
          </tr>
        }
        renderRow={(r) => (
          <tr key={r.key} className={removed.has(r.id) ? "row-away" : undefined} data-supporter={r.id}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                aria-expanded={open === r.id}
                onClick={() => setOpen(open === r.id ? undefined : r.id)}
              >
                <Name text={nameOf(r.id, r.name)} fit="wrap" />
              </button>
              <span className="muted small block" title={r.roleTitle}>
                {r.isGroup ? "Group" : (r.roleTitle ?? "")}
              </span>
            </th>
            <td>{loadWords(r)}</td>
            <td>
              {r.soleSourceFor.length === 0
                ? "–"
                : `${r.soleSourceFor.length} (ECT, type) pair${r.soleSourceFor.length === 1 ? "" : "s"}`}
            </td>
            <td className="flag-cell">
              {r.flags.map((f, i) => (
                <span key={i} className={`chip chip-${f.severity}`}>
                  {FLAG_HELP[f.code]?.title ?? f.code}
                </span>
              ))}
            </td>
            <td>
              {!r.isEct && (
                <button type="button" onClick={() => onToggleAway(r)}>
                  {removed.has(r.id) ? "Bring back" : "Away"}
                  <span className="visually-hidden"> {nameOf(r.id, r.name)}</span>
                </button>
              )}
            </td>
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
        </div>
      )}
    </>
  );
}

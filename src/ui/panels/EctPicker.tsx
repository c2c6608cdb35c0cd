/** A searchable ECT picker (by name or school): a text box filtering a listbox, all by keyboard. */
import { useId, useMemo, useState } from "react";
import type { EctListRow } from "../../workers/protocol.ts";
import { Name } from "../components/Name.tsx";

interface Props {
  readonly ects: readonly EctListRow[];
  readonly selected?: string | undefined;
  readonly displayName: (item: EctListRow) => string;
  readonly onSelect: (id: string) => void;
}

const SEVERITY_MARK = { critical: "▲ act soon", warning: "● worth attention", info: "○ to reflect on" } as const;

export function EctPicker({ ects, selected, displayName, onSelect }: Props) {
  const [query, setQuery] = useState("");
  const listId = useId();
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = q ? ects.filter((e) => `${displayName(e)} ${e.school ?? ""}`.toLowerCase().includes(q)) : ects;
    return list.slice(0, 200);
  }, [ects, query, displayName]);
  return (
    <div className="picker">
      <label htmlFor={`${listId}-q`}>Find an ECT</label>
      <input
        id={`${listId}-q`}
        type="search"
        value={query}
        placeholder="Name or school"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && shown[0]) onSelect(shown[0].id);
        }}
        aria-controls={listId}
      />
      <ul id={listId} className="picker-list" aria-label="ECTs">
        {shown.map((e) => (
          <li key={e.id}>
            <button type="button" aria-current={e.id === selected ? "true" : undefined} onClick={() => onSelect(e.id)}>
              <span className="picker-name">
                <Name text={displayName(e)} />
              </span>
              <span className="picker-meta">
                {/* No school, no leading " · "; the school is isolated so a right-to-left name keeps the mark after it. */}
                {e.school ? (
                  <>
                    <bdi title={e.school}>{e.school}</bdi> ·{" "}
                  </>
                ) : null}
                {e.unmapped ? "map not filled in" : e.worst ? SEVERITY_MARK[e.worst] : "no flags"}
              </span>
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">No ECT matches "{query}".</li>}
      </ul>
      {ects.length > shown.length && !query && (
        <p className="muted small">
          Showing the first {shown.length} of {ects.length}; type to search.
        </p>
      )}
    </div>
  );
}

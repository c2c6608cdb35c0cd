import { useState } from "react";
import type { ProposedLink, SupportType } from "../../core/index.ts";
import { compareText, personIdOf } from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import type { EctListRow, PersonHit } from "../../workers/protocol.ts";
import { Name } from "../components/Name.tsx";
import { TypeChoice } from "../components/TypeChoice.tsx";
import type { NameOf } from "../names.ts";
import { useWorkerQuery } from "../state/useWorkerQuery.ts";

/** Adding a proposed link to the draft plan by hand: an ECT, someone found by name, and the kinds of support. */
export function AddByHand({
  client,
  ects,
  types,
  nameOf,
  onAdd,
}: {
  client: AnalysisClient;
  ects: readonly EctListRow[];
  types: readonly SupportType[];
  nameOf: NameOf;
  onAdd: (p: ProposedLink) => void;
}) {
  const [ect, setEct] = useState("");
  const [query, setQuery] = useState("");
  const [giver, setGiver] = useState<PersonHit | undefined>();
  const [chosen, setChosen] = useState<ReadonlySet<SupportType>>(new Set());
  const sorted = [...ects].sort((a, b) => compareText(nameOf(a.id, a.name), nameOf(b.id, b.name)));

  const searching = query.trim().length >= 2;
  const hits: readonly PersonHit[] =
    useWorkerQuery(
      () =>
        searching
          ? client.request({ kind: "findPeople", query, limit: 8 }).then((h) => (h ?? []).filter((x) => x.id !== ect))
          : undefined,
      [client, query, ect, searching],
    ) ?? [];

  const ready = ect !== "" && giver !== undefined && chosen.size > 0;
  return (
    <details className="add-by-hand no-print">
      <summary>Add a link by hand</summary>
      <div className="filters">
        <label>
          ECT{" "}
          <select value={ect} onChange={(e) => setEct(e.target.value)}>
            <option value="">choose…</option>
            {sorted.map((e) => (
              <option key={e.id} value={e.id}>
                {nameOf(e.id, e.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Supporter{" "}
          <input
            type="search"
            value={query}
            placeholder="type a name"
            onChange={(e) => {
              setQuery(e.target.value);
              setGiver(undefined);
            }}
          />
        </label>
      </div>
      {searching && hits.length > 0 && !giver && (
        <ul className="hits" aria-label="People who match">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" className="link-button" onClick={() => setGiver(h)}>
                <Name text={nameOf(h.id, h.name)} />
              </button>{" "}
              <span className="muted small">{[h.role, h.school].filter(Boolean).join(", ")}</span>
            </li>
          ))}
        </ul>
      )}
      {giver && (
        <p className="small">
          Supporter: <Name text={nameOf(giver.id, giver.name)} />
        </p>
      )}
      <TypeChoice legend="Kinds of support" types={types} chosen={chosen} onChange={setChosen} />
      <button
        type="button"
        disabled={!ready}
        onClick={() => {
          if (!ready) return;
          onAdd({
            from: personIdOf(giver.id),
            to: personIdOf(ect),
            supportTypes: [...chosen],
            reasons: ["added by hand"],
            source: "by_hand",
          });
          setGiver(undefined);
          setQuery("");
          setChosen(new Set());
        }}
      >
        Add to draft plan
      </button>
    </details>
  );
}

/**
 * Change over time: snapshots of the same setting (an autumn and a spring export), each analysed
 * as of its own date, then compared: ties gained and lost, coverage that rose or fell, load, and
 * contact that has slipped. With more than two, a timeline of the headline counts.
 */
import { useEffect, useState } from "react";
import type { InputFile, Tie } from "../../core/index.ts";
import { countWords, typeList } from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import type { History, SnapshotHead } from "../../workers/protocol.ts";
import { useShareRule } from "../AppContext.tsx";
import type { NameOf } from "../names.ts";

interface Props {
  readonly client: AnalysisClient;
  readonly nameOf: NameOf;
  readonly share: boolean;
  /** Changes whenever the loaded data does, so "what is loaded now" is offered again. */
  readonly currentLabel: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export function ChangeOverTime({ client, nameOf, share, currentLabel }: Props) {
  const rule = useShareRule();
  const [history, setHistory] = useState<History | undefined>();
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [label, setLabel] = useState("");
  const [asOf, setAsOf] = useState("");
  const [pair, setPair] = useState<{ from?: number; to?: number }>({});
  const [inputKey, setInputKey] = useState(0);

  const refresh = async (next: { from?: number; to?: number } = pair) =>
    setHistory(await client.request({ kind: "history", from: next.from, to: next.to }));

  useEffect(() => {
    void client.request({ kind: "history" }).then(setHistory);
  }, [client]);

  const added = async (heads: readonly SnapshotHead[]) => {
    setProblems(heads.flatMap((h) => h.problems));
    setPair({});
    await refresh({});
  };

  const addFiles = async () => {
    const csv: InputFile[] = [];
    let settings: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const f of files) {
      if (/\.json$/i.test(f.name)) {
        try {
          const read: unknown = JSON.parse(await f.text());
          if (typeof read !== "object" || read === null || Array.isArray(read)) throw new TypeError("not settings");
          settings = { ...settings, ...read };
        } catch {
          problems.push(`${f.name} is not a settings file Mosaic can read; it was left out.`);
        }
      } else csv.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
    }
    if (asOf) settings.as_of_date = asOf;
    const heads = await client.request({
      kind: "addSnapshot",
      label: label || files.map((f) => f.name).join(", "),
      files: csv,
      settings,
      today: today(),
    });
    setFiles([]);
    setLabel("");
    setAsOf("");
    setInputKey((n) => n + 1);
    await added(heads);
    if (problems.length > 0) setProblems((p) => [...problems, ...p]);
  };

  const d = history?.diff?.diff;
  const tieText = (t: Tie) => `${nameOf(t.from, t.fromName)} → ${nameOf(t.to, t.toName)}: ${typeList(t.supportTypes)}`;
  const snapshots = history?.snapshots ?? [];
  const count = (n: number) => countWords(n, rule);
  return (
    <section className="card" aria-labelledby="time-h" data-testid="change-over-time">
      <h2 id="time-h">Change over time</h2>
      <p className="muted small">
        Add two or more snapshots of the same setting, such as an autumn and a spring export. Each is read as of its own
        date (from a settings.json among its files, or the date you give), and stays on this device like everything
        else.
      </p>
      <div className="filters">
        <button
          type="button"
          onClick={() =>
            void client
              .request({ kind: "addSnapshot", label: currentLabel, today: today() })
              .then(added, (e: Error) => setProblems([e.message]))
          }
        >
          Add what is loaded now as a snapshot
        </button>
      </div>
      <div className="filters">
        <label>
          Snapshot files{" "}
          <input
            key={inputKey}
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.json,text/csv"
            data-testid="snapshot-files"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </label>
        <label>
          Name{" "}
          <input type="text" value={label} placeholder="e.g. Autumn term" onChange={(e) => setLabel(e.target.value)} />
        </label>
        <label>
          As of <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <button type="button" disabled={files.length === 0} onClick={() => void addFiles()}>
          Add snapshot
        </button>
      </div>
      {problems.length > 0 && (
        <ul role="alert" className="error">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {snapshots.length > 0 && (
        <table className="data" data-testid="timeline">
          <caption className="visually-hidden">Snapshots, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Snapshot</th>
              <th scope="col">As of</th>
              <th scope="col">ECTs</th>
              <th scope="col">Live links</th>
              <th scope="col">Gaps</th>
              <th scope="col">With no one</th>
              <th scope="col">Single sources</th>
              <th scope="col">Ties gained</th>
              <th scope="col">Ties lost</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(history?.timeline ?? []).map((r) => {
              const head = snapshots.find((s) => s.label === r.label && s.asOf === r.asOf);
              return (
                <tr key={head?.key ?? r.label}>
                  <th scope="row">{r.label}</th>
                  <td>{r.asOf}</td>
                  <td>{count(r.ects)}</td>
                  <td>{r.liveLinks}</td>
                  <td>{count(r.counts.gaps)}</td>
                  <td>{count(r.counts.isolatedEcts)}</td>
                  <td>{count(r.counts.singleSources)}</td>
                  <td>{r.change ? r.change.tiesGained : "—"}</td>
                  <td>{r.change ? r.change.tiesLost : "—"}</td>
                  <td>
                    {head && (
                      <button
                        type="button"
                        className="small-button"
                        aria-label={`Remove the snapshot ${r.label}`}
                        onClick={() =>
                          void client.request({ kind: "dropSnapshot", key: head.key }).then(
                            () => refresh({}),
                            (e: Error) => setProblems([e.message]),
                          )
                        }
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {snapshots.length > 2 && history?.diff && (
        <div className="filters">
          {(["from", "to"] as const).map((end) => (
            <label key={end}>
              {end === "from" ? "Compare" : "with"}{" "}
              <select
                value={history.diff![end]}
                onChange={(e) => {
                  const next = { from: history.diff!.from, to: history.diff!.to, [end]: Number(e.target.value) };
                  setPair(next);
                  void refresh(next);
                }}
              >
                {snapshots.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {d && (
        <div data-testid="snapshot-diff">
          <h3>
            From {d.beforeAsOf} to {d.afterAsOf}
          </h3>
          {share ? (
            <p>
              Ties gained: {count(d.tiesGained.length)}. Ties lost: {count(d.tiesLost.length)}. ECTs whose coverage
              rose: {count(d.coverage.filter((c) => c.direction === "rose").length)}; fell:{" "}
              {count(d.coverage.filter((c) => c.direction === "fell").length)}.
            </p>
          ) : (
            <div className="diff-grid">
              <DiffList title="Ties gained" items={d.tiesGained.map(tieText)} />
              <DiffList title="Ties lost" items={d.tiesLost.map(tieText)} />
              <DiffList
                title="Ties with other kinds of support"
                items={d.tiesChanged.map(
                  (t) =>
                    `${nameOf(t.from, t.fromName)} → ${nameOf(t.to, t.toName)}: ` +
                    [
                      t.typesAdded.length ? `now also ${typeList(t.typesAdded)}` : "",
                      t.typesRemoved.length ? `no longer ${typeList(t.typesRemoved)}` : "",
                    ]
                      .filter(Boolean)
                      .join("; "),
                )}
              />
              <DiffList
                title="Coverage that changed"
                items={d.coverage.map(
                  (c) =>
                    `${nameOf(c.id, c.name)}: ${c.before.typesCovered} → ${c.after.typesCovered} kinds covered` +
                    (c.typesLost.length ? `; no one now for ${typeList(c.typesLost)}` : "") +
                    (c.typesGained.length ? `; now has ${typeList(c.typesGained)}` : ""),
                )}
              />
              <DiffList
                title="Load that changed"
                items={d.load.map(
                  (l) =>
                    `${nameOf(l.id, l.name)}: ${l.before} → ${l.after} ECT${l.after === 1 ? "" : "s"}${l.capacity !== undefined ? ` (capacity ${l.capacity})` : ""}`,
                )}
              />
              <DiffList
                title="Contact that has slipped"
                items={d.stale.map(
                  (s) =>
                    `${nameOf(s.ect, s.ectName)} and ${nameOf(s.person, s.personName)}: ${s.daysSinceContact} days since contact${s.isNew ? " (new since the earlier snapshot)" : ""}`,
                )}
              />
              <DiffList
                title="ECTs who joined or left"
                items={[
                  ...d.ectsJoined.map((e) => `${nameOf(e.id, e.name)} joined`),
                  ...d.ectsLeft.map((e) => `${nameOf(e.id, e.name)} is no longer listed`),
                ]}
              />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function DiffList({ title, items }: { title: string; items: readonly string[] }) {
  return (
    <div>
      <h4>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul className="small">
          {items.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The mentor lead's overview: counts, network flags, ECTs by concern (table and heat map), the
 * supporters' load and keystones, the network graph for a school, and what-if scenarios. In share
 * mode (governors, trust boards) it shows aggregates only, with small counts suppressed.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { useWorkerQuery } from "../state/useWorkerQuery.ts";
import type { EctRow, Flag, Overview, Settings, SupporterRow, SupportType } from "../../core/index.ts";
import { byConcern, byName, compareText, describeFlag, flagKey, SUPPORT_TYPES } from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import type { ScenarioResult } from "../../workers/protocol.ts";
import { useAnnounce } from "../announce/useAnnounce.ts";
import { Counts } from "./Counts.tsx";
import { EctTable } from "./EctTable.tsx";
import { JumpTo } from "./JumpTo.tsx";
import { NetworkPicture } from "./NetworkPicture.tsx";
import { breakdownAllowed, shownCount } from "./share.ts";
import { SupporterTable } from "./SupporterTable.tsx";
import { whatIfSentence } from "./whatIfSentence.ts";
import { WhatIfResult } from "./WhatIfResult.tsx";
import type { EctSort } from "../state/viewState.ts";
import { Name } from "../components/Name.tsx";
import { instrument } from "../instrument.ts";
import { isolate, shorten } from "../names.ts";

export interface LeadFilters {
  readonly school?: string | undefined;
  readonly department?: string | undefined;
  readonly sort: EctSort;
  readonly type?: SupportType | undefined;
  readonly flag?: string | undefined;
  readonly year?: number | undefined;
  readonly search: string;
}

interface Props {
  readonly client: AnalysisClient;
  readonly loadedAt: unknown;
  readonly settings: Settings;
  readonly types: readonly SupportType[];
  readonly nameOf: (id: string, name: string) => string;
  readonly share: boolean;
  readonly away: readonly string[];
  readonly onAway: (ids: readonly string[]) => void;
  readonly filters: LeadFilters;
  readonly onFilters: (f: LeadFilters) => void;
  readonly compact: boolean;
  readonly onCompact: (c: boolean) => void;
  readonly onOpenEct: (id: string) => void;
}

/** ECTs per school, in the order of `schools`, in one pass. */
function countBySchool(o: Overview): number[] {
  const at = new Map(o.schools.map((s, i) => [s, i]));
  const counts = o.schools.map(() => 0);
  for (const e of o.ects) {
    const i = e.school === undefined ? undefined : at.get(e.school);
    if (i !== undefined) counts[i]!++;
  }
  return counts;
}
/** `rows` in the order of `ids` (rows whose id is not there keep their place after them). */
function rankedRows<T extends { readonly id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const at = new Map(ids.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (at.get(a.id) ?? ids.length) - (at.get(b.id) ?? ids.length));
}

const PAGE = 4000;

/** Resolves once the browser has painted the next frame (a timeout after the frame callback). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Fetches the overview head, then its rows page by page (each message small, the page responsive).
 * The ECT table is what a mentor lead looks at first, so `onEcts` hears the overview as soon as the
 * ECT rows are in, with no supporter rows yet; the supporters follow.
 */
async function loadOverview(
  client: AnalysisClient,
  progress: (done: number, total: number) => void,
  onEcts: (partial: Overview) => void,
): Promise<Overview | undefined> {
  const head = await client.request({ kind: "overview" });
  if (!head) return undefined;
  instrument({ name: "overview-head" });
  const total = head.ectCount + head.supporterCount;
  // Every page is asked for at once: the worker makes the next while the page unpacks the last,
  // rather than each waiting for a round trip.
  const fetchAll = async <T,>(part: "ects" | "supporters", count: number, offset: number): Promise<T[]> => {
    const pages: Promise<unknown>[] = [];
    for (let from = 0; from < count; from += PAGE)
      pages.push(client.request({ kind: "overviewRows", part, from, count: PAGE }));
    const rows: T[] = [];
    for (const page of pages) {
      for (const row of (await page) as T[]) rows.push(row);
      progress(offset + rows.length, total);
    }
    return rows;
  };
  const ects = await fetchAll<EctRow>("ects", head.ectCount, 0);
  instrument({ name: "ect-rows" });
  const partial: Overview = {
    summary: head.summary,
    networkFlags: head.networkFlags,
    removalImpact: head.removalImpact,
    keystoneIds: head.keystoneIds,
    untapped: head.untapped,
    structure: head.structure,
    schools: head.schools,
    ects,
    supporters: [],
  };
  if (head.supporterCount > 0) {
    onEcts(partial);
    // The supporters' rows wait until the ECT table is on screen: unpacking them first would
    // hold the table back by as long as they take.
    await afterNextPaint();
  }
  const supporters = await fetchAll<SupporterRow>("supporters", head.supporterCount, head.ectCount);
  return { ...partial, supporters };
}

const SORTS: Readonly<Record<EctSort, (a: EctRow, b: EctRow) => number>> = {
  concern: byConcern,
  name: byName,
  school: (a, b) => compareText(a.school ?? "", b.school ?? "") || byConcern(a, b),
  coverage: (a, b) => a.typesCovered - b.typesCovered || byConcern(a, b),
};

function matches(r: EctRow, f: LeadFilters, nameOf: Props["nameOf"]): boolean {
  if (f.school !== undefined && r.school !== f.school) return false;
  if (f.year !== undefined && r.ectYear !== f.year) return false;
  if (f.department !== undefined && r.department !== f.department) return false;
  if (f.type !== undefined && (r.unmapped || (r.coverage[f.type] ?? 0) > 1)) return false;
  if (f.flag !== undefined && !r.flags.some((x) => x.code === f.flag)) return false;
  if (f.search && !nameOf(r.id, r.name).toLowerCase().includes(f.search.toLowerCase())) return false;
  return true;
}

export function LeadView(props: Props) {
  const { client, loadedAt, settings, types, nameOf, share, away, onAway, filters, onFilters, compact } = props;
  const [overview, setOverview] = useState<Overview | undefined>();
  const [progress, setProgress] = useState(0);
  // Which load the supporters' rows are in for (they follow the ECT rows).
  const [supportersFor, setSupportersFor] = useState<{ readonly load: unknown } | undefined>(undefined);
  const supportersReady = supportersFor !== undefined && supportersFor.load === loadedAt;
  const k = settings.small_count_k;

  useEffect(() => {
    let current = true;
    loadOverview(
      client,
      (done, total) => current && setProgress(total === 0 ? 1 : done / total),
      (partial) => current && setOverview(partial),
    ).then((o) => {
      if (!current) return;
      setOverview(o);
      setSupportersFor({ load: loadedAt });
    });
    return () => {
      current = false;
    };
  }, [client, loadedAt]);

  const computed: ScenarioResult | undefined = useWorkerQuery(
    () => (away.length === 0 ? undefined : client.request({ kind: "whatif", remove: away })),
    [client, away, loadedAt],
  );

  const awaySet = useMemo(() => new Set(away), [away]);
  // A scenario answer only counts for the people currently away (and none when nobody is).
  const scenario =
    away.length > 0 &&
    computed &&
    computed.result.removed.length === away.length &&
    computed.result.removed.every((id) => awaySet.has(id))
      ? computed
      : undefined;
  // Lookups over every person, made once per data set rather than on every render.
  const derived = useMemo(() => {
    if (!overview) return undefined;
    return {
      supporterName: new Map(overview.supporters.map((s) => [s.id, s.name])),
      ectName: new Map(overview.ects.map((e) => [e.id, e.name])),
      departments: [
        ...new Set(overview.ects.map((r) => r.department).filter((d): d is string => d !== undefined)),
      ].sort(),
      schoolCounts: countBySchool(overview),
      // In the order the analysis ranked them (docs/domain.md 5.5), not the file's.
      untapped: rankedRows(
        overview.untapped,
        overview.supporters.filter((s) => s.flags.some((f) => f.code === "UNTAPPED")),
      ),
      flagOptions: [...new Set(overview.ects.flatMap((r) => r.flags.map((f) => f.code)))]
        .sort()
        .map((c): readonly [string, string] => [
          c,
          describeFlag({ code: c, severity: "info", scope: "ect" }, () => "someone", "they").title,
        ]),
    };
  }, [overview]);

  const rows = useMemo(() => {
    if (!overview) return [];
    const replaced = new Map((scenario?.rows ?? []).map((r) => [r.id, r]));
    return overview.ects.filter((r) => !awaySet.has(r.id)).map((r) => replaced.get(r.id) ?? r);
  }, [overview, scenario, awaySet]);
  const changed = useMemo(() => new Set((scenario?.rows ?? []).map((r) => r.id)), [scenario]);
  const shown = useMemo(
    () => rows.filter((r) => matches(r, filters, nameOf)).sort(SORTS[filters.sort]),
    [rows, filters, nameOf],
  );
  // Filters other than the school pick a set of ECTs; the graph then shows them and their supporters.
  const narrowed =
    filters.type !== undefined ||
    filters.flag !== undefined ||
    filters.year !== undefined ||
    filters.department !== undefined ||
    filters.search !== "";
  const graphEcts = useMemo(() => (narrowed ? shown : undefined), [narrowed, shown]);
  const networkFlags = useMemo(() => {
    if (!overview) return [];
    return scenario ? scenario.result.networkFlags : overview.networkFlags;
  }, [overview, scenario]);
  useEffect(() => {
    // Reports when a scenario's answer is on screen (what-if is timed by it).
    if (scenario) instrument({ name: "scenario" });
  }, [scenario]);

  // Focus follows the work: a what-if asked here brings its result into view with focus on its
  // heading, and its sentence is said. One restored from the address, or a person brought back
  // while others stay away, updates in place and is only said.
  const announce = useAnnounce();
  const asked = useRef<"focus" | "say" | undefined>(undefined);
  const askedFrom = useRef<Element | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!scenario || !asked.current || !derived) return;
    const how = asked.current;
    asked.current = undefined;
    const names = (id: string) => nameOf(id, derived.supporterName.get(id) ?? derived.ectName.get(id) ?? id);
    const { question, answer } = whatIfSentence(scenario.result, names, share, k);
    announce(`${question} ${answer}`);
    const heading = resultHeading.current;
    if (how !== "focus" || !heading) return;
    heading.focus({ preventScroll: true });
    heading.closest(".scenario")?.scrollIntoView({ block: "nearest" });
  }, [scenario, derived, nameOf, share, k, announce]);
  const ask = (ids: readonly string[], name: string) => {
    if (ids.length === away.length) {
      // Already away (a keystone's "What if away?" again): the result is there already.
      resultHeading.current?.focus();
      return;
    }
    const bringingBack = ids.length < away.length;
    asked.current = ids.length === 0 ? undefined : bringingBack ? "say" : "focus";
    askedFrom.current = document.activeElement;
    if (bringingBack && ids.length === 0) announce(`${name} is back. Nobody is away now.`);
    else if (bringingBack) announce(`${name} is back.`);
    onAway(ids);
  };
  const undoScenario = () => {
    onAway([]);
    announce("Scenario undone. Nobody is away now.");
    // The result goes: focus back to where the what-if was asked, or to the top of the overview.
    const from = askedFrom.current;
    requestAnimationFrame(() =>
      (from instanceof HTMLElement && from.isConnected ? from : document.getElementById("counts-h"))?.focus(),
    );
  };

  if (!overview)
    return (
      <p aria-live="polite">
        Preparing the overview… <progress max={1} value={progress} aria-label="Overview loaded" />
      </p>
    );

  const { supporterName, ectName, departments, schoolCounts, untapped, flagOptions } = derived!;
  const nameById = (id: string) => nameOf(id, supporterName.get(id) ?? ectName.get(id) ?? id);
  const count = (rs: readonly EctRow[], code: string) => rs.filter((r) => r.flags.some((f) => f.code === code)).length;
  const overDelta = scenario
    ? scenario.result.flagsAdded.filter((f) => f.code === "OVER_CAPACITY").length -
      scenario.result.flagsCleared.filter((f) => f.code === "OVER_CAPACITY").length
    : 0;
  const counts = [
    { label: "ECTs", value: overview.ects.length, after: scenario ? rows.length : undefined, testId: "count-ects" },
    { label: "supporters", value: overview.summary.supporters, testId: "count-supporters" },
    {
      label: "with no support now",
      value: count(overview.ects, "ISOLATED"),
      after: scenario ? count(rows, "ISOLATED") : undefined,
      testId: "count-isolated",
    },
    {
      label: "with a gap",
      value: count(overview.ects, "GAP"),
      after: scenario ? count(rows, "GAP") : undefined,
      testId: "count-gaps",
    },
    {
      label: "over capacity",
      value: overview.summary.overCapacity,
      after: scenario ? overview.summary.overCapacity + overDelta : undefined,
      testId: "count-over",
    },
  ];
  const toggleAway = (r: SupporterRow) => {
    instrument({ name: "away" });
    awayToggled(r);
  };
  const awayToggled = (r: SupporterRow) =>
    ask(awaySet.has(r.id) ? away.filter((x) => x !== r.id) : [...away, r.id], nameOf(r.id, r.name));
  // A what-if restored from the address arrives before the supporters' rows that name its people:
  // until they are in, say it is loading rather than show an id ("P10") for a moment.
  const result =
    scenario &&
    (supportersReady ? (
      <WhatIfResult
        scenario={scenario}
        nameOf={nameById}
        share={share}
        k={k}
        onUndo={undoScenario}
        headingRef={resultHeading}
      />
    ) : (
      <p className="scenario" role="status" data-testid="scenario-loading">
        Loading the what-if…
      </p>
    ));
  const removalImpact = overview.removalImpact.slice(0, 10);
  const keystoneIds = new Set(overview.keystoneIds);

  return (
    <div className="lead">
      <section aria-labelledby="counts-h" className="card">
        <h2 id="counts-h" tabIndex={-1}>
          Across the network
        </h2>
        <Counts counts={counts} share={share} k={k} />
        {!share && <JumpTo />}
        {share && result}
        <NetworkFlags flags={networkFlags} nameOf={nameById} share={share} k={k} />
      </section>

      {share ? (
        <ShareSummary rows={rows} types={types} k={k} schools={overview.schools} schoolCounts={schoolCounts} />
      ) : (
        <>
          <section aria-labelledby="ects-h" className="card">
            <h2 id="ects-h" tabIndex={-1}>
              ECTs, by what most needs a look
            </h2>
            <div className="filters" role="group" aria-label="Filter ECTs">
              <FilterSelect
                id="f-school"
                label="School"
                any="All schools"
                value={filters.school}
                options={overview.schools.map((x) => [x, x])}
                onChange={(school) => {
                  instrument({ name: "school" });
                  onFilters({ ...filters, school });
                }}
              />
              <FilterSelect
                id="f-type"
                label="Support type"
                value={filters.type}
                options={types.map((t) => [t, `${SUPPORT_TYPES[t].label}: no one or one source`])}
                onChange={(type) => onFilters({ ...filters, type: type as SupportType | undefined })}
              />
              <FilterSelect
                id="f-flag"
                label="Flag"
                value={filters.flag}
                options={flagOptions}
                onChange={(flag) => onFilters({ ...filters, flag })}
              />
              <FilterSelect
                id="f-year"
                label="ECT year"
                value={filters.year === undefined ? undefined : String(filters.year)}
                options={Array.from({ length: settings.ect_years }, (_, i) => [String(i + 1), `Year ${i + 1}`])}
                onChange={(year) => onFilters({ ...filters, year: year === undefined ? undefined : Number(year) })}
              />
              <FilterSelect
                id="f-dept"
                label="Department"
                value={filters.department}
                options={departments.map((d) => [d, d])}
                onChange={(department) => onFilters({ ...filters, department })}
              />
              <label htmlFor="f-sort">Sort by</label>
              <select
                id="f-sort"
                value={filters.sort}
                onChange={(e) => onFilters({ ...filters, sort: e.target.value as EctSort })}
              >
                <option value="concern">what most needs a look</option>
                <option value="coverage">fewest kinds of support covered</option>
                <option value="school">school</option>
                <option value="name">name</option>
              </select>
              <label htmlFor="f-name">Name</label>
              <input
                id="f-name"
                type="search"
                value={filters.search}
                onChange={(e) => onFilters({ ...filters, search: e.target.value })}
              />
              <label className="toggle">
                <input type="checkbox" checked={compact} onChange={(e) => props.onCompact(e.target.checked)} /> Compact
                heat map
              </label>
            </div>
            <p className="muted small" aria-live="polite">
              {shown.length.toLocaleString("en-GB")} of {rows.length.toLocaleString("en-GB")} ECTs. Cells show how many
              people provide each kind of support ("gap" = no one). There are no scores.
            </p>
            <EctTable
              rows={shown}
              types={types}
              nameOf={nameOf}
              changed={changed}
              onOpen={(r) => props.onOpenEct(r.id)}
              compact={compact}
            />
          </section>

          <section aria-labelledby="supporters-h" className="card">
            <h2 id="supporters-h" tabIndex={-1}>
              Supporters and load
            </h2>
            <p className="muted small">
              Workload, not performance: these show where support rests on few people. Press "Away" to see what would
              change if someone left or was off.
            </p>
            {result}
            {!supportersReady ? (
              <p aria-live="polite" data-testid="supporters-loading">
                Loading the supporters… <progress max={1} value={progress} aria-label="Supporters loaded" />
              </p>
            ) : (
              <SupporterTable
                rows={overview.supporters}
                nameOf={nameOf}
                ectName={nameById}
                removed={awaySet}
                onToggleAway={toggleAway}
              />
            )}
            {supportersReady && (
              <div className="two-col">
                <div>
                  <h3>Removal impact: who is the only source of something</h3>
                  <p className="muted small">
                    Most gaps opened first. A <strong>keystone</strong> is the only source of some kind of support for
                    two or more ECTs, as in the network summary.
                  </p>
                  <ol className="keystones">
                    {removalImpact.map((k2) => (
                      <li key={k2.id}>
                        {nameById(k2.id)}
                        {keystoneIds.has(k2.id) ? " (keystone)" : ""}: only source of {k2.impact} (ECT, type) pair
                        {k2.impact === 1 ? "" : "s"}{" "}
                        <button
                          type="button"
                          className="small-button"
                          onClick={() =>
                            ask(
                              awaySet.has(k2.id) ? away.filter((x) => x !== k2.id) : [...away, k2.id],
                              nameById(k2.id),
                            )
                          }
                        >
                          {awaySet.has(k2.id) ? "Bring back" : "What if away?"}
                        </button>
                      </li>
                    ))}
                  </ol>
                </div>
                <div>
                  <h3>Untapped: time to give, supporting no one yet</h3>
                  {untapped.length === 0 ? (
                    <p className="muted">No one with recorded capacity is unused.</p>
                  ) : (
                    <ul>
                      {untapped.map((u) => (
                        <li key={u.id}>
                          <Name text={nameOf(u.id, u.name)} />
                          {u.roleTitle ? `, ${u.roleTitle}` : ""}
                          {u.strengths?.length ? ` (strengths: ${u.strengths.join(", ")})` : ""}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            )}
          </section>
        </>
      )}

      {!share && (
        // Asked for once the ECT rows are in: the table is what a mentor lead reads first.
        <NetworkPicture
          client={client}
          loadedAt={loadedAt}
          ready={overview !== undefined}
          schools={overview.schools}
          tableSchool={filters.school}
          narrowed={graphEcts}
          nameOf={nameOf}
          share={share}
          removed={awaySet}
          changed={changed}
        />
      )}
    </div>
  );
}

function NetworkFlags({
  flags,
  nameOf,
  share,
  k,
}: {
  flags: readonly Flag[];
  nameOf: (id: string) => string;
  share: boolean;
  k: number;
}) {
  if (flags.length === 0)
    return <p className="strength">No network flags: support is spread across people and settings.</p>;
  return (
    <ul className="flags">
      {flags.map((f) => {
        const w = describeFlag(f, nameOf, "they", "", { share });
        const people = f.people ?? [];
        const body =
          f.code === "ISOLATED_ECTS" ? w.body.replace(/\(\d+\)/, `(${shownCount(people.length, share, k)})`) : w.body;
        return (
          <li key={flagKey(f)} className={`flag flag-${f.severity}`} data-code={f.code}>
            <h3>{w.title}</h3>
            <p>
              {body}
              {!share &&
                people.length > 0 &&
                // Shortened and isolated like names in the ECT's sentences: a 5,000-character name filled a
                // screen, and a right-to-left one reordered the names after it.
                ` ${people
                  .slice(0, 12)
                  .map((id) => isolate(shorten(nameOf(id))))
                  .join(", ")}${people.length > 12 ? ` and ${people.length - 12} more` : ""}.`}
            </p>
            <p className="flag-why">
              <strong>Why it matters:</strong> {w.why}
            </p>
            <p className="flag-try">
              <strong>Something to try:</strong> {w.try}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** Share mode: aggregates only, suppressed below k, and no breakdown that would single anyone out. */
function ShareSummary({
  rows,
  types,
  k,
  schools,
  schoolCounts,
}: {
  rows: readonly EctRow[];
  types: readonly SupportType[];
  k: number;
  schools: readonly string[];
  schoolCounts: readonly number[];
}) {
  const mapped = rows.filter((r) => !r.unmapped);
  return (
    <section aria-labelledby="share-h" className="card" data-testid="share-summary">
      <h2 id="share-h">Coverage across ECTs (share mode)</h2>
      <p className="muted small">
        No names. Counts below {k} show as "fewer than {k}".
      </p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Support type</th>
            <th scope="col">No one</th>
            <th scope="col">One source</th>
            <th scope="col">Two or more</th>
          </tr>
        </thead>
        <tbody>
          {types.map((t) => {
            const n0 = mapped.filter((r) => (r.coverage[t] ?? 0) === 0).length;
            const n1 = mapped.filter((r) => (r.coverage[t] ?? 0) === 1).length;
            const n2 = mapped.length - n0 - n1;
            return (
              <tr key={t}>
                <th scope="row">{SUPPORT_TYPES[t].label}</th>
                <td>{shownCount(n0, true, k)}</td>
                <td>{shownCount(n1, true, k)}</td>
                <td>{shownCount(n2, true, k)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {breakdownAllowed(schoolCounts, true, k) ? (
        <>
          <h3>ECTs by school</h3>
          <ul>
            {schools.map((s, i) => (
              <li key={s}>
                {s}: {shownCount(schoolCounts[i]!, true, k)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">The breakdown by school is hidden because some schools have fewer than {k} ECTs.</p>
      )}
    </section>
  );
}

/** A labelled filter: "any" (no filter) or one of `options` ([value, label]). */
function FilterSelect(props: {
  id: string;
  label: string;
  any?: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ""} onChange={(e) => props.onChange(e.target.value || undefined)}>
        <option value="">{props.any ?? "Any"}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </>
  );
}

/**
 * The mentor lead's overview: counts, network flags, ECTs by concern (table and heat map), the
 * supporters' load and keystones, the network graph for a school, and what-if scenarios. In share
 * mode (governors, trust boards) it shows aggregates only, with small counts suppressed.
 */
import type { ReactNode } from "react";
import { useCallback, useMemo, useState } from "react";
import type { Edit, Settings, SupporterRow } from "../../core/index.ts";
import { countWords } from "../../core/index.ts";
import type { Loaded } from "../../workers/protocol.ts";
import { useClient, useNameOf, useShare, useShareRule, useWording } from "../AppContext.tsx";
import { Counts } from "./Counts.tsx";
import { EctCount } from "./EctCount.tsx";
import { withoutFilters } from "./ectCountWords.ts";
import { EctFilters } from "./EctFilters.tsx";
import { EctTable } from "./EctTable.tsx";
import { JumpTo, jumpTo } from "./JumpTo.tsx";
import { KeystonesAndUntapped } from "./KeystonesAndUntapped.tsx";
import { leadCounts } from "./leadCounts.ts";
import type { LeadFilters } from "./leadFilters.ts";
import { matches, SORTS } from "./leadFilters.ts";
import { NetworkFlags } from "./NetworkFlags.tsx";
import { NetworkPicture } from "./NetworkPicture.tsx";
import { overCapacityIn } from "./overCapacityAfter.ts";
import { overviewLookups } from "./overviewLookups.ts";
import { ShareSummary } from "./ShareSummary.tsx";
import { SupporterTable } from "./SupporterTable.tsx";
import type { SupporterView } from "./supporterView.ts";
import { ALL_SUPPORTERS, OVER_CAPACITY_FIRST } from "./supporterView.ts";
import { useOverview } from "./useOverview.ts";
import { useFilterChange } from "./useFilterChange.ts";
import { useScenario } from "./useScenario.ts";
import { WhatIfResult } from "./WhatIfResult.tsx";
import { instrument } from "../instrument.ts";
import { ProgressBar } from "../components/ProgressBar.tsx";
import { EditDetails } from "../editing/EditDetails.tsx";

interface Props {
  /** The load shown: a new one starts a new overview, and brings the overview's head and first rows. */
  readonly loaded: Loaded;
  readonly settings: Settings;
  readonly away: readonly string[];
  readonly onAway: (ids: readonly string[]) => void;
  readonly filters: LeadFilters;
  readonly onFilters: (f: LeadFilters) => void;
  readonly compact: boolean;
  readonly onCompact: (c: boolean) => void;
  readonly onOpenEct: (id: string) => void;
  /** "Print network summary", beside "Jump to" (share mode too: governors print it). */
  readonly printSummary?: ReactNode;
  /** Correcting a supporter's details from their open row: each save one step of the history. */
  readonly busy: boolean;
  /** False when the change was refused (changes are off in this tab): nothing was changed. */
  readonly onEdit: (edits: readonly Edit[], step: string) => boolean;
}

export function LeadView(props: Props) {
  const { loaded, settings, away, onAway, filters, onFilters, compact } = props;
  const client = useClient();
  const nameOf = useNameOf();
  const share = useShare();
  const rule = useShareRule();
  const { types } = useWording();
  const { overview, progress, ectsReady, supportersReady } = useOverview(client, loaded);
  const k = settings.small_count_k;
  const [supporterView, setSupporterView] = useState<SupporterView>(ALL_SUPPORTERS);
  // Kept here, not in the table: the table is redrawn while the data reloads after an edit, and the
  // supporter whose details were just saved stays open, their details focused (see EditDetails).
  const [openSupporter, setOpenSupporter] = useState<string | undefined>();
  const [saved, setSaved] = useState<{ readonly id: string; readonly from: Loaded } | undefined>();
  const forgetSaved = useCallback(() => setSaved(undefined), []);
  const derived = useMemo(() => overviewLookups(overview), [overview]);
  const nameById = useMemo(
    () => (id: string) => nameOf(id, derived.supporterName.get(id) ?? derived.ectName.get(id) ?? id),
    [derived, nameOf],
  );
  const { scenario, awaySet, ask, undoScenario, resultHeading } = useScenario(
    client,
    loaded,
    away,
    onAway,
    nameById,
    rule,
  );

  const rows = useMemo(() => {
    const replaced = new Map((scenario?.rows ?? []).map((r) => [r.id, r]));
    return overview.ects.filter((r) => !awaySet.has(r.id)).map((r) => replaced.get(r.id) ?? r);
  }, [overview, scenario, awaySet]);
  const changed = useMemo(() => new Set((scenario?.rows ?? []).map((r) => r.id)), [scenario]);
  const isOver = useMemo(() => overCapacityIn(scenario?.result), [scenario]);
  const changeFilters = useFilterChange(rows, filters, onFilters, ectsReady);
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
  const networkFlags = useMemo(
    () => (scenario ? scenario.result.networkFlags : overview.networkFlags),
    [overview, scenario],
  );

  const { schoolCounts, untapped, flagOptions } = derived;
  // The over-capacity count opens the supporters' table on the people it counts, fullest first.
  const showOver = () => {
    setSupporterView(OVER_CAPACITY_FIRST);
    requestAnimationFrame(() => jumpTo("supporters-h"));
  };
  // A what-if's counts after it are counted over every ECT's row: none until all are in.
  const counts = leadCounts(overview, rows, ectsReady ? scenario : undefined, (n) => countWords(n, rule)).map((c) =>
    c.testId === "count-over" ? { ...c, onShow: showOver } : c,
  );
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
        rule={rule}
        onUndo={undoScenario}
        headingRef={resultHeading}
      />
    ) : (
      <p className="scenario" role="status" data-testid="scenario-loading">
        Loading the what-if…
      </p>
    ));

  return (
    <div className="lead">
      <section aria-labelledby="counts-h" className="card">
        <h2 id="counts-h" tabIndex={-1}>
          Across the network
        </h2>
        <Counts counts={counts} share={share} rule={rule} />
        <div className="lead-actions">
          {!share && <JumpTo />}
          {props.printSummary}
        </div>
        {share && result}
        <NetworkFlags flags={networkFlags} nameOf={nameById} share={share} rule={rule} />
      </section>

      {share ? (
        ectsReady ? (
          <ShareSummary
            rows={rows}
            types={types}
            rule={rule}
            k={k}
            schools={overview.schools}
            schoolCounts={schoolCounts}
          />
        ) : (
          <p aria-live="polite" data-testid="ects-loading">
            Counting the ECTs…
          </p>
        )
      ) : (
        <>
          <section aria-labelledby="ects-h" className="card">
            <h2 id="ects-h" tabIndex={-1}>
              ECTs, by what most needs a look
            </h2>
            <EctFilters
              filters={filters}
              onFilters={changeFilters}
              schools={overview.schools}
              types={types}
              flagOptions={flagOptions}
              ectYears={settings.ect_years}
              departments={loaded.departments}
              compact={compact}
              onCompact={props.onCompact}
            />
            <EctCount
              shown={shown.length}
              total={ectsReady ? rows.length : overview.ectCount}
              ready={ectsReady}
              filters={filters}
              onShowAll={() => {
                changeFilters(withoutFilters(filters));
                // The button goes with the filters: focus goes to the section's heading, not the page's top.
                document.getElementById("ects-h")?.focus();
              }}
            />
            {/* Read where it stands, once: it was in the live count, said again with every change. */}
            <p className="muted small">
              Cells show how many people provide each kind of support ("gap" = no one). There are no scores.
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
              <ProgressBar
                label="Supporters loaded"
                doing="Loading the supporters"
                progress={{ fraction: progress }}
                testId="supporters-loading"
              />
            ) : (
              <SupporterTable
                rows={overview.supporters}
                nameOf={nameOf}
                ectName={nameById}
                removed={awaySet}
                onToggleAway={toggleAway}
                view={supporterView}
                onView={setSupporterView}
                isOver={isOver}
                inScenario={scenario !== undefined}
                open={openSupporter}
                onOpen={setOpenSupporter}
                more={(r) => (
                  <EditDetails
                    personId={r.id}
                    schools={loaded.schools}
                    ectYears={settings.ect_years}
                    dataVersion={loaded}
                    busy={props.busy}
                    onEdit={props.onEdit}
                    savedFrom={saved?.id === r.id ? saved.from : undefined}
                    onSaved={() => setSaved({ id: r.id, from: loaded })}
                    onFocused={forgetSaved}
                  />
                )}
              />
            )}
            {supportersReady && (
              <KeystonesAndUntapped
                removalImpact={overview.removalImpact.slice(0, 10)}
                keystoneIds={new Set(overview.keystoneIds)}
                untapped={untapped}
                nameOf={nameOf}
                nameById={nameById}
                onAsk={(id) => ask(awaySet.has(id) ? away.filter((x) => x !== id) : [...away, id], nameById(id))}
                away={awaySet}
                soleSource={derived.soleSource}
                capacityRecorded={overview.summary.capacityRecorded}
              />
            )}
          </section>
        </>
      )}

      {!share && (
        // Asked for once the ECT rows are in: the table is what a mentor lead reads first.
        <NetworkPicture
          client={client}
          loadedAt={loaded}
          ready={ectsReady}
          schools={overview.schools}
          tableSchool={filters.school}
          narrowed={graphEcts}
          nameOf={nameOf}
          share={share}
          removed={awaySet}
          changed={changed}
          networkPeople={loaded.peopleIds.length}
        />
      )}
    </div>
  );
}

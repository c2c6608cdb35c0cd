/**
 * The one-page network summary for a mentor lead: counts, who has no one or one person, the
 * keystones, who is over capacity, what-if of the top keystone, and the plan's status. Honours
 * "hide names" (codes) and share mode (no names, small counts suppressed). Printable on its own.
 */
import { useId } from "react";
import type { NetworkSummary, PlanComparison, Settings } from "../../core/index.ts";
import {
  CAPACITY_HINT,
  countWords,
  overCapacityLabel,
  overCapacityWithPlan,
  soleSourceWords,
} from "../../core/index.ts";
import { useShareRule } from "../AppContext.tsx";
import type { NameOf } from "../names.ts";
import { isolate, shorten } from "../names.ts";
import { Name } from "../components/Name.tsx";
import { SourceLine } from "../components/SourceLine.tsx";

interface Props {
  readonly summary: NetworkSummary | undefined;
  readonly comparison: PlanComparison | undefined;
  readonly proposals: number;
  readonly nameOf: NameOf;
  readonly share: boolean;
  readonly settings: Settings;
  readonly asOf: string;
  /** Where the data comes from (printedSourceWords), for a printed page read away from the screen. */
  readonly source?: string | undefined;
  readonly onPrint: () => void;
  /** Said under the source line when the figures may still change (open import questions: openQuestionsWords). */
  readonly caveat?: string | undefined;
}

export function NetworkReport(props: Props) {
  const { summary: s, comparison, proposals, nameOf, share, settings, asOf, source, onPrint, caveat } = props;
  // Its own heading id: on the lead tab it sits in the page beside "What was read" (report-h).
  const headingId = useId();
  const k = settings.small_count_k;
  const rule = useShareRule();
  const count = (n: number) => countWords(n, rule);
  // Names in these lists are shortened and isolated, as in every sentence: a 5,000-character name
  // filled the page, and a right-to-left one reordered the names after it.
  const named = (id: string, name: string) => isolate(shorten(nameOf(id, name)));
  const people = (list: readonly { id: string; name: string }[]) =>
    share ? count(list.length) : list.length === 0 ? "none" : list.map((p) => named(p.id, p.name)).join(", ");
  return (
    <section className="card network-report" aria-labelledby={headingId} data-testid="network-report">
      <div className="title-row">
        <h2 id={headingId}>Network summary</h2>
        <button type="button" className="no-print" onClick={onPrint} disabled={!s}>
          Print network summary
        </button>
      </div>
      {!s ? (
        <p aria-live="polite">Working it out…</p>
      ) : (
        <>
          <p className="muted small" data-testid="report-source">
            <SourceLine source={source} asOf={asOf} />
            {share ? " Share mode: no names, and counts below " + k + " are not shown exactly." : ""}
          </p>
          {caveat && (
            <p className="report-caveat" data-testid="report-caveat">
              {caveat}
            </p>
          )}
          <ul className="counts">
            <Count label="ECTs" value={count(s.ects)} />
            <Count label="supporters" value={count(s.supporters)} />
            <Count label="with no support at the moment" value={count(s.noOne.length)} />
            <Count label="with one supporter" value={count(s.oneSupporter.length)} />
            {/* As the lead's tile and heat map: those with no one at all have a gap in every kind too. */}
            <Count label="with a gap" value={count(s.withAGap)} />
            {/* Nobody is over a capacity nobody has: a dash and why, never "0". */}
            <Count
              label={overCapacityLabel(s.capacityRecorded, count)}
              value={s.capacityRecorded === 0 ? "–" : count(s.counts.overCapacity)}
            />
            <Count label="keystones" value={count(s.keystones.length)} />
          </ul>
          <dl className="report-list">
            <dt>ECTs with no support at the moment</dt>
            <dd>{people(s.noOne)}</dd>
            <dt>ECTs whose support runs through one person</dt>
            <dd>{people(s.oneSupporter)}</dd>
            <dt>Keystones (the only source of something for several ECTs)</dt>
            <dd>
              {share
                ? count(s.keystones.length)
                : s.keystones.length === 0
                  ? "none"
                  : s.keystones
                      .map((p) => `${named(p.id, p.name)}: only source for ${soleSourceWords(p.impact, p.ects)}`)
                      .join("; ")}
            </dd>
            <dt>Over capacity (about workload, not about anyone)</dt>
            <dd>
              {s.capacityRecorded === 0
                ? `No one has a capacity recorded, so no one can be shown as over it. ${CAPACITY_HINT}`
                : share
                  ? count(s.overCapacity.length)
                  : s.overCapacity.length === 0
                    ? "none"
                    : s.overCapacity
                        .map(
                          (p) =>
                            `${named(p.id, p.name)} (${p.ectsSupported} ECT${p.ectsSupported === 1 ? "" : "s"}${p.capacity !== undefined ? ` of ${p.capacity}` : ""}` +
                            `${p.capacityMinutes !== undefined ? `, ${Math.round(p.minutes)} of ${p.capacityMinutes} minutes a month` : ""})`,
                        )
                        .join("; ")}
            </dd>
            {s.topKeystoneAway && (
              <>
                <dt>If the top keystone were away</dt>
                <dd data-testid="report-whatif">
                  {share ? "One person" : <Name text={nameOf(s.topKeystoneAway.id, s.topKeystoneAway.name)} />}:{" "}
                  {/* Gaps are (ECT, kind) pairs, counted as the what-if counts them, never "kinds of support". */}
                  {count(s.topKeystoneAway.newGaps)} new gap{s.topKeystoneAway.newGaps === 1 ? "" : "s"}, for{" "}
                  {count(s.topKeystoneAway.ectsAffected)} ECT{s.topKeystoneAway.ectsAffected === 1 ? "" : "s"}
                  {s.topKeystoneAway.newlyIsolated > 0
                    ? `, and ${count(s.topKeystoneAway.newlyIsolated)} would have no one at all`
                    : ""}
                  .
                </dd>
              </>
            )}
            <dt>Draft plan</dt>
            <dd data-testid="report-plan">
              {proposals === 0 || !comparison
                ? "No plan drafted yet."
                : `${count(proposals)} proposed link${proposals === 1 ? "" : "s"}: gaps ${count(comparison.today.gaps)} today, ${count(comparison.withPlan.gaps)} with the plan; ECTs with one supporter ${count(comparison.singles.today.singleSupporterEcts)} → ${count(comparison.singles.withPlan.singleSupporterEcts)}; other single sources ${count(comparison.singles.today.otherSingleSources)} → ${count(comparison.singles.withPlan.otherSingleSources)}; people over capacity: ${overCapacityWithPlan(comparison.today.overCapacity, comparison.withPlan.overCapacity, comparison.capacityRecorded, count)}.`}
            </dd>
          </dl>
          <p className="muted small">
            Every threshold is a default, not a research finding. Flags are prompts, never judgements. Made with Mosaic;
            it stays on this device.
          </p>
        </>
      )}
    </section>
  );
}

function Count({ label, value }: { label: string; value: string }) {
  return (
    <li>
      <span className="count-value">{value}</span> <span className="count-label">{label}</span>
    </li>
  );
}

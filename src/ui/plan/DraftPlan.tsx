/**
 * The draft plan: proposed links from the optimiser, from suggestions or added by hand. Nothing in
 * it changes the data; it is a list to talk through, export and print. In share mode it shows totals
 * only (planTotals.ts): a list of pairs, even as codes, singles people out (docs/domain.md 8.9).
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { PlanComparison, PlanNeed, ProposalAgreement, ProposedLink, SupportType } from "../../core/index.ts";
import { addProposal, countWords, planOutcomeWords, setAgreement, SUPPORT_TYPES, typeList } from "../../core/index.ts";
import { reportUnlessCancelled, type AnalysisClient } from "../../workers/analysisClient.ts";
import type { EctListRow } from "../../workers/protocol.ts";
import { AddByHand } from "./AddByHand.tsx";
import { downloadBlob } from "../graph/exportPng.ts";
import type { NameOf } from "../names.ts";
import { Reasons } from "../components/Reasons.tsx";
import { SourceLine } from "../components/SourceLine.tsx";
import { ProgressBar } from "../components/ProgressBar.tsx";
import { useHideNames, useShare, useShareRule } from "../AppContext.tsx";
import { useAnnounce } from "../announce/useAnnounce.ts";
import { FocusKeepingButton } from "../components/FocusKeepingButton.tsx";
import { flagTotalsWords, proposedTotalsWords } from "./planTotals.ts";

interface Props {
  readonly client: AnalysisClient;
  readonly ects: readonly EctListRow[];
  readonly schools: readonly string[];
  readonly types: readonly SupportType[];
  readonly plan: readonly ProposedLink[];
  readonly onPlan: (plan: readonly ProposedLink[]) => void;
  /** The plan against today, for share mode's flag totals; undefined while it is worked out. */
  readonly comparison?: PlanComparison | undefined;
  readonly nameOf: NameOf;
  /** Where the data comes from (printedSourceWords) and its date: the printed plan says both, as the network summary does. */
  readonly source?: string | undefined;
  readonly asOf: string;
  readonly onPrint: () => void;
}

const SOURCE_WORD: Readonly<Record<ProposedLink["source"], string>> = {
  optimiser: "proposed plan",
  suggestion: "suggestion",
  by_hand: "added by hand",
};

type PlanNeedLeftOpen = PlanNeed & { readonly why: string };

const readAnswer = (v: string): ProposalAgreement | undefined => (v === "agrees" || v === "rather_not" ? v : undefined);

/** The ECT's answer in words, for print (a printed dropdown shows one choice and an arrow). */
const ANSWER_WORD: Readonly<Record<ProposalAgreement | "", string>> = {
  "": "not asked yet",
  agrees: "ECT agrees",
  rather_not: "ECT would rather not",
};

export function DraftPlan({
  client,
  ects,
  schools,
  types,
  plan,
  onPlan,
  comparison,
  nameOf,
  source,
  asOf,
  onPrint,
}: Props) {
  const [school, setSchool] = useState("");
  const [secondSources, setSecondSources] = useState(false);
  const [progress, setProgress] = useState<number | undefined>();
  const [outcome, setOutcome] = useState<string | undefined>();
  const [open, setOpen] = useState<readonly PlanNeedLeftOpen[]>([]);
  const names = useMemo(() => new Map(ects.map((e) => [e.id, e.name])), [ects]);
  const [people, setPeople] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());
  const nameOfId = (id: string) => nameOf(id, names.get(id) ?? people.get(id) ?? id);
  // What may be shown (core shareRule): in share mode "1 of 1 gaps" would give small counts away.
  const rule = useShareRule();
  const hideNames = useHideNames();
  const share = useShare();
  const count = (n: number) => countWords(n, rule);
  const announce = useAnnounce();

  // Names of the supporters in the plan (the page holds only the ECTs' names), each asked once.
  useEffect(() => {
    const missing = [...new Set(plan.map((p) => p.from))].filter((id) => !names.has(id) && !asked.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) asked.current.add(id);
    client.request({ kind: "names", ids: missing }).then((found) => {
      setPeople((old) => new Map([...old, ...missing.map((id, i): [string, string] => [id, found?.[i] || id])]));
    }, reportUnlessCancelled);
  }, [plan, client, names]);

  const propose = async () => {
    setProgress(0);
    setOutcome(undefined);
    setOpen([]);
    try {
      const result = await client.request(
        { kind: "propose", school: school || undefined, secondSources },
        (done, total) => setProgress(total === 0 ? 1 : done / total),
      );
      if (!result) return;
      // Proposals of the user's own stay; the optimiser's earlier ones are replaced.
      let next: ProposedLink[] = plan.filter((p) => p.source !== "optimiser");
      for (const p of result.proposed) next = addProposal(next, p);
      onPlan(next);
      setOpen(result.uncovered);
      const words = planOutcomeWords(result, secondSources, rule);
      setOutcome(words);
      // Said through the one live region: the outcome's paragraph is new, and a region that appears is often not read.
      announce(`Plan ready. ${words}`);
    } finally {
      setProgress(undefined);
    }
  };

  const openList = (
    <ul>
      {open.map((u) => (
        <li key={`${u.ect}>${u.supportType}`}>
          {nameOfId(u.ect)}: {SUPPORT_TYPES[u.supportType].short} ({u.why})
        </li>
      ))}
    </ul>
  );

  const download = async () => {
    const csv = await client.request({ kind: "planCsv", plan, hideNames, share });
    if (csv === undefined) return;
    downloadBlob(new Blob([csv], { type: "text/csv" }), "mosaic-draft-plan.csv");
  };

  return (
    <section className="card" aria-labelledby="draft-h" data-testid="draft-plan">
      <h2 id="draft-h">Draft plan</h2>
      <p className="muted small print-only" data-testid="plan-source">
        <SourceLine source={source} asOf={asOf} />
      </p>
      {rule.breakdowns ? (
        <p className="muted small">
          Links you might propose: options for each ECT to choose from, to talk through with them and the people
          concerned. Record each ECT&apos;s answer beside the link; a link the ECT would rather not have stays listed
          but is left out of the comparison below. Nothing changes in the data: the plan can be downloaded or printed.
        </p>
      ) : (
        <p className="muted small" data-testid="plan-share-intro">
          Links you might propose, as totals: share mode shows no one link by link, on screen, in print or in the
          downloaded CSV. Nothing changes in the data.
        </p>
      )}
      <div className="filters no-print">
        <label>
          Plan for{" "}
          <select value={school} onChange={(e) => setSchool(e.target.value)}>
            <option value="">every school</option>
            {schools.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" checked={secondSources} onChange={(e) => setSecondSources(e.target.checked)} /> also
          add a second source where there is only one
        </label>
        {/* Focus stays on it while the plan is worked out, so the keyboard user is not dropped to the page's top. */}
        <FocusKeepingButton onClick={() => void propose()} unavailable={progress !== undefined}>
          Propose a plan
        </FocusKeepingButton>
        {progress !== undefined && (
          <ProgressBar label="Working out a plan" doing="Working out a plan" progress={{ fraction: progress }} />
        )}
      </div>
      <p className="muted small no-print">
        The proposal covers as many gaps as it can without taking anyone past their capacity (someone whose capacity is
        not recorded is given at most one new ECT), without making anyone the only source for several ECTs, and never
        with more than two kinds from one person to one ECT, so support stays spread. It never proposes someone who
        manages or has assessed the ECT, and proposes another ECT only as a peer.
      </p>
      {outcome && <p data-testid="plan-outcome">{outcome}</p>}
      {open.length > 0 && !rule.breakdowns && <p data-testid="plan-open">Still open: {count(open.length)}.</p>}
      {open.length > 0 && rule.breakdowns && (
        <>
          <details className="small no-print" data-testid="plan-open">
            <summary>Still open ({count(open.length)})</summary>
            {openList}
          </details>
          {/* Paper cannot open a disclosure: print shows the list itself. */}
          <div className="small print-only">
            Still open ({count(open.length)}): {openList}
          </div>
        </>
      )}
      <AddByHand
        client={client}
        ects={ects}
        types={types}
        nameOf={nameOf}
        onAdd={(p) => onPlan(addProposal(plan, p))}
      />
      {plan.length === 0 ? (
        <p>The plan is empty. Propose a plan, add a suggestion from an ECT's constellation, or add a link by hand.</p>
      ) : !rule.breakdowns ? (
        <div data-testid="plan-totals">
          <p>{proposedTotalsWords(plan, rule)}.</p>
          {comparison && <p>{flagTotalsWords(comparison.flagsCleared, comparison.flagsAdded, rule)}</p>}
          <p className="muted small">Share mode shows totals only: each proposed link is listed when it is off.</p>
        </div>
      ) : (
        <table className="data" data-testid="plan-table">
          <caption className="visually-hidden">Proposed links</caption>
          <thead>
            <tr>
              <th scope="col">Supporter</th>
              <th scope="col">ECT</th>
              <th scope="col">Support</th>
              <th scope="col">Why</th>
              <th scope="col">From</th>
              <th scope="col">ECT's answer</th>
              <th scope="col" className="no-print">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.map((p, i) => (
              <tr key={`${p.from}>${p.to}`}>
                <td>{nameOfId(p.from)}</td>
                <td>{nameOfId(p.to)}</td>
                <td>{typeList(p.supportTypes)}</td>
                <td className="small">
                  {p.headline ?? p.reasons[0]}
                  {/* The full reasons quote free text (a supporter's strengths) that can say who a code is. */}
                  <Reasons reasons={rule.freeText ? p.reasons : []} />
                </td>
                <td className="small">{SOURCE_WORD[p.source]}</td>
                <td className="small">
                  <span className="print-only">{ANSWER_WORD[p.agreement ?? ""]}</span>
                  <select
                    className="no-print"
                    value={p.agreement ?? ""}
                    aria-label={`${nameOfId(p.to)}'s answer about ${nameOfId(p.from)}`}
                    onChange={(e) => onPlan(setAgreement(plan, p.from, p.to, readAnswer(e.target.value)))}
                  >
                    <option value="">{ANSWER_WORD[""]}</option>
                    <option value="agrees">{ANSWER_WORD.agrees}</option>
                    <option value="rather_not">{ANSWER_WORD.rather_not}</option>
                  </select>
                </td>
                <td className="no-print">
                  <button
                    type="button"
                    className="small-button"
                    aria-label={`Remove ${nameOfId(p.from)} to ${nameOfId(p.to)} from the plan`}
                    onClick={() => onPlan(plan.filter((_, j) => j !== i))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="filters no-print">
        <button type="button" onClick={() => void download()} disabled={plan.length === 0}>
          Download plan (CSV)
        </button>
        <button type="button" onClick={onPrint} disabled={plan.length === 0}>
          Print plan summary
        </button>
        <button type="button" onClick={() => onPlan([])} disabled={plan.length === 0}>
          Clear plan
        </button>
      </div>
    </section>
  );
}

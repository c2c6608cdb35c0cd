/**
 * "Print network summary" on the lead overview: the one-page summary Planning shows, printed from where
 * a mentor lead looks. It is worked out only when asked for (a big network's overview is busy enough),
 * then printed once it is in; on screen it stays hidden, and print shows it alone (data-print="lead-summary").
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { NetworkSummary, PlanComparison, ProposedLink } from "../../core/index.ts";
import type { Loaded } from "../../workers/protocol.ts";
import { useAsOf, useClient, useNameOf, useShare } from "../AppContext.tsx";
import { NetworkReport } from "../plan/NetworkReport.tsx";
import { printPart } from "../plan/printPart.ts";
import { openQuestionsWords } from "../importing/reportSummary.ts";
import { useOfferPrint } from "../printOffer.tsx";
import { useWorkerQuery } from "../state/useWorkerQuery.ts";

interface Props {
  readonly loaded: Loaded;
  readonly plan: readonly ProposedLink[];
  /** Where the data comes from (printedSourceWords): a printed page is read away from the header. */
  readonly source: string;
}

/** How long after the overview is shown the summary is worked out: the overview's own rows come first. */
export const PREPARE_AFTER_MS = 1000;

export function PrintSummary({ loaded, plan, source }: Props) {
  const client = useClient();
  const nameOf = useNameOf();
  const share = useShare();
  const asOf = useAsOf();
  // How many times the button was pressed, and how many of those have printed.
  const [asked, setAsked] = useState(0);
  const printed = useRef(0);
  const ask = useCallback(() => setAsked((n) => n + 1), []);
  // The toolbar's "Share and print" menu prints it too.
  useOfferPrint(ask);
  // Made beforehand, as the ECT's print picture is: the browser's own Print (Ctrl+P) prints this
  // summary too, and a print dialog does not wait for the worker.
  const [early, setEarly] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setEarly(true), PREPARE_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const wanted = asked > 0 || early;
  // Each answer is kept with what it answers, so a stale one is never printed as current.
  const summarised: { loaded: Loaded; s?: NetworkSummary } | undefined = useWorkerQuery(
    () => (wanted ? client.request({ kind: "networkSummary" }).then((s) => ({ loaded, s })) : undefined),
    [client, loaded, wanted],
  );
  const compared: { plan: readonly ProposedLink[]; loaded: Loaded; c?: PlanComparison } | undefined = useWorkerQuery(
    () =>
      wanted && plan.length > 0
        ? client.request({ kind: "comparePlan", plan }).then((c) => ({ plan, loaded, c }))
        : undefined,
    [client, plan, loaded, wanted],
  );
  const summary = summarised?.loaded === loaded ? summarised.s : undefined;
  const comparison = compared?.plan === plan && compared.loaded === loaded ? compared.c : undefined;
  const ready = summary !== undefined && (plan.length === 0 || comparison !== undefined);

  useEffect(() => {
    if (!ready || printed.current >= asked) return;
    printed.current = asked;
    printPart("lead-summary");
  }, [ready, asked]);

  return (
    <>
      <button
        type="button"
        className="no-print"
        onClick={ask}
        aria-busy={asked > 0 && !ready}
        title="The one-page summary from Planning: counts, keystones, over capacity and the plan"
      >
        {asked > 0 && !ready ? "Preparing the summary…" : "Print network summary"}
      </button>
      {createPortal(
        <div className="lead-summary-print">
          <NetworkReport
            summary={summary}
            comparison={comparison}
            proposals={plan.length}
            nameOf={nameOf}
            share={share}
            settings={loaded.settings}
            asOf={asOf}
            source={source}
            caveat={openQuestionsWords(loaded)}
            onPrint={() => printPart("lead-summary")}
          />
        </div>,
        document.body,
      )}
    </>
  );
}

/**
 * Planning: the draft plan and its comparison with today, change over time between snapshots,
 * the settings, and the one-page network summary. Layout and data fetching only; the work is in
 * the worker, over src/core.
 */
import { useWorkerQuery } from "../state/useWorkerQuery.ts";
import type { NetworkSummary, PlanComparison, ProposedLink, Settings } from "../../core/index.ts";
import { useAsOf, useClient, useNameOf, useShare, useWording } from "../AppContext.tsx";
import type { Loaded } from "../../workers/protocol.ts";
import { ChangeOverTime } from "./ChangeOverTime.tsx";
import { DraftPlan } from "./DraftPlan.tsx";
import { NetworkReport } from "./NetworkReport.tsx";
import { PlanCompare } from "./PlanCompare.tsx";
import { openQuestionsWords } from "../importing/reportSummary.ts";
import { printPart } from "./printPart.ts";
import type { SettingsDraft } from "./SettingsPanel.tsx";
import { SettingsPanel } from "./SettingsPanel.tsx";

interface Props {
  readonly loaded: Loaded;
  readonly label: string;
  /** Where the data comes from (printedSourceWords), printed at the head of the plan and the summary. */
  readonly source: string;
  readonly plan: readonly ProposedLink[];
  readonly onPlan: (plan: readonly ProposedLink[]) => void;
  readonly busy: boolean;
  readonly onSettings: (s: Settings) => Promise<Loaded | undefined>;
  /** Settings changed but not applied, kept while Planning is closed (see SettingsPanel). */
  readonly settingsDraft: SettingsDraft | undefined;
  readonly onSettingsDraft: (draft: SettingsDraft | undefined) => void;
}

export function PlanView({
  loaded,
  label,
  source,
  plan,
  onPlan,
  busy,
  onSettings,
  settingsDraft,
  onSettingsDraft,
}: Props) {
  const client = useClient();
  const nameOf = useNameOf();
  const share = useShare();
  const asOf = useAsOf();
  const { types } = useWording();
  // Each answer is kept with what it answers, so a stale one is never shown as current.
  const compared: { plan: readonly ProposedLink[]; loaded: Loaded; c?: PlanComparison } | undefined = useWorkerQuery(
    () =>
      plan.length === 0 ? undefined : client.request({ kind: "comparePlan", plan }).then((c) => ({ plan, loaded, c })),
    [client, plan, loaded],
  );
  const summarised: { loaded: Loaded; s?: NetworkSummary } | undefined = useWorkerQuery(
    () => client.request({ kind: "networkSummary" }).then((s) => ({ loaded, s })),
    [client, loaded],
  );
  const comparison = compared?.plan === plan && compared.loaded === loaded ? compared.c : undefined;
  const comparing = plan.length > 0 && comparison === undefined;
  const summary = summarised?.loaded === loaded ? summarised.s : undefined;

  return (
    <div className="lead plan-view">
      <DraftPlan
        client={client}
        ects={loaded.ects}
        schools={loaded.schools}
        types={types}
        plan={plan}
        onPlan={onPlan}
        comparison={plan.length > 0 ? comparison : undefined}
        nameOf={nameOf}
        source={source}
        asOf={asOf}
        onPrint={() => printPart("plan")}
      />
      <PlanCompare comparison={plan.length > 0 ? comparison : undefined} nameOf={nameOf} busy={comparing} />
      <NetworkReport
        summary={summary}
        comparison={plan.length > 0 ? comparison : undefined}
        proposals={plan.length}
        nameOf={nameOf}
        share={share}
        settings={loaded.settings}
        asOf={asOf}
        source={source}
        caveat={openQuestionsWords(loaded)}
        onPrint={() => printPart("summary")}
      />
      <ChangeOverTime
        client={client}
        nameOf={nameOf}
        share={share}
        currentLabel={`${label} (as of ${loaded.settings.as_of_date})`}
      />
      <SettingsPanel
        settings={loaded.settings}
        withAGap={loaded.overview.head.withAGap}
        busy={busy}
        problems={loaded.settingsProblems}
        onApply={onSettings}
        draft={settingsDraft}
        onDraft={onSettingsDraft}
      />
    </div>
  );
}

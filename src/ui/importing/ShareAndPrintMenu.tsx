/**
 * The toolbar's "Share and print" menu, on every tab so the toolbar keeps its shape: what can be printed
 * or sent from the tab shown, then the CSV export (one .zip) with its "Hide names" box.
 * The ECT's constellation: Download PNG, Share this map, Print one page. The lead overview: Print network
 * summary (worked out by the overview, offered through printOffer). Planning: the network summary and
 * the draft plan.
 */
import { Menu } from "../components/Menu.tsx";
import { usePngDownload } from "../graph/pngDownload.tsx";
import { printPart } from "../plan/printPart.ts";
import { useOfferedPrint } from "../printOffer.tsx";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import { useShare } from "../AppContext.tsx";
import { CsvExport } from "./CsvExport.tsx";
import { ShareMenu } from "./ShareMenu.tsx";

interface Props {
  readonly tab: "ect" | "lead" | "plan";
  readonly client: AnalysisClient;
  readonly hideNames: boolean;
  readonly onHideNames?: ((hide: boolean) => void) | undefined;
  readonly selectedEctId: string | undefined;
  /** The draft plan has links (its summary can be printed). */
  readonly hasPlan: boolean;
}

export function ShareAndPrintMenu({ tab, client, hideNames, onHideNames, selectedEctId, hasPlan }: Props) {
  const downloadPng = usePngDownload();
  const printSummary = useOfferedPrint();
  const share = useShare();
  return (
    <Menu label="Share and print">
      {(close) => {
        const then = (act: () => void) => () => {
          close();
          act();
        };
        return (
          <>
            {tab === "ect" && (
              <>
                <button
                  type="button"
                  onClick={then(() => {
                    if (downloadPng) void downloadPng();
                  })}
                  disabled={!downloadPng}
                >
                  Download PNG
                </button>
                {selectedEctId !== undefined && (
                  <ShareMenu client={client} ectId={selectedEctId} hideNames={hideNames} />
                )}
                <button type="button" onClick={then(print)}>
                  Print one page
                </button>
              </>
            )}
            {tab === "lead" && (
              <button
                type="button"
                onClick={then(() => printSummary?.())}
                disabled={!printSummary}
                title="The one-page summary from Planning: counts, keystones, over capacity and the plan"
              >
                Print network summary
              </button>
            )}
            {tab === "plan" && (
              <>
                <button type="button" onClick={then(() => printPart("summary"))}>
                  Print network summary
                </button>
                <button type="button" onClick={then(() => printPart("plan"))} disabled={!hasPlan}>
                  Print plan summary
                </button>
              </>
            )}
            <CsvExport client={client} hideNames={hideNames} share={share} onHideNames={onHideNames} />
          </>
        );
      }}
    </Menu>
  );
}

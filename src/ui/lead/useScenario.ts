import { useEffect, useMemo, useRef } from "react";
import type { RefObject } from "react";
import type { ShareRule } from "../../core/index.ts";
import type { AnalysisClient } from "../../workers/analysisClient.ts";
import type { ScenarioResult } from "../../workers/protocol.ts";
import { useAnnounce } from "../announce/useAnnounce.ts";
import { instrument } from "../instrument.ts";
import { useWorkerQuery } from "../state/useWorkerQuery.ts";
import { whatIfSentence } from "./whatIfSentence.ts";

export interface Scenario {
  /** The what-if answer for exactly the people away now (none when nobody is away). */
  readonly scenario: ScenarioResult | undefined;
  readonly awaySet: ReadonlySet<string>;
  /** Puts exactly `ids` away (`name`: the person just added or brought back, for what is said). */
  readonly ask: (ids: readonly string[], name: string) => void;
  /** Brings everyone back. */
  readonly undoScenario: () => void;
  /** The result's heading, which focus goes to when a what-if is asked here. */
  readonly resultHeading: RefObject<HTMLHeadingElement | null>;
}

/**
 * The what-if scenario for the people away, and the focus and words that follow it. `names` is
 * undefined until the overview is in (nothing is said before then).
 */
export function useScenario(
  client: AnalysisClient,
  loadedAt: unknown,
  away: readonly string[],
  onAway: (ids: readonly string[]) => void,
  names: ((id: string) => string) | undefined,
  rule: ShareRule,
): Scenario {
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
    if (!scenario || !asked.current || !names) return;
    const how = asked.current;
    asked.current = undefined;
    const { question, answer } = whatIfSentence(scenario.result, names, rule);
    announce(`${question} ${answer}`);
    const heading = resultHeading.current;
    if (how !== "focus" || !heading) return;
    heading.focus({ preventScroll: true });
    heading.closest(".scenario")?.scrollIntoView({ block: "nearest" });
  }, [scenario, names, rule, announce]);
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

  return { scenario, awaySet, ask, undoScenario, resultHeading };
}

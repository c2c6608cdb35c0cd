/**
 * A what-if's result, shown beside where it was asked: its sentence as a heading that takes focus
 * ("What if Beth Summers were away?"), the answer, the new gaps by ECT, and ways out.
 */
import type { RefObject } from "react";
import type { ShareRule } from "../../core/index.ts";
import { SUPPORT_TYPES, scenarioToCsv } from "../../core/index.ts";
import type { ScenarioResult } from "../../workers/protocol.ts";
import { downloadBlob } from "../graph/exportPng.ts";
import { whatIfSentence } from "./whatIfSentence.ts";

interface Props {
  readonly scenario: ScenarioResult;
  readonly nameOf: (id: string) => string;
  readonly share: boolean;
  readonly rule: ShareRule;
  readonly onUndo: () => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

export function WhatIfResult({ scenario, nameOf, share, rule, onUndo, headingRef }: Props) {
  const { question, answer } = whatIfSentence(scenario.result, nameOf, rule);
  return (
    <div className="scenario" data-testid="scenario" aria-labelledby="scenario-h" role="region">
      <h3 id="scenario-h" tabIndex={-1} ref={headingRef}>
        {question}
      </h3>
      <p>{answer}</p>
      {!share && scenario.result.newGaps.length > 0 && (
        <ul className="new-gaps">
          {scenario.result.newGaps.map((g) => (
            <li key={`${g.ect}-${g.supportType}`}>
              {nameOf(g.ect)}: no one for {SUPPORT_TYPES[g.supportType].label.toLowerCase()}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onUndo}>
        Undo scenario
      </button>{" "}
      <button
        type="button"
        onClick={() =>
          downloadBlob(new Blob([scenarioToCsv(scenario.result, nameOf)], { type: "text/csv" }), "mosaic-what-if.csv")
        }
      >
        Download impact (CSV)
      </button>
    </div>
  );
}

/** How an ECT's support came about and is given: all assigned, wellbeing only formal, all directive. */
import { hasOrigin, isChosenOrEmergent, isDirective, isFormal } from "../facts/links.ts";
import type { EctRule } from "./rule.ts";

export const TOP_DOWN_ONLY: EctRule = {
  code: "TOP_DOWN_ONLY",
  rule: "At least one support link records an `origin`, and none is `ect_chosen` or `emergent`. Links with no origin recorded are left out of the rule (the text says how many were counted).",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, _, out) => {
    // Links with no origin recorded are left out of the rule; the sentence counts them (issue #17).
    const net = v.ctx.net;
    let recorded = 0;
    for (const l of v.links) {
      if (isChosenOrEmergent(net, l)) return;
      if (hasOrigin(net, l)) recorded++;
    }
    if (recorded > 0) out.counting(recorded, v.links.length);
  },
  reports: ["withOrigin", "links"],
};

export const WELLBEING_FORMAL_ONLY: EctRule = {
  code: "WELLBEING_FORMAL_ONLY",
  rule: "At least one support link carries psychosocial support, and every such link has `formality` `formal`.",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, _, out) => {
    const ls = v.psychLinks;
    if (ls.length === 0) return;
    for (const l of ls) if (!isFormal(v.ctx.net, l)) return;
    out.raise();
  },
};

export const DIRECTIVE_ONLY: EctRule = {
  code: "DIRECTIVE_ONLY",
  rule: "The ECT has support links and every one has `style` `directive`.",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, _, out) => {
    if (v.links.length === 0) return;
    for (const l of v.links) if (!isDirective(v.ctx.net, l)) return;
    out.raise();
  },
};

/**
 * Power in an ECT's support (docs/domain.md section 4: `powerful` = assesses or in the line chain):
 * whether wellbeing support and a safe space come from someone without power over the ECT.
 */
import { ALL_TYPES } from "../../model/supportTypes.ts";
import { INFO, WARNING } from "../flagTable.ts";
import { isSeniorOrManages } from "../facts/power.ts";
import { giversOf } from "./presence.ts";
import type { EctRule } from "./rule.ts";

const ORG = ALL_TYPES.indexOf("organisational_literacy");

export const WELLBEING_ONLY_FROM_ASSESSOR: EctRule = {
  code: "WELLBEING_ONLY_FROM_ASSESSOR",
  rule: "At least one support link carries psychosocial support, and every such link is powerful: its giver assesses the ECT on it or is in the ECT's line chain.",
  core: true,
  severity: "warning",
  params: [],
  evaluate: (v, _, out) => {
    const ls = v.psychLinks;
    if (ls.length === 0) return;
    for (const l of ls) if (!v.ctx.powerful[l]) return;
    out.listing(giversOf(v.ctx.net, ls));
  },
};

export const DUAL_ROLE: EctRule = {
  code: "DUAL_ROLE",
  rule: "Of the support links carrying psychosocial support, at least one is powerful (the giver assesses or is in the line chain) and at least one is not.",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, _, out) => {
    let assessed = false;
    let free = false;
    for (const l of v.psychLinks) {
      if (v.ctx.powerful[l]) assessed = true;
      else free = true;
    }
    if (assessed && free) out.raise();
  },
};

export const NO_SAFE_SPACE: EctRule = {
  code: "NO_SAFE_SPACE",
  rule: "The ECT has at least one supporter, and every supporter gives them at least one powerful link (assesses them or is in their line chain).",
  core: true,
  severity: "warning",
  params: [],
  evaluate: (v, _, out) => {
    if (v.supporters.length >= 1 && v.safeSupporters === 0) out.raise();
  },
};

export const HIERARCHY_ONLY: EctRule = {
  code: "HIERARCHY_ONLY",
  rule: "The ECT has at least one supporter and none is peer-like. Peer-like: a group, support staff or an ECT, or a teacher (or someone with no seniority recorded) outside the ECT's line chain; middle leaders, senior leaders and headteachers never are.",
  core: true,
  severity: "warning",
  params: [],
  evaluate: (v, _, out) => {
    if (v.supporters.length >= 1 && v.peerLikeSupporters === 0) out.raise();
  },
};

export const ORG_SINGLE_VIEW: EctRule = {
  code: "ORG_SINGLE_VIEW",
  rule: "The ECT has at least one `organisational_literacy` provider, and every one of them is senior (`senior_leader` or `headteacher`) or in the ECT's line chain. A warning with one such provider, information with more.",
  core: true,
  severity: "warning",
  params: [],
  evaluate: (v, _, out) => {
    const ps = v.providers[v.typeIndex.indexOf(ORG)] ?? [];
    if (ps.length === 0) return;
    for (const g of ps) if (!isSeniorOrManages(v.ctx.net, g, v.e)) return;
    const one = ps.length === 1;
    out.at(one ? WARNING : INFO).forType(ORG, one ? ps[0]! : -1, [...ps]);
  },
};

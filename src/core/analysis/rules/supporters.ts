/** How many supporters an ECT has, and how the support is spread among them. */
import { isOverCapacity } from "../supporterBasics.ts";
import type { EctRule } from "./rule.ts";

export const SINGLE_SUPPORTER: EctRule = {
  code: "SINGLE_SUPPORTER",
  rule: "The ECT has exactly one supporter.",
  core: true,
  severity: "warning",
  params: [],
  evaluate: (v, _, out) => {
    if (v.supporters.length === 1) out.about(v.supporters[0]!);
  },
};

export const THIN_NETWORK: EctRule = {
  code: "THIN_NETWORK",
  rule: "The ECT has at least 2 supporters and fewer than `min_supporters`.",
  core: false,
  severity: "info",
  params: ["min_supporters"],
  evaluate: (v, _, out) => {
    const n = v.supporters.length;
    if (n >= 2 && n < v.ctx.settings.min_supporters) out.counting(n);
  },
  reports: ["supporters"],
};

export const CONCENTRATION: EctRule = {
  code: "CONCENTRATION",
  rule: "The ECT has at least 2 supporters, and the one with the most type slots (counted types summed over their support links) holds more than `max_share_top_supporter` of all the ECT's type slots.",
  core: false,
  severity: "warning",
  params: ["max_share_top_supporter"],
  evaluate: (v, _, out) => {
    if (v.supporters.length < 2) return;
    let total = 0;
    let top = -1;
    let topSlots = 0;
    for (let s = 0; s < v.supporters.length; s++) {
      total += v.slots[s]!;
      if (v.slots[s]! > topSlots) {
        top = v.supporters[s]!;
        topSlots = v.slots[s]!;
      }
    }
    if (topSlots / total > v.ctx.settings.max_share_top_supporter) out.about(top, topSlots, total);
  },
  reports: ["typeSlots", "totalTypeSlots"],
};

export const SUPPORTER_OVERSTRETCHED: EctRule = {
  code: "SUPPORTER_OVERSTRETCHED",
  rule: "One flag per supporter of the ECT who is OVER_CAPACITY.",
  core: false,
  severity: "warning",
  params: [],
  evaluate: (v, basics, out) => {
    for (const g of v.supporters) if (isOverCapacity(basics, g)) out.about(g);
  },
};

/** The state of single support relationships: strained, all new, a peer coaching too short, a mentor directed to mentor. */
import { linkAt } from "../../model/network.ts";
import { soleTypeBits, typesOfBits } from "../ectView.ts";
import { CRITICAL, WARNING } from "../flagTable.ts";
import {
  endsDay,
  giverOf,
  isDirected,
  isFormalRole,
  isPeerCoachLink,
  isStrained,
  NO_DAY,
  startedDay,
  trustOf,
} from "../facts/links.ts";
import type { EctRule } from "./rule.ts";

export const STRAINED: EctRule = {
  code: "STRAINED",
  rule: "One flag per support link whose `status` is `strained` or whose `trust` rating is at most `trust_low`. Critical when the giver is the ECT's only provider of some counted type, otherwise a warning.",
  core: true,
  severity: "warning",
  params: ["trust_low"],
  evaluate: (v, _, out) => {
    const { net, settings } = v.ctx;
    for (const l of v.links) {
      if (!isStrained(net, l) && !(trustOf(net, l) <= settings.trust_low)) continue;
      const g = giverOf(net, l);
      const sole = soleTypeBits(v, g);
      // The row's number is the types g alone provides, as bits of ALL_TYPES indices.
      out.at(sole !== 0 ? CRITICAL : WARNING).onLink(l, g, sole);
    }
  },
  values: (r, net) => {
    const link = linkAt(net, r.link);
    return {
      status: link.status ?? "active",
      ...(link.trust !== undefined ? { trust: link.trust } : {}),
      types: link.support_types,
      soleSourceOf: typesOfBits(r.a),
    };
  },
};

export const ALL_NEW: EctRule = {
  code: "ALL_NEW",
  rule: "The ECT has support links, every one has `started_on` recorded, and every one started no more than `new_link_days` before `as_of_date`.",
  core: false,
  severity: "info",
  params: ["new_link_days", "as_of_date"],
  evaluate: (v, _, out) => {
    const { net, asOfDay, settings } = v.ctx;
    if (v.links.length === 0) return;
    for (const l of v.links) {
      const start = startedDay(net, l);
      if (start === NO_DAY || asOfDay - start > settings.new_link_days) return;
    }
    out.raise();
  },
};

export const DIRECTED_MENTOR: EctRule = {
  code: "DIRECTED_MENTOR",
  rule: "One flag per support link in a formal support role (`ect_mentor`, `induction_tutor`, `subject_mentor`, `specialist_coach`) whose `willingness` is `directed`.",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, _, out) => {
    const net = v.ctx.net;
    for (const l of v.links) if (isDirected(net, l) && isFormalRole(net, l)) out.onLink(l, giverOf(net, l));
  },
};

export const PEER_COACH_SHORT: EctRule = {
  code: "PEER_COACH_SHORT",
  rule: "One flag per `peer_coach` support link with `started_on` and `ends_on` both recorded whose planned length (`ends_on` − `started_on`, in days) is less than `peer_coach_min_days`.",
  core: false,
  severity: "info",
  params: ["peer_coach_min_days"],
  evaluate: (v, _, out) => {
    const { net, settings } = v.ctx;
    for (const l of v.links) {
      if (!isPeerCoachLink(net, l)) continue;
      const started = startedDay(net, l);
      const ends = endsDay(net, l);
      if (started === NO_DAY || ends === NO_DAY) continue;
      const days = ends - started;
      if (days < settings.peer_coach_min_days) out.onLink(l, giverOf(net, l), days);
    }
  },
  reports: ["plannedDays"],
};

/** A supporter's load against what they can give: over capacity, a senior person stretched, capacity left unused. */
import type { Person } from "../../model/types.ts";
import { isSeniorAt, personAt } from "../facts/people.ts";
import { ectCountOf, ectMenteesOf, isOverCapacity, liveOutOf, loadOf } from "../supporterBasics.ts";
import type { SupporterRule } from "./rule.ts";

const hasCapacity = (p: Person) => (p.capacity ?? 0) > 0 || (p.capacity_minutes_per_month ?? 0) > 0;

export const OVER_CAPACITY: SupporterRule = {
  code: "OVER_CAPACITY",
  rule: "`capacity` is set and the number of distinct ECTs the person has a live link to is above it, or `capacity_minutes_per_month` is set and their load (`minutes_per_month` summed over live outgoing links, blank as 0) is above it.",
  core: true,
  severity: "warning",
  params: [],
  evaluate: (v, out) => {
    if (isOverCapacity(v.basics, v.p)) out.counting(ectCountOf(v.basics, v.p), loadOf(v.basics, v.p));
  },
  // The row's numbers are ECTs supported and minutes a month, each printed beside its capacity.
  values: (r, net) => {
    const person = personAt(net, r.subject);
    return {
      ectsSupported: r.a,
      ...(person.capacity !== undefined ? { capacity: person.capacity } : {}),
      minutesPerMonth: r.b,
      ...(person.capacity_minutes_per_month !== undefined
        ? { capacityMinutesPerMonth: person.capacity_minutes_per_month }
        : {}),
    };
  },
};

export const SENIOR_STRETCH: SupporterRule = {
  code: "SENIOR_STRETCH",
  rule: "A senior person (`senior_leader` or `headteacher`) with live `ect_mentor` links to at least `senior_mentee_limit` distinct ECTs, or who is OVER_CAPACITY while supporting at least one ECT.",
  core: false,
  severity: "warning",
  params: ["senior_mentee_limit"],
  evaluate: (v, out) => {
    const { basics, p, ctx } = v;
    const mentees = ectMenteesOf(basics, p);
    if (
      isSeniorAt(ctx.net, p) &&
      (mentees >= ctx.settings.senior_mentee_limit || (isOverCapacity(basics, p) && ectCountOf(basics, p) > 0))
    )
      out.counting(mentees);
  },
  reports: ["ectMentees"],
};

export const UNTAPPED: SupporterRule = {
  code: "UNTAPPED",
  rule: "A person who is not an ECT, with `capacity` or `capacity_minutes_per_month` above 0, and no live outgoing link. Those with `strengths` are listed first.",
  core: true,
  severity: "info",
  params: [],
  evaluate: (v, out) => {
    if (!v.person.is_ect && hasCapacity(v.person) && liveOutOf(v.basics, v.p) === 0) out.raise();
  },
  values: (r, net) => {
    const strengths = personAt(net, r.subject).strengths;
    return strengths && strengths.length > 0 ? { strengths } : undefined;
  },
};

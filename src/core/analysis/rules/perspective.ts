/**
 * Whose view an ECT hears: whether they give as well as receive, have someone like them, a mentor who
 * sees mentoring as they do, and someone from outside their own team.
 */
import { giverOf, isEctMentorLink, similarityOf } from "../facts/links.ts";
import { departmentOf, isPersonAt, isUnnamedAt, personAt, schoolOf, yearsOf } from "../facts/people.ts";
import type { EctRule } from "./rule.ts";

export const ONE_WAY: EctRule = {
  code: "ONE_WAY",
  rule: "The ECT has at least one supporter and gives no live outgoing link to anyone.",
  core: true,
  severity: "info",
  params: [],
  evaluate: (v, _, out) => {
    if (v.supporters.length >= 1 && v.liveOutgoing === 0) out.raise();
  },
};

export const NO_SIMILAR_OTHER: EctRule = {
  code: "NO_SIMILAR_OTHER",
  rule: "No support link has a `similarity` rating of `similar_rating` or more, and no supporter who is a person has `years_experience` within `similar_years` of the ECT's. Evaluated only when some similarity rating, or years of experience for both the ECT and a supporter, is recorded.",
  core: false,
  severity: "info",
  params: ["similar_rating", "similar_years"],
  evaluate: (v, _, out) => {
    const { settings, net } = v.ctx;
    let evidence = false;
    for (const l of v.links) {
      const s = similarityOf(net, l);
      if (s !== s) continue;
      evidence = true;
      if (s >= settings.similar_rating) return;
    }
    const own = yearsOf(net, v.e);
    if (own === own) {
      for (const g of v.supporters) {
        const years = yearsOf(net, g);
        if (!isPersonAt(net, g) || years !== years) continue;
        evidence = true;
        if (Math.abs(years - own) <= settings.similar_years) return;
      }
    }
    if (evidence) out.raise();
  },
};

export const CONCEPTION_MISMATCH: EctRule = {
  code: "CONCEPTION_MISMATCH",
  rule: "The ECT's `wants_orientation` is set and not `mixed`, and a giver of one of their `ect_mentor` support links has a `mentoring_conception` that is set, not `mixed` and different; one flag per such mentor.",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, _, out) => {
    const wants = v.person.wants_orientation;
    if (!wants || wants === "mixed") return;
    const { net } = v.ctx;
    const mentors: number[] = [];
    for (const l of v.links)
      if (isEctMentorLink(net, l) && !mentors.includes(giverOf(net, l))) mentors.push(giverOf(net, l));
    for (const g of mentors) {
      const c = personAt(net, g).mentoring_conception;
      if (c !== undefined && c !== "mixed" && c !== wants) out.about(g);
    }
  },
  values: (r, net) => ({
    wants: personAt(net, r.subject).wants_orientation!,
    mentorConception: personAt(net, r.person).mentoring_conception!,
  }),
};

export const NO_OUTSIDE_VIEW: EctRule = {
  code: "NO_OUTSIDE_VIEW",
  rule: "The ECT's school and department are recorded, at least one named supporter is there, and every named supporter is a person in that same school and department (supporters named only by role, and family, have no school recorded and are left out).",
  core: false,
  severity: "info",
  params: [],
  evaluate: (v, _, out) => {
    const net = v.ctx.net;
    const school = schoolOf(net, v.e);
    const department = departmentOf(net, v.e);
    if (school < 0 || department < 0) return;
    // Family and supporters named only by role have no school recorded: they say nothing either way.
    let named = 0;
    for (const g of v.supporters) {
      if (isUnnamedAt(net, g)) continue;
      if (!isPersonAt(net, g) || schoolOf(net, g) !== school || departmentOf(net, g) !== department) return;
      named++;
    }
    if (named > 0) out.raise();
  },
};

/**
 * The research on screen (docs/domain.md sections 1, 7.2, 7.6 and 8.11): the role texts, the About
 * page's points and its list of sources, and the signposting line shown beside wellbeing concerns.
 * Data only, so the app, the CLI and the tests read the same words.
 */
import type { Flag } from "../analysis/flags.ts";
import { DEFAULT_SETTINGS } from "../analysis/settings.ts";
import type { LinkRole } from "../model/enums.ts";

/** Role texts of docs/domain.md 7.2, written to the ECT. */
export const ROLE_HELP: Readonly<Record<LinkRole, { readonly label: string; readonly text: string }>> = {
  ect_mentor: {
    label: "ECT mentor",
    text: "An experienced colleague who supports you through the big transition into teaching, looking at the whole person rather than one skill. A good mentor gradually hands you more of the agenda and connects you to others who can help (CUREE).",
  },
  induction_tutor: {
    label: "Induction tutor",
    text: "The induction tutor monitors your progress and contributes to formal judgements about your induction. It is an important, legitimate role. Because it involves judging, it helps to also have people to talk to who are not assessing you (Gilligan; Tickell).",
  },
  subject_mentor: {
    label: "Subject mentor",
    text: "A colleague who helps with teaching your subject or phase specifically.",
  },
  specialist_coach: {
    label: "Specialist coach",
    text: "Someone with expertise in one approach who helps you use it in your classroom. They may be from outside the school and need not be senior (CUREE).",
  },
  peer_coach: {
    label: "Peer coach",
    text: "A colleague at a similar stage. You agree goals, watch each other teach, and talk it through afterwards. This tends to work best over at least a term (CUREE).",
  },
  near_peer: {
    label: "Near-peer",
    text: "Someone a year or two ahead who remembers what the first year felt like.",
  },
  year_group_partner: {
    label: "Year-group partner",
    text: "A colleague teaching the same year group, often the person you plan with.",
  },
  line_manager: {
    label: "Line manager",
    text: "The person you report to. Their support matters, and they are also part of your management line.",
  },
  send_support: {
    label: "SEND support",
    text: "The SENCO or inclusion team helping you adapt for pupils with additional needs.",
  },
  behaviour_support: {
    label: "Behaviour support",
    text: "A behaviour lead or head of year helping with routines and incidents.",
  },
  informal_support: {
    label: "Informal supporter",
    text: "Anyone you turn to without an arrangement: a TA, the office manager, a colleague in the staffroom.",
  },
  peer_group: {
    label: "Peer group",
    text: "A network of ECTs or colleagues who meet to share and support each other.",
  },
  mentor_support: {
    label: "Mentor support",
    text: "Support given to a mentor, such as a mentor learning group or supervision.",
  },
  contribution: {
    label: "Contribution",
    text: "Something you give to a colleague: ideas, resources, skills.",
  },
  other: {
    label: "Other",
    text: "Any support that fits none of the roles above; describe it in the role title.",
  },
};

/** The About page's points (docs/domain.md 7.6, with the "one mentor cannot be everything" idea of section 1). */
export const ABOUT_POINTS: readonly { readonly title: string; readonly text: string }[] = [
  {
    title: "A mosaic, not one mentor",
    text: 'Gilligan argues that one mentor cannot be everything: many new teachers she spoke to leaned on a few people, each helping with something different. She calls this a "mosaic"; Kram (1985) calls the shape a "relationship constellation". Your main mentor still matters.',
  },
  {
    title: "Power",
    text: "People speak more openly to someone with no power over them (Hargreaves). When a mentor also assesses, the relationship can change once judging begins (Gilligan; Tickell).",
  },
  {
    title: "No perfect mentor",
    text: "The all-wise, always-available mentor is largely a myth (Alexander, citing Colley 2000 and Roberts 1998). Expecting one person to be everything places heavy demands on them.",
  },
  {
    title: "Two-way",
    text: "New teachers bring knowledge too. Mentors also learn from mentoring, and networks make both visible (Gilligan; Lofthouse; CUREE).",
  },
  {
    title: "Privacy",
    text: "Who you turn to is personal. Mosaic keeps your map on your device and shares only what you choose.",
  },
];

export interface Source {
  /** How help texts cite it, e.g. "Eby et al 2013". */
  readonly cite: string;
  /** What it is, in a few words. */
  readonly what: string;
  /** What Mosaic takes from it, one line. */
  readonly takes: string;
}

/** Every source any help text cites (each flag's in docs/flags.md); a test keeps the two in step. */
export const SOURCES: readonly Source[] = [
  {
    cite: "Gilligan",
    what: "working paper on mosaic mentoring, c. 2018 (an early-stage, small interview study)",
    takes:
      "The mosaic idea itself: several people each helping with something different, and a network that follows the new teacher's own needs.",
  },
  {
    cite: "Kram 1985",
    what: "Mentoring at Work",
    takes: 'Only the term "relationship constellation" for a set of supporters.',
  },
  {
    cite: "Kram & Isabella 1985",
    what: "peer relationships in career development",
    takes: "That people accept getting different kinds of support from different people (as cited by Gilligan).",
  },
  {
    cite: "Blasé 1984",
    what: "cited by Gilligan",
    takes: 'The idea of "organisational literacy": the written and unwritten ways a school runs.',
  },
  {
    cite: "Johnson et al 2007",
    what: "psychosocial and instrumental mentoring",
    takes: "The split between support for the person (wellbeing) and for the career.",
  },
  {
    cite: "Eby et al 2013",
    what: "a meta-analysis of mentoring, cited by Gilligan",
    takes:
      "That the quality of mentoring is linked to staying, and that people connect most readily with those they see as similar.",
  },
  {
    cite: "Cotton et al 2011",
    what: "informal and psychosocial support",
    takes: "That wellbeing support often happens in informal moments rather than meetings.",
  },
  {
    cite: "Jokikokkoa et al 2017",
    what: "cited by Gilligan",
    takes: "That learning how the school works from one senior person gives you that person's view of it.",
  },
  {
    cite: "Lave & Wenger",
    what: "communities of practice",
    takes: "Why a network with peers behaves more like a community than a hierarchy.",
  },
  {
    cite: "Hargreaves",
    what: "evaluation of a university mentoring and coaching service (12 mentor/coaches, 8 clients)",
    takes:
      "Openness with someone who has no power over you, regular contact, outside views, and support for mentors themselves.",
  },
  {
    cite: "Rodger 2006",
    what: "as cited by Hargreaves",
    takes: "That conversations where you work things out together build independence.",
  },
  {
    cite: "Askew",
    what: "non-hierarchical support groups",
    takes: "That groups of equals can support each other without a hierarchy.",
  },
  {
    cite: "CUREE",
    what: "a position paper on mentoring and coaching roles",
    takes:
      "The roles of mentor, specialist coach and peer coach; the mentor as a connector; peer coaching over at least a term.",
  },
  {
    cite: "Lofthouse",
    what: "a survey of 33 trainees, and work on coaching and leadership",
    takes:
      "That seeing how different colleagues work builds confidence, that trust can suffer once evaluation comes in, and that squeezed mentoring gets rushed.",
  },
  {
    cite: "Tickell",
    what: "on mentor development and the mentor as judge",
    takes:
      "That it is hard to be candid with someone who assesses you, that trust takes time, and that a wider pool of mentors helps matching.",
  },
  {
    cite: "Alexander",
    what: "on the myth of the mentor (Scotland's probation year)",
    takes:
      "That the all-wise mentor is a myth, that mentoring takes emotional effort, and that meeting the standards does not prove good mentoring.",
  },
  {
    cite: "Van Ginkel et al 2016",
    what: "as cited by Alexander",
    takes: "That unspoken differences in what mentoring is for can frustrate both sides.",
  },
  {
    cite: "Colley 2000",
    what: "as cited by Alexander",
    takes: "Part of the case that the perfect mentor is a myth.",
  },
  {
    cite: "Roberts 1998",
    what: "as cited by Alexander",
    takes: "Part of the case that the perfect mentor is a myth.",
  },
];

/**
 * The citations in a piece of text, as written: each name (with "et al" and a year when given) in
 * brackets, after "citing"/"cited by"/"after", or as "Name (year)". Used by the test that keeps
 * help texts and SOURCES in step, so a new citation cannot appear without an About entry.
 */
export function citationsIn(text: string): string[] {
  const NAME = String.raw`[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?(?: (?:&|and) [A-Z][\p{L}'’-]+)?(?: et al\.?)?`;
  const out = new Set<string>();
  // "Blasé (1984)" → "Blasé 1984"
  const flat = text.replace(new RegExp(`(${NAME}) \\((\\d{4})\\)`, "gu"), (_w, n: string, y: string) => {
    out.add(`${n} ${y}`);
    return `${n} ${y}`;
  });
  const pieces: string[] = [];
  for (const m of flat.matchAll(/\(([^()]*)\)/g)) pieces.push(...(m[1] ?? "").split(/;|,| and (?=[A-Z])/));
  for (const m of flat.matchAll(/\b(?:cited by|citing|after) ([^.;,()]+)/g)) pieces.push(m[1] ?? "");
  const lead = new RegExp(`^(${NAME})(?: (\\d{4}))?`, "u");
  for (const raw of pieces) {
    const p = raw.trim().replace(/^(?:cited by|citing|after|e\.g\.) /, "");
    const m = lead.exec(p);
    if (m?.[1]) out.add(m[2] ? `${m[1]} ${m[2]}` : m[1]);
  }
  return [...out];
}

/** The line shown wherever wellbeing concerns appear (docs/domain.md 8.11). */
export function signpostLine(signpost: string): string {
  return `Colleagues are not counsellors: if things feel serious, ${signpost.trim() || DEFAULT_SETTINGS.signpost_text}.`;
}

const WELLBEING_CODES = new Set([
  "WELLBEING_ONLY_FROM_ASSESSOR",
  "DUAL_ROLE",
  "NO_SAFE_SPACE",
  "WELLBEING_FORMAL_ONLY",
  "STRAINED",
]);

/** Whether a flag is about wellbeing support, so the signposting line belongs beside it. */
export function concernsWellbeing(flag: Flag): boolean {
  return flag.supportType === "psychosocial" || WELLBEING_CODES.has(flag.code);
}

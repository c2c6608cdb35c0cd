/**
 * Help texts from docs/domain.md section 7, in one place for the UI, the CLI's Markdown and reports.
 * Strengths-based, never blaming a named person, "research suggests", always ending with a next
 * step. ECT flags have the ECT's own wording (`you`) and the mentor lead's (`they`, "this ECT").
 * Placeholders: {name}, {type}, {types}, {n}, {frequency}, {count}, {signpost}, {kinds}, {supports}.
 */

export interface HelpText {
  readonly title: string;
  readonly you: string;
  readonly they: string;
  readonly why: string;
  readonly try: string;
}

const same = (title: string, body: string, why: string, tryText: string): HelpText => ({
  title,
  you: body,
  they: body,
  why,
  try: tryText,
});

export const INTRO =
  'No single colleague can be your expert on everything: how the school runs, behaviour, teaching and how you\'re coping. Research with new teachers found many preferred a few people, each helping with different things, to relying on one mentor. Writers call this a "mosaic" or "constellation" of support (Gilligan, after Kram 1985). Your mentor still matters. This map shows who else is in your corner and where there\'s room for one more.';

export const TYPE_HELP: Readonly<Record<string, string>> = {
  organisational_literacy:
    "This covers the written and unwritten ways your school runs: policies, systems, routines, expectations, and who to ask. The idea comes from Blasé (1984), cited by Gilligan. It helps to hear about the school from more than one person, because a senior leader's account is valuable but told from one position (Jokikokkoa et al 2017).",
  behaviour:
    "This means building calm, purposeful lessons and knowing what to do when things go wrong: routines, relationships with pupils, the school's behaviour approach, and when to bring in pastoral or SEND colleagues. Seeing how different colleagues handle it can build confidence (Lofthouse; Gilligan).",
  pedagogy:
    "This covers planning, subject knowledge, adapting for different learners, assessment and feedback, and trying new approaches. Help can come from your mentor, subject colleagues, or a specialist coach, who might be from another school or less senior than you (CUREE).",
  psychosocial:
    "This is support for you as a person: encouragement, someone to talk to, workload and balance, feeling you belong. Researchers distinguish this relational side of mentoring from the career side (Johnson et al 2007), and it often happens in informal chats rather than meetings (Cotton et al 2011). It is usually easier to be open with someone who isn't assessing you. Colleagues are not counsellors: if things feel serious, {signpost}.",
  career:
    "This covers applications, interviews, CPD choices and longer-term plans (Johnson et al 2007 call this the instrumental side).",
};

export const FLAG_HELP: Readonly<Record<string, HelpText>> = {
  UNMAPPED: {
    title: "Map not filled in yet",
    you: "This map hasn't been filled in yet.",
    they: "This ECT's map hasn't been filled in yet.",
    why: 'An empty map could mean "not started" as easily as "no support".',
    try: "Add the people you already turn to, or mark the map as confirmed.",
  },
  ISOLATED: {
    title: "No one supporting at the moment",
    you: "We can't see anyone supporting you at the moment.",
    they: "We can't see anyone supporting this ECT at the moment.",
    why: "Every account of mentoring treats having someone to turn to as basic, and research links the quality of mentoring to new teachers staying (Gilligan, citing Eby et al 2013).",
    try: "Add anyone you already turn to, however informally, or ask your mentor lead who could help.",
  },
  SUPPORT_KINDS_UNCLEAR: {
    title: "Which kinds of support?",
    you: "{name} {supports} you with {kinds}; which kinds of support do you get?",
    they: "{name} {supports} this ECT with {kinds}; which kinds of support do they get?",
    why: 'Mosaic counts four kinds of support: how the school works, behaviour, teaching and wellbeing. Career support, or a word like "pastoral" or "everything", doesn\'t say which of these someone gives, so each shows as a gap until it is recorded.',
    try: "Record the kinds of support each of them gives, for example teaching or wellbeing.",
  },
  SINGLE_SUPPORTER: {
    title: "All support through one person",
    you: "All your support runs through one person. That can work well.",
    they: "All this ECT's support runs through one person. That can work well.",
    why: "If they're away or the relationship hits a rough patch, there's no one else (Gilligan).",
    try: "Add one more person for at least one kind of support.",
  },
  THIN_NETWORK: {
    title: "A couple of supporters",
    you: "You have a couple of supporters.",
    they: "This ECT has a couple of supporters.",
    why: 'Gilligan\'s example spreads three kinds of help across three people. That is one illustration, not a rule: the "three" is a default you can change.',
    try: "Think about which need could use a second person.",
  },
  GAP: {
    title: "No one for {type}",
    you: "No one is currently helping you with {type}.",
    they: "No one is currently helping this ECT with {type}.",
    why: "Research suggests different people tend to help with different things (Gilligan).",
    try: "Think of who in school is good at this. They don't need to be senior.",
  },
  SOLE_SOURCE: {
    title: "One source for {type}",
    you: "Only {name} helps you with {type}. One good source is fine.",
    they: "Only {name} helps this ECT with {type}. One good source is fine.",
    why: "A second voice brings another perspective and covers absences.",
    try: "Note where you'd go if they were away.",
  },
  KEYSTONE: {
    title: "One person for several kinds of support",
    you: "{name} is your only source for several kinds of support.",
    they: "{name} is this ECT's only source for several kinds of support.",
    why: "Being everything to one person is a heavy load for both of you (Gilligan; Alexander).",
    try: "Ask them who they'd suggest for one of those areas; good mentors are often connectors (CUREE).",
  },
  CONCENTRATION: {
    title: "Most support from one person",
    you: "Most of your support comes from one person.",
    they: "Most of this ECT's support comes from one person.",
    why: "A single relationship can break down (Gilligan), so it helps when not everything rests on one person.",
    try: "Add someone for the area you most often take to them.",
  },
  WELLBEING_ONLY_FROM_ASSESSOR: {
    title: "Wellbeing support only from people who assess or manage",
    you: "The people you go to for personal support also assess or manage you. They may be very supportive.",
    they: "The people this ECT goes to for personal support also assess or manage them. They may be very supportive.",
    why: "It can be hard to say you're struggling to someone who evaluates you (Gilligan; Tickell).",
    try: "Add someone outside your assessment and management line, such as a peer, a near-peer, a TA, or a colleague in another department or school.",
  },
  DUAL_ROLE: {
    title: "A wellbeing supporter who also assesses",
    you: "One of your wellbeing supporters also assesses or manages you, and you have others too.",
    they: "One of this ECT's wellbeing supporters also assesses or manages them, and they have others too.",
    why: "That's common and can work well, though judging can change a relationship (Gilligan).",
    try: "Nothing needed; just know who you'd go to if it felt awkward.",
  },
  NO_SAFE_SPACE: {
    title: "Everyone assesses or manages",
    you: "Everyone on your map assesses you or manages you.",
    they: "Everyone on this ECT's map assesses or manages them.",
    why: "Research suggests people talk most freely with someone who has no power over them (Hargreaves).",
    try: "Add at least one person outside that line.",
  },
  HIERARCHY_ONLY: {
    title: "Only senior supporters",
    you: "All your supporters are senior to you. Senior colleagues bring experience.",
    they: "All this ECT's supporters are senior to them. Senior colleagues bring experience.",
    why: "Peers and support staff bring shared experience and less pressure, and networks that include them feel more like a community (Gilligan).",
    try: "Add a peer, a near-peer or a member of support staff.",
  },
  ORG_SINGLE_VIEW: {
    title: "How the school works, from one position",
    you: "You're learning how the school works only from {name}.",
    they: "This ECT is learning how the school works only from {name}.",
    why: "Their view is valuable but shaped by their role (Jokikokkoa et al 2017).",
    try: "Add someone who sees the school from another angle, such as the office or business manager, a TA, or last year's ECT.",
  },
  TOP_DOWN_ONLY: {
    title: "Every relationship arranged",
    you: "Every relationship on your map was arranged for you. That's normal at the start.",
    they: "Every relationship on this ECT's map was arranged for them. That's normal at the start.",
    why: "Research suggests support works best when it grows from your own needs (Gilligan).",
    try: "Add someone you've found helpful yourself.",
  },
  WELLBEING_FORMAL_ONLY: {
    title: "Wellbeing support only in meetings",
    you: "Your wellbeing support happens only in scheduled meetings.",
    they: "This ECT's wellbeing support happens only in scheduled meetings.",
    why: "Personal support often comes in informal moments (Cotton et al 2011).",
    try: "Think of someone you could chat to over coffee.",
  },
  ONE_WAY: {
    title: "Support coming in, none going out",
    you: "Your map shows support coming to you but none going out.",
    they: "This ECT's map shows support coming to them but none going out.",
    why: "New teachers bring skills and fresh ideas too, and recognising that is motivating (Gilligan; Lofthouse).",
    try: "Record something you've helped a colleague with.",
  },
  STALE: {
    title: "Contact has slipped",
    you: "You haven't had contact with {name} for {n} days, though you usually meet {frequency}.",
    they: "This ECT hasn't had contact with {name} for {n} days, though they usually meet {frequency}.",
    why: "Regular contact keeps support going (Hargreaves). Slipping meetings are a workload signal, not a personal failing.",
    try: "Suggest a short catch-up, or mention it to your mentor lead.",
  },
  STRAINED: {
    title: "A relationship marked as strained",
    you: "You've marked things with {name} as strained.",
    they: "Things with {name} are marked as strained.",
    why: "Trust can't be assumed and can suffer once evaluation comes in (Lofthouse; Gilligan).",
    try: "Make sure there's someone else you can go to for {types}.",
  },
  ALL_NEW: {
    title: "All relationships are new",
    you: "All your relationships are only a few weeks old.",
    they: "All this ECT's relationships are only a few weeks old.",
    why: "Trust takes time (Tickell), so don't worry if you can't share everything yet.",
    try: "Look again in a month.",
  },
  NO_SIMILAR_OTHER: {
    title: "No one at a similar stage",
    you: "No one on your map is close to you in career stage or feels relatable.",
    they: "No one on this ECT's map is close to them in career stage or feels relatable.",
    why: "Research suggests people connect most easily with those they see as similar (Eby et al 2013).",
    try: "Join an ECT network or find a near-peer.",
  },
  SUPPORTER_OVERSTRETCHED: {
    title: "A supporter with more than their time",
    you: "{name} is supporting more than their available time. This is about workload, not about you.",
    they: "{name} is supporting more than their available time. This is about workload, not about this ECT.",
    why: "Colleagues asked to mentor are often the busiest (Gilligan).",
    try: "Spread one kind of support to someone else.",
  },
  DIRECTED_MENTOR: same(
    "A mentor directed into the role",
    "This mentor was directed into the role rather than volunteering, and many do it very well.",
    "Some mentors are asked, or in some cases directed, to take on the role, and research suggests this can be a barrier to mentoring working well (Tickell).",
    "Mentor lead: check in with them about time and support.",
  ),
  CONCEPTION_MISMATCH: {
    title: "Different ideas of what mentoring is for",
    you: "You want mostly {wants} and your mentor leans towards {mentor}. Both are legitimate.",
    they: "This ECT wants mostly {wants} and their mentor leans towards {mentor}. Both are legitimate.",
    why: "Unspoken differences in what mentoring is for can frustrate both sides (Van Ginkel et al 2016, cited by Alexander).",
    try: "Name the difference early and agree a balance.",
  },
  PEER_COACH_SHORT: same(
    "Peer coaching shorter than a term",
    "This peer coaching is planned for less than a term.",
    "Research suggests it tends to work best sustained over at least a term (CUREE).",
    "Consider extending it.",
  ),
  NO_OUTSIDE_VIEW: {
    title: "Everyone in the same team",
    you: "Everyone supporting you is in your own team.",
    they: "Everyone supporting this ECT is in their own team.",
    why: "Someone from another team or school offers a fresh view (Hargreaves).",
    try: "Connect with a colleague elsewhere, or with a trust network.",
  },
  DIRECTIVE_ONLY: {
    title: "Mostly advice-giving",
    you: "All your support is mostly advice-giving. Being told what to do is sometimes exactly right, for example in a crunch week (Hargreaves).",
    they: "All this ECT's support is mostly advice-giving. Being told what to do is sometimes exactly right, for example in a crunch week (Hargreaves).",
    why: "Conversations where you work things out together build independence over time (Hargreaves; Rodger 2006).",
    try: "Ask for one conversation where you lead.",
  },
  OVER_CAPACITY: same(
    "More committed than available",
    "The time committed exceeds the time this person has.",
    "Squeezed mentoring tends to become rushed (Lofthouse).",
    "Move one relationship or one type to someone with room.",
  ),
  SENIOR_STRETCH: same(
    "A senior colleague mentoring a lot",
    "This senior colleague mentors several ECTs or is over capacity.",
    "The busiest staff are asked most, and they often assess too (Gilligan).",
    "Share the mentoring with a middle leader or an experienced teacher.",
  ),
  NETWORK_KEYSTONE: same(
    "Several ECTs rely on this person alone",
    "Several ECTs rely on this person alone for at least one kind of support.",
    "Their absence would open several gaps at once.",
    "Use the what-if view and add a second source for the most exposed ECT.",
  ),
  UNSUPPORTED_SUPPORTER: same(
    "No support recorded for this mentor",
    "No support is recorded for this mentor.",
    "Mentoring takes emotional effort (Alexander), and schemes that worked supported their mentors (Hargreaves).",
    "Link them to a mentor group or a colleague.",
  ),
  UNTRAINED_MENTOR: same(
    "Mentoring without recorded mentor development",
    "This person mentors without recorded mentor development.",
    "Mentoring skills can be learned, and mentors benefit from development of their own (CUREE; Tickell).",
    "Offer training or pairing with an experienced mentor.",
  ),
  DUAL_ROLE_MULTI: same(
    "Assessing and supporting wellbeing for several ECTs",
    "This person both assesses and gives wellbeing support to several ECTs.",
    "The dual-role tension repeats for each of them (Gilligan).",
    "Make sure each ECT also has a non-assessing wellbeing contact.",
  ),
  UNTAPPED: same(
    "Time to give, supporting no one yet",
    "This person has time, and perhaps strengths, but supports no one yet.",
    "A small pool of supporters limits good matches (Tickell; Hargreaves).",
    "See whether they could fill a gap (see suggestions).",
  ),
  PEER_ECT_RELIED_ON: same(
    "A fellow ECT others rely on",
    "This ECT is the only source of at least one kind of support for {count} other ECTs.",
    "Peers are valuable supporters, but they are new themselves and carry their own induction (Gilligan; CUREE).",
    "Thank them, and make sure each of those ECTs has another source too.",
  ),
  ISOLATED_ECTS: same(
    "ECTs with no support or one supporter",
    "Some ECTs have no support or only one supporter ({count}).",
    "A single relationship can break down, leaving nobody (Gilligan).",
    "Start with them, with their agreement.",
  ),
  UNEVEN_COVERAGE: same(
    "Uneven coverage",
    "Some ECTs have well-rounded support while others have big gaps.",
    "Experiences vary widely between settings (Gilligan; Lofthouse).",
    "Look at the types that are most often missing.",
  ),
  LOAD_CONCENTRATION: same(
    "A few staff carry most of the support",
    "A few staff carry most of the support.",
    "The busiest colleagues are often the ones asked most (Gilligan); spreading support protects them and the ECTs who depend on them.",
    "Check the untapped list.",
  ),
  HIERARCHICAL_NETWORK: same(
    "Most support from senior staff",
    "Most support comes from senior staff or line managers.",
    "Peer links reduce the weight of hierarchy (Gilligan).",
    "Set up near-peer pairings.",
  ),
  TOP_DOWN_NETWORK: same(
    "Almost every relationship assigned",
    "Almost every relationship was assigned.",
    "Research suggests support works best when it grows from the new teacher's needs (Gilligan).",
    "Invite ECTs to add people they've found helpful themselves.",
  ),
  NO_ECT_PEER_LINKS: same(
    "ECTs don't support each other yet",
    "ECTs don't appear to support each other.",
    "Peer links build a shared community (Gilligan; CUREE).",
    "Start an ECT network or peer coaching.",
  ),
  NO_MENTOR_COMMUNITY: same(
    "Mentors without support of their own",
    "Most mentors have no support of their own.",
    "A mentors' learning group helped in the research (Hargreaves).",
    "Set one up.",
  ),
  FRAGILE: same(
    "Whole types of support depend on a few people",
    "The network depends on a few people for whole types of support.",
    "One absence or breakdown would open several gaps at once (Gilligan).",
    "Open the what-if view for each named person.",
  ),
  DUAL_ROLE_PREVALENCE: same(
    "Main mentors who also assess or manage",
    "For many ECTs, the main mentor also assesses or manages them.",
    "It can make honesty harder (Gilligan; Tickell).",
    "Separate mentoring from assessment where possible.",
  ),
  CLOSED_NETWORK: same(
    "No support crosses school boundaries",
    "No support crosses school boundaries.",
    "Outside views help (Hargreaves).",
    "Connect with trust or local subject networks.",
  ),
  UNTAPPED_CAPACITY: same(
    "Unused capacity near gaps",
    "There is unused capacity near ECTs with gaps.",
    "Matching is easier with a wider pool (Tickell; Hargreaves).",
    "Review the suggested matches with the people concerned.",
  ),
};

/**
 * The mentor lead's wording where the shared "why" or "try" speaks to the ECT ("you", "your"): a
 * lead reading about Callum must not be told to "add someone outside your line". Tested over
 * every flag (tests/core/report/flagWording.test.ts).
 */
export const LEAD_WORDS: Readonly<Record<string, { readonly why?: string; readonly try?: string }>> = {
  UNMAPPED: { try: "Invite the ECT to add the people they already turn to, or mark the map as confirmed." },
  ISOLATED: { try: "Talk with the ECT about anyone they already turn to, however informally, and who could help." },
  THIN_NETWORK: {
    why: 'Gilligan\'s example spreads three kinds of help across three people. That is one illustration, not a rule: the "three" is a default in the settings.',
  },
  SOLE_SOURCE: { try: "Check where the ECT would go if this person were away." },
  KEYSTONE: { why: "Being everything to one person is a heavy load for both of them (Gilligan; Alexander)." },
  CONCENTRATION: { try: "Help the ECT add someone for the area they most often take to this person." },
  WELLBEING_ONLY_FROM_ASSESSOR: {
    why: "It can be hard for an ECT to say they're struggling to someone who evaluates them (Gilligan; Tickell).",
    try: "Help the ECT add someone outside their assessment and management line, such as a peer, a near-peer, a TA, or a colleague in another department or school.",
  },
  DUAL_ROLE: { try: "Nothing needed; it helps if the ECT knows who they'd go to if it felt awkward." },
  TOP_DOWN_ONLY: {
    why: "Research suggests support works best when it grows from the new teacher's own needs (Gilligan).",
    try: "Invite the ECT to add someone they've found helpful themselves.",
  },
  WELLBEING_FORMAL_ONLY: { try: "Ask the ECT who they could chat to informally, over coffee." },
  ONE_WAY: { try: "Invite the ECT to record something they've helped a colleague with." },
  STALE: { try: "Suggest a short catch-up, or check whether the meetings still fit the week." },
  STRAINED: { try: "Make sure there's someone else the ECT can go to for {types}." },
  ALL_NEW: { why: "Trust takes time (Tickell), so the ECT may not share everything yet." },
  DIRECTIVE_ONLY: {
    why: "Conversations where the ECT works things out with their supporter build independence over time (Hargreaves; Rodger 2006).",
    try: "Suggest one conversation that the ECT leads.",
  },
};

/** Share mode's wording where a text points at named people (share mode names no one). */
export const SHARE_WORDS: Readonly<Record<string, { readonly try?: string }>> = {
  FRAGILE: { try: "Use the what-if view to see which gaps each absence would open." },
};

/** TOP_DOWN_ONLY when some relationships have no start recorded: the rule left those out. */
export const TOP_DOWN_ONLY_PARTIAL = {
  you: "Every relationship whose start is recorded ({known} of {total}) was arranged for you. That's normal at the start.",
  they: "Every relationship whose start is recorded ({known} of {total}) was arranged for this ECT. That's normal at the start.",
} as const;

export const STRAINED_CRITICAL = "They are your only source of {types}.";
export const STRAINED_CRITICAL_THEY = "They are this ECT's only source of {types}.";

/** Fills {placeholders}; unknown ones are left visible rather than silently dropped. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

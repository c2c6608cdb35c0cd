/**
 * "Who is who": reading names out of free-text survey answers and proposing which spellings are one
 * person. Pure functions, no importer state: the importer calls splitAnswer, classifyMention and
 * foldName per cell, then proposeSamePeople once over the spellings it gathered.
 */
export { foldName, hasAccents } from "./foldName.ts";
export { splitAnswer } from "./splitAnswer.ts";
export { classifyMention } from "./classifyMention.ts";
export { GROUP_WORDS, groupWordOf } from "./groupName.ts";
export { titledAmongMany, type KeptApart } from "./keptApart.ts";
export type { Mention } from "./mention.ts";
export { ROLE_KEYS, roleOf, type RoleKey, type RoleRef } from "./roles.ts";
export { relationOf } from "./family.ts";
export { isNonAnswer } from "./nonAnswers.ts";
export { isTitle, TITLES } from "./titles.ts";
export { fullerForm } from "./shortForms.ts";
export { typingSlip, type Slip, type SlipKind } from "./typingSlip.ts";
export { findSameNames, MIN_SLIP_LENGTH, type SameNamePair, type SameReason } from "./sameNames.ts";
export { proposeSamePeople, type ProposeOptions, type SamePersonProposal, type Spelling } from "./proposeSamePeople.ts";
export { joinsInBulk } from "./joinsInBulk.ts";
export { matchTypedName, type TypedNameMatch } from "./matchTypedName.ts";
export { hasBidiControls, visibleControls } from "./visibleControls.ts";

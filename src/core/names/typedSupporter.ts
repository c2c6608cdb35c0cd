/**
 * A supporter's name typed into the app ("Map my support", "Edit your map"), read exactly as the
 * survey import reads one piece of an answer (classifyMention), so a map typed in and a map
 * imported say the same thing about the same words: "my mentor" is someone known only by role,
 * "Mum" is family or a friend outside school (both Person.unnamed, which keeps them out of
 * supporter totals, peers and suggestions), "Sam (my mentor)" is Sam, in the role of mentor.
 * Someone unnamed gets the import's name for them ("my mentor (Jess Hartley)"): one per ECT and
 * wording, so typing "my mentor" again finds the same person.
 */
import type { LinkRole, UnnamedKind } from "../model/enums.ts";
import { unnamedName } from "../import/samePeople.ts";
import { classifyMention } from "./classifyMention.ts";
import { foldName } from "./foldName.ts";
import { matchTypedName } from "./matchTypedName.ts";
import { splitAnswer } from "./splitAnswer.ts";

export interface TypedSupporter {
  /** The name to record (and look for among the people already on the map). */
  readonly name: string;
  /** Set when the words name a role or family rather than a person, as the import sets it. */
  readonly unnamed?: UnnamedKind;
  /** For someone known only by role: the role's plain label ("mentor"), as the import records it. */
  readonly roleTitle?: string;
  /** The link role the words said ("my mentor" → ect_mentor), for a link to the ECT. */
  readonly linkRole?: LinkRole;
  /** Family, friends and private professionals are outside school (staff_type "external"). */
  readonly external?: boolean;
}

/**
 * @param ectName the ECT whose map this is, to name someone known only by role or as family
 * @returns undefined when the words are no one ("nobody", "N/A", "-")
 * @example readTypedSupporter("my mentor", "Jess Hartley")
 * // { name: "my mentor (Jess Hartley)", unnamed: "role", roleTitle: "mentor", linkRole: "ect_mentor" }
 * @example readTypedSupporter("Mum", "Jess Hartley") // { name: "Mum (Jess Hartley)", unnamed: "family", external: true }
 * @example readTypedSupporter("Sam (my mentor)", "Jess Hartley") // { name: "Sam", linkRole: "ect_mentor" }
 */
export function readTypedSupporter(typed: string, ectName: string): TypedSupporter | undefined {
  const mention = classifyMention(typed);
  switch (mention.kind) {
    case "blank":
      return undefined;
    case "person":
      return { name: mention.name, ...(mention.role?.linkRole ? { linkRole: mention.role.linkRole } : {}) };
    case "role":
      return {
        name: unnamedName(mention.written, ectName),
        unnamed: "role",
        roleTitle: mention.role.label,
        ...(mention.role.linkRole ? { linkRole: mention.role.linkRole } : {}),
      };
    case "family":
      return { name: unnamedName(mention.written, ectName), unnamed: "family", external: true };
  }
}

/** One piece of what was typed, read, and matched against the people already on the map. */
export interface TypedPiece {
  /** The piece as splitAnswer gave it ("Mr Kahn"). */
  readonly written: string;
  readonly reading: TypedSupporter;
  /** Someone already on the map with this name (apart from case, accents, spacing): they are used. */
  readonly exact?: string;
  /** Otherwise, the one person already on the map this could be ("Did you mean Mr Khan?"). */
  readonly near?: string;
}

/**
 * What was typed into a supporter's name field, read as the survey import reads one answer: split
 * into pieces (splitAnswer: "Mr Khan and Priya" is two people, "Mr and Mrs Smith" one), each piece
 * read (readTypedSupporter) and matched on its own (matchTypedName), so a typing slip in any piece
 * is offered. Pieces that say no one ("Priya and nobody") are left out; a piece naming the same
 * person as an earlier one ("Priya, priya") is that person once. Someone named by role or as family
 * is only ever the same as an exact match: the import never guesses who "my mentor" is.
 * @param known the names of the people already on the map
 * @example readTypedSupporters("Mr Kahn and Priya", "Jess Hartley", ["Mr Khan"])
 * // [{ written: "Mr Kahn", reading: { name: "Mr Kahn" }, near: "Mr Khan" }, { written: "Priya", reading: { name: "Priya" } }]
 */
export function readTypedSupporters(typed: string, ectName: string, known: readonly string[]): TypedPiece[] {
  const pieces: TypedPiece[] = [];
  const seen = new Set<string>();
  for (const written of splitAnswer(typed)) {
    const reading = readTypedSupporter(written, ectName);
    if (!reading) continue;
    const key = foldName(reading.name);
    if (seen.has(key)) continue;
    seen.add(key);
    const match = matchTypedName(reading.name, known);
    const kept = reading.unnamed && match.exact === undefined ? {} : match;
    pieces.push({
      written,
      reading,
      ...(kept.exact !== undefined ? { exact: kept.exact } : {}),
      ...(kept.near !== undefined ? { near: kept.near } : {}),
    });
  }
  return pieces;
}

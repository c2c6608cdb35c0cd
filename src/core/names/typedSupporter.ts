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

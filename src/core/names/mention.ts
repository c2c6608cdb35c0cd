/** What one piece of a survey answer refers to. */
import type { RoleRef } from "./roles.ts";

export type Mention =
  /** A non-answer: "nobody really", "N/A", "-". */
  | { readonly kind: "blank" }
  /**
   * A person (or a named group), as written with spaces collapsed. `role` or `relation` is set when
   * the piece also said who they are: "Sam (my mentor)" is Sam, with role mentor.
   */
  | {
      readonly kind: "person";
      readonly name: string;
      /** foldName(name), so callers gathering spellings need not fold again. */
      readonly key: string;
      readonly role?: RoleRef;
      readonly relation?: string;
    }
  /** A role rather than a person: "my mentor", "the SENCo". */
  | { readonly kind: "role"; readonly role: RoleRef; readonly written: string }
  /** Family, friends or private professional support outside school: "my mum", "a friend". */
  | { readonly kind: "family"; readonly relation: string; readonly written: string };

export const BLANK: Mention = Object.freeze({ kind: "blank" });

/**
 * What "Delete everything from this device" takes away, in words: said before (so the choice is
 * made knowing) and after (so no one wonders where their work went).
 */
import { plural } from "./plural.ts";

export interface DeletionScope {
  /** The project's name as the masthead shows it. */
  readonly label: string;
  readonly files: number;
  readonly edits: number;
  /** Links in the draft plan. */
  readonly planned: number;
}

/** "“St Aidan's”: 2 files, 14 changes and a draft plan of 3 links". */
export function deletionWords(s: DeletionScope): string {
  const parts = [
    ...(s.files > 0 ? [plural(s.files, "imported file")] : []),
    ...(s.edits > 0 ? [plural(s.edits, "change")] : []),
    ...(s.planned > 0 ? [`a draft plan of ${plural(s.planned, "link")}`] : []),
  ];
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
  return listed ? `“${s.label}”: ${listed}` : `“${s.label}”`;
}

/** Said once it is done (the live region and the dialog both use it). */
export const deletedWords = (s: DeletionScope) =>
  `Deleted from this device: ${deletionWords(s)}. Nothing is kept in this browser now; the sample is open again.`;

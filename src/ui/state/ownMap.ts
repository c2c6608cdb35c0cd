/**
 * Whose own map the project is: one started with "Map my own support" has no files and begins by
 * adding the ECT themselves (see useProject's startEmpty). Read from the project, not remembered
 * beside it, so it holds after a reload or a backup opened again, and stops holding after Undo.
 */
import type { Edit } from "../../core/index.ts";

interface Project {
  readonly files: readonly unknown[];
  readonly edits: readonly Edit[];
}

/**
 * The id of the ECT whose own map this is, or undefined for anything else (imported files, the sample).
 *
 * @example
 * ownMapOf(sources) // "jess-hartley" after "Start my map" as Jess Hartley
 */
export function ownMapOf(p: Project): string | undefined {
  const first = p.edits[0];
  if (p.files.length > 0 || first?.op !== "addPerson" || first.person.is_ect !== true) return undefined;
  return first.person.id;
}

/**
 * The plain words of "Start a new map?": what would be replaced, where it is now, and what Undo can
 * and cannot do (history is not kept across a reload, so Undo is promised only until the page closes).
 */
import { counted } from "../../core/index.ts";
import type { Replaced } from "../state/startReplaces.ts";

export interface Replacing {
  readonly what: Replaced;
  /** The project's name ("Jess Hartley's support map", "Your data: people.csv"). */
  readonly label: string;
  readonly people: number;
  readonly device: "phone" | "device";
}

/**
 * @example
 * replaceWords({ what: "kept", label: "Jess Hartley's support map", people: 5, device: "phone" })
 * // "A new map replaces “Jess Hartley's support map” (5 people), which is kept on this phone; …"
 */
export function replaceWords({ what, label, people, device }: Replacing): string {
  const which = `“${label}” (${counted(people, "person", "people")})`;
  return what === "kept"
    ? `A new map replaces ${which}, which is kept on this ${device}; the new map will be kept there instead. ` +
        "Undo brings it back only until this page is closed. A backup keeps a copy you can open again later."
    : `A new map replaces ${which}, which is only in this page. ` +
        "Undo brings it back only until this page is closed. A backup keeps a copy you can open again later.";
}

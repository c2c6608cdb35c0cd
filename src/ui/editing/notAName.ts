/** Why a name typed in "Add an ECT or a colleague" cannot stand for a person on their own, if it cannot. */
import { readTypedSupporter } from "../../core/index.ts";

/**
 * Someone added on their own belongs to no ECT's map, so words the import would read as a role or
 * as family ("my mentor", "Mum") cannot stand for them: asked for a name instead, kindly.
 */
export function notAName(typed: string): string | undefined {
  const n = typed.trim();
  if (!n) return undefined;
  const reading = readTypedSupporter(n, "");
  if (!reading) return `"${n}" reads as no one: type the person's name.`;
  if (reading.unnamed === "family")
    return `"${n}" reads as family or a friend: they can be added from that ECT's map ("Add someone who helps this ECT"), not as a colleague.`;
  if (reading.unnamed === "role")
    return `"${n}" reads as a role, not a name: type their name so they can be found and suggested.`;
  return undefined;
}

/** Reading an edit from a project file. */
import { isSupportType } from "../model/supportTypes.ts";
import { canonicalLink, canonicalPerson } from "./canonicalRecords.ts";
import type { Edit } from "./edit.ts";

const OPS = ["addPerson", "updatePerson", "removePerson", "mergePeople", "addLink", "updateLink", "removeLink"];

/** Reads an edit from a project file; a string says what is wrong with it. */
export function readEdit(value: unknown): Edit | string {
  if (!value || typeof value !== "object") return "an edit must be an object";
  const e = value as Record<string, unknown>;
  const str = (k: string) => typeof e[k] === "string" && e[k].length > 0;
  if (!OPS.includes(e.op as string)) return `"${String(e.op)}" is not an edit Mosaic knows`;
  const obj = (k: string) => e[k] !== null && typeof e[k] === "object" && !Array.isArray(e[k]);
  switch (e.op) {
    case "addPerson": {
      const p = e.person as Record<string, unknown> | undefined;
      if (!obj("person") || typeof p!.id !== "string" || typeof p!.name !== "string" || typeof p!.is_ect !== "boolean")
        return "addPerson needs a person with an id, a name and is_ect";
      return { op: "addPerson", person: canonicalPerson({ kind: "person", ...p }) };
    }
    case "addLink": {
      const l = e.link as Record<string, unknown> | undefined;
      const types = Array.isArray(l?.support_types) ? (l.support_types as unknown[]) : [];
      if (
        !obj("link") ||
        typeof l!.link_id !== "string" ||
        typeof l!.from_id !== "string" ||
        typeof l!.to_id !== "string"
      )
        return "addLink needs a link with link_id, from_id and to_id";
      if (!types.every((t) => typeof t === "string" && isSupportType(t)))
        return "addLink has an unknown kind of support";
      return { op: "addLink", link: canonicalLink(l!) };
    }
    case "updatePerson":
    case "updateLink":
      if (!str("id") || !obj("changes")) return `${e.op} needs an id and changes`;
      return e as unknown as Edit;
    case "removePerson":
    case "removeLink":
      return str("id") ? (e as unknown as Edit) : `${e.op} needs an id`;
    default:
      return str("from") && str("into") ? (e as unknown as Edit) : "mergePeople needs from and into";
  }
}

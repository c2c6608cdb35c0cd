/**
 * What the import says about each file as it reads it: which columns were left out or repeat, what
 * the file was read as, and what a survey's answers came to.
 */
import { SUPPORT_TYPES } from "../model/supportTypes.ts";
import { formColumnsOf, SHAPE_LABEL } from "./columns.ts";
import type { ImportLog } from "./importLog.ts";
import type { ImportState } from "./importState.ts";
import type { PreparedFile } from "./preparedFile.ts";
import { formColumnsMessage } from "./surveyColumns.ts";

/**
 * Says which columns were left out (a form's own columns in one line), which header names repeat,
 * and what the file was read as.
 */
export function reportColumns(log: ImportLog, p: PreparedFile): void {
  const form = formColumnsOf(p.header, p.columns);
  const formMessage = formColumnsMessage(form);
  if (formMessage) log.note("info", p.file.name, formMessage, 1);
  const inForm = new Set(form);
  p.columns.forEach((c, i) => {
    const header = p.header[i] ?? "";
    if (c?.kind === "dropped" && !inForm.has(header))
      log.note("info", p.file.name, `The column "${header}" was not imported: ${c.why}.`, 1, header);
  });
  const first = new Map<string, number>();
  p.header.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    if (!key) return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else
      log.note(
        "warning",
        p.file.name,
        `Two columns are both headed "${h}" (columns ${earlier + 1} and ${i + 1}); ${usedColumn(p, earlier, i)} Rename one of them if both matter.`,
        1,
        h,
      );
  });
  log.note("info", p.file.name, `Read as a ${SHAPE_LABEL[p.shape]}.`);
}

/** Which of two columns with one header was read. */
function usedColumn(p: PreparedFile, a: number, b: number): string {
  const read = (i: number) =>
    p.columns[i] !== undefined && p.columns[i]?.kind !== "dropped" && p.columns[i]?.kind !== "ignore";
  const [x, y] = [p.columns[a], p.columns[b]];
  if (x?.kind === "field" && y?.kind === "field" && x.field === y.field)
    return `the first (column ${a + 1}) is used, and the second only where the first is blank.`;
  if (read(a) && read(b)) return "both were read.";
  if (read(a)) return `the first (column ${a + 1}) was used and the second left out.`;
  if (read(b)) return `the second (column ${b + 1}) was used and the first left out.`;
  return "neither was read.";
}

/** What a survey's answers came to: who answered "nobody", who named family, who was named by role. */
export function reportSurvey(state: ImportState, p: PreparedFile): void {
  const { log } = state;
  const file = p.file.name;
  const nobody = [...(state.respondents.get(file)?.keys() ?? [])].filter((id) => state.answeredNobody.has(id));
  if (nobody.length > 0)
    log.note(
      "info",
      file,
      `${nobody.length === 1 ? "One ECT" : `${nobody.length} ECTs`} named nobody for any kind of support: read as having nobody for now (shown as isolated).`,
    );
  const family = state.familyNamed.filter((f) => state.respondents.get(file)?.has(f.ect));
  if (family.length > 0) {
    const ects = new Set(family.map((f) => f.ect)).size;
    const kinds = [...new Set(family.flatMap((f) => (f.type ? [SUPPORT_TYPES[f.type].short] : [])))];
    log.note(
      "info",
      file,
      `${ects === 1 ? "One ECT names" : `${ects} ECTs name`} family or friends outside school${kinds.length > 0 ? ` for ${kinds.join(" and ")}` : ""}. They count for that ECT's own coverage only, not as supporters of the network.`,
    );
  }
  for (const r of state.roleReferences) {
    if (r.where.file !== file) continue;
    log.note(
      "info",
      file,
      r.resolvedTo
        ? `Named by role: "${r.written}" (row ${r.where.row}, ${r.ect}) was read as ${r.resolvedTo}, recorded in that role for ${r.ect}.`
        : `Named by role: "${r.written}" (row ${r.where.row}, ${r.ect}).${r.linkRoleLabel ? ` Their link is recorded as ${r.ect}'s ${r.linkRoleLabel}.` : ""} It counts for ${r.ect}'s coverage now; naming them (rename them in ${r.ect}'s map) lets Mosaic tell whether they are someone already on the map.`,
      r.where.row,
      r.where.column,
    );
  }
}

import type { Loaded } from "../../workers/protocol.ts";

/**
 * The files of an import whose columns were not recognised but could be, once the lead says what
 * each holds (MappingStep): a header was read, no shape was. Each with its problem, less the list
 * of columns the step shows itself.
 */
export function filesToMap(loaded: Loaded | undefined) {
  return (loaded?.files ?? [])
    .filter((f) => f.shape === undefined && f.header && f.header.length > 0)
    .map((f) => ({
      ...f,
      problem: loaded?.diagnostics
        .find((d) => d.file === f.name && d.level === "error")
        ?.message.replace(/ The columns found were: (?:none|"[^"]*"(?:, "[^"]*")*)\./, ""),
    }));
}

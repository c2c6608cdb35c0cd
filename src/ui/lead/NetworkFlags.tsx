import type { Flag, ShareRule } from "../../core/index.ts";
import { countWords, describeFlag, flagKey } from "../../core/index.ts";
import { isolate, shorten } from "../names.ts";

/** The network-wide flags, each with why it matters and something to try (counts suppressed in share mode). */
export function NetworkFlags({
  flags,
  nameOf,
  share,
  rule,
}: {
  flags: readonly Flag[];
  nameOf: (id: string) => string;
  share: boolean;
  rule: ShareRule;
}) {
  if (flags.length === 0)
    return <p className="strength">No network flags: support is spread across people and settings.</p>;
  return (
    <ul className="flags">
      {flags.map((f) => {
        const w = describeFlag(f, nameOf, "they", "", { share });
        const people = f.people ?? [];
        const body =
          f.code === "ISOLATED_ECTS" ? w.body.replace(/\(\d+\)/, `(${countWords(people.length, rule)})`) : w.body;
        return (
          <li key={flagKey(f)} className={`flag flag-${f.severity}`} data-code={f.code}>
            <h3>{w.title}</h3>
            <p>
              {body}
              {!share &&
                people.length > 0 &&
                // Shortened and isolated like names in the ECT's sentences: a 5,000-character name filled a
                // screen, and a right-to-left one reordered the names after it.
                ` ${people
                  .slice(0, 12)
                  .map((id) => isolate(shorten(nameOf(id))))
                  .join(", ")}${people.length > 12 ? ` and ${people.length - 12} more` : ""}.`}
            </p>
            <p className="flag-why">
              <strong>Why it matters:</strong> {w.why}
            </p>
            <p className="flag-try">
              <strong>Something to try:</strong> {w.try}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

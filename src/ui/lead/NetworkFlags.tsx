/**
 * The network-wide flags, folded into one line on the lead's first screen: how many and how serious
 * ("5 things about the whole network: ● 2 worth attention, ○ 3 to reflect on"), with "Show" opening
 * every word of them (the people, why it matters, something to try), each under its own heading.
 *
 * Why folded, and not the cards they were: the ECT table below is the lead's first answer (who needs
 * a look), and the cards put its first row ~1,300 px down at 1366×768. One line per flag still took
 * ~200 px with the sample's five, leaving the first ECT row below the fold; these flags are about the
 * network as a whole, to think over, so one line saying how many and how serious is what the first
 * screen needs. It is a native disclosure: keyboard reachable, read out as collapsed or expanded, and
 * its words stay in the page for a screen reader and the browser's find (which opens it).
 */
import type { Flag, ShareRule } from "../../core/index.ts";
import { countWords, describeFlag, flagKey } from "../../core/index.ts";
import { isolate, shorten } from "../names.ts";
import { networkFlagsWords, SEVERITY_SHOWN } from "./networkFlagsWords.ts";

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
  const { title, parts } = networkFlagsWords(flags);
  return (
    <details className="network-flags" data-testid="network-flags">
      <summary>
        <span className="nf-title">{title}:</span>{" "}
        {parts.map((p, i) => (
          <span key={p.severity} className={`nf-part flag-${p.severity}`}>
            <span className="nf-mark" aria-hidden="true">
              {SEVERITY_SHOWN[p.severity].mark}
            </span>{" "}
            {p.words}
            {i < parts.length - 1 ? ", " : ""}
          </span>
        ))}{" "}
        {/* Said by the disclosure itself ("collapsed"/"expanded"), so only seen. */}
        <span className="nf-show" aria-hidden="true" />
      </summary>
      <ul className="nf-list">
        {flags.map((f) => {
          const w = describeFlag(f, nameOf, "they", "", { share });
          const people = f.people ?? [];
          const body =
            f.code === "ISOLATED_ECTS" ? w.body.replace(/\(\d+\)/, `(${countWords(people.length, rule)})`) : w.body;
          const s = SEVERITY_SHOWN[f.severity];
          return (
            <li key={flagKey(f)} className={`network-flag flag-${f.severity}`} data-code={f.code}>
              <h3>
                <span className="nf-mark" aria-hidden="true">
                  {s.mark}
                </span>{" "}
                {w.title} <span className="nf-severity">({s.word})</span>
              </h3>
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
    </details>
  );
}

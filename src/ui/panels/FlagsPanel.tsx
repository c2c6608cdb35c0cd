/**
 * The ECT's flags, most serious first, each with what it means, why it matters and something to
 * try (docs/domain.md section 7). SOLE_SOURCE items share one line, folded under SINGLE_SUPPORTER; the
 * top three show, the rest sit behind "more". No scores, no blame. What is going well (the strength
 * signals) is one line of chips under those three, so it never pushes the first concern down.
 */
import type { Flag, FlagItem, Settings, Strength, Voice } from "../../core/index.ts";
import { sentenceStart } from "../voicedName.ts";
import {
  concernsWellbeing,
  DEFAULT_SETTINGS,
  flagItems,
  SETTINGS_CAPTION,
  signpostLine,
  strengthChips,
} from "../../core/index.ts";

interface Props {
  readonly flags: readonly Flag[];
  readonly nameOf: (id: string) => string;
  readonly voice: Voice;
  readonly settings: Settings;
  readonly strengths?: readonly Strength[];
  /** The ECT is still answering "Map my support": nothing is judged until they Finish. */
  readonly answering?: boolean;
}

/** Said instead of the flags while the ECT is still adding people (the headline says "So far: …" then). */
export const ANSWERING_LINE =
  "What this map shows comes when you finish: nothing is judged while you are still adding people.";

const SEVERITY = {
  critical: { icon: "▲", word: "Act soon" },
  warning: { icon: "●", word: "Worth attention" },
  info: { icon: "○", word: "To reflect on" },
} as const;

function changedSettings(settings: Settings): string[] {
  const out: string[] = [];
  const defaults = new Map<string, unknown>(Object.entries(DEFAULT_SETTINGS));
  for (const [k, v] of Object.entries(settings)) {
    if (k === "as_of_date" || k === "signpost_text") continue;
    const d = defaults.get(k);
    if (JSON.stringify(d) !== JSON.stringify(v))
      out.push(`${k.replace(/_/g, " ")}: ${JSON.stringify(v)} (default ${JSON.stringify(d)})`);
  }
  return out;
}

function FlagCard({ item }: { item: FlagItem }) {
  const s = SEVERITY[item.severity];
  return (
    <li className={`flag flag-${item.severity}`} data-code={item.code}>
      <p className="flag-severity">
        <span aria-hidden="true">{s.icon}</span> {s.word}
      </p>
      <h3>{item.title}</h3>
      <p>{item.body}</p>
      {item.why && (
        <p className="flag-why">
          <strong>Why it matters:</strong> {item.why}
        </p>
      )}
      {item.try && (
        <p className="flag-try">
          <strong>Something to try:</strong> {item.try}
        </p>
      )}
    </li>
  );
}

function StrengthChips({ strengths, voice }: { strengths: readonly Strength[]; voice: Voice }) {
  const chips = strengthChips(strengths, voice);
  if (chips.length === 0) return null;
  return (
    <ul className="strength-chips" aria-label="Going well">
      {chips.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ul>
  );
}

export function FlagsPanel({ flags, nameOf, voice, settings, strengths = [], answering = false }: Props) {
  // A half-drawn map would be judged on who has not been added yet ("All your support runs through one
  // person" after the first name): one calm line, with no count, chips or signpost, until Finish.
  if (answering)
    return (
      <section aria-labelledby="flags-h" className="flags-section" data-testid="flags-answering">
        <h2 id="flags-h">Things to look at</h2>
        <p className="muted">{ANSWERING_LINE}</p>
      </section>
    );
  // A name can open a sentence as "your mentor (…)" (voicedName): it starts with a capital there.
  const items = flagItems(flags, nameOf, voice, settings.signpost_text).map((item) => ({
    ...item,
    title: sentenceStart(item.title),
    body: sentenceStart(item.body),
  }));
  const top = items.slice(0, 3);
  const rest = items.slice(3);
  const changed = changedSettings(settings);
  return (
    <section aria-labelledby="flags-h" className="flags-section">
      <h2 id="flags-h">
        Things to look at <span className="count">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="strength">
          Nothing flagged: support here is spread across several people. That's a healthy mosaic.
        </p>
      ) : (
        <ul className="flags">
          {top.map((item) => (
            <FlagCard key={item.key} item={item} />
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        // The printed page keeps to one sheet: the first few flags, then a pointer to the rest.
        <p className="print-only more-in-mosaic">
          and {rest.length} more {rest.length === 1 ? "thing" : "things"} to look at in Mosaic
        </p>
      )}
      <StrengthChips strengths={strengths} voice={voice} />
      {flags.some(concernsWellbeing) && (
        <p className="signpost" data-testid="signpost">
          {signpostLine(settings.signpost_text)}
        </p>
      )}
      {rest.length > 0 && (
        <details className="more-flags">
          <summary>{rest.length} more to reflect on</summary>
          <ul className="flags">
            {rest.map((item) => (
              <FlagCard key={item.key} item={item} />
            ))}
          </ul>
        </details>
      )}
      <p className="muted small settings-note">
        Every threshold is a {SETTINGS_CAPTION}. Flags describe the network, never anyone's competence.
        {changed.length > 0 && <> Changed here: {changed.join("; ")}.</>}
      </p>
    </section>
  );
}

import type { Overview, SupporterRow } from "../../core/index.ts";
import { gapsIfAway, soleSourceListWords, untappedNoneWords } from "../../core/index.ts";
import { Name } from "../components/Name.tsx";
import type { NameOf } from "../names.ts";

interface Props {
  readonly removalImpact: Overview["removalImpact"];
  readonly keystoneIds: ReadonlySet<string>;
  readonly untapped: readonly SupporterRow[];
  readonly nameOf: NameOf;
  readonly nameById: (id: string) => string;
  /** "What if away?" for this person, or "Bring back" when they are away already. */
  readonly onAsk: (id: string) => void;
  /** Who is away in the what-if shown. */
  readonly away: ReadonlySet<string>;
  /** What rests on each supporter alone, to say it in kinds of support and ECTs. */
  readonly soleSource: ReadonlyMap<string, SupporterRow["soleSourceFor"]>;
  /** People with a capacity recorded: with none, "no one untapped" would say nothing true. */
  readonly capacityRecorded: number;
}

/** "Removal impact" (who is the only source of something) beside "Untapped" (time to give, unused). */
export function KeystonesAndUntapped(props: Props) {
  const { removalImpact, keystoneIds, untapped, nameOf, nameById, onAsk, away, soleSource, capacityRecorded } = props;
  const only = (id: string, impact: number) => {
    const sole = soleSource.get(id);
    // Until the supporters' rows are in, only the number of gaps is known, not the ECTs.
    return sole && sole.length > 0 ? soleSourceListWords(sole) : gapsIfAway(impact);
  };
  return (
    <div className="two-col">
      <div>
        <h3>Removal impact: who is the only source of something</h3>
        <p className="muted small">
          Most gaps opened first. A <strong>keystone</strong> is the only source of some kind of support for two or more
          ECTs, as in the network summary.
        </p>
        <ol className="keystones">
          {removalImpact.map((k2) => (
            <li key={k2.id}>
              {nameById(k2.id)}
              {keystoneIds.has(k2.id) ? " (keystone)" : ""}: only source for {only(k2.id, k2.impact)}{" "}
              <button type="button" className="small-button" onClick={() => onAsk(k2.id)}>
                {away.has(k2.id) ? "Bring back" : "What if away?"}
              </button>
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3>Untapped: time to give, supporting no one yet</h3>
        {untapped.length === 0 ? (
          <p className="muted" data-testid="untapped-none">
            {untappedNoneWords(capacityRecorded)}
          </p>
        ) : (
          <ul>
            {untapped.map((u) => (
              <li key={u.id}>
                <Name text={nameOf(u.id, u.name)} />
                {u.roleTitle ? `, ${u.roleTitle}` : ""}
                {u.strengths?.length ? ` (strengths: ${u.strengths.join(", ")})` : ""}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

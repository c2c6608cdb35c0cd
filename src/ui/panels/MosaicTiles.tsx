/** One tile per support type: who provides it, how many, and its state, so the picture reads without the graph. */
import type { Constellation, SupportType } from "../../core/index.ts";
import { DEFAULT_SETTINGS, fillText, SUPPORT_TYPES, TYPE_HELP } from "../../core/index.ts";
import type { NameOf } from "../names.ts";
import { TYPE_COLOUR, TYPE_MARK } from "../palette.ts";
import { Name } from "../components/Name.tsx";

interface Props {
  readonly constellation: Constellation;
  readonly types: readonly SupportType[];
  readonly nameOf: NameOf;
  /** The school's signposting (settings.signpost_text), for the wellbeing help. */
  readonly signpost: string;
}

export function MosaicTiles({ constellation: c, types, nameOf, signpost }: Props) {
  const names = new Map<string, string>(c.supporters.map((s) => [s.id, s.name]));
  return (
    <section aria-labelledby="tiles-h" className="tiles-section">
      <h2 id="tiles-h">Mosaic</h2>
      <ul className="tiles">
        {types.map((t) => {
          const providers = c.result.providers[t] ?? c.supporters.filter((s) => s.types.includes(t)).map((s) => s.id);
          const n = providers.length;
          const state = n === 0 ? "gap" : n === 1 ? "single" : "covered";
          const stateText = n === 0 ? "No one yet" : n === 1 ? "One source" : `${n} sources`;
          return (
            <li key={t} className={`tile tile-${state}`} style={{ borderTopColor: TYPE_COLOUR[t] }} data-type={t}>
              <div className="tile-head">
                <span className="type-mark" style={{ background: TYPE_COLOUR[t] }} aria-hidden="true">
                  {TYPE_MARK[t]}
                </span>
                <h3>{SUPPORT_TYPES[t].label}</h3>
              </div>
              <p className="tile-state">
                <span className="state-icon" aria-hidden="true">
                  {n === 0 ? "○" : n === 1 ? "◐" : "●"}
                </span>{" "}
                {stateText}
              </p>
              {n > 0 ? (
                <ul className="tile-people">
                  {providers.map((id) => (
                    <li key={id}>
                      <Name text={nameOf(id, names.get(id) ?? id)} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted small">{SUPPORT_TYPES[t].prompt}</p>
              )}
              {TYPE_HELP[t] && (
                <details className="tile-help">
                  <summary>
                    <span aria-hidden="true">?</span>{" "}
                    <span className="tile-help-words">About {SUPPORT_TYPES[t].label.toLowerCase()}</span>
                  </summary>
                  <p>{fillText(TYPE_HELP[t], { signpost: signpost.trim() || DEFAULT_SETTINGS.signpost_text })}</p>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The table equivalent of the graph: every supporter with what they help with, whether they assess
 * or manage, how formal and how often; and what the ECT gives. Names are buttons, so keyboard users
 * walk through supporters (focus highlights them in the graph) and open their details.
 */
import type { Constellation, ConstellationPerson, SupportType } from "../../core/index.ts";
import { FREQUENCY_WORDS, SUPPORT_TYPES } from "../../core/index.ts";
import type { NameOf } from "../names.ts";
import { TYPE_COLOUR, TYPE_MARK } from "../palette.ts";
import { Name } from "../components/Name.tsx";
import { lastContactWords } from "../formatDate.ts";

interface Props {
  readonly constellation: Constellation;
  readonly nameOf: NameOf;
  readonly focused?: string | undefined;
  readonly onFocus: (id: string | undefined) => void;
  readonly onSelect: (id: string) => void;
}

export function TypeBadges({ types, other = [] }: { types: readonly SupportType[]; other?: readonly string[] }) {
  return (
    <span className="badges">
      {types.map((t) => (
        <span key={t} className="badge" style={{ borderColor: TYPE_COLOUR[t] }}>
          <span className="type-mark small" style={{ background: TYPE_COLOUR[t] }} aria-hidden="true">
            {TYPE_MARK[t]}
          </span>
          {SUPPORT_TYPES[t].label}
        </span>
      ))}
      {other.map((o) => (
        <span key={o} className="badge badge-other" title="Not one of the support types Mosaic counts">
          {o} (not counted)
        </span>
      ))}
    </span>
  );
}

function power(p: ConstellationPerson): string {
  const assesses = p.links.some((l) => l.assesses);
  const assumed = p.links.every((l) => !l.assesses || l.assessesAssumed) && assesses;
  const manages = p.links.some((l) => l.lineManages);
  const parts = [
    assesses ? `Assesses${assumed ? " (assumed: induction tutor)" : ""}` : "",
    manages ? "In line management" : "",
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : "No";
}

export function ConstellationTable({ constellation: c, nameOf, focused, onFocus, onSelect }: Props) {
  return (
    <section aria-labelledby="table-h" className="table-section" id="constellation-table">
      <h2 id="table-h">Supporters, as a table</h2>
      {c.supporters.length === 0 ? (
        <p>
          No live support is recorded for <Name text={nameOf(c.ect.id, c.ect.name)} /> at the moment.
        </p>
      ) : (
        <table className="data">
          <caption className="visually-hidden">Who supports {nameOf(c.ect.id, c.ect.name)}, with what and how</caption>
          <thead>
            <tr>
              <th scope="col">Supporter</th>
              <th scope="col">Helps with</th>
              <th scope="col">Assesses or manages</th>
              <th scope="col">Formal or informal</th>
              <th scope="col">How often</th>
              <th scope="col">Last contact</th>
            </tr>
          </thead>
          <tbody>
            {c.supporters.map((s) => (
              <tr key={s.id} className={focused === s.id ? "row-focus" : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onFocus={() => onFocus(s.id)}
                    onBlur={() => onFocus(undefined)}
                    onMouseEnter={() => onFocus(s.id)}
                    onMouseLeave={() => onFocus(undefined)}
                    onClick={() => onSelect(s.id)}
                  >
                    <Name text={nameOf(s.id, s.name)} fit="wrap" />
                  </button>
                  <span className="muted small block" title={s.roleTitle}>
                    {s.isGroup ? "Group" : (s.roleTitle ?? "")}
                  </span>
                </th>
                <td>
                  <TypeBadges types={s.types} other={[...new Set(s.links.flatMap((l) => l.otherTypes))]} />
                </td>
                <td>{power(s)}</td>
                <td>{[...new Set(s.links.map((l) => l.formality ?? "not recorded"))].join(", ")}</td>
                <td>
                  {[...new Set(s.links.map((l) => (l.frequency ? FREQUENCY_WORDS[l.frequency] : "not recorded")))].join(
                    ", ",
                  )}
                </td>
                <td>{lastContactWords(s.links.map((l) => l.lastContact))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>
        What <Name text={nameOf(c.ect.id, c.ect.name)} /> gives
      </h3>
      {c.contributions.length === 0 ? (
        <p className="muted">No contributions recorded yet. New teachers bring skills and ideas too.</p>
      ) : (
        <ul className="contributions">
          {c.contributions.map((p) => (
            <li key={p.id}>
              Helps <Name text={nameOf(p.id, p.name)} /> with <TypeBadges types={p.types} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

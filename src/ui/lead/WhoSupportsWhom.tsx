/**
 * The network picture's full text equivalent, as a disclosure below it: every ECT the picture
 * draws with who supports them and with what, then anyone else supported in it, most in need
 * first, with the marks the drawing shows in words. Made only when opened, a page of rows at a
 * time: a school's picture can draw thousands of people, and a closed table should cost nothing.
 */
import { useMemo, useState } from "react";
import { SUPPORT_TYPES } from "../../core/index.ts";
import { Name } from "../components/Name.tsx";
import type { NameOf } from "../names.ts";
import type { PeopleGraphData } from "./toNetworkRenderGraph.ts";
import type { PictureRow, PictureSupporter } from "./whoSupportsWhom.ts";
import { whoSupportsWhom } from "./whoSupportsWhom.ts";

/** Rows shown at first and added by each "Show more": a screen or two to read, quick to make. */
export const ROWS_PAGE = 100;

interface Props {
  readonly data: PeopleGraphData;
  readonly nameOf: NameOf;
  /** Everyone in the network, so a picture of part of it says how much it draws. */
  readonly networkPeople: number;
  readonly removed: ReadonlySet<string>;
  readonly changed: ReadonlySet<string>;
}

const count = (n: number) => n.toLocaleString("en-GB");
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

export function WhoSupportsWhom({ data, nameOf, networkPeople, removed, changed }: Props) {
  const [open, setOpen] = useState(false);
  const [limit, setLimit] = useState(ROWS_PAGE);
  // Another picture (a school, a filter) starts again at the first page.
  const [forData, setForData] = useState(data);
  if (forData !== data) {
    setForData(data);
    setLimit(ROWS_PAGE);
  }
  const text = useMemo(() => (open ? whoSupportsWhom(data, nameOf) : undefined), [open, data, nameOf]);
  const people = data.nodes.length;
  return (
    <details
      className="who-supports-whom"
      data-testid="who-supports-whom"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Who supports whom in this picture ({plural(people, "person", "people")})</summary>
      {text && (
        <>
          <p className="small">
            {people < networkPeople
              ? `The picture draws ${count(people)} of the network's ${count(networkPeople)} people`
              : `The picture draws all ${plural(people, "person", "people")} in the network`}
            : {plural(text.ects, "ECT", "ECTs")} and {plural(people - text.ects, "other", "others")}, with{" "}
            {plural(text.links, "support link", "support links")} between them. Each ECT is listed with who supports
            them, most in need first; then anyone else supported in the picture.
          </p>
          <table className="data picture-table">
            <caption className="visually-hidden">Who supports whom in the network picture</caption>
            <thead>
              <tr>
                <th scope="col">Supported</th>
                <th scope="col">Marked in the picture</th>
                <th scope="col">Supported by, with what</th>
              </tr>
            </thead>
            <tbody>
              {text.rows.slice(0, limit).map((r) => (
                <Row key={r.id} row={r} removed={removed} changed={changed} />
              ))}
            </tbody>
          </table>
          {text.rows.length > limit && (
            <p className="small" aria-live="polite">
              Showing {count(limit)} of {count(text.rows.length)}.{" "}
              <button type="button" onClick={() => setLimit(limit + ROWS_PAGE)}>
                Show {count(Math.min(ROWS_PAGE, text.rows.length - limit))} more
              </button>
            </p>
          )}
        </>
      )}
    </details>
  );
}

function Row({
  row,
  removed,
  changed,
}: {
  row: PictureRow;
  removed: ReadonlySet<string>;
  changed: ReadonlySet<string>;
}) {
  const whatIf = removed.has(row.id)
    ? "away in the what-if"
    : changed.has(row.id)
      ? "would lose support in the what-if"
      : "";
  const marks = [row.marks, whatIf].filter(Boolean).join("; ");
  return (
    <tr data-person={row.id} data-is-ect={row.isEct ? "" : undefined}>
      <th scope="row">
        <Name text={row.name} fit="wrap" />
        {row.isEct && <span className="muted small block">ECT</span>}
      </th>
      <td>{marks || <span className="muted">Nothing marked</span>}</td>
      <td>
        {row.supporters.length === 0 ? (
          <span className="muted">No live support recorded</span>
        ) : (
          <ul className="picture-supporters">
            {row.supporters.map((s) => (
              <Supporter key={s.id} s={s} away={removed.has(s.id)} />
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function Supporter({ s, away }: { s: PictureSupporter; away: boolean }) {
  const kinds = s.types.length > 0 ? s.types.map((t) => SUPPORT_TYPES[t].short).join(", ") : "another kind of support";
  const marks = [s.marks, away ? "away in the what-if" : ""].filter(Boolean).join(" · ");
  return (
    <li data-supporter={s.id}>
      <Name text={s.name} fit="wrap" />
      {/* The name is a block of its own; read aloud, the colon keeps name and kinds apart. */}
      <span className="visually-hidden">: </span>
      <span className="picture-kinds">
        {kinds}
        {marks && <strong> ({marks})</strong>}
      </span>
    </li>
  );
}

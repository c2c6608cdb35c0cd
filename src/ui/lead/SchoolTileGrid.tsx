/**
 * The lead's picture of a large network: one tile per school, those whose ECTs most need a look
 * first, shaded by that share (five steps from white to deep vermillion, with the count written on
 * each, so the shade is never the only cue), each a button that opens the school's own graph. The
 * tiles are text, so they are their own text equivalent; a table gives the same figures to sort by eye.
 */
import { useEffect, useState } from "react";
import type { SchoolTiles } from "../../core/index.ts";
import { shareBand, tileCountText } from "../../core/index.ts";
import { instrument } from "../instrument.ts";

/** Tiles shown before "Show all": enough to fill a laptop screen with the schools that matter first. */
const FIRST = 24;

export const BAND_WORDS = ["none", "up to a quarter", "up to half", "up to three in four", "more than three in four"];

interface Props {
  readonly data: SchoolTiles;
  readonly onOpen: (school: string) => void;
}

export function SchoolTileGrid({ data, onOpen }: Props) {
  const [all, setAll] = useState(false);
  // The table is made only when opened: at 100,000 people there are thousands of schools.
  const [table, setTable] = useState(false);
  useEffect(() => {
    // The bench times the lead picture by this moment, as it does the drawn graph.
    instrument({ name: "network-drawn" });
  }, [data]);
  const tiles = all ? data.tiles : data.tiles.slice(0, FIRST);
  const share = (n: number) => `${Math.round(n * 100)}%`;
  return (
    <>
      <p className="tiles-intro">
        {data.total.toLocaleString("en-GB")} people is more than a graph can show clearly, so each school is a tile,{" "}
        <strong>the schools whose ECTs most need a look first</strong>. Across them,{" "}
        {data.ectsAtRisk.toLocaleString("en-GB")} of {data.ects.toLocaleString("en-GB")} ECTs need a look. Choose a
        school to see its people.
      </p>
      <ol className="school-tiles" data-testid="school-tiles">
        {tiles.map((t) => (
          <li key={t.school}>
            <button
              type="button"
              className={`school-tile band-${shareBand(t.share)}`}
              data-share={t.share}
              title={t.school}
              onClick={() => onOpen(t.school)}
            >
              <span className="school-tile-name">
                <bdi>{t.school}</bdi>
              </span>
              <span className="school-tile-count">{tileCountText(t)}</span>
              <span className="school-tile-share" aria-hidden="true">
                <span style={{ width: share(t.share) }} />
              </span>
            </button>
          </li>
        ))}
      </ol>
      {data.tiles.length > FIRST && (
        <button type="button" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST} only` : `Show all ${data.tiles.length.toLocaleString("en-GB")} schools`}
        </button>
      )}
      <ul className="legend tile-legend" aria-label="Tile shades">
        {BAND_WORDS.map((w, b) => (
          <li key={w}>
            <span className={`tile-swatch band-${b}`} /> {b === 0 ? "no ECT needs a look" : `${w} need a look`}
          </li>
        ))}
      </ul>
      <details className="tiles-table" onToggle={(e) => setTable(e.currentTarget.open)}>
        <summary>The same as a table</summary>
        {table && (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">School</th>
                <th scope="col">ECTs</th>
                <th scope="col">Need a look</th>
                <th scope="col">Share</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {data.tiles.map((t) => (
                <tr key={t.school}>
                  <th scope="row">
                    <bdi>{t.school}</bdi>
                  </th>
                  <td>{t.ects}</td>
                  <td>{t.ectsAtRisk}</td>
                  <td>{share(t.share)}</td>
                  <td>{t.people}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </details>
    </>
  );
}

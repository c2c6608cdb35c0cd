/**
 * A table that renders only the rows in view, so 50,000 rows scroll smoothly. It stays a real
 * <table> (spacer rows above and below), so screen readers and keyboard users get table semantics.
 *
 * It takes the page's own scroll rather than a box of its own: the rows in view are worked out from
 * where the table sits in the window, so a long table is one scroll with the page around it, not a
 * scroll inside a scroll. Its box scrolls only sideways, on a narrow screen, with the first column
 * held in place.
 */
import type { ReactNode } from "react";
import { useEffect, useRef, useState } from "react";

interface Props<T> {
  readonly rows: readonly T[];
  readonly rowHeight: number;
  readonly header: ReactNode;
  readonly renderRow: (row: T, index: number) => ReactNode;
  readonly caption: string;
  readonly columns: number;
  readonly testId?: string;
}

const OVERSCAN = 8;
/**
 * A table this short is rendered whole: it costs nothing, and its rows stay findable (find in page,
 * print, a screen reader's table commands) wherever the page is scrolled.
 */
export const RENDER_WHOLE_UP_TO = 200;

interface Range {
  readonly first: number;
  readonly last: number;
}

/** The rows of a table whose top is `top` px from the window's top that a window `height` px tall shows. */
export function rowsInView(top: number, height: number, rowHeight: number, count: number): Range {
  if (count <= RENDER_WHOLE_UP_TO) return { first: 0, last: count };
  const first = Math.max(0, Math.floor(-top / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.max(0, Math.ceil((height - top) / rowHeight)) + OVERSCAN);
  return { first: Math.min(first, last), last };
}

export function VirtualTable<T>({ rows, rowHeight, header, renderRow, caption, columns, testId }: Props<T>) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [range, setRange] = useState<Range>(() => rowsInView(0, 900, rowHeight, rows.length));

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const el = body.current;
      if (!el) return;
      const next = rowsInView(el.getBoundingClientRect().top, innerHeight, rowHeight, rows.length);
      // Only a change of rows re-renders; most scroll events move within the overscan.
      setRange((old) => (old.first === next.first && old.last === next.last ? old : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    addEventListener("scroll", schedule, { passive: true });
    addEventListener("resize", schedule);
    return () => {
      removeEventListener("scroll", schedule);
      removeEventListener("resize", schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [rows.length, rowHeight]);

  const { first, last } = range;
  return (
    <div className="virtual" role="region" aria-label={caption} data-testid={testId} tabIndex={0}>
      <table className="data">
        <caption className="visually-hidden">
          {caption} ({rows.length.toLocaleString("en-GB")} rows)
        </caption>
        <thead>{header}</thead>
        <tbody ref={body}>
          {first > 0 && (
            <tr aria-hidden="true" style={{ height: first * rowHeight }}>
              <td colSpan={columns} />
            </tr>
          )}
          {rows.slice(first, last).map((row, i) => renderRow(row, first + i))}
          {last < rows.length && (
            <tr aria-hidden="true" style={{ height: (rows.length - last) * rowHeight }}>
              <td colSpan={columns} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

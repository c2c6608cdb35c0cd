/**
 * A table that renders only the rows in view, so 50,000 rows scroll smoothly. It stays a real
 * <table> (spacer rows above and below), so screen readers and keyboard users get table semantics.
 */
import type { ReactNode } from "react";
import { useState } from "react";

interface Props<T> {
  readonly rows: readonly T[];
  readonly rowHeight: number;
  readonly height: number;
  readonly header: ReactNode;
  readonly renderRow: (row: T, index: number) => ReactNode;
  readonly caption: string;
  readonly columns: number;
  readonly testId?: string;
}

const OVERSCAN = 8;

export function VirtualTable<T>({ rows, rowHeight, height, header, renderRow, caption, columns, testId }: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return (
    <div
      className="virtual"
      style={{ maxHeight: height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      tabIndex={0}
      role="region"
      aria-label={caption}
      data-testid={testId}
    >
      <table className="data">
        <caption className="visually-hidden">
          {caption} ({rows.length.toLocaleString("en-GB")} rows)
        </caption>
        <thead>{header}</thead>
        <tbody>
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

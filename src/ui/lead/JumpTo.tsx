/**
 * The overview's parts are long on a big network (the ECT and supporter tables take the page's
 * scroll): these take the reader straight to each, focus on its heading, rather than 200 screens down.
 */
const PARTS: readonly (readonly [id: string, label: string])[] = [
  ["ects-h", "ECTs"],
  ["supporters-h", "Supporters and load"],
  ["netgraph-h", "Network picture"],
];

/** Brings the heading with this id to the top of the window and puts focus on it. */
export function jumpTo(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.scrollIntoView({ block: "start" });
  heading.focus({ preventScroll: true });
}

export function JumpTo() {
  return (
    <nav className="jump-to" aria-label="Parts of the overview">
      Jump to:{" "}
      {PARTS.map(([id, label], i) => (
        <span key={id}>
          {i > 0 && " · "}
          <button type="button" className="link-button" onClick={() => jumpTo(id)}>
            {label}
          </button>
        </span>
      ))}
    </nav>
  );
}

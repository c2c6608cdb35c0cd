/** The About page (docs/domain.md 7.6): what the research says, and every source cited with what Mosaic takes from it. */
import { ABOUT_POINTS, signpostLine, SOURCES } from "../../core/index.ts";

export function AboutText({ signpost }: { readonly signpost: string }) {
  return (
    <div className="about-text" data-testid="about-text">
      {ABOUT_POINTS.map((p) => (
        <p key={p.title}>
          <strong>{p.title}.</strong> {p.text}
        </p>
      ))}
      <p className="signpost">{signpostLine(signpost)}</p>
      <h3>Sources, and what Mosaic takes from each</h3>
      <p className="muted small">
        The evidence is small-scale and mostly qualitative, so the help says “research suggests”. No number in Mosaic
        comes from it: each is a default you can change.
      </p>
      <ul className="sources">
        {SOURCES.map((s) => (
          <li key={s.cite} data-cite={s.cite}>
            <strong>{s.cite}</strong> <span className="muted">({s.what})</span>: {s.takes}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { Name } from "./components/Name.tsx";
import { sourceWords } from "./sourceWords.ts";
import type { Sources } from "./state/sources.ts";
import type { ViewState } from "./state/viewState.ts";

interface Props {
  /** People in the generated demo network, when one is open. */
  readonly demo: number | undefined;
  readonly sources: Sources;
  readonly asOf: string;
  readonly view: ViewState;
  readonly onView: (v: ViewState) => void;
  /** Proposals in the draft plan (shown on the Planning tab). */
  readonly planLength: number;
  readonly onInfo: (which: "intro" | "about") => void;
}

/** Mosaic's name, where the data comes from and its date, the research links, and the view tabs. */
export function Masthead({ demo, sources, asOf, view, onView, planLength, onInfo }: Props) {
  // The whole line, for its title: on a laptop it is kept to one line and may end in an ellipsis.
  const source = `${sourceWords(demo, sources)} · as of ${asOf || "…"} · everything stays in this browser`;
  return (
    <>
      <div className="brand">
        <span className="logo" aria-hidden="true" />
        <div className="brand-text">
          <div className="brand-head">
            <h1>Mosaic</h1>
            <p className="research-links">
              <button type="button" className="link-button" onClick={() => onInfo("intro")} aria-haspopup="dialog">
                What is this?
              </button>{" "}
              ·{" "}
              <button type="button" className="link-button" onClick={() => onInfo("about")} aria-haspopup="dialog">
                About and sources
              </button>
            </p>
          </div>
          <p className="muted small brand-source" title={source}>
            {demo && sources.isSample ? sourceWords(demo, sources) : <Name text={sources.label} />} · as of{" "}
            {asOf || "…"} · everything stays in this browser
          </p>
        </div>
      </div>
      <nav className="tabs" aria-label="Views">
        <button
          type="button"
          aria-current={view.view === "ect" ? "page" : undefined}
          onClick={() => onView({ ...view, view: "ect" })}
        >
          ECT constellation
        </button>
        <button
          type="button"
          aria-current={view.view === "lead" ? "page" : undefined}
          onClick={() => onView({ ...view, view: "lead" })}
        >
          Mentor lead overview
        </button>
        <button
          type="button"
          aria-current={view.view === "plan" ? "page" : undefined}
          onClick={() => onView({ ...view, view: "plan" })}
        >
          Planning{planLength > 0 ? ` (${planLength})` : ""}
        </button>
      </nav>
    </>
  );
}

/** The intro of docs/domain.md section 7 (the empty state and "What is this?"), with what the page shows. */
import { INTRO } from "../../core/index.ts";

export function IntroText({ onAbout }: { readonly onAbout?: (() => void) | undefined }) {
  return (
    <div className="intro-text" data-testid="intro-text">
      <p>{INTRO}</p>
      <ul className="intro-points">
        <li>
          <strong>Mosaic</strong> tiles show who helps with each kind of support; the “?” on a tile says what that kind
          covers.
        </li>
        <li>
          <strong>Things to look at</strong> are prompts, never judgements, and every number behind them is a default
          you can change.
        </li>
        <li>Everything stays in this browser: nothing is uploaded or tracked.</li>
      </ul>
      {onAbout && (
        <p>
          <button type="button" className="link-button" onClick={onAbout}>
            About the research and its sources
          </button>
        </p>
      )}
    </div>
  );
}

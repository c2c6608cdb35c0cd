import { AboutText } from "./AboutText.tsx";
import { InfoDialog } from "./InfoDialog.tsx";
import { IntroText } from "./IntroText.tsx";
import { PURPOSE } from "./purpose.ts";

interface Props {
  /** Which dialog is open, if any. */
  readonly info: "intro" | "about" | undefined;
  readonly onInfo: (info: "intro" | "about" | undefined) => void;
  /** Where to turn for help, from the settings. */
  readonly signpost: string;
  /** Closes the dialog and opens "Map my support". */
  readonly onMapMine: () => void;
}

/** "What is this?" and "About Mosaic and its sources". */
export function InfoDialogs({ info, onInfo, signpost, onMapMine }: Props) {
  return (
    <>
      <InfoDialog id="intro-dialog" title="What is this?" open={info === "intro"} onClose={() => onInfo(undefined)}>
        <p className="purpose">{PURPOSE}</p>
        <IntroText onAbout={() => onInfo("about")} />
        <p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              onInfo(undefined);
              onMapMine();
            }}
          >
            Map my own support
          </button>
        </p>
      </InfoDialog>
      <InfoDialog
        id="about-dialog"
        title="About Mosaic and its sources"
        open={info === "about"}
        onClose={() => onInfo(undefined)}
      >
        <AboutText signpost={signpost} />
      </InfoDialog>
    </>
  );
}

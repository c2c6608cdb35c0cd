import { AboutText } from "./AboutText.tsx";
import { InfoDialog } from "./InfoDialog.tsx";
import { IntroText } from "./IntroText.tsx";

interface Props {
  /** Which dialog is open, if any. */
  readonly info: "intro" | "about" | undefined;
  readonly onInfo: (info: "intro" | "about" | undefined) => void;
  /** Where to turn for help, from the settings. */
  readonly signpost: string;
}

/** "What is this?" and "About Mosaic and its sources". */
export function InfoDialogs({ info, onInfo, signpost }: Props) {
  return (
    <>
      <InfoDialog id="intro-dialog" title="What is this?" open={info === "intro"} onClose={() => onInfo(undefined)}>
        <IntroText onAbout={() => onInfo("about")} />
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

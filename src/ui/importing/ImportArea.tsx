import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ColumnMapping, SameAnswer, SameSchoolAnswer } from "../../core/index.ts";
import type { Loaded } from "../../workers/protocol.ts";
import type { SentFile } from "../../workers/sentFile.ts";
import type { useProject } from "../state/useProject.ts";
import { DATA_MENU_ID } from "../toolbarIds.ts";
import { filesToMap } from "./filesToMap.ts";
import type { ImportMode } from "./ImportPanel.tsx";
import { ImportPanel } from "./ImportPanel.tsx";
import { ImportReport } from "./ImportReport.tsx";
import { useShareRule } from "../AppContext.tsx";
import { useAnnounce } from "../announce/useAnnounce.ts";
import { newSameQuestions } from "./newSameQuestions.ts";
import { sameAnswerWords } from "./sameAnswerWords.ts";
import { sameSchoolAnswerWords } from "./sameSchoolAnswerWords.ts";
import { ReportElsewhere } from "./ReportElsewhere.tsx";
import type { ReportTab } from "./reportSummary.ts";

interface Props {
  readonly project: ReturnType<typeof useProject>;
  /** The import panel is open. */
  readonly importing: boolean;
  /** Closes the import panel. */
  readonly onClose: () => void;
  /** The tab shown now. The report is shown whole on the tab where the import landed, as one line elsewhere. */
  readonly tab: ReportTab;
  /** Opens a tab (the one holding the report). */
  readonly onTab: (tab: ReportTab) => void;
}

/** What the lead is waiting for: a report newer than `since`, after an import or answers to "Same person?" or "Same school?". */
interface Awaiting {
  readonly after: "import" | "answers" | "schools";
  /** The answers being saved, to say what they did once the report is in. */
  readonly answers?: readonly SameAnswer[];
  readonly schoolAnswers?: readonly SameSchoolAnswer[];
  readonly since: Loaded | undefined;
}

/**
 * The import panel when open, and the report on the last import while there is one. Focus follows
 * the work: once files are read, the panel closes and focus goes to "What was read" (unless a file's
 * columns need saying: the mapping step stays, with focus); once "Same person?" answers are read, to
 * the questions' heading if any remain (SamePeople), else to "What was read" again. Never to the page's body.
 */
export function ImportArea({ project, importing, onClose, tab, onTab }: Props) {
  const { report, busy } = project;
  // The tab where this report first showed (the import opens the overview for many ECTs, in the
  // same render): it is read there; elsewhere one line links to it, so an ECT's map is not pushed down.
  const [home, setHome] = useState<{ readonly report: Loaded | undefined; readonly tab: ReportTab }>({ report, tab });
  if (home.report !== report) setHome({ report, tab });
  const atHome = home.report !== report || home.tab === tab;
  const openHome = () => {
    onTab(home.tab);
    requestAnimationFrame(() => heading.current?.focus());
  };
  // The report quotes names from the files, row by row: share mode shows (and prints) none of it.
  const showReport = useShareRule().importReport;
  const heading = useRef<HTMLHeadingElement>(null);
  const awaiting = useRef<Awaiting | undefined>(undefined);
  // After answers, the "Same person?" questions left open again, ready for the next answer.
  const [resume, setResume] = useState(false);
  const [resumeSchools, setResumeSchools] = useState(false);
  // What the last answers did, in view and in a live region: the figures change, so say why.
  const [answered, setAnswered] = useState<string | undefined>();
  const announce = useAnnounce();
  // What had focus when the panel opened (the Data button, or the landing's "Import files"): Escape goes back there.
  const opener = useRef<Element | null>(null);
  // A layout effect: it runs before the panel's own effect moves focus to its heading.
  useLayoutEffect(() => {
    if (importing) opener.current = document.activeElement;
  }, [importing]);
  const dismiss = () => {
    onClose();
    const back = opener.current;
    const target = back instanceof HTMLElement && back.isConnected ? back : document.getElementById(DATA_MENU_ID);
    requestAnimationFrame(() => target?.focus());
  };

  useEffect(() => {
    const a = awaiting.current;
    if (!a || !report || report === a.since) return;
    awaiting.current = undefined;
    const words =
      a.after === "answers" && a.answers && a.since
        ? sameAnswerWords(
            a.answers,
            a.since.summary.people,
            report.summary.people,
            newSameQuestions(a.since.samePeople, report.samePeople),
          )
        : a.after === "schools" && a.schoolAnswers
          ? sameSchoolAnswerWords(a.schoolAnswers, report.schools, report.schoolPeople)
          : undefined;
    setAnswered(words);
    // The notice below appears with its words already in it, which screen readers often let pass,
    // and the app's live region still held the import's "Read 44 people…": say the same words there.
    if (words) announce(words);
    // Columns to say (MappingStep takes focus itself) or questions left (SamePeople, SameSchools do): the panel stays.
    if (a.after === "import" && filesToMap(report).length > 0) return;
    if (a.after === "answers" && report.samePeople.length > 0) return;
    if (a.after === "schools" && report.sameSchools.length > 0) return;
    if (a.after === "import") onClose();
    heading.current?.focus();
  }, [report, onClose, announce]);

  return !(importing || report) ? null : (
    <div className="import-area">
      {importing && (
        <ImportPanel
          loaded={report}
          busy={busy}
          onDismiss={dismiss}
          progress={project.progress}
          onCancel={() => {
            awaiting.current = undefined;
            project.cancel();
          }}
          onImport={(files: SentFile[], mode: ImportMode, mapping?: ColumnMapping) => {
            awaiting.current = { after: "import", since: report };
            setResume(false);
            setResumeSchools(false);
            project.importFiles(files, mode, mapping);
          }}
        />
      )}
      {report && !atHome && <ReportElsewhere loaded={report} tab={home.tab} onOpen={openHome} />}
      {answered && atHome && (
        <p className="notice notice-info" role="status" data-testid="same-answers-saved">
          {answered}
        </p>
      )}
      {report && atHome && !showReport && (
        <section className="card report no-print" aria-labelledby="report-h" data-testid="import-report-hidden">
          <h2 id="report-h" tabIndex={-1} ref={heading}>
            What was read
          </h2>
          <p>Hidden in share mode, as it names people from the files. Leave share mode to read it.</p>
        </section>
      )}
      {report && atHome && showReport && (
        <ImportReport
          loaded={report}
          headingRef={heading}
          canUndo={project.lastStepIsImport}
          onUndo={project.undoImport}
          resumeSamePeople={resume}
          onSamePeople={(answers: readonly SameAnswer[]) => {
            awaiting.current = { after: "answers", since: report, answers };
            setResume(true);
            setResumeSchools(false);
            void project.answerSamePeople(answers);
          }}
          resumeSameSchools={resumeSchools}
          onSameSchools={(schoolAnswers: readonly SameSchoolAnswer[]) => {
            awaiting.current = { after: "schools", since: report, schoolAnswers };
            setResume(false);
            setResumeSchools(true);
            void project.answerSameSchools(schoolAnswers);
          }}
          busy={project.busy}
        />
      )}
    </div>
  );
}

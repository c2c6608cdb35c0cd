/**
 * "Collect with a form": the questionnaire a mentor lead pastes into Microsoft Forms or Google
 * Forms (or prints), as data. Its support questions are worded exactly as the importer recognises
 * them (SUPPORT_TYPES[type].prompt, the headers of data/templates/survey.csv), so the form's
 * export imports as a survey with no column mapping. Help texts reuse the first sentence of
 * TYPE_HELP (docs/domain.md 7.1), without its citations: a survey is not the place for references.
 */
import type { SupportType } from "../model/supportTypes.ts";
import { CORE_TYPES, SUPPORT_TYPES } from "../model/supportTypes.ts";
import { TYPE_HELP } from "../report/helpTexts.ts";

export type FormQuestionKind = "respondent" | "school" | "support" | "gives" | "howOften";

export interface FormQuestion {
  readonly kind: FormQuestionKind;
  /** For a support question, the kind of support it asks about. */
  readonly type?: SupportType;
  /** The question as written in the form; Forms use it as the column header of the export. */
  readonly text: string;
  /** The description shown under the question. */
  readonly help: string;
  /** "short" for one line (Short answer), "long" for several (Long answer / Paragraph). */
  readonly answer: "short" | "long";
  /** True when the ECT must answer it (the form's "Required" switch). */
  readonly required: boolean;
}

export interface Questionnaire {
  readonly title: string;
  /** The form's description: what it is for, what is collected and who sees it. */
  readonly intro: readonly string[];
  readonly questions: readonly FormQuestion[];
}

export interface QuestionnaireOptions {
  /** Ask about career and next steps (optional in Mosaic's coverage). Default true. */
  readonly career?: boolean;
  /** Ask "Who do you help?". Default true. */
  readonly gives?: boolean;
  /** Ask how often they talk to the people named. Default false. */
  readonly howOften?: boolean;
}

export const QUESTIONNAIRE_TITLE = "Who supports you? A short survey for early career teachers";

/** What each support question asks for, as the ECT reads it under the question. */
export const ONE_NAME_PER_LINE = "Write one name per line, or 'no one'.";

/** Who might help with each kind of support (docs/domain.md 7.2 roles), to jog the ECT's memory. */
const EXAMPLES: Readonly<Record<SupportType, string>> = {
  organisational_literacy:
    "For example your mentor, the office or business manager, a teaching assistant, a head of department or last year's ECT.",
  behaviour:
    "For example a head of year, the behaviour lead, your mentor, the SENCO, or a colleague whose lessons you have watched.",
  pedagogy:
    "For example your mentor, a subject colleague, the person you plan with, or a specialist coach (who may be from another school).",
  psychosocial:
    "For example a colleague you chat to over coffee, another ECT, a teaching assistant, a friend or family.",
  career:
    "For example your line manager, a senior leader, a colleague a few years ahead, or someone at another school.",
};

/** The first sentence of a help text, without a trailing citation in brackets. */
function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  const sentence = end < 0 ? text : text.slice(0, end + 1);
  return sentence.replace(/\s*\([^)]*\d{4}[^)]*\)(?=\.$)/, "");
}

function supportQuestion(type: SupportType): FormQuestion {
  const help = TYPE_HELP[type] ?? "";
  return {
    kind: "support",
    type,
    text: SUPPORT_TYPES[type].prompt,
    help: `${firstSentence(help)} ${EXAMPLES[type]} ${ONE_NAME_PER_LINE}`,
    answer: "long",
    required: SUPPORT_TYPES[type].core,
  };
}

/**
 * The questionnaire, in the order the form asks it.
 *
 * @example questionnaire({ howOften: true }).questions.map((q) => q.text)
 */
export function questionnaire(options: QuestionnaireOptions = {}): Questionnaire {
  const { career = true, gives = true, howOften = false } = options;
  const questions: FormQuestion[] = [
    {
      kind: "respondent",
      text: "Your name",
      help: "So your mentor lead can put your answers on your own map.",
      answer: "short",
      required: true,
    },
    {
      kind: "school",
      text: "Which school are you based at?",
      help: "",
      answer: "short",
      required: false,
    },
    ...CORE_TYPES.map(supportQuestion),
    ...(career ? [supportQuestion("career")] : []),
  ];
  if (gives)
    questions.push({
      kind: "gives",
      text: "Who do you help?",
      help: `New teachers bring ideas and skills too: a resource or idea you have shared, a colleague or another ECT you support. Write one name per line, or leave it blank.`,
      answer: "long",
      required: false,
    });
  if (howOften)
    questions.push({
      kind: "howOften",
      text: "How often do you talk with the people you have named?",
      help: "For example: 'Sam, weekly; Priya, about once a term'. Leave it blank if you prefer.",
      answer: "long",
      required: false,
    });
  return {
    title: QUESTIONNAIRE_TITLE,
    intro: [
      "No one colleague can help with everything. This short survey asks who you turn to for different kinds of support, so that your school can see where support is working and where there is room for one more person. There are no right or wrong answers, and it is not an assessment of you or of anyone you name.",
      "What is collected: your name, your school and the names you write. Your answers stay with your school's mentor lead and are used only to plan support for early career teachers.",
      "You do not need to give the names of people outside school: you can write 'a friend' or 'family'.",
    ],
    questions,
  };
}

/**
 * The questionnaire as plain text, ready to paste: the title, the description, then each question
 * numbered with its help text beneath.
 *
 * @example questionnaireText(questionnaire()).startsWith("Who supports you?") // true
 */
export function questionnaireText(q: Questionnaire): string {
  const lines = [q.title, "", ...q.intro.flatMap((p) => [p, ""])];
  q.questions.forEach((question, i) => {
    // The question line is exactly what Forms will use as the column header, so "optional" goes below it.
    lines.push(`${i + 1}. ${question.text}`);
    const help = [question.required ? "" : "Optional.", question.help].filter(Boolean).join(" ");
    if (help) lines.push(`   ${help}`);
    lines.push("");
  });
  return `${lines.join("\n").trimEnd()}\n`;
}

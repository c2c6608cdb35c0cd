/**
 * What saving answers to "Same person?" did, in words: the figures change when names are joined,
 * and a change no one mentions reads as a fault ("46 people, now 42?").
 */
import type { SameAnswer } from "../../core/index.ts";
import { plural } from "../plural.ts";

/**
 * "4 answers saved: 4 names joined. 42 people now (46 before)." With `newQuestions`, the questions
 * the answers raised are said too: "… 1 new question came from your answers."
 */
export function sameAnswerWords(
  answers: readonly SameAnswer[],
  peopleBefore: number,
  peopleAfter: number,
  newQuestions = 0,
): string {
  const joined = answers.filter((a) => a.same).length;
  const apart = answers.length - joined;
  const did = [
    ...(joined > 0 ? [`${plural(joined, "name")} joined`] : []),
    ...(apart > 0 ? [`${plural(apart, "pair")} kept as two people`] : []),
  ].join(", ");
  const saved = `${plural(answers.length, "answer")} saved`;
  const people =
    peopleAfter === peopleBefore
      ? `Still ${peopleWord(peopleAfter)}.`
      : `${peopleWord(peopleAfter)} now (${peopleBefore.toLocaleString("en-GB")} before).`;
  const raised =
    newQuestions === 0
      ? ""
      : ` ${newQuestions === 1 ? "1 new question" : `${newQuestions.toLocaleString("en-GB")} new questions`} came from your answers.`;
  return `${saved}: ${did}. ${people}${raised}`;
}

const peopleWord = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "person" : "people"}`;

/**
 * The bulk button, saying what it covers: "Join the name written with a title or initial", and, when
 * the lead has chosen answers too, "…, and save your 2 other answers" (it saves those as well).
 */
export function bulkJoinWords(joined: number, chosen: number): string {
  const names = joined === 1 ? "the name" : `the ${joined.toLocaleString("en-GB")} names`;
  const join = `Join ${names} written with a title or initial`;
  return chosen === 0 ? join : `${join}, and save your ${chosen === 1 ? "other answer" : `${chosen} other answers`}`;
}

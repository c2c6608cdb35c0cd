/**
 * Reads one piece of an answer (after splitAnswer) as a non-answer, a role, family, or a person.
 *
 * Order: no letters or a non-answer phrase → blank; the whole piece a role phrase (optionally after
 * my/the/our/a) → role; the whole piece a family phrase → family; anything else with letters →
 * person. A person may carry a role or relation said beside the name:
 * - a trailing bracket holding a role or relation: "Sam (my mentor)", "Sam (HoD, maths)" → Sam.
 *   Only then is the bracket dropped: "Trust ECT peer network (half-termly)" keeps its bracket,
 *   since "half-termly" is neither, and so does "Sam (maths)";
 * - a trailing ", role" or " - role": "Ravi Patel, my mentor" (when the comma reaches here
 *   unsplit) → Ravi Patel;
 * - a leading "role: Name", "role - Name", or "my role Name" with the name capitalised:
 *   "Mentor: Jane Doyle", "my mentor Sam" → the person. Without "my" or a colon the words stay
 *   a name ("Ta Nguyen" is not a teaching assistant called Nguyen).
 */
import { foldName } from "./foldName.ts";
import { BLANK, type Mention } from "./mention.ts";
import { isNonAnswer } from "./nonAnswers.ts";
import { relationOf } from "./family.ts";
import { roleOf, type RoleRef } from "./roles.ts";

const HAS_LETTER = /\p{L}/u;
const SPACES = /\s{2,}|[^\S ]/;
const ALL_SPACES = /\s+/g;
/** Only pieces with one of these can hold a name beside a role. */
const MAYBE_QUALIFIED = /[()[\],:]| [-–—] |^(?:my|our) /i;
const CAPITAL = /^\p{Lu}/u;

/**
 * @example classifyMention("my HoD") // { kind: "role", role: { key: "head_of_department", ... }, written: "my HoD" }
 * @example classifyMention("Sam (HoD, maths)") // { kind: "person", name: "Sam", role: { key: "head_of_department", ... } }
 */
export function classifyMention(piece: string): Mention {
  const written = SPACES.test(piece) ? piece.replace(ALL_SPACES, " ").trim() : piece.trim();
  if (!HAS_LETTER.test(written)) return BLANK;
  const folded = foldName(written);
  if (isNonAnswer(folded)) return BLANK;
  const role = roleOf(folded);
  if (role) return { kind: "role", role, written };
  const relation = relationOf(folded);
  if (relation) return { kind: "family", relation, written };
  return (MAYBE_QUALIFIED.test(written) && qualifiedPerson(written)) || { kind: "person", name: written, key: folded };
}

interface Said {
  readonly role?: RoleRef;
  readonly relation?: string;
}

/** A role or relation a qualifier names ("my mentor", "HoD, maths" by its first part), if any. */
function saidOf(qualifier: string): Said | undefined {
  const first = qualifier.split(/[,;/]/)[0] ?? "";
  for (const text of first === qualifier ? [qualifier] : [qualifier, first]) {
    const folded = foldName(text);
    const role = roleOf(folded);
    if (role) return { role };
    const relation = relationOf(folded);
    if (relation) return { relation };
  }
  return undefined;
}

function person(name: string, said: Said): Mention {
  return { kind: "person", name, key: foldName(name), ...said };
}

function qualifiedPerson(written: string): Mention | undefined {
  // 1. "Sam (my mentor)": a trailing bracket holding a role or relation.
  const close = written[written.length - 1];
  if (close === ")" || close === "]") {
    const open = written.lastIndexOf(close === ")" ? "(" : "[");
    const name = written.slice(0, Math.max(0, open)).trim();
    const said = open > 0 && HAS_LETTER.test(name) ? saidOf(written.slice(open + 1, -1)) : undefined;
    if (said) return person(name, said);
  }
  // 2. "Ravi Patel, my mentor" / "Ravi Patel - mentor": the last comma or spaced dash.
  const tail = /(?:,| [-–—] )\s*([^,]*)$/.exec(written);
  if (tail?.[1]) {
    const name = written.slice(0, tail.index).trim();
    const said = HAS_LETTER.test(name) ? saidOf(tail[1]) : undefined;
    if (said) return person(name, said);
  }
  // 3. "Mentor: Jane Doyle" / "Mentor - Jane Doyle": the first colon or spaced dash.
  const head = /^([^:]*?)(?::| [-–—] )\s*(.+)$/.exec(written);
  if (head?.[1] && head[2] && HAS_LETTER.test(head[2])) {
    const said = saidOf(head[1]);
    if (said) return person(head[2], said);
  }
  // 4. "my mentor Sam": after "my"/"our", the longest role or relation, then a capitalised name.
  if (/^(?:my|our) /i.test(written)) {
    const words = written.split(" ");
    for (let end = Math.min(words.length - 1, 5); end >= 2; end--) {
      const rest = words.slice(end).join(" ");
      if (!CAPITAL.test(rest)) continue;
      const said = saidOf(words.slice(0, end).join(" "));
      if (said) return person(rest, said);
    }
  }
  return undefined;
}

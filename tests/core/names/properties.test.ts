import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyMention,
  foldName,
  matchTypedName,
  proposeSamePeople,
  splitAnswer,
  TITLES,
  typingSlip,
} from "../../../src/core/names/index.ts";
import { candidatePairs } from "../../../src/core/names/deletionIndex.ts";

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.stringMatching(/^[A-Za-zÀ-ÿøØßæÆłŁđĐ'’. -]{0,20}$/),
);
/** Text built from the characters splitAnswer cares about. */
const answerText = fc
  .array(
    fc.constantFrom(
      "a",
      "n",
      "d",
      "A",
      "N",
      "D",
      "and",
      "And",
      " and ",
      "x",
      "é",
      "7",
      " ",
      "  ",
      ",",
      ";",
      "/",
      "+",
      "&",
      "|",
      "\n",
      "\r",
      "\r\n",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      ".",
      "-",
      "'",
      "Mr",
      "Mrs",
      "teaching",
      "learning",
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const words = (text: string) => text.match(WORD) ?? [];

/** Words of the pieces are the words of the input, in order, less some standalone "and"s. */
function onlyAndsDropped(input: string, pieces: readonly string[]): boolean {
  const want = pieces.flatMap(words);
  let j = 0;
  for (const w of words(input)) {
    if (j < want.length && want[j] === w) j++;
    else if (w.toLowerCase() !== "and") return false;
  }
  return j === want.length;
}

/**
 * A piece with its matched brackets' contents removed: a closing bracket matches the nearest
 * opening one of its kind, openings in between left unmatched ("{[,}" is one bracket).
 */
function outsideBrackets(piece: string): string {
  const OPEN: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  const inside = new Array<boolean>(piece.length).fill(false);
  const stack: number[] = [];
  piece.split("").forEach((c, i) => {
    if (c === "(" || c === "[" || c === "{") stack.push(i);
    const want = OPEN[c];
    if (want === undefined) return;
    const s = stack.map((o) => piece[o]).lastIndexOf(want);
    if (s < 0) return;
    for (let k = stack[s] ?? i; k <= i; k++) inside[k] = true;
    stack.length = s;
  });
  return piece
    .split("")
    .filter((_, i) => !inside[i])
    .join("");
}

const FIRSTS = ["Ravi", "Ravindra", "Pete", "Peter", "Sam", "Samantha", "Samuel", "Sarah", "Sara", "Jane", "Kim", "R"];
const SURNAMES = ["Patel", "Patell", "Adams", "Lee", "Doyle", "O'Neill", "O Neill", "van Dyke", "Young"];
const TITLE_LIST = ["Mr", "Mrs", "Ms", "Dr", "Mr."];
const nameArb = fc.oneof(
  fc.tuple(fc.constantFrom(...FIRSTS), fc.constantFrom(...SURNAMES)).map(([f, s]) => `${f} ${s}`),
  fc.tuple(fc.constantFrom(...TITLE_LIST), fc.constantFrom(...SURNAMES)).map(([t, s]) => `${t} ${s}`),
  fc.constantFrom(...FIRSTS),
);
/** Distinct after folding, as the importer hands them over. */
const spellingsArb = fc
  .uniqueArray(nameArb, { selector: foldName, maxLength: 14 })
  .chain((names) =>
    fc.tuple(
      fc.constant(names),
      fc.array(fc.integer({ min: 1, max: 3 }), { minLength: names.length, maxLength: names.length }),
    ),
  )
  .map(([names, counts]) => names.map((name, i) => ({ name, count: counts[i] ?? 1, where: [] })));

describe("names properties", () => {
  it("should fold idempotently", () => {
    fc.assert(fc.property(anyText, (t) => foldName(foldName(t)) === foldName(t)));
  });

  it("should never fold a name with a letter or digit to nothing", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        fc.pre(/[\p{L}\p{N}]/u.test(t.replace(/ʼ/g, "")));
        return foldName(t).length > 0;
      }),
    );
  });

  it("should split without dropping or inventing a word, and leave no separator outside brackets", () => {
    fc.assert(
      fc.property(fc.oneof(answerText, anyText), (raw) => {
        const pieces = splitAnswer(raw);
        expect(onlyAndsDropped(raw, pieces)).toBe(true);
        for (const p of pieces) {
          expect(p).toBe(p.trim());
          expect(p.length).toBeGreaterThan(0);
          expect(p).not.toMatch(/\s\s|[^\S ]/);
          expect(outsideBrackets(p)).not.toMatch(/[,;+|\n\r]/);
        }
      }),
    );
  });

  it("should split names joined by any separator back into those names", () => {
    const word = fc
      .stringMatching(/^[A-Z][a-zé]{1,7}$/)
      .filter((w) => !["and", "teaching", "learning"].includes(w.toLowerCase()) && !TITLES.has(w.toLowerCase()));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" "));
    const sep = fc.constantFrom(", ", ";", " / ", "+", " & ", " | ", "\n", "\r\n", "\r", " and ", " AND ", ",\n and ");
    fc.assert(
      fc.property(fc.array(fc.tuple(name, sep), { minLength: 1, maxLength: 6 }), (parts) => {
        const raw = parts.map(([n, s]) => n + s).join("");
        expect(splitAnswer(raw)).toEqual(parts.map(([n]) => n));
      }),
    );
  });

  it("should classify any piece without throwing, blank every piece without letters, and key each person by the fold of their name", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const m = classifyMention(t);
        if (!/\p{L}/u.test(t)) expect(m.kind).toBe("blank");
        if (m.kind === "person") {
          expect(m.name.length).toBeGreaterThan(0);
          expect(m.key).toBe(foldName(m.name));
        }
      }),
    );
  });

  it("should propose the same pairs for the same reasons whatever the input order", () => {
    fc.assert(
      fc.property(spellingsArb, (spellings) => {
        const key = (ps: ReturnType<typeof proposeSamePeople>) =>
          ps.map((p) => `${[p.keep.name, p.other.name].sort().join(" / ")}: ${p.reason}`).sort();
        expect(key(proposeSamePeople([...spellings].reverse()))).toEqual(key(proposeSamePeople(spellings)));
      }),
    );
  });

  it("should never propose two spellings that fold alike, nor one pair twice", () => {
    const withVariants = spellingsArb.map((ss) => [
      ...ss,
      ...ss.slice(0, 3).map((s) => ({ ...s, name: s.name.toUpperCase().replace("E", "É") })),
    ]);
    fc.assert(
      fc.property(withVariants, (spellings) => {
        const ps = proposeSamePeople(spellings);
        for (const p of ps) expect(foldName(p.keep.name)).not.toBe(foldName(p.other.name));
        const pairs = ps.map((p) => [p.keep.name, p.other.name].sort().join(" / "));
        expect(new Set(pairs).size).toBe(pairs.length);
      }),
    );
  });

  it("should keep the spelling written more often", () => {
    fc.assert(
      fc.property(spellingsArb, (spellings) => {
        for (const p of proposeSamePeople(spellings)) expect(p.keep.count).toBeGreaterThanOrEqual(p.other.count);
      }),
    );
  });

  it("should match a typed name exactly if and only if it folds like one on the map", () => {
    fc.assert(
      fc.property(
        fc.oneof(nameArb, anyText),
        fc.array(fc.oneof(nameArb, anyText), { maxLength: 8 }),
        (typed, existing) => {
          const m = matchTypedName(typed, existing);
          const foldEqual = foldName(typed).length > 0 && existing.some((e) => foldName(e) === foldName(typed));
          expect(m.exact !== undefined).toBe(foldEqual);
          if (m.exact !== undefined) expect(foldName(m.exact)).toBe(foldName(typed));
          if (m.near !== undefined) expect(existing).toContain(m.near);
        },
      ),
    );
  });

  it("should find every pair one typing slip apart through the deletion index, each once", () => {
    const text = fc.stringMatching(/^[abl é]{4,9}$/);
    /** A text and, often, a copy with one slip: so near pairs are common, not left to chance. */
    const withSlip = fc
      .tuple(text, fc.nat(), fc.constantFrom("add", "drop", "change", "swap", "none"), fc.constantFrom("a", "l", " "))
      .map(([t, at, how, c]) => {
        const k = at % t.length;
        const slipped =
          how === "add"
            ? t.slice(0, k) + c + t.slice(k)
            : how === "drop"
              ? t.slice(0, k) + t.slice(k + 1)
              : how === "change"
                ? t.slice(0, k) + c + t.slice(k + 1)
                : how === "swap"
                  ? t.slice(0, k) + (t[k + 1] ?? "") + (t[k] ?? "") + t.slice(k + 2)
                  : undefined;
        return [t, slipped];
      });
    fc.assert(
      fc.property(fc.array(withSlip, { maxLength: 20 }), (groups) => {
        const texts = groups.flat();
        const got: string[] = [];
        candidatePairs(texts, 6, (i, j) => {
          expect(i).toBeLessThan(j);
          got.push(`${i},${j}`);
        });
        expect(new Set(got).size).toBe(got.length);
        const want: string[] = [];
        texts.forEach((a, i) =>
          texts.forEach((b, j) => {
            if (i < j && a && b && a.length >= 6 && b.length >= 6 && typingSlip(a, b)) want.push(`${i},${j}`);
          }),
        );
        for (const w of want) expect(got).toContain(w);
      }),
    );
  });
});

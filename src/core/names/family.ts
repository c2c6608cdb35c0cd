/**
 * Support from outside school: family, friends, and professionals an ECT sees privately ("my
 * therapist", "GP"). None of them is a colleague to map, but the answer still says the ECT has
 * someone, so they are kept apart from non-answers. Decision: counsellors, therapists and GPs sit
 * here (relation "counsellor" or "doctor") rather than among school roles, since they are outside
 * support too. Phrases are folded (foldName); `relation` is a short lower-case noun.
 */
import { DETERMINERS } from "./roles.ts";

const RELATIONS: Readonly<Record<string, readonly string[]>> = {
  mum: ["mum", "mom", "mam", "mummy", "mommy", "mother", "ma"],
  dad: ["dad", "father", "daddy", "pa"],
  parents: ["parents", "mum and dad", "mom and dad", "parent", "folks"],
  partner: ["partner", "other half", "significant other", "spouse", "better half"],
  husband: ["husband", "hubby"],
  wife: ["wife", "wifey"],
  boyfriend: ["boyfriend", "bf"],
  girlfriend: ["girlfriend", "gf"],
  fiance: ["fiance", "fiancee"],
  sister: ["sister", "sis", "sisters"],
  brother: ["brother", "bro", "brothers"],
  sibling: ["sibling", "siblings"],
  family: ["family", "family members", "friends and family", "family and friends", "relatives", "in laws"],
  friend: ["friend", "friends", "mate", "mates", "best friend", "best mate", "bestie", "old friend", "family friend"],
  housemate: ["housemate", "housemates", "flatmate", "flatmates", "roommate", "roommates", "flat mate", "house mate"],
  grandparent: [
    "nan",
    "nana",
    "nanna",
    "gran",
    "granny",
    "grandma",
    "grandmother",
    "grandad",
    "grandpa",
    "grandfather",
    "grandparents",
  ],
  aunt: ["aunt", "auntie", "aunty"],
  uncle: ["uncle"],
  cousin: ["cousin", "cousins"],
  child: ["son", "daughter", "children", "kids"],
  counsellor: [
    "counsellor",
    "counselor",
    "therapist",
    "counselling",
    "therapy",
    "education support",
    "employee assistance",
    "eap",
  ],
  doctor: ["gp", "doctor"],
  pet: ["dog", "cat", "pet"],
  faith: ["church", "vicar", "priest", "imam", "rabbi", "faith community", "mosque"],
};

const BY_PHRASE: ReadonlyMap<string, string> = new Map(
  Object.entries(RELATIONS).flatMap(([relation, phrases]) => phrases.map((p) => [p, relation] as const)),
);

const FIRST_WORDS: ReadonlySet<string> = new Set([...BY_PHRASE.keys()].map((p) => p.split(" ")[0] ?? p));

/**
 * Words that may follow a family phrase without making it a name: "friends outside school",
 * "a friend from uni", "my partner at home", "family back home".
 */
const QUALIFIER_STARTS: ReadonlySet<string> = new Set([
  "outside",
  "from",
  "at",
  "in",
  "who",
  "back",
  "of",
  "not",
  "out",
]);

/**
 * The relation a folded piece names as a whole ("my mum" → "mum"), or undefined.
 * @example relationOf("a friend outside school") // "friend"
 */
export function relationOf(folded: string): string | undefined {
  // Most pieces are names: a look at the first word or two rules them out without splitting.
  const space = folded.indexOf(" ");
  const first = space < 0 ? folded : folded.slice(0, space);
  if (!FIRST_WORDS.has(first)) {
    if (!DETERMINERS.has(first)) return undefined;
    const next = folded.indexOf(" ", space + 1);
    if (!FIRST_WORDS.has(next < 0 ? folded.slice(space + 1) : folded.slice(space + 1, next))) return undefined;
  }
  const words = folded.split(" ");
  const start = words.length > 1 && DETERMINERS.has(words[0] ?? "") ? 1 : 0;
  // Longest family phrase at the start, then only a qualifier may follow.
  for (let end = Math.min(words.length, start + 3); end > start; end--) {
    const relation = BY_PHRASE.get(words.slice(start, end).join(" "));
    if (relation === undefined) continue;
    if (end === words.length || QUALIFIER_STARTS.has(words[end] ?? "")) return relation;
    return undefined;
  }
  return undefined;
}

/**
 * Common short forms of first names (UK schools), folded. Each line is "full: short forms": the
 * names before the colon are spellings of one full name, those after it its short forms. Two first
 * names go together when one line holds both and they are not both short forms, so "Sam" goes with
 * Samantha and with Samuel, but Samantha never goes with Samuel, and "Liz" never with "Beth".
 * A diminutive that is itself a short of a short gets its own line ("jimmy: jim").
 */
const LINES = `
peter: pete
samantha: sam sammy
samuel: sam sammy
elizabeth: liz lizzie lizzy beth betty eliza libby
thomas: tom tommy
james: jim jimmy jamie
robert: rob robbie bob bobby bert
william: will bill billy liam
catherine katherine kathryn: kate katie cath cathy kath kathy kat
david: dave davy
michael: mike mikey mick mickey
christopher: chris kit
christine christina: chris chrissie tina
stephen steven: steve stevie
alexander: alex sandy xander
alexandra: alex sandra lexi
jennifer: jen jenny jenni
daniel: dan danny
matthew: matt matty
nicholas nicolas: nick nicky
nicola: nicky nic
benjamin: ben benny
joanne joanna: jo
andrew: andy drew
anthony antony: tony ant
richard: rich richie rick ricky dick
susan: sue susie suzy
victoria: vicky vicki tori
rebecca: becky becca bex
jessica: jess jessie
abigail: abi abby abbie gail
edward: ed eddie ted teddy ned
charlotte: charlie lottie lotte
charles: charlie chaz chas
frances: fran frankie
francis: frank frankie
gillian: gill gilly jill
margaret: maggie meg peggy marge
patricia: pat patti trish tricia
patrick: pat paddy
philip phillip: phil pip
timothy: tim timmy
henry: harry hal hank
natalie: nat tally
nathan nathaniel: nat nate
joshua: josh
jonathan: jon jonny johnny
zachary: zac zach zack
isabel isabelle isobel isabella: izzy issy bella
eleanor elinor: ellie nell nellie
deborah debra: debs debbie deb
amanda: mandy
jacqueline: jackie jacqui
oliver: ollie olly
frederick: freddie freddy fred
theodore: theo ted
sophia: sophie soph
mohammed muhammad mohammad mohamed muhammed: mo
ravindra: ravi
alison allison: ali
anne ann: annie
caroline: caz carrie
daniela danielle: dani
emily: em emmy
emma: em
gabriel: gabe
gregory: greg
jacob: jake
jennifer: jenna
joseph: joe joey
kimberley kimberly: kim
kenneth: ken kenny
laura: laurie
leonard: leo len lenny
lucy: lu
madeleine madeline: maddie maddy
martin: marty
maximilian: max
nathalie: nat
penelope: penny
raymond: ray
rosemary: rosie rose
ronald: ron ronnie
sarah: sal sally
sebastian: seb
stuart stewart: stu
suzanne: suze sue
teresa theresa: tess tessa terri
valerie: val
jimmy: jim
danny: dan
katie: kate
lizzie: liz
debbie: debs deb
jenny: jen
johnny jonny: jon
samantha: sammie
`;

interface Forms {
  readonly full: ReadonlySet<number>;
  readonly short: ReadonlySet<number>;
  /** Every line the name is on, once. */
  readonly lines: readonly number[];
}

/** Folded first name → the lines holding it as a full name and as a short form. */
const FORMS: ReadonlyMap<string, Forms> = (() => {
  const full = new Map<string, Set<number>>();
  const short = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, name: string, line: number) =>
    map.set(name, (map.get(name) ?? new Set()).add(line));
  LINES.trim()
    .split("\n")
    .forEach((text, line) => {
      const [fulls = "", shorts = ""] = text.split(":");
      for (const n of fulls.trim().split(" ")) add(full, n, line);
      for (const n of shorts.trim().split(" ")) add(short, n, line);
    });
  const forms = new Map<string, Forms>();
  for (const name of new Set([...full.keys(), ...short.keys()])) {
    const f = full.get(name) ?? new Set<number>();
    const s = short.get(name) ?? new Set<number>();
    forms.set(name, { full: f, short: s, lines: [...new Set([...f, ...s])] });
  }
  return forms;
})();

const NONE: readonly number[] = [];

/** The table's line numbers a first name is on (as a full name or a short form); empty if none. */
export function shortFormLines(first: string): readonly number[] {
  return FORMS.get(first)?.lines ?? NONE;
}

/**
 * How two folded first names go together: "b" when a is a short form of b, "a" the other way,
 * "same" for two spellings of one full name ("isabel", "isabelle"); undefined when the table does
 * not pair them.
 * @example fullerForm("pete", "peter") // "b"
 */
export function fullerForm(a: string, b: string): "a" | "b" | "same" | undefined {
  if (a === b) return undefined;
  const fa = FORMS.get(a);
  const fb = FORMS.get(b);
  if (!fa || !fb) return undefined;
  for (const line of fa.full) if (fb.full.has(line)) return "same";
  for (const line of fa.full) if (fb.short.has(line)) return "a";
  for (const line of fb.full) if (fa.short.has(line)) return "b";
  return undefined;
}

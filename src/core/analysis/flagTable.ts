/**
 * Flags as rows of typed columns. At 100,000 people the analysis raises about 170,000 flags; as
 * objects they were most of its time (allocation, then the scavenges that copy every survivor).
 * A rule writes a row of numbers; the Flag object is made only when someone reads it (flagAt).
 */
import type { Severity } from "./flags.ts";

export const SEVERITIES: readonly Severity[] = ["critical", "warning", "info"];
export const CRITICAL = 0;
export const WARNING = 1;
export const INFO = 2;
export const SEVERITY_CODE: Readonly<Record<Severity, number>> = { critical: CRITICAL, warning: WARNING, info: INFO };

/**
 * What a rule writes: one call per flag it raises, saying what the flag is about. The numbers a
 * flag carries (`first`, `second`) mean what the rule's `reports` names them.
 */
export interface FlagOut {
  /** A flag with nothing but its code and subject. */
  raise(): void;
  /** A flag with numbers only. */
  counting(first: number, second?: number): void;
  /** A flag about another person: the supporter, mentor or giver concerned. */
  about(person: number, first?: number, second?: number): void;
  /** A flag about one support type (an index into ALL_TYPES), naming its provider or the people concerned. */
  forType(type: number, person?: number, people?: readonly number[]): void;
  /** A flag about one link (an index) and its giver. */
  onLink(link: number, giver: number, first?: number, second?: number): void;
  /** A flag listing people (givers, ECTs), kept as given. */
  listing(people: readonly number[], first?: number, second?: number): void;
  /** The next flag's severity (a SEVERITY code), where the rule's depends on the case. */
  at(severity: number): FlagOut;
}

/** One row, as a rule's `values` and `people` read it back. */
export interface FlagRow {
  readonly subject: number;
  readonly type: number;
  readonly person: number;
  readonly link: number;
  readonly a: number;
  readonly b: number;
  readonly list: readonly number[] | undefined;
}

/** Rows of flags, grown as rules add them; `begin` names the rule and subject of the rows that follow. */
export class FlagTable implements FlagOut {
  length = 0;
  rule: Uint8Array;
  subject: Int32Array;
  severity: Uint8Array;
  type: Int8Array;
  person: Int32Array;
  link: Int32Array;
  a: Float64Array;
  b: Float64Array;
  /** Index into `lists`, or -1. */
  listAt: Int32Array;
  readonly lists: (readonly number[])[] = [];
  private currentRule = 0;
  private currentSubject = -1;
  private ruleSeverity = INFO;
  /** The severity `at` set for the next row only, or -1. */
  private nextSeverity = -1;

  /** `capacity`: rows expected; a good guess saves growing (copying every column) as rows come. */
  constructor(capacity = 64) {
    const size = Math.max(16, capacity);
    this.rule = new Uint8Array(size);
    this.subject = new Int32Array(size);
    this.severity = new Uint8Array(size);
    this.type = new Int8Array(size);
    this.person = new Int32Array(size);
    this.link = new Int32Array(size);
    this.a = new Float64Array(size);
    this.b = new Float64Array(size);
    this.listAt = new Int32Array(size);
  }

  begin(rule: number, subject: number, severity: number): void {
    this.currentRule = rule;
    this.currentSubject = subject;
    this.ruleSeverity = severity;
  }

  raise(): void {
    this.push(-1, -1, -1, 0, 0, undefined);
  }

  counting(first: number, second = 0): void {
    this.push(-1, -1, -1, first, second, undefined);
  }

  about(person: number, first = 0, second = 0): void {
    this.push(-1, person, -1, first, second, undefined);
  }

  forType(type: number, person = -1, people?: readonly number[]): void {
    this.push(type, person, -1, 0, 0, people);
  }

  onLink(link: number, giver: number, first = 0, second = 0): void {
    this.push(-1, giver, link, first, second, undefined);
  }

  listing(people: readonly number[], first = 0, second = 0): void {
    this.push(-1, -1, -1, first, second, people);
  }

  at(severity: number): FlagOut {
    this.nextSeverity = severity;
    return this;
  }

  private push(
    type: number,
    person: number,
    link: number,
    a: number,
    b: number,
    list: readonly number[] | undefined,
  ): void {
    if (this.length === this.rule.length) this.grow();
    const i = this.length++;
    this.rule[i] = this.currentRule;
    this.subject[i] = this.currentSubject;
    this.severity[i] = this.nextSeverity < 0 ? this.ruleSeverity : this.nextSeverity;
    this.nextSeverity = -1;
    this.type[i] = type;
    this.person[i] = person;
    this.link[i] = link;
    this.a[i] = a;
    this.b[i] = b;
    if (list) {
      this.listAt[i] = this.lists.length;
      this.lists.push(list);
    } else this.listAt[i] = -1;
  }

  row(i: number): FlagRow {
    const at = this.listAt[i]!;
    return {
      subject: this.subject[i]!,
      type: this.type[i]!,
      person: this.person[i]!,
      link: this.link[i]!,
      a: this.a[i]!,
      b: this.b[i]!,
      list: at >= 0 ? this.lists[at] : undefined,
    };
  }

  private grow(): void {
    const size = this.rule.length * 2;
    const grown = <T extends Uint8Array | Int8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.rule = grown(this.rule, (n) => new Uint8Array(n));
    this.subject = grown(this.subject, (n) => new Int32Array(n));
    this.severity = grown(this.severity, (n) => new Uint8Array(n));
    this.type = grown(this.type, (n) => new Int8Array(n));
    this.person = grown(this.person, (n) => new Int32Array(n));
    this.link = grown(this.link, (n) => new Int32Array(n));
    this.a = grown(this.a, (n) => new Float64Array(n));
    this.b = grown(this.b, (n) => new Float64Array(n));
    this.listAt = grown(this.listAt, (n) => new Int32Array(n));
  }
}

/** A growable list of integers in a typed array (CSR lists filled in one pass). */
export class IntList {
  length = 0;
  values: Int32Array;
  constructor(capacity = 64) {
    this.values = new Int32Array(Math.max(capacity, 8));
  }
  push(v: number): void {
    if (this.length === this.values.length) {
      const next = new Int32Array(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.length++] = v;
  }
}

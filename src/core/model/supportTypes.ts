/**
 * The support types registry (docs/domain.md section 2). Coverage is always recorded per link and per
 * type; `career` is recorded and shown but counts only when `include_career_in_coverage` is on.
 */

export const CORE_TYPES = ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"] as const;
export const ALL_TYPES = [...CORE_TYPES, "career"] as const;

export type CoreType = (typeof CORE_TYPES)[number];
export type SupportType = (typeof ALL_TYPES)[number];

export interface SupportTypeInfo {
  readonly id: SupportType;
  readonly label: string;
  /** The label as a short lower-case word, for lists in sentences ("behaviour and wellbeing"). */
  readonly short: string;
  readonly core: boolean;
  /** Bit used in the compact per-link type mask. */
  readonly bit: number;
  /** The prompt an ECT answers when mapping their own support. */
  readonly prompt: string;
}

export const SUPPORT_TYPES: Readonly<Record<SupportType, SupportTypeInfo>> = {
  organisational_literacy: {
    id: "organisational_literacy",
    label: "How this school works",
    short: "how the school works",
    core: true,
    bit: 1,
    prompt: "Who helps you understand how things work in your school?",
  },
  behaviour: {
    id: "behaviour",
    label: "Behaviour",
    short: "behaviour",
    core: true,
    bit: 2,
    prompt: "Who helps you with behaviour?",
  },
  pedagogy: {
    id: "pedagogy",
    label: "Teaching",
    short: "teaching",
    core: true,
    bit: 4,
    prompt: "Who helps you with your teaching?",
  },
  psychosocial: {
    id: "psychosocial",
    label: "Wellbeing and belonging",
    short: "wellbeing",
    core: true,
    bit: 8,
    prompt: "Who do you talk to when things are hard?",
  },
  career: {
    id: "career",
    label: "Career and next steps",
    short: "career",
    core: false,
    bit: 16,
    prompt: "Who helps you think about your career and next steps?",
  },
};

export const CORE_MASK = 1 | 2 | 4 | 8;
export const CAREER_MASK = 16;

export function isSupportType(value: string): value is SupportType {
  return Object.hasOwn(SUPPORT_TYPES, value);
}

export function typesToMask(types: readonly SupportType[]): number {
  let mask = 0;
  for (const t of types) mask |= SUPPORT_TYPES[t].bit;
  return mask;
}

export function maskToTypes(mask: number): SupportType[] {
  return ALL_TYPES.filter((t) => (mask & SUPPORT_TYPES[t].bit) !== 0);
}

/** Canonical order (registry order), de-duplicated. */
export function sortTypes(types: Iterable<SupportType>): SupportType[] {
  return maskToTypes(typesToMask([...types]));
}

/**
 * The entries of a record keyed by support type, typed and in registry order (the order analysis
 * results are made in, so the same order Object.entries gave).
 */
export function typeEntries<V>(record: Readonly<Partial<Record<SupportType, V>>>): [SupportType, V][] {
  const out: [SupportType, V][] = [];
  for (const t of ALL_TYPES) {
    const v = record[t];
    if (v !== undefined) out.push([t, v]);
  }
  return out;
}

export function typeLabel(type: SupportType): string {
  return SUPPORT_TYPES[type].label;
}

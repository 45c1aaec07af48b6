// Deterministic demo data: the same seed and `now` always give the same customers, so a demo
// database, a screenshot or a bug report can be reproduced exactly. Pure functions only; the
// database side lives in fill.ts.

import {
  completeInn10, completeInn12, completeOgrn, completeOgrnip, vinCheckDigit, withAccountKey, withCorrAccountKey,
} from './checksums';
import {
  COLOURS, COMPANY_FIRST, COMPANY_NOTES, COMPANY_SECOND, COMPANY_STANDALONE, COMPANY_TAIL, FEMALE_NAMES,
  MALE_NAMES, MODELS, PATRONYMICS, PERSON_NOTES, REGIONS, SURNAMES, feminineSurname, transliterate,
  type ModelSpec, type RegionGroup, type Weighted,
} from './names';

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for demo data (not for anything secret). Uses the seed's low 32 bits. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DemoVehicle = {
  plate?: string;
  vin?: string;
  make: string;
  model: string;
  year?: number;
  colour?: string;
  mileage?: number;
};

export type DemoCustomer = {
  kind: 'person' | 'company';
  name: string;
  phones: string[];
  email?: string;
  inn?: string;
  kpp?: string;
  notes?: string;
  consentToMessages: boolean;
  discountPct: number;
  messengers: { kind: 'telegram' | 'whatsapp'; handle: string }[];
  createdAt: Date;
  vehicles: DemoVehicle[];
};

export type GenerateOptions = {
  seed?: number;
  /** Defaults to the current time, so pass it explicitly when the output must be reproducible. */
  now?: Date;
  /** Target average number of vehicles per customer. */
  vehiclesPerCustomer?: number;
};

export const DEFAULT_SEED = 20260101;
export const DEFAULT_VEHICLES_PER_CUSTOMER = 1.4;

// ---------------------------------------------------------------------------------------------
// Small sampling helpers. Cumulative tables are built once at module load because the
// generator samples from them millions of times for the large demo.

type Picker<T> = (rng: Rng) => T;

function weighted<T>(entries: Weighted<T>): Picker<T> {
  const items = entries.map((e) => e[0]);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) cumulative.push((total += w));
  return (rng) => {
    const x = rng() * total;
    let i = 0;
    while (cumulative[i] <= x && i < items.length - 1) i++;
    return items[i];
  };
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function meanOf(entries: Weighted<number>): number {
  let sum = 0;
  let total = 0;
  for (const [v, w] of entries) {
    sum += v * w;
    total += w;
  }
  return sum / total;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

// Identifiers that must be unique (plates, VINs, phones, ИНН) are not drawn at random: the n-th
// one is n pushed through a fixed bijection of [0, m), so uniqueness needs no Set of everything
// issued so far. A single affine map k -> a*k + b (mod m) is a bijection but leaves visible
// arithmetic progressions between consecutive customers (plate numbers counting down by 17), so
// three affine steps are interleaved with a mixed-radix transpose (q*cols + r -> r*rows + q),
// itself a bijection, which scatters neighbours. The constants come from the seed.
class UniqueSequence {
  private next = 0;
  private readonly modulus: number;
  private readonly multipliers: number[] = [];
  private readonly offsets: number[] = [];

  constructor(rng: Rng, private readonly rows: number, private readonly cols: number, private readonly what: string) {
    this.modulus = rows * cols;
    // a * x stays below 2^53, so plain double arithmetic is exact.
    if (this.modulus * this.modulus > Number.MAX_SAFE_INTEGER) throw new Error(`${what}: modulus too large`);
    for (let round = 0; round < 3; round++) {
      let a: number;
      do a = 2 + Math.floor(rng() * (this.modulus - 2));
      while (gcd(a, this.modulus) !== 1);
      this.multipliers.push(a);
      this.offsets.push(Math.floor(rng() * this.modulus));
    }
  }

  get size(): number {
    return this.modulus;
  }

  /** How many values have been taken so far. */
  get issued(): number {
    return this.next;
  }

  /**
   * The next scrambled value. `rounds` > 1 lets a caller that can tell passes apart (VINs, via
   * the plant character) reuse the space; otherwise running out is an error, not a duplicate.
   */
  take(rounds = 1): number {
    const index = this.next++;
    if (index >= this.modulus * rounds) {
      throw new RangeError(`demo generator ran out of unique ${this.what} (${this.modulus * rounds} available)`);
    }
    let x = index % this.modulus;
    for (let round = 0; round < 3; round++) {
      x = (this.multipliers[round] * x + this.offsets[round]) % this.modulus;
      x = (x % this.cols) * this.rows + Math.floor(x / this.cols);
    }
    return x;
  }
}

// ---------------------------------------------------------------------------------------------
// Catalogue pickers.

type Region = RegionGroup & { pickPlateRegion: Picker<string> };
const pickRegion = weighted<Region>(REGIONS.map((r) => [{ ...r, pickPlateRegion: weighted(r.plates) }, r.weight] as const));
const pickPersonModel = weighted<ModelSpec>(MODELS.map((m) => [m, m.personWeight] as const));
const pickFleetModel = weighted<ModelSpec>(MODELS.filter((m) => m.fleetWeight > 0).map((m) => [m, m.fleetWeight] as const));
const pickColour = weighted(COLOURS);
// Vans and taxis are overwhelmingly ordered in white.
const pickFleetColour = weighted<string>([['белый', 55], ['серый', 12], ['серебристый', 12], ['чёрный', 10], ['жёлтый', 5], ['синий', 6]]);

// Mobile codes in wide use whose whole number range libphonenumber's full metadata accepts
// (930, for one, is only partly allocated, so it is left out).
const MOBILE_CODES = [
  900, 901, 902, 903, 904, 905, 906, 908, 909, 910, 911, 912, 913, 914, 915, 916, 917, 918, 919, 920,
  921, 922, 923, 925, 926, 927, 928, 929, 931, 937, 950, 951, 952, 953, 958, 960, 961, 962, 963,
  964, 965, 966, 967, 968, 977, 978, 980, 981, 982, 983, 985, 986, 987, 988, 989, 991, 992, 993, 995,
  996, 999,
];

type Phone = { code: number; subscriber: string };

// How people actually type their number into a form or read it out to the receptionist.
const PHONE_FORMATS: Weighted<(p: Phone) => string> = [
  [(p) => `+7 ${p.code} ${p.subscriber.slice(0, 3)}-${p.subscriber.slice(3, 5)}-${p.subscriber.slice(5)}`, 30],
  [(p) => `8 (${p.code}) ${p.subscriber.slice(0, 3)}-${p.subscriber.slice(3, 5)}-${p.subscriber.slice(5)}`, 25],
  [(p) => `8${p.code}${p.subscriber}`, 20],
  [(p) => `+7${p.code}${p.subscriber}`, 10],
  [(p) => `8-${p.code}-${p.subscriber.slice(0, 3)}-${p.subscriber.slice(3, 5)}-${p.subscriber.slice(5)}`, 5],
  [(p) => `+7 (${p.code}) ${p.subscriber.slice(0, 3)}-${p.subscriber.slice(3, 5)}-${p.subscriber.slice(5)}`, 5],
  [(p) => `8 ${p.code} ${p.subscriber.slice(0, 3)} ${p.subscriber.slice(3, 5)} ${p.subscriber.slice(5)}`, 5],
];
const pickPhoneFormat = weighted(PHONE_FORMATS);

const personPhoneCount = weighted<number>([[1, 75], [2, 20], [3, 5]]);
const companyPhoneCount = weighted<number>([[1, 45], [2, 40], [3, 15]]);
const personDiscount = weighted<number>([[0, 88], [3, 5], [5, 5], [10, 2]]);
const companyDiscount = weighted<number>([[0, 55], [3, 15], [5, 20], [10, 10]]);
const emailDomain = weighted<string>([['mail.ru', 45], ['yandex.ru', 33], ['gmail.com', 22]]);

type CompanyForm = 'ООО' | 'АО' | 'ИП';
const companyForm = weighted<CompanyForm>([['ООО', 62], ['АО', 8], ['ИП', 30]]);

// Plate letters are the twelve Cyrillic letters that have Latin look-alikes.
const PLATE_LETTERS = 'АВЕКМНОРСТУХ';
const PLATE_NUMBERS = 999; // 001..999; 000 is never issued
const PLATE_SERIES = 12 * 12 * 12;
const PLATE_NUMBER_TEXT = Array.from({ length: PLATE_NUMBERS + 1 }, (_, n) => pad(n, 3));

// VIN model-year codes repeat every 30 years; 1980 was "A".
const VIN_YEAR_CODES = 'ABCDEFGHJKLMNPRSTVWXY123456789';
const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const SERIALS_PER_PLANT = 1_000_000;
// Once the first million serials are used up, VIN position 11 switches to a plant character no
// catalogue model uses, so later VINs cannot collide with earlier ones.
const SPARE_PLANTS = [...VIN_ALPHABET].filter((c) => !MODELS.some((m) => m.plant === c));

// ---------------------------------------------------------------------------------------------
// Vehicles per customer. Private customers have one car, sometimes two or three; companies
// have fleets. The share of private customers with extra cars is solved for so the overall
// average hits the requested target; only targets that cannot be reached that way fall back to
// scaling every count.

const COMPANY_SHARE = 0.12;
const ORG_FLEET: Weighted<number> = [[1, 30], [2, 20], [3, 14], [4, 10], [5, 9], [6, 7], [7, 5], [8, 5]];
const IP_FLEET: Weighted<number> = [[1, 55], [2, 30], [3, 15]];
const pickOrgFleet = weighted(ORG_FLEET);
const pickIpFleet = weighted(IP_FLEET);
const IP_SHARE = 0.3;
const COMPANY_MEAN = (1 - IP_SHARE) * meanOf(ORG_FLEET) + IP_SHARE * meanOf(IP_FLEET);
// A person with extra cars has two of them three times in four, otherwise three: 1.25 extra
// cars on average.
const PERSON_EXTRA_MEAN = 0.75 * 1 + 0.25 * 2;

type VehiclePlan = { extraCarChance: number; scale: number };

function planVehicles(target: number): VehiclePlan {
  const personMean = (target - COMPANY_SHARE * COMPANY_MEAN) / (1 - COMPANY_SHARE);
  const q = (personMean - 1) / PERSON_EXTRA_MEAN;
  if (q >= 0 && q <= 1) return { extraCarChance: q, scale: 1 };
  const clamped = Math.min(1, Math.max(0, q));
  const mean = (1 - COMPANY_SHARE) * (1 + clamped * PERSON_EXTRA_MEAN) + COMPANY_SHARE * COMPANY_MEAN;
  return { extraCarChance: clamped, scale: target / mean };
}

// Stochastic rounding keeps the expected value exact when counts are scaled.
function scaleCount(rng: Rng, n: number, scale: number): number {
  if (scale === 1) return n;
  const x = n * scale;
  const whole = Math.floor(x);
  return whole + (rng() < x - whole ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------

type Context = {
  rng: Rng;
  nowMs: number;
  nowYear: number;
  plan: VehiclePlan;
  plates: UniqueSequence;
  vins: UniqueSequence;
  phones: UniqueSequence;
  orgInns: UniqueSequence;
  personInns: UniqueSequence;
};

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;

/**
 * Lazily generates `count` customers with their vehicles. Lazy so that the 100k-customer demo
 * can be written to the database in batches without holding it all in memory; arguments are
 * still checked eagerly so a bad call fails where it is made, not at the first next().
 * Throws RangeError past roughly 1.2 million customers, where the space of unique company ИНН
 * (and soon after, plates) runs out, rather than quietly issuing duplicates.
 */
export function generateCustomers(count: number, opts: GenerateOptions = {}): Generator<DemoCustomer> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const target = opts.vehiclesPerCustomer ?? DEFAULT_VEHICLES_PER_CUSTOMER;
  if (!(target >= 0) || !Number.isFinite(target)) throw new RangeError(`vehiclesPerCustomer must be >= 0, got ${target}`);
  const now = opts.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new RangeError('now is an invalid Date');
  return customers(count, opts.seed ?? DEFAULT_SEED, now, target);
}

function* customers(count: number, seed: number, now: Date, target: number): Generator<DemoCustomer> {
  const rng = seededRng(seed);
  const nowMs = now.getTime();
  const ctx: Context = {
    rng,
    nowMs,
    nowYear: now.getUTCFullYear(),
    plan: planVehicles(target),
    plates: new UniqueSequence(rng, PLATE_SERIES, PLATE_NUMBERS, 'plates'),
    vins: new UniqueSequence(rng, 1000, SERIALS_PER_PLANT / 1000, 'VIN serials'),
    phones: new UniqueSequence(rng, 2500, 4000, 'phone numbers'),
    orgInns: new UniqueSequence(rng, 250, 400, 'company ИНН'),
    personInns: new UniqueSequence(rng, 1000, 1000, 'personal ИНН'),
  };

  const startMs = tenYearsBefore(now).getTime();
  for (let i = 0; i < count; i++) {
    const createdAt = new Date(createdAtFor(rng, i, count, startMs, nowMs));
    yield rng() < COMPANY_SHARE ? makeCompany(ctx, createdAt) : makePerson(ctx, createdAt);
  }
}

function tenYearsBefore(now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - 10);
  return d;
}

// Customers arrive faster as the garage grows: position i/count is mapped to time through a
// concave curve (x^0.75), so the last year has roughly three times as many sign-ups as the
// first. Times are then moved into opening hours (09:00–21:00 Moscow, UTC+3). Both steps are
// monotonic, so createdAt never decreases with the index.
function createdAtFor(rng: Rng, i: number, count: number, startMs: number, nowMs: number): number {
  const x = (i + rng()) / count;
  const t = startMs + Math.pow(x, 0.75) * (nowMs - startMs);
  const day = Math.floor(t / DAY_MS) * DAY_MS;
  const inDay = (t - day) / DAY_MS;
  const opening = day + 6 * HOUR_MS + Math.floor(inDay * 12 * HOUR_MS);
  return Math.min(nowMs, Math.max(startMs, opening));
}

// ---------------------------------------------------------------------------------------------
// People.

type PersonName = { surname: string; given: string; patronymic: string; female: boolean };

function personName(rng: Rng): PersonName {
  // Most people who bring a car to a garage themselves are men.
  const female = chance(rng, 0.28);
  const male = pick(rng, SURNAMES);
  return {
    surname: female ? feminineSurname(male) : male,
    given: pick(rng, female ? FEMALE_NAMES : MALE_NAMES),
    patronymic: pick(rng, PATRONYMICS)[female ? 1 : 0],
    female,
  };
}

function makePerson(ctx: Context, createdAt: Date): DemoCustomer {
  const { rng } = ctx;
  const n = personName(rng);
  const region = pickRegion(rng);
  const phones = makePhones(ctx, personPhoneCount(rng));
  const email = chance(rng, 0.38) ? personEmail(rng, n, createdAt) : undefined;
  // Individuals usually only give an ИНН when they want receipts for a tax deduction or work
  // as self-employed.
  const inn = chance(rng, 0.1) ? personalInn(ctx, region) : undefined;
  const notes = chance(rng, 0.09) ? pick(rng, PERSON_NOTES) : undefined;

  let cars = 1;
  if (chance(rng, ctx.plan.extraCarChance)) cars += chance(rng, 0.75) ? 1 : 2;
  cars = scaleCount(rng, cars, ctx.plan.scale);
  const vehicles: DemoVehicle[] = [];
  for (let i = 0; i < cars; i++) vehicles.push(makeVehicle(ctx, pickPersonModel(rng), region, false));

  return customerRecord({
    kind: 'person',
    name: `${n.surname} ${n.given} ${n.patronymic}`,
    phones: phones.map((p) => pickPhoneFormat(rng)(p)),
    email,
    inn,
    kpp: undefined,
    notes,
    consentToMessages: chance(rng, 0.7),
    discountPct: personDiscount(rng),
    messengers: makeMessengers(rng, phones, () => personHandle(rng, n)),
    createdAt,
    vehicles,
  });
}

type CustomerFields = Omit<DemoCustomer, 'email' | 'inn' | 'kpp' | 'notes'> & {
  email: string | undefined;
  inn: string | undefined;
  kpp: string | undefined;
  notes: string | undefined;
};

// Absent optional fields are left out rather than set to undefined, as a hand-typed record would be.
function customerRecord(f: CustomerFields): DemoCustomer {
  const c: DemoCustomer = {
    kind: f.kind,
    name: f.name,
    phones: f.phones,
    consentToMessages: f.consentToMessages,
    discountPct: f.discountPct,
    messengers: f.messengers,
    createdAt: f.createdAt,
    vehicles: f.vehicles,
  };
  if (f.email !== undefined) c.email = f.email;
  if (f.inn !== undefined) c.inn = f.inn;
  if (f.kpp !== undefined) c.kpp = f.kpp;
  if (f.notes !== undefined) c.notes = f.notes;
  return c;
}

function personEmail(rng: Rng, n: PersonName, createdAt: Date): string {
  const s = transliterate(n.surname);
  const g = transliterate(n.given);
  const p = transliterate(n.patronymic);
  let local: string;
  // A birth year is the usual way around "ivanov is already taken".
  switch (int(rng, 0, 7)) {
    case 0: local = `${s}.${g}`; break;
    case 1: local = `${g}.${s}`; break;
    case 2: local = `${g[0]}.${s}`; break;
    case 3: local = `${s}${pad(int(rng, 55, 105) % 100, 2)}`; break;
    case 4: local = `${g}${s}${pad(int(rng, 55, 105) % 100, 2)}`; break;
    case 5: local = `${s}_${g[0]}${p[0]}`; break;
    case 6: local = `${g}.${s}${createdAt.getUTCFullYear() - int(rng, 20, 65)}`; break;
    default: local = `${s}.${g[0]}${p[0]}`;
  }
  return `${local}@${emailDomain(rng)}`;
}

function personHandle(rng: Rng, n: PersonName): string {
  const s = transliterate(n.surname);
  const g = transliterate(n.given);
  let handle = pick(rng, [`${g}_${s}`, `${s}${pad(int(rng, 1, 99), 2)}`, `${g[0]}${s}`, `${s}_${g}`, `${g}${pad(int(rng, 70, 99), 2)}`]);
  // Telegram usernames are 5–32 characters.
  while (handle.length < 5) handle += int(rng, 0, 9);
  return '@' + handle;
}

function makeMessengers(rng: Rng, phones: Phone[], handle: () => string): DemoCustomer['messengers'] {
  if (!chance(rng, 0.3)) return [];
  const roll = rng();
  // WhatsApp is tied to a phone number, so its "handle" is one of the customer's numbers.
  const whatsapp = { kind: 'whatsapp' as const, handle: `+7${phones[0].code}${phones[0].subscriber}` };
  if (roll < 0.5) return [{ kind: 'telegram', handle: handle() }];
  if (roll < 0.85) return [whatsapp];
  return [{ kind: 'telegram', handle: handle() }, whatsapp];
}

function makePhones(ctx: Context, count: number): Phone[] {
  const phones: Phone[] = [];
  for (let i = 0; i < count; i++) {
    // The code is free to vary: uniqueness already comes from the subscriber part.
    phones.push({ code: pick(ctx.rng, MOBILE_CODES), subscriber: pad(ctx.phones.take(), 7) });
  }
  return phones;
}

// ---------------------------------------------------------------------------------------------
// Companies and sole traders.

function makeCompany(ctx: Context, createdAt: Date): DemoCustomer {
  const { rng } = ctx;
  const form = companyForm(rng);
  const region = pickRegion(rng);
  const phones = makePhones(ctx, companyPhoneCount(rng));
  let name: string;
  let inn: string;
  let kpp: string | undefined;
  let owner: PersonName | undefined;

  if (form === 'ИП') {
    owner = personName(rng);
    name = `ИП ${owner.surname} ${owner.given[0]}. ${owner.patronymic[0]}.`;
    inn = personalInn(ctx, region);
  } else {
    name = `${form} "${companyCore(rng)}"`;
    inn = organisationInn(ctx, region);
    // Ordinary КПП: the registering inspection, reason code 01 (head office), serial 001.
    kpp = inn.slice(0, 4) + '01001';
  }

  const email = chance(rng, 0.6) ? (owner ? personEmail(rng, owner, createdAt) : companyEmail(rng, name)) : undefined;
  const notes = chance(rng, 0.15) ? pick(rng, COMPANY_NOTES) : undefined;
  const fleet = scaleCount(rng, form === 'ИП' ? pickIpFleet(rng) : pickOrgFleet(rng), ctx.plan.scale);
  const vehicles: DemoVehicle[] = [];
  for (let i = 0; i < fleet; i++) vehicles.push(makeVehicle(ctx, pickFleetModel(rng), region, true));

  return customerRecord({
    kind: 'company',
    name,
    phones: phones.map((p) => pickPhoneFormat(rng)(p)),
    email,
    inn,
    kpp,
    notes,
    consentToMessages: chance(rng, 0.8),
    discountPct: companyDiscount(rng),
    messengers: makeMessengers(rng, phones, () => (owner ? personHandle(rng, owner) : companyHandle(rng, name))),
    createdAt,
    vehicles,
  });
}

function companyCore(rng: Rng): string {
  if (chance(rng, 0.25)) return pick(rng, COMPANY_STANDALONE);
  const first = pick(rng, COMPANY_FIRST);
  let second = pick(rng, COMPANY_SECOND);
  // "Стройстрой" and "Транстранс" read as typos rather than names.
  while (second === first.toLowerCase()) second = pick(rng, COMPANY_SECOND);
  return first + second + (chance(rng, 0.35) ? pick(rng, COMPANY_TAIL) : '');
}

function companySlug(name: string): string {
  const core = name.slice(name.indexOf('"') + 1, name.lastIndexOf('"'));
  return transliterate(core).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function companyEmail(rng: Rng, name: string): string {
  const slug = companySlug(name);
  const local = pick(rng, [slug, `info.${slug}`, `buh.${slug}`, `${slug}.zakaz`, `office.${slug}`]);
  return `${local}@${emailDomain(rng)}`;
}

function companyHandle(rng: Rng, name: string): string {
  let handle = companySlug(name).replace(/-/g, '_') + pick(rng, ['', '_park', '_dispetcher', '_auto']);
  while (handle.length < 5) handle += int(rng, 0, 9);
  return '@' + handle.slice(0, 32);
}

function inspection(rng: Rng, region: Region): string {
  return region.taxRegion + pad(int(rng, 1, region.inspections), 2);
}

function organisationInn(ctx: Context, region: Region): string {
  return completeInn10(inspection(ctx.rng, region) + pad(ctx.orgInns.take(), 5));
}

function personalInn(ctx: Context, region: Region): string {
  return completeInn12(inspection(ctx.rng, region) + pad(ctx.personInns.take(), 6));
}

// ---------------------------------------------------------------------------------------------
// Vehicles.

function makeVehicle(ctx: Context, spec: ModelSpec, region: Region, fleet: boolean): DemoVehicle {
  const { rng } = ctx;
  // When `now` is far in the past some models did not exist yet; draw another.
  for (let tries = 0; spec.from > ctx.nowYear && tries < 20; tries++) spec = fleet ? pickFleetModel(rng) : pickPersonModel(rng);
  const lastYear = Math.min(spec.to, ctx.nowYear);
  const year = int(rng, Math.min(spec.from, lastYear), lastYear);

  const plate = chance(rng, 0.95) ? makePlate(ctx, region) : undefined;
  const vin = chance(rng, 0.85) ? makeVin(ctx, spec, year) : undefined;
  // Without a VIN the receptionist sometimes doesn't know the model year either.
  const knownYear = vin || chance(rng, 0.8) ? year : undefined;
  const colour = chance(rng, 0.9) ? (fleet ? pickFleetColour : pickColour)(rng) : undefined;
  const mileage = chance(rng, 0.9) ? mileageFor(ctx, spec, year, fleet) : undefined;

  // Absent fields are left out rather than set to undefined, as a hand-typed record would be.
  // (Plain assignments rather than conditional spreads: this runs ~140k times for the large demo.)
  const v: DemoVehicle = { make: spec.make, model: spec.model };
  if (plate !== undefined) v.plate = plate;
  if (vin !== undefined) v.vin = vin;
  if (knownYear !== undefined) v.year = knownYear;
  if (colour !== undefined) v.colour = colour;
  if (mileage !== undefined) v.mileage = mileage;
  return v;
}

function mileageFor(ctx: Context, spec: ModelSpec, year: number, fleet: boolean): number {
  const { rng } = ctx;
  // Cars are registered on average mid-year; a brand-new car still has delivery kilometres.
  const age = Math.max(0.1, (ctx.nowMs - Date.UTC(year, 6, 1)) / YEAR_MS);
  let perYear: number;
  if (spec.make === 'GAZ') perYear = 35_000 + rng() * 25_000;
  else if (fleet) perYear = 20_000 + rng() * 25_000;
  else perYear = 7_000 + rng() * 18_000;
  // Older cars are driven less: full rate for the first five years, half after that.
  const years = Math.min(age, 5) + Math.max(0, age - 5) * 0.5;
  const km = Math.max(30, Math.round(years * perYear));
  // Many people just say "about 120 thousand".
  return chance(rng, 0.35) ? Math.max(1000, Math.round(km / 1000) * 1000) : km;
}

function makePlate(ctx: Context, region: Region): string {
  const value = ctx.plates.take();
  const number = (value % PLATE_NUMBERS) + 1;
  const series = Math.floor(value / PLATE_NUMBERS);
  const l1 = PLATE_LETTERS[series % 12];
  const l2 = PLATE_LETTERS[Math.floor(series / 12) % 12];
  const l3 = PLATE_LETTERS[Math.floor(series / 144)];
  // Uniqueness comes from letters + number alone, so the region can be anything: mostly the
  // customer's own, sometimes a car bought elsewhere.
  const home = chance(ctx.rng, 0.85) ? region : pickRegion(ctx.rng);
  return `${l1}${PLATE_NUMBER_TEXT[number]}${l2}${l3}${home.pickPlateRegion(ctx.rng)}`;
}

function makeVin(ctx: Context, spec: ModelSpec, year: number): string {
  const block = Math.floor(ctx.vins.issued / ctx.vins.size);
  const value = ctx.vins.take(SPARE_PLANTS.length + 1);
  const plant = block === 0 ? spec.plant : SPARE_PLANTS[block - 1];
  const yearCode = VIN_YEAR_CODES[(year - 1980) % 30];
  const vin = spec.wmi + spec.vds + yearCode + plant + pad(value, 6);
  if (!spec.vds.endsWith('?')) return vin;
  return vin.slice(0, 8) + vinCheckDigit(vin.replace('?', '0')) + vin.slice(9);
}

// ---------------------------------------------------------------------------------------------
// The garage's own legal entities.

export type DemoLegalEntity = {
  name: string;
  inn: string;
  kpp: string | null;
  ogrn: string;
  address: string;
  phone: string;
  bankName: string;
  bic: string;
  bankAccount: string;
  corrAccount: string;
  vatMode: 'none' | 'included' | 'on_top';
  /** Basis points: 2200 = 22 %. */
  vatRateBp: number;
  isDefault: boolean;
};

// Correspondent accounts of banks settled through the Bank of Russia's Moscow branch are
// 30101810 K 00000000 + the last three BIC digits; K is computed rather than copied.
function corrAccountFor(bic: string): string {
  return withCorrAccountKey(bic, '301018100' + '00000000' + bic.slice(6));
}

/**
 * Two entities a garage commonly runs side by side: a VAT-paying company for corporate
 * fleets and a sole trader on the simplified tax system (no VAT) for private customers.
 */
export function demoLegalEntities(): DemoLegalEntity[] {
  const sber = '044525225';
  const alfa = '044525593';
  return [
    {
      name: 'ООО "Гараж Деск Сервис"',
      // Registered by ИФНС №25 (Moscow) in 2021.
      inn: completeInn10('772504817'),
      kpp: '772501001',
      ogrn: completeOgrn('121772500421'),
      address: '115280, г. Москва, ул. Автозаводская, д. 23Б, стр. 5',
      phone: '+7 (495) 120-45-67',
      bankName: 'ПАО Сбербанк',
      bic: sber,
      // 40702 = account of a commercial organisation, 810 = roubles.
      bankAccount: withAccountKey(sber, '40702810038000145227'),
      corrAccount: corrAccountFor(sber),
      vatMode: 'on_top',
      vatRateBp: 2200,
      isDefault: true,
    },
    {
      name: 'ИП Кузнецов Андрей Викторович',
      inn: completeInn12('5027183462'),
      kpp: null,
      // 3 = sole trader, registered 2019 in Московская область.
      ogrn: completeOgrnip('31950270018342'),
      address: '140005, Московская обл., г. Люберцы, Октябрьский пр-т, д. 112, пом. 3',
      phone: '+7 (916) 214-35-60',
      bankName: 'АО "Альфа-Банк"',
      bic: alfa,
      // 40802 = account of a sole trader.
      bankAccount: withAccountKey(alfa, '40802810002460019834'),
      corrAccount: corrAccountFor(alfa),
      vatMode: 'none',
      vatRateBp: 0,
      isDefault: false,
    },
  ];
}

import type { Db } from '../db/open';
import { insertRow, rowInserter } from '../db/dal';
import { newId } from '../db/ids';
import { documentNumber } from '../db/numbers';
import { customers } from '../customers/schema';
import { refreshSearchDoc } from '../customers/search';
import { employees } from '../staff/schema';
import { invoices, invoiceLines, payments } from '../payments/schema';
import { machineTypes, machines, drivers, rentalDeals, rentalItems, waybills } from '../rentals/schema';
import { billableHoursX100, overtimeOf, workedHoursX100 } from '../rentals/overtime';
import { overtimeLines, prepaymentLines, type InvoiceLine } from '../rentals/invoice-lines';
import { vatOf } from '../work-orders/totals';
import { currentBranch } from '../organisation/app';
import { instantAt, nextDate, wallTime } from '../scheduler/zoned-time';
import { completeInn10, completeInn12 } from './checksums';
import { MALE_NAMES, PATRONYMICS, SURNAMES } from './names';
import { seededRng } from './generate';

// The equipment-rental line: machine types, own machines, equipment suppliers with theirs,
// staff and third-party drivers; then deals in every stage around today (small) or five
// years of a busy firm's trips up to three weeks ahead (garage/large). Every machine and
// driver is tracked while planning, so no two items that hold one ever overlap. Billable
// hours, overtime, prepayments and VAT come from the same pure functions the handlers use.

type Scale = 'small' | 'garage' | 'large';

// model, capacity kg, rate ₽/h, minimum hours per trip, ₽/km
type Model = readonly [string, number, number, number, number];
type TypeSpec = {
  name: string;
  models: readonly Model[];
  /** Own machines and suppliers' machines: [small, garage]. */
  own: readonly [number, number];
  hired: readonly [number, number];
  starts: readonly number[];
  hours: readonly [number, number];
  km: readonly [number, number];
  meter: 'odometer' | 'engine';
  jobs: readonly string[];
};

const fleet: readonly TypeSpec[] = [
  {
    name: 'Автокран',
    models: [['Ивановец КС-45717-1', 25000, 3200, 7, 150], ['Галичанин КС-55713-5В', 25000, 3300, 7, 150], ['Клинцы КС-55713-1К-4', 25000, 3100, 7, 150], ['Ивановец КС-55735-7', 32000, 4200, 7, 170], ['Галичанин КС-65713-1', 40000, 5500, 8, 200], ['Liebherr LTM 1060-3.1', 60000, 9000, 8, 250]],
    own: [2, 48], hired: [1, 4], starts: [420, 480, 480, 540, 540, 600, 720, 780], hours: [4, 10], km: [0, 60], meter: 'engine',
    jobs: ['Монтаж металлоконструкций', 'Разгрузка плит перекрытия', 'Установка колец ЖБИ', 'Монтаж кровельных ферм', 'Погрузка бытовок', 'Подъём кирпича на перекрытие'],
  },
  {
    name: 'Экскаватор',
    models: [['Komatsu PC200-8', 20000, 3000, 8, 180], ['Hyundai R220LC-9S', 22000, 3100, 8, 180], ['Doosan DX225LCA', 22000, 3000, 8, 180], ['Volvo EW160E колёсный', 16000, 2800, 6, 120]],
    own: [1, 28], hired: [0, 2], starts: [420, 480, 480, 540], hours: [6, 11], km: [0, 40], meter: 'engine',
    jobs: ['Копка котлована', 'Рытьё траншеи под коммуникации', 'Планировка участка', 'Демонтаж фундамента'],
  },
  {
    name: 'Экскаватор-погрузчик',
    models: [['JCB 3CX Super', 3000, 2400, 4, 100], ['Terex TLB 825', 2800, 2200, 4, 100], ['Case 580ST', 3000, 2300, 4, 100]],
    own: [1, 24], hired: [0, 0], starts: [420, 480, 540, 600, 720, 840], hours: [3, 8], km: [0, 30], meter: 'engine',
    jobs: ['Уборка снега', 'Рытьё траншеи', 'Засыпка пазух фундамента', 'Погрузка грунта'],
  },
  {
    name: 'Эвакуатор',
    models: [['ГАЗон Next, сдвижная платформа', 5000, 1800, 2, 90], ['Isuzu ELF, ломаная платформа', 3500, 1600, 2, 80], ['КамАЗ 65115, частичная погрузка', 12000, 2800, 3, 140]],
    own: [1, 20], hired: [0, 0], starts: [420, 540, 660, 780, 900, 1020, 1140], hours: [2, 4], km: [20, 120], meter: 'odometer',
    jobs: ['Эвакуация а/м после ДТП', 'Перевозка спецтехники', 'Доставка а/м в сервис', 'Эвакуация грузовика'],
  },
  {
    name: 'Самосвал',
    models: [['КамАЗ 6520', 20000, 2200, 8, 110], ['КамАЗ 65115', 15000, 2000, 8, 100], ['Shacman SX3258DR384', 25000, 2400, 8, 120], ['Howo ZZ3327', 25000, 2400, 8, 120]],
    own: [2, 40], hired: [0, 2], starts: [420, 480, 480, 540], hours: [6, 10], km: [40, 180], meter: 'odometer',
    jobs: ['Вывоз грунта', 'Доставка щебня', 'Доставка песка', 'Вывоз строительного мусора'],
  },
  {
    name: 'Манипулятор',
    models: [['КамАЗ 65117 с КМУ Kanglim KS2056', 10000, 3000, 4, 130], ['Hino 500 с КМУ Unic URV-554', 8000, 2800, 4, 120], ['Isuzu Giga с КМУ Soosan SCS1015LS', 15000, 3600, 5, 150]],
    own: [1, 28], hired: [0, 0], starts: [480, 540, 600, 780, 900], hours: [3, 7], km: [20, 100], meter: 'odometer',
    jobs: ['Перевозка бытовки', 'Доставка блоков ФБС', 'Перевозка оборудования', 'Доставка труб'],
  },
  {
    // A firm that owns no aerial platform hires one whenever it is asked for.
    name: 'Автовышка',
    models: [['АГП-22 на ГАЗ-33086', 250, 2000, 4, 100], ['АГП-28 на Isuzu NQR', 300, 2500, 4, 110], ['АГП-45 на КамАЗ', 400, 4500, 4, 150]],
    own: [0, 0], hired: [1, 4], starts: [480, 540, 600, 780], hours: [3, 8], km: [0, 40], meter: 'odometer',
    jobs: ['Монтаж рекламной вывески', 'Обрезка деревьев', 'Ремонт фасада', 'Замена уличного освещения'],
  },
];

// Which mix of machines a one-day job takes, by the first one's type.
const crews: Record<string, readonly string[]> = {
  Экскаватор: ['Самосвал', 'Самосвал'],
  Автокран: ['Манипулятор'],
  'Экскаватор-погрузчик': ['Самосвал'],
};

const suppliers: readonly [string, string, string | null, string][] = [
  ['ООО "СпецТехРесурс"', completeInn10('502403718'), '502401001', '+74959871234'],
  ['ООО "КранЛидер"', completeInn10('772701564'), '772701001', '+74957775533'],
  ['ИП Гордеев Сергей Викторович', completeInn12('5012345678'), null, '+79161230045'],
];

const driverCounts: Record<Scale, { staff: number; thirdParty: number }> = { small: { staff: 5, thirdParty: 1 }, garage: { staff: 48, thirdParty: 12 }, large: { staff: 48, thirdParty: 12 } };

const sites = [
  'г. Москва, ул. Профсоюзная, вл.', 'г. Москва, Варшавское ш., вл.', 'г. Москва, ул. Вавилова, д.', 'г. Москва, Каширское ш., вл.',
  'г. Москва, ул. Нагатинская, д.', 'г. Москва, Дмитровское ш., вл.', 'г. Москва, Рязанский пр-т, вл.', 'г. Москва, ул. Лётчика Бабушкина, д.',
  'г. Москва, Волоколамское ш., вл.', 'г. Москва, ул. Верхние Поля, вл.', 'Московская обл., г. Химки, ул. Германа Титова, уч.',
  'Московская обл., г. Балашиха, ш. Энтузиастов, вл.', 'Московская обл., г. Люберцы, Октябрьский пр-т, д.', 'Московская обл., г. Подольск, ул. Большая Серпуховская, д.',
  'Московская обл., г. Мытищи, Олимпийский пр-т, вл.', 'Московская обл., г. Видное, Белокаменное ш., вл.', 'Московская обл., Ленинский г. о., д. Сапроново, уч.',
  'Московская обл., г. Красногорск, Ильинское ш., вл.', 'Московская обл., г. Домодедово, Каширское ш., вл.', 'Московская обл., Одинцовский г. о., КП «Лесные дали», уч.',
];
const dealNotes = ['Въезд со стороны КПП-2, пропуск заказан', 'Нужны стропы и стропальщик', 'Оплата по безналу, нужен УПД', 'Постоянный заказчик, ставка согласована', 'Стеснённые условия, уточнить заезд'];
const lostReasons = ['Выбрали другого подрядчика', 'Дорого', 'Перенесли работы на неопределённый срок', 'Не дозвонились'];
const noMachineReason = 'Нет свободной техники на дату';
const plateLetters = [...'АВЕКМНОРСТУХ'];
const plateRegions = ['77', '97', '99', '177', '197', '777', '50', '90', '150', '190', '750'];
const mobileCodes = ['903', '905', '909', '915', '916', '925', '926', '977', '985', '999'];

// Around today at the small scale: [day from today, type] per item, one line per deal. Past
// and future deals take their outcomes in turn (see below); on day 1 three cranes are wanted
// for two own ones, so the third is hired from a supplier.
const smallDeals: readonly (readonly [number, string])[][] = [
  [[-12, 'Автокран']],
  [[-10, 'Экскаватор'], [-10, 'Самосвал']],
  [[-9, 'Автовышка']],
  [[-7, 'Эвакуатор']],
  [[-6, 'Манипулятор'], [-5, 'Манипулятор'], [-4, 'Манипулятор']],
  [[-5, 'Автокран']],
  [[-4, 'Экскаватор-погрузчик']],
  [[-3, 'Самосвал'], [-2, 'Самосвал']],
  [[-2, 'Автокран']],
  [[-1, 'Экскаватор'], [0, 'Экскаватор'], [1, 'Экскаватор']],
  [[0, 'Эвакуатор']],
  [[0, 'Автокран'], [0, 'Манипулятор']],
  [[1, 'Автокран']],
  [[1, 'Автокран']],
  [[3, 'Автовышка']],
  [[1, 'Автокран'], [2, 'Самосвал']],
  [[4, 'Экскаватор-погрузчик']],
  [[6, 'Самосвал']],
  [[8, 'Автокран'], [9, 'Автокран']],
  [[10, 'Эвакуатор']],
];

// Outcomes in turn (not at random), so even twenty deals show every stage. A past deal still
// "completed" (its overtime unpaid) a month on would be a debt, so older ones are closed.
const pastOutcomes = ['closed', 'completed', 'closed', 'lost', 'closed', 'closed', 'completed', 'closed', 'closed', 'closed'] as const;
const futureOutcomes = ['booked', 'agreed', 'booked', 'proposal', 'new', 'booked', 'lost', 'booked', 'agreed', 'booked'] as const;
type Outcome = (typeof pastOutcomes)[number] | (typeof futureOutcomes)[number] | 'in_work';

const HISTORY_DAYS = 5 * 365 + 1;
const AHEAD_DAYS = 21;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// A machine or driver needs this long between two jobs to get from one site to the next.
const GAP = 30 * MINUTE;

type Machine = {
  id: string;
  model: string;
  plate: string;
  rateMinor: number;
  minHoursX100: number;
  ratePerKmMinor: number;
  supplierId: string | null;
  costMinor: number | null;
  supplyDriver: string;
  meter: 'odometer' | 'engine';
  reading: number;
  /** Held time ranges [start, end, start, end, …] in ms, forgotten once well past. */
  busy: number[];
};
type Driver = { id: string; busy: number[] };
type Kind = { id: string; spec: TypeSpec; own: Machine[]; hired: Machine[] };
type Entity = { id: string; vatMode: 'none' | 'included' | 'on_top'; vatRateBp: number };
/** One machine type wanted on a date, from a start time (minutes) for some hours. */
type Request = { date: string; kind: Kind; startMinute: number; hoursX100: number; km: number };
type Planned = Request & {
  start: number;
  end: number;
  status: 'draft' | 'confirmed' | 'done' | 'cancelled';
  machine?: Machine;
  driver?: Driver;
  supply: boolean;
  /** What the waybill will say, for a done item. */
  trip?: { start: number; end: number; km: number };
};
type Deal = { id: string; customerId: string; entity: Entity };

/** The tables five years of trips fill, each with its statement prepared once. */
function writers(db: Db) {
  return {
    deal: rowInserter(db, rentalDeals),
    item: rowInserter(db, rentalItems),
    waybill: rowInserter(db, waybills),
    invoice: rowInserter(db, invoices),
    line: rowInserter(db, invoiceLines),
    payment: rowInserter(db, payments),
  };
}

function isFree(busy: number[], start: number, end: number): boolean {
  for (let i = 0; i < busy.length; i += 2) if (start < busy[i + 1] + GAP && end + GAP > busy[i]) return false;
  return true;
}

/** The held ranges that end after `after`: planning one day needs none that ended before it. */
function heldAfter(busy: number[], after: number): number[] {
  const kept: number[] = [];
  for (let i = 0; i < busy.length; i += 2) if (busy[i + 1] >= after) kept.push(busy[i], busy[i + 1]);
  return kept;
}

/**
 * documentNumber for a run of documents: the first is taken as usual, the rest continue its
 * sequence here and the counter is moved once at the end (numbering one by one costs a
 * quarter of a millisecond each: most of the time of five years of deals and invoices).
 */
function numberSeries(db: Db, key: string): { next: () => string; close: () => void } {
  const first = documentNumber(db, key);
  const prefix = first.slice(0, first.lastIndexOf('-') + 1);
  let n = Number(first.slice(prefix.length)) - 1;
  return {
    next: () => `${prefix}${String(++n).padStart(6, '0')}`,
    close: () => void db.$client.prepare('UPDATE local_counters SET value = ? WHERE key = ?').run(n, key),
  };
}

export function fillRentalsDemo(db: Db, scale: Scale, progress?: (done: number, total: number) => void): { trips: number } {
  if (db.$client.prepare('SELECT 1 FROM machine_types').get()) return { trips: 0 };
  const demo = new RentalDemo(db, scale);
  if (!demo.ready) return { trips: 0 };
  if (scale === 'small') demo.aroundToday();
  else demo.fiveYears(progress);
  return { trips: demo.trips };
}

class RentalDemo {
  private readonly rng = seededRng(77);
  private readonly sqlite: Db['$client'];
  private readonly branch: ReturnType<typeof currentBranch>;
  private readonly now = Date.now();
  private readonly today: string;
  private readonly entities: Entity[];
  private readonly companies: string[];
  private readonly persons: string[];
  private readonly kinds: Kind[] = [];
  private readonly staff: Driver[] = [];
  private readonly thirdParty: Driver[] = [];
  private readonly plates = new Set<string>();
  private readonly midnights = new Map<string, number>();
  private readonly write: ReturnType<typeof writers>;
  private numbers!: Record<'deal' | 'invoice', ReturnType<typeof numberSeries>>;
  private pastTurn = 0;
  private futureTurn = 0;
  readonly ready: boolean;
  trips = 0;

  constructor(private readonly db: Db, private readonly scale: Scale) {
    this.sqlite = db.$client;
    this.branch = currentBranch(db);
    this.today = wallTime(new Date(this.now), this.branch.timeZone).date;
    this.entities = this.sqlite.prepare('SELECT id, vat_mode AS vatMode, vat_rate_bp AS vatRateBp FROM legal_entities WHERE deleted_at IS NULL ORDER BY is_default DESC').all() as Entity[];
    // Rentals are mostly business to business; regulars come back again and again.
    this.companies = this.sqlite.prepare("SELECT id FROM customers WHERE kind = 'company' AND is_supplier = 0 AND deleted_at IS NULL ORDER BY rowid LIMIT 3000").pluck().all() as string[];
    this.persons = this.sqlite.prepare("SELECT id FROM customers WHERE kind = 'person' AND deleted_at IS NULL ORDER BY rowid LIMIT 3000").pluck().all() as string[];
    this.write = writers(db);
    this.ready = this.entities.length > 0 && this.companies.length > 0;
    if (this.ready) this.sqlite.transaction(() => this.makeFleet())();
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rng() * list.length)];
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.rng() * (max - min + 1));
  }

  private phone(): string {
    return `+7${this.pick(mobileCodes)}${String(this.int(0, 9_999_999)).padStart(7, '0')}`;
  }

  private manName(): string {
    return `${this.pick(SURNAMES)} ${this.pick(MALE_NAMES)} ${this.pick(PATRONYMICS)[0]}`;
  }

  private plate(): string {
    const letter = () => this.pick(plateLetters);
    let p: string;
    do p = `${letter()}${String(this.int(1, 999)).padStart(3, '0')}${letter()}${letter()}${this.pick(plateRegions)}`;
    while (this.plates.has(p));
    this.plates.add(p);
    return p;
  }

  /** Local midnight of a date as ms (whole hours from it: exact for Moscow, which has no daylight saving). */
  private midnight(date: string): number {
    let t = this.midnights.get(date);
    if (t === undefined) this.midnights.set(date, (t = instantAt(date, 0, this.branch.timeZone).getTime()));
    return t;
  }

  /** Equipment suppliers, machine types with own and suppliers' machines, staff and third-party drivers. */
  private makeFleet() {
    const db = this.db;
    const big = this.scale === 'small' ? 0 : 1;
    const supplierIds = suppliers.map(([name, inn, kpp, tel]) => {
      const row = insertRow(db, customers, { kind: 'company', name, phones: [tel], email: null, messengers: [], consentToMessages: false, inn, kpp, discountPct: 0, notes: 'Поставщик спецтехники', isSupplier: true });
      refreshSearchDoc(db, row.id);
      return row.id;
    });
    let hiredCount = 0;
    for (const spec of fleet) {
      const kind: Kind = { id: insertRow(db, machineTypes, { name: spec.name }).id, spec, own: [], hired: [] };
      const add = (own: boolean, model: Model) => {
        const [name, capacityKg, rub, minHours, perKm] = model;
        const supplierId = own ? null : supplierIds[hiredCount++ % supplierIds.length];
        const row = insertRow(db, machines, {
          typeId: kind.id, model: name, capacityKg, plate: this.plate(), ownership: own ? 'own' : 'supplier', supplierId,
          hourlyRateMinor: rub * 100, minHoursX100: minHours * 100, ratePerKmMinor: perKm * 100, supplierCostPerHourMinor: own ? null : Math.round(rub * 0.8) * 100, active: true,
        });
        (own ? kind.own : kind.hired).push({
          id: row.id, model: name, plate: row.plate, rateMinor: row.hourlyRateMinor, minHoursX100: row.minHoursX100, ratePerKmMinor: row.ratePerKmMinor,
          supplierId, costMinor: row.supplierCostPerHourMinor, supplyDriver: this.manName(), meter: spec.meter,
          reading: spec.meter === 'odometer' ? this.int(20_000, 250_000) : this.int(500, 8000) * 100, busy: [],
        });
      };
      const n = spec.models.length;
      for (let i = 0; i < spec.own[big]; i++) add(true, spec.models[i % n]);
      // Suppliers have the big ones: theirs are drawn from the end of the list.
      for (let i = 0; i < spec.hired[big]; i++) add(false, spec.models[n - 1 - (i % n)]);
      this.kinds.push(kind);
    }
    const counts = driverCounts[this.scale];
    for (let i = 0; i < counts.staff + counts.thirdParty; i++) {
      const thirdParty = i >= counts.staff;
      const name = this.manName();
      const costPerHourMinor = (thirdParty ? this.int(80, 110) : this.int(45, 65)) * 1000;
      const employeeId = thirdParty ? null : insertRow(db, employees, { branchId: this.branch.id, name, role: 'driver', phone: this.phone(), hourlyCostMinor: costPerHourMinor, active: true }).id;
      const row = insertRow(db, drivers, { name, phone: this.phone(), employeeId, thirdParty, supplierId: null, costPerHourMinor, active: true });
      (thirdParty ? this.thirdParty : this.staff).push({ id: row.id, busy: [] });
    }
  }

  /** Deals and invoices are numbered within each batch's transaction. */
  private batch(run: () => void) {
    this.sqlite.transaction(() => {
      this.numbers = { deal: numberSeries(this.db, 'rental_deal'), invoice: numberSeries(this.db, 'invoice') };
      run();
      this.numbers.deal.close();
      this.numbers.invoice.close();
    })();
  }

  private request(date: string, kind: Kind, startMinute = this.pick(kind.spec.starts)): Request {
    const { hours, km } = kind.spec;
    return { date, kind, startMinute, hoursX100: this.int(hours[0] * 2, hours[1] * 2) * 50, km: this.rng() < 0.3 ? 0 : this.int(km[0] / 5, km[1] / 5) * 5 };
  }

  private kind(name: string): Kind {
    return this.kinds.find((k) => k.spec.name === name)!;
  }

  aroundToday() {
    this.batch(() => {
      for (const plan of smallDeals) this.deal(plan.map(([day, name]) => this.request(nextDate(this.today, day), this.kind(name), 480 + (day % 3) * 60)));
    });
  }

  /** Five years of a growing firm, then the weeks already booked ahead (fewer the further out). */
  fiveYears(progress?: (done: number, total: number) => void) {
    const weights = this.kinds.map((k) => k.own.length + k.hired.length);
    const total = weights.reduce((s, w) => s + w, 0);
    const pickKind = () => {
      let x = this.rng() * total;
      for (let i = 0; i < this.kinds.length; i++) if ((x -= weights[i]) < 0) return this.kinds[i];
      return this.kinds[this.kinds.length - 1];
    };
    const resources = [...this.staff, ...this.thirdParty, ...this.kinds.flatMap((k) => [...k.own, ...k.hired])];
    const first = nextDate(this.today, -HISTORY_DAYS);
    const days = HISTORY_DAYS + AHEAD_DAYS;
    for (let from = 0; from < days; from += 30) {
      this.batch(() => {
        for (let day = from; day < Math.min(from + 30, days); day++) {
          const date = nextDate(first, day);
          const before = this.midnight(date) - 24 * HOUR;
          for (const r of resources) r.busy = heldAfter(r.busy, before);
          for (let n = this.dealsOn(date, day); n > 0; n--) {
            const kind = pickKind();
            const main = this.request(date, kind);
            const roll = this.rng();
            if (roll < 0.6) this.deal([main]);
            else if (roll < 0.85 || !crews[kind.spec.name]) this.deal(this.daysInARow(main));
            else this.deal([main, ...crews[kind.spec.name].map((name) => this.request(date, this.kind(name), main.startMinute))]);
          }
        }
      });
      progress?.(Math.min(from + 30, days), days);
    }
  }

  private dealsOn(date: string, day: number): number {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    const growth = 0.6 + 0.4 * Math.min(1, day / HISTORY_DAYS);
    const booked = day > HISTORY_DAYS ? Math.max(0, 1 - (day - HISTORY_DAYS) / AHEAD_DAYS) : 1;
    const x = 60 * growth * booked * (weekday === 0 ? 0.15 : weekday === 6 ? 0.5 : 1) * (0.85 + 0.3 * this.rng());
    return Math.floor(x) + (this.rng() < x % 1 ? 1 : 0);
  }

  /** One machine for two to five days in a row at the same hours, Sundays off. */
  private daysInARow(main: Request): Request[] {
    const requests = [main];
    for (let k = this.int(1, 4), next = main.date; k > 0; k--) {
      next = nextDate(next);
      if (new Date(`${next}T12:00:00Z`).getUTCDay() === 0) next = nextDate(next);
      requests.push({ ...main, date: next });
    }
    return requests;
  }

  /** Plans one deal from its requested items, then writes it with all that follows from its outcome. */
  private deal(requests: Request[]) {
    const past = requests.map((r) => r.date < this.today);
    let outcome: Outcome = past.every(Boolean) ? pastOutcomes[this.pastTurn++ % pastOutcomes.length] : past.some(Boolean) ? 'in_work' : futureOutcomes[this.futureTurn++ % futureOutcomes.length];
    if (outcome === 'completed' && requests[requests.length - 1].date < nextDate(this.today, -30)) outcome = 'closed';
    // Within a deal the same machine and driver come back day after day when they are free.
    const previous: { machine?: Machine; driver?: Driver } = {};
    let items = requests.map((r, n) => this.planItem(r, outcome, past[n], n === requests.length - 1, previous));
    let lostReason = outcome === 'lost' ? this.pick(lostReasons) : null;
    if (items.every((i) => !i)) {
      outcome = 'lost';
      lostReason = noMachineReason;
      items = requests.map((r) => this.planItem(r, 'lost', false, false, previous));
    }
    const firstStart = this.midnight(requests[0].date) + requests[0].startMinute * MINUTE;
    const createdAt = Math.min(firstStart - this.int(1, 7) * 24 * HOUR - this.int(0, 8) * HOUR, this.now - this.int(1, 72) * HOUR);
    const customerId = this.rng() < 0.85 || !this.persons.length ? this.companies[Math.floor(this.rng() ** 2 * this.companies.length)] : this.pick(this.persons);
    const entity = this.entities[this.rng() < 0.75 ? 0 : this.entities.length - 1];
    const deal: Deal = {
      id: this.write.deal({
        createdAt: iso(createdAt), branchId: this.branch.id, number: this.numbers.deal.next(), customerId, contactName: `${this.pick(MALE_NAMES)} ${this.pick(SURNAMES)}, прораб`,
        contactPhone: this.phone(), siteAddress: `${this.pick(sites)} ${this.int(1, 120)}`, legalEntityId: entity.id, stage: outcome, lostReason,
        notes: this.rng() < 0.2 ? this.pick(dealNotes) : null, leadId: null,
      }),
      customerId,
      entity,
    };
    const prepayment: InvoiceLine[] = [];
    const lastTrip = items.filter((i) => i?.trip).pop();
    for (const item of items) {
      if (!item) continue;
      const row = this.writeItem(deal, item, createdAt, outcome === 'in_work' || (outcome === 'completed' && item === lastTrip));
      if (outcome === 'lost' || outcome === 'new' || outcome === 'proposal') continue;
      prepayment.push(...prepaymentLines(row.title, item.date, row));
    }
    if (prepayment.length) this.invoice(deal, 'prepayment', prepayment, createdAt + HOUR, outcome === 'agreed' ? null : Math.min(createdAt + this.int(2, 20) * HOUR, this.now - MINUTE));
  }

  /** An item's status, machine and driver (own when free, else a supplier's machine with their driver); undefined when nobody is free. */
  private planItem(r: Request, outcome: Outcome, past: boolean, last: boolean, previous: { machine?: Machine; driver?: Driver }): Planned | undefined {
    const start = this.midnight(r.date) + r.startMinute * MINUTE;
    const end = start + (r.hoursX100 / 100) * HOUR;
    const status = outcome === 'lost' ? 'cancelled' : past ? 'done' : outcome === 'booked' || outcome === 'in_work' ? 'confirmed' : 'draft';
    const item: Planned = { ...r, start, end, status, supply: false };
    if (outcome === 'lost' || outcome === 'new') return item;
    if (status === 'done') {
      // A start a little late, then an early finish or overtime (always on the last trip of a
      // deal left "completed"); km about as ordered.
      const overtime = (last && outcome === 'completed') || this.rng() < 0.2;
      const km = r.km && Math.max(0, r.km + (this.rng() < 0.15 ? this.int(1, 8) * 5 : -this.int(0, 10)));
      item.trip = { start: start + this.int(0, 3) * 5 * MINUTE, end: overtime ? end + this.int(1, 6) * 30 * MINUTE : end - this.int(0, 4) * 15 * MINUTE, km };
    }
    const from = Math.min(start, item.trip?.start ?? start);
    const to = Math.max(end, item.trip?.end ?? end);
    const machine = this.firstFree(r.kind.own, from, to, previous.machine);
    const driver = machine && (this.firstFree(this.staff, from, to, previous.driver) ?? this.firstFree(this.thirdParty, from, to, previous.driver));
    if (machine && driver) {
      Object.assign(previous, { machine, driver });
      machine.busy.push(from, to);
      driver.busy.push(from, to);
      return Object.assign(item, { machine, driver });
    }
    const hired = this.firstFree(r.kind.hired, from, to);
    if (!hired) return undefined;
    hired.busy.push(from, to);
    return Object.assign(item, { machine: hired, supply: true });
  }

  /** The preferred one if it is free, else the first free one from a random place in the list. */
  private firstFree<R extends { busy: number[] }>(list: R[], start: number, end: number, prefer?: R): R | undefined {
    if (prefer && list.includes(prefer) && isFree(prefer.busy, start, end)) return prefer;
    const from = Math.floor(this.rng() * list.length);
    for (let k = 0; k < list.length; k++) {
      const r = list[(from + k) % list.length];
      if (isFree(r.busy, start, end)) return r;
    }
    return undefined;
  }

  /** The item row, and for a done trip its waybill and, past what was paid, the overtime invoice. */
  private writeItem(deal: Deal, item: Planned, createdAt: number, overtimeUnpaid: boolean) {
    const m = item.machine;
    const [, , typicalRub, typicalMinHours, typicalPerKm] = item.kind.spec.models[0];
    const row = {
      id: newId(), createdAt: iso(createdAt), dealId: deal.id, machineTypeId: item.kind.id, machineId: m && !item.supply ? m.id : null, driverId: item.driver?.id ?? null,
      startAt: iso(item.start), endAt: iso(item.end), rateMinor: m?.rateMinor ?? typicalRub * 100, minHoursX100: m?.minHoursX100 ?? typicalMinHours * 100,
      orderedHoursX100: item.hoursX100, orderedKm: item.km, ratePerKmMinor: m?.ratePerKmMinor ?? typicalPerKm * 100, status: item.status, supply: item.supply,
      supplierId: m?.supplierId ?? null, supplierCostPerHourMinor: m?.costMinor ?? null, supplyPlate: item.supply ? m!.plate : null, supplyDriverName: item.supply ? m!.supplyDriver : null,
      notes: this.pick(item.kind.spec.jobs), overtimeInvoiceId: null as string | null,
    };
    // As the app titles an item: type, model, plate (a supplier's machine by its plate only).
    const title = [item.kind.spec.name, item.supply ? undefined : m?.model, m?.plate].filter(Boolean).join(' ');
    const trip = item.trip;
    if (!trip) {
      this.write.item(row);
      return { ...row, title };
    }
    const downtimeHoursX100 = this.rng() < 0.1 ? this.int(1, 4) * 25 : 0;
    const billable = billableHoursX100(workedHoursX100(iso(trip.start), iso(trip.end), downtimeHoursX100), row.minHoursX100);
    const extra = overtimeOf({ billableHoursX100: billable, km: trip.km }, row);
    const writtenAt = Math.min(trip.end + this.int(1, 20) * HOUR, this.now - MINUTE);
    if (extra.totalMinor > 0) row.overtimeInvoiceId = newId();
    this.write.item(row);
    const meter = item.supply ? undefined : m;
    const reading = meter?.reading ?? 0;
    if (meter) meter.reading += meter.meter === 'odometer' ? trip.km + this.int(5, 40) : Math.round((trip.end - trip.start) / HOUR) * 100;
    const odometer = meter?.meter === 'odometer';
    const engine = meter?.meter === 'engine';
    this.write.waybill({
      createdAt: iso(writtenAt), itemId: row.id, actualStartAt: iso(trip.start), actualEndAt: iso(trip.end), downtimeHoursX100, km: trip.km,
      odometerStart: odometer ? reading : null, odometerEnd: odometer ? meter.reading : null,
      engineHoursStartX100: engine ? reading : null, engineHoursEndX100: engine ? meter.reading : null, billableHoursX100: billable,
    });
    if (row.overtimeInvoiceId) {
      const lines = overtimeLines(title, extra, row);
      this.invoice(deal, 'postpayment', lines, writtenAt, overtimeUnpaid ? null : Math.min(writtenAt + this.int(2, 10) * 24 * HOUR, this.now - MINUTE), row.id, row.overtimeInvoiceId);
    }
    this.trips++;
    return { ...row, title };
  }

  /** An invoice with its lines (VAT as the legal entity charges it) and, when paid, its payment in full. */
  private invoice(deal: Deal, kind: 'prepayment' | 'postpayment', lines: InvoiceLine[], at: number, paidAt: number | null, rentalItemId: string | null = null, id?: string) {
    const { vatMinor, totalMinor } = vatOf(lines.reduce((s, l) => s + l.amountMinor, 0), deal.entity.vatMode, deal.entity.vatRateBp);
    const createdAt = iso(at);
    const invoiceId = this.write.invoice({
      id, createdAt, branchId: this.branch.id, number: this.numbers.invoice.next(), kind, legalEntityId: deal.entity.id, payerId: deal.customerId, workOrderId: null,
      dealId: deal.id, rentalItemId, date: wallTime(new Date(at), this.branch.timeZone).date, dueDate: null, totalMinor, vatMode: deal.entity.vatMode, vatRateBp: deal.entity.vatRateBp, vatMinor, cancelledAt: null,
    });
    lines.forEach((l, position) => this.write.line({ createdAt, invoiceId, ...l, position }));
    if (paidAt === null) return;
    const method = this.pick(['bank_transfer', 'bank_transfer', 'bank_transfer', 'sbp', 'card'] as const);
    this.write.payment({ createdAt: iso(paidAt), branchId: this.branch.id, kind: 'payment', method, amountMinor: totalMinor, payerId: deal.customerId, workOrderId: null, invoiceId, at: iso(paidAt), note: null });
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

import { beforeAll, describe, expect, it } from 'vitest';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import {
  demoLegalEntities, generateCustomers, seededRng, type DemoCustomer, type DemoVehicle,
} from '../../src-main/demo/generate';
import {
  completeInn10, completeInn12, completeOgrn, completeOgrnip, isValidBankAccount, isValidCorrAccount,
  isValidInn, isValidOgrn, vinCheckDigit,
} from '../../src-main/demo/checksums';
import { MODELS } from '../../src-main/demo/names';
import { fillDemo } from '../../src-main/demo/fill';
import { dealStages } from '../../src-main/rentals/schema';
import { wallTime, nextDate } from '../../src-main/scheduler/zoned-time';
import { tempBackend } from '../api/backend';

const NOW = new Date('2026-03-15T12:00:00Z');
const TEN_YEARS_AGO = new Date('2016-03-15T12:00:00Z');

function take(count: number, opts: Parameters<typeof generateCustomers>[1] = {}): DemoCustomer[] {
  return [...generateCustomers(count, { now: NOW, ...opts })];
}

const sample = take(20_000, { seed: 7 });
const persons = sample.filter((c) => c.kind === 'person');
const companies = sample.filter((c) => c.kind === 'company');
const vehicles: DemoVehicle[] = sample.flatMap((c) => c.vehicles);

function share<T>(items: T[], pred: (x: T) => boolean): number {
  return items.filter(pred).length / items.length;
}

// Written independently of src-main/demo/checksums.ts so the generator is not only checked
// against itself.
function independentInnOk(inn: string): boolean {
  const d = [...inn].map(Number);
  const check = (w: number[]) => (w.reduce((s, wi, i) => s + wi * d[i], 0) % 11) % 10;
  if (inn.length === 10) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  if (inn.length === 12) {
    return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
  }
  return false;
}

function independentOgrnOk(ogrn: string): boolean {
  if (ogrn.length === 13) return Number(BigInt(ogrn.slice(0, 12)) % 11n % 10n) === Number(ogrn[12]);
  if (ogrn.length === 15) return Number(BigInt(ogrn.slice(0, 14)) % 13n % 10n) === Number(ogrn[14]);
  return false;
}

function independentKeyOk(digits23: string): boolean {
  return [...digits23].reduce((s, ch, i) => s + Number(ch) * [7, 1, 3][i % 3], 0) % 10 === 0;
}

describe('seededRng', () => {
  it('is deterministic and stays in [0, 1)', () => {
    const a = seededRng(123);
    const b = seededRng(123);
    for (let i = 0; i < 10_000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(seededRng(124)()).not.toBe(seededRng(123)());
  });
});

describe('check-digit helpers', () => {
  it('accept real published identifiers', () => {
    // ПАО Сбербанк's own requisites, which are public.
    expect(isValidInn('7707083893')).toBe(true);
    expect(isValidOgrn('1027700132195')).toBe(true);
    expect(isValidCorrAccount('044525225', '30101810400000000225')).toBe(true);
    expect(isValidInn('500100732259')).toBe(true);
  });

  it('reject a single changed digit', () => {
    expect(isValidInn('7707083894')).toBe(false);
    expect(isValidInn('500100732258')).toBe(false);
    expect(isValidOgrn('1027700132196')).toBe(false);
    expect(isValidCorrAccount('044525225', '30101810500000000225')).toBe(false);
    expect(isValidBankAccount('044525225', '40702810538000145228')).toBe(false);
  });

  it('complete* agrees with the independent implementation', () => {
    const rng = seededRng(99);
    const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');
    for (let i = 0; i < 500; i++) {
      expect(independentInnOk(completeInn10(digits(9)))).toBe(true);
      expect(independentInnOk(completeInn12(digits(10)))).toBe(true);
      expect(independentOgrnOk(completeOgrn('1' + digits(11)))).toBe(true);
      expect(independentOgrnOk(completeOgrnip('3' + digits(13)))).toBe(true);
    }
  });

  it('computes the ISO 3779 check digit', () => {
    // The textbook example VIN.
    expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X');
    expect(vinCheckDigit('11111111111111111')).toBe('1');
  });
});

describe('generateCustomers', () => {
  it('is deterministic for a given seed and now', () => {
    const a = take(2000, { seed: 42 });
    const b = take(2000, { seed: 42 });
    expect(a).toEqual(b);
    const c = take(200, { seed: 43 });
    expect(c.map((x) => x.name)).not.toEqual(a.slice(0, 200).map((x) => x.name));
  });

  it('is lazy and yields exactly count customers', () => {
    expect(take(0)).toEqual([]);
    expect(take(1)).toHaveLength(1);
    const gen = generateCustomers(1_000_000_000, { now: NOW });
    expect(gen.next().done).toBe(false);
    expect(() => generateCustomers(-1, {})).toThrow(RangeError);
    expect(() => generateCustomers(10, { vehiclesPerCustomer: -1 })).toThrow(RangeError);
  });

  it('mixes persons and companies in roughly the right proportions', () => {
    expect(sample).toHaveLength(20_000);
    expect(share(sample, (c) => c.kind === 'company')).toBeGreaterThan(0.09);
    expect(share(sample, (c) => c.kind === 'company')).toBeLessThan(0.15);
    expect(share(sample, (c) => c.email !== undefined)).toBeGreaterThan(0.35);
    expect(share(sample, (c) => c.email !== undefined)).toBeLessThan(0.45);
    expect(share(sample, (c) => c.notes !== undefined)).toBeGreaterThan(0.07);
    expect(share(sample, (c) => c.notes !== undefined)).toBeLessThan(0.13);
    expect(share(sample, (c) => c.messengers.length > 0)).toBeGreaterThan(0.25);
    expect(share(sample, (c) => c.messengers.length > 0)).toBeLessThan(0.35);
    expect(share(persons, (c) => c.inn !== undefined)).toBeGreaterThan(0.08);
    expect(share(persons, (c) => c.inn !== undefined)).toBeLessThan(0.12);
    expect(share(sample, (c) => c.discountPct === 0)).toBeGreaterThan(0.75);
    expect(new Set(sample.map((c) => c.discountPct))).toEqual(new Set([0, 3, 5, 10]));
    expect(share(sample, (c) => c.consentToMessages)).toBeGreaterThan(0.6);
  });

  it('gives persons gender-consistent full names', () => {
    for (const c of persons) {
      const parts = c.name.split(' ');
      expect(parts).toHaveLength(3);
      const [surname, , patronymic] = parts;
      const female = /(вна|чна)$/.test(patronymic);
      expect(female || /(вич|ич)$/.test(patronymic), c.name).toBe(true);
      if (female) expect(surname, c.name).not.toMatch(/(ов|ев|ёв|ин|ский|цкий|ой)$/);
      else expect(surname, c.name).not.toMatch(/(ова|ева|ёва|ина|ская|цкая|ая)$/);
    }
  });

  it('gives companies valid ИНН and КПП', () => {
    for (const c of companies) {
      expect(c.inn, c.name).toBeDefined();
      expect(independentInnOk(c.inn!), c.inn).toBe(true);
      if (c.name.startsWith('ИП ')) {
        expect(c.name).toMatch(/^ИП [А-ЯЁ][а-яё]+ [А-ЯЁ]\. [А-ЯЁ]\.$/);
        expect(c.inn).toHaveLength(12);
        expect(c.kpp).toBeUndefined();
      } else {
        expect(c.name).toMatch(/^(ООО|АО) "[^"]+"$/);
        expect(c.inn).toHaveLength(10);
        expect(c.kpp).toMatch(/^\d{9}$/);
        expect(c.kpp!.slice(0, 4)).toBe(c.inn!.slice(0, 4));
      }
    }
    for (const c of persons) if (c.inn) expect(independentInnOk(c.inn) && c.inn.length === 12, c.inn).toBe(true);
    const inns = sample.flatMap((c) => (c.inn ? [c.inn] : []));
    expect(new Set(inns).size).toBe(inns.length);
  });

  it('writes 1–3 valid, unique Russian mobile numbers in mixed formats', () => {
    const seen = new Set<string>();
    let total = 0;
    const shapes = new Set<string>();
    for (const c of sample) {
      expect(c.phones.length).toBeGreaterThanOrEqual(1);
      expect(c.phones.length).toBeLessThanOrEqual(3);
      for (const p of c.phones) {
        expect(p).toMatch(/^(\+7|8)[ (-]*9\d\d[) -]*\d{3}[ -]?\d\d[ -]?\d\d$/);
        shapes.add(p.replace(/\d/g, '0'));
        // What fill.ts does with it must succeed.
        const parsed = parsePhoneNumberFromString(p, 'RU');
        expect(parsed?.isValid(), p).toBe(true);
        seen.add(parsed!.number);
        total++;
      }
    }
    expect(seen.size).toBe(total);
    expect(shapes.size).toBeGreaterThanOrEqual(5);
    // The full metadata is stricter about number ranges than the default bundle.
    for (const c of sample.slice(0, 3000)) for (const p of c.phones) expect(isValidPhoneNumber(p, 'RU'), p).toBe(true);
  });

  it('uses well-formed emails and messenger handles', () => {
    for (const c of sample) {
      if (c.email) expect(c.email).toMatch(/^[a-z0-9._-]+@(mail\.ru|yandex\.ru|gmail\.com)$/);
      for (const m of c.messengers) {
        if (m.kind === 'telegram') expect(m.handle).toMatch(/^@[a-z][a-z0-9_]{4,31}$/);
        else expect(m.handle).toMatch(/^\+79\d{9}$/);
      }
    }
  });

  it('averages about 1.4 vehicles per customer with fleets for companies', () => {
    expect(vehicles.length / sample.length).toBeGreaterThan(1.35);
    expect(vehicles.length / sample.length).toBeLessThan(1.45);
    for (const c of persons) expect(c.vehicles.length).toBeGreaterThanOrEqual(1);
    for (const c of persons) expect(c.vehicles.length).toBeLessThanOrEqual(3);
    for (const c of companies) expect(c.vehicles.length).toBeGreaterThanOrEqual(1);
    for (const c of companies) expect(c.vehicles.length).toBeLessThanOrEqual(8);
    expect(share(persons, (c) => c.vehicles.length === 1)).toBeGreaterThan(0.75);
    expect(companies.some((c) => c.vehicles.length >= 6)).toBe(true);
  });

  it('hits other vehicle averages', () => {
    for (const target of [0.5, 1, 2, 3.5]) {
      const cs = take(10_000, { seed: 3, vehiclesPerCustomer: target });
      const avg = cs.reduce((s, c) => s + c.vehicles.length, 0) / cs.length;
      expect(Math.abs(avg - target), `target ${target}`).toBeLessThan(target * 0.05);
    }
    expect(take(100, { vehiclesPerCustomer: 0 }).every((c) => c.vehicles.length === 0)).toBe(true);
  });

  it('issues valid, unique plates to about 95% of vehicles', () => {
    const plates = vehicles.flatMap((v) => (v.plate ? [v.plate] : []));
    expect(plates.length / vehicles.length).toBeGreaterThan(0.93);
    expect(plates.length / vehicles.length).toBeLessThan(0.97);
    for (const p of plates) {
      expect(p).toMatch(/^[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}\d{2,3}$/);
      expect(p.slice(1, 4)).not.toBe('000');
    }
    expect(new Set(plates).size).toBe(plates.length);
  });

  it('issues valid, unique VINs matching the make to about 85% of vehicles', () => {
    const wmiByMake = new Map<string, Set<string>>();
    for (const m of MODELS) {
      if (!wmiByMake.has(m.make)) wmiByMake.set(m.make, new Set());
      wmiByMake.get(m.make)!.add(m.wmi);
    }
    const vins = vehicles.flatMap((v) => (v.vin ? [v.vin] : []));
    expect(vins.length / vehicles.length).toBeGreaterThan(0.82);
    expect(vins.length / vehicles.length).toBeLessThan(0.88);
    for (const v of vehicles) {
      if (!v.vin) continue;
      expect(v.vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
      expect(wmiByMake.get(v.make)!.has(v.vin.slice(0, 3)), `${v.make} ${v.vin}`).toBe(true);
    }
    expect(new Set(vins).size).toBe(vins.length);
    expect(vehicles.find((v) => v.make === 'Lada' && v.vin)!.vin!.startsWith('XTA')).toBe(true);
    // Where the catalogue says position 9 is a check digit, it must be right.
    for (const v of vehicles) {
      if (v.vin && /^(JT|KM|LV|XWE)/.test(v.vin)) expect(v.vin[8], v.vin).toBe(vinCheckDigit(v.vin));
    }
  });

  it('gives vehicles plausible makes, years, colours and mileage', () => {
    const makes = new Map<string, number>();
    for (const v of vehicles) makes.set(v.make, (makes.get(v.make) ?? 0) + 1);
    expect([...makes.entries()].sort((a, b) => b[1] - a[1])[0][0]).toBe('Lada');
    expect(makes.size).toBeGreaterThanOrEqual(14);
    for (const v of vehicles) {
      const spec = MODELS.find((m) => m.make === v.make && m.model === v.model);
      expect(spec, `${v.make} ${v.model}`).toBeDefined();
      if (v.year !== undefined) {
        expect(v.year).toBeGreaterThanOrEqual(Math.max(2005, spec!.from));
        expect(v.year).toBeLessThanOrEqual(Math.min(2026, spec!.to));
      }
      if (v.colour !== undefined) expect(v.colour).toMatch(/^[а-яё-]+$/);
      if (v.mileage !== undefined) {
        expect(v.mileage).toBeGreaterThan(0);
        if (v.year !== undefined) expect(v.mileage).toBeLessThanOrEqual((2027 - v.year) * 60_000);
      }
    }
    expect(share(vehicles, (v) => v.year !== undefined)).toBeGreaterThan(0.95);
    // Fleets are dominated by vans and taxis.
    const fleetGaz = share(companies.flatMap((c) => c.vehicles), (v) => v.make === 'GAZ');
    const personGaz = share(persons.flatMap((c) => c.vehicles), (v) => v.make === 'GAZ');
    expect(fleetGaz).toBeGreaterThan(personGaz * 5);
  });

  it('spreads createdAt over the last ten years, never decreasing', () => {
    expect(sample[0].createdAt.getTime()).toBeGreaterThanOrEqual(TEN_YEARS_AGO.getTime());
    expect(sample[0].createdAt.getTime()).toBeLessThan(new Date('2016-06-01').getTime());
    expect(sample.at(-1)!.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(sample.at(-1)!.createdAt.getTime()).toBeGreaterThan(new Date('2026-02-01').getTime());
    for (let i = 1; i < sample.length; i++) {
      expect(sample[i].createdAt.getTime()).toBeGreaterThanOrEqual(sample[i - 1].createdAt.getTime());
    }
    const inFirstYear = share(sample, (c) => c.createdAt < new Date('2017-03-15'));
    const inLastYear = share(sample, (c) => c.createdAt >= new Date('2025-03-15'));
    expect(inLastYear).toBeGreaterThan(inFirstYear);
  });

  // A guard against an accidental quadratic, not a benchmark: CI shares two cores with the
  // other test files, so the bound is generous (about 0.5–1 s when the machine is idle).
  it('generates 100,000 customers without slowing down', () => {
    const started = performance.now();
    let count = 0;
    let cars = 0;
    for (const c of generateCustomers(100_000, { seed: 1, now: NOW })) {
      count++;
      cars += c.vehicles.length;
    }
    const elapsed = performance.now() - started;
    expect(count).toBe(100_000);
    expect(cars).toBeGreaterThan(130_000);
    expect(elapsed).toBeLessThan(15000);
  });
});

describe('demoLegalEntities', () => {
  const entities = demoLegalEntities();

  it('has a VAT-paying company (default) and a simplified-tax ИП', () => {
    expect(entities).toHaveLength(2);
    expect(entities.filter((e) => e.isDefault)).toHaveLength(1);
    const [company, ip] = entities;
    expect(company).toMatchObject({ name: 'ООО "Гараж Деск Сервис"', vatMode: 'on_top', vatRateBp: 2200, isDefault: true });
    expect(company.inn).toHaveLength(10);
    expect(company.ogrn).toHaveLength(13);
    expect(company.kpp).toMatch(/^\d{9}$/);
    expect(ip.name).toMatch(/^ИП /);
    expect(ip).toMatchObject({ vatMode: 'none', vatRateBp: 0, kpp: null, isDefault: false });
    expect(ip.inn).toHaveLength(12);
    expect(ip.ogrn).toHaveLength(15);
  });

  it('has valid check digits in every identifier', () => {
    for (const e of entities) {
      expect(independentInnOk(e.inn), e.inn).toBe(true);
      expect(independentOgrnOk(e.ogrn), e.ogrn).toBe(true);
      expect(e.bic).toMatch(/^04\d{7}$/);
      expect(independentKeyOk(e.bic.slice(-3) + e.bankAccount), e.bankAccount).toBe(true);
      expect(independentKeyOk('0' + e.bic.slice(4, 6) + e.corrAccount), e.corrAccount).toBe(true);
      expect(isValidBankAccount(e.bic, e.bankAccount)).toBe(true);
      expect(isValidCorrAccount(e.bic, e.corrAccount)).toBe(true);
      expect(e.corrAccount.endsWith(e.bic.slice(-3))).toBe(true);
      if (e.kpp) expect(e.kpp.slice(0, 4)).toBe(e.inn.slice(0, 4));
    }
  });

  it('matches the banks’ published correspondent accounts', () => {
    expect(entities.find((e) => e.bic === '044525225')!.corrAccount).toBe('30101810400000000225');
    expect(entities.find((e) => e.bic === '044525593')!.corrAccount).toBe('30101810200000000593');
  });

  it('returns fresh objects each call', () => {
    const again = demoLegalEntities();
    expect(again).toEqual(entities);
    again[0].name = 'x';
    expect(demoLegalEntities()[0].name).toBe('ООО "Гараж Деск Сервис"');
  });
});

describe('the small demo\'s equipment rental', () => {
  let b: Awaited<ReturnType<typeof tempBackend>>;
  let today: string;
  const rows = <T>(sql: string, ...params: unknown[]) => b.db.$client.prepare(sql).all(...params) as T[];
  const count = (sql: string, ...params: unknown[]) => b.db.$client.prepare(sql).pluck().get(...params) as number;

  beforeAll(async () => {
    b = await tempBackend();
    fillDemo(b.db, 'small');
    today = wallTime(new Date(), b.ok('branches.current', {}).timeZone).date;
  }, 120_000);

  it('has a small fleet: own machines and suppliers\' ones, staff and third-party drivers', () => {
    expect(count("SELECT count(*) FROM machines WHERE ownership = 'own'")).toBe(8);
    expect(count("SELECT count(*) FROM machines m JOIN customers s ON s.id = m.supplier_id WHERE m.ownership = 'supplier' AND s.is_supplier = 1 AND m.supplier_cost_per_hour_minor > 0")).toBe(2);
    expect(count("SELECT count(*) FROM drivers d JOIN employees e ON e.id = d.employee_id WHERE e.role = 'driver' AND d.third_party = 0")).toBe(5);
    expect(count('SELECT count(*) FROM drivers WHERE third_party = 1 AND employee_id IS NULL AND cost_per_hour_minor > 0')).toBe(1);
    for (const m of b.ok('machines.list', {}).items) expect(m.plate).toMatch(/^[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}\d{2,3}$/);
  });

  it('has twenty deals in every stage, with items in every status, supply equipment, waybills and overtime invoices', () => {
    const stages = rows<{ stage: string; n: number }>('SELECT stage, count(*) AS n FROM rental_deals GROUP BY stage');
    expect(stages.reduce((s, r) => s + r.n, 0)).toBe(20);
    expect(stages.map((r) => r.stage).sort()).toEqual([...dealStages].sort());
    const statuses = rows<{ status: string }>('SELECT DISTINCT status FROM rental_items').map((r) => r.status);
    expect(statuses.sort()).toEqual(['cancelled', 'confirmed', 'done', 'draft']);
    expect(count("SELECT count(*) FROM rental_items WHERE supply = 1 AND status = 'done' AND supply_plate IS NOT NULL AND supply_driver_name IS NOT NULL AND machine_id IS NULL")).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM rental_items WHERE supply = 1 AND status = 'confirmed'")).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM rental_items i LEFT JOIN waybills w ON w.item_id = i.id WHERE (i.status = 'done') <> (w.id IS NOT NULL)")).toBe(0);
    expect(count("SELECT count(*) FROM rental_items i JOIN invoices v ON v.id = i.overtime_invoice_id WHERE v.kind = 'postpayment' AND v.rental_item_id = i.id")).toBeGreaterThan(0);
    // Past items are done, today's and later ones are not.
    expect(count("SELECT count(*) FROM rental_items i WHERE i.status = 'done' AND i.start_at >= ?", today)).toBe(0);
    expect(count("SELECT count(*) FROM rental_items WHERE status = 'confirmed' AND start_at >= ?", today)).toBeGreaterThan(0);
  });

  it('never lets two items hold one machine or one driver at once', () => {
    for (const column of ['machine_id', 'driver_id', 'supply_plate']) {
      const overlaps = count(`SELECT count(*) FROM rental_items a JOIN rental_items b ON a.${column} = b.${column} AND a.id < b.id
        WHERE a.status <> 'cancelled' AND b.status <> 'cancelled' AND a.start_at < b.end_at AND b.start_at < a.end_at`);
      expect(overlaps, column).toBe(0);
    }
  });

  it('has paid and unpaid invoices where the stage says so', () => {
    for (const deal of b.ok('deals.list', {}).items) {
      const view = b.ok('deals.get', { id: deal.id });
      const due = view.invoices.filter((i) => i.dueMinor > 0);
      if (view.stage === 'closed' || view.stage === 'booked') expect(due, view.number).toEqual([]);
      if (view.stage === 'completed') expect(due.map((i) => i.kind), view.number).toContain('postpayment');
      if (view.stage === 'agreed') expect(due.map((i) => i.kind), view.number).toEqual(['prepayment']);
      if (['new', 'proposal', 'lost'].includes(view.stage)) expect(view.invoices, view.number).toEqual([]);
      if (view.stage === 'lost') expect(view.lostReason, view.number).toBeTruthy();
    }
  });

  it('shows this week on the calendar and a busy crane on availability', () => {
    const week = { from: `${today}T00:00:00Z`, to: `${nextDate(today, 7)}T00:00:00Z` };
    expect(b.ok('rentals.calendar', week).events.length).toBeGreaterThan(5);
    const crane = b.ok('machineTypes.list', {}).items.find((t) => t.name === 'Автокран')!;
    const tomorrow = b.ok('rentals.availability', { typeId: crane.id, start: `${nextDate(today)}T09:00:00Z`, end: `${nextDate(today)}T10:00:00Z` });
    // Two own cranes, one booked tomorrow (the other is only proposed, the third crane wanted is hired).
    expect(tomorrow.machines.map((m) => m.free).sort()).toEqual([false, true]);
  });

  it('gives non-empty driver-payroll and plate reports for the last weeks', () => {
    const period = { from: nextDate(today, -30), to: today };
    const payroll = b.ok('reports.driverPayroll', period);
    expect(payroll.rows.length).toBeGreaterThan(5);
    expect(payroll.ownTotalMinor).toBeGreaterThan(0);
    const plates = b.ok('reports.plates', period);
    expect(plates.rows.length).toBeGreaterThan(3);
    expect(plates.rows.some((r) => r.supplier)).toBe(true);
    expect(plates.totalMinor).toBe(plates.rows.reduce((s, r) => s + r.totalMinor, 0));
  });
});

import { describe, it, expect, beforeEach } from 'vitest';
import { tempBackend, snapshot } from './backend';

type B = Awaited<ReturnType<typeof tempBackend>>;
let b: B;
beforeEach(async () => {
  b = await tempBackend();
});

const company = { kind: 'company' as const, name: 'ООО "Ромашка"', phones: ['8 (916) 123-45-67'], inn: '7707083893', kpp: '773601001' };
const person = { kind: 'person' as const, name: 'Иванов Сергей Петрович', phones: ['+7 903 555-12-34', '89261234567'], email: 'Ivanov@Mail.ru' };

describe('customers.create', () => {
  it('stores a company with normalised phones and returns its id', () => {
    const c = b.ok('customers.create', company);
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(c).toMatchObject({ kind: 'company', name: 'ООО "Ромашка"', phones: ['+79161234567'], inn: '7707083893', kpp: '773601001', deletedAt: null });
    expect(c.createdAt).toBe(c.updatedAt);
  });

  it('lower-cases the e-mail and keeps several phones in order, without duplicates', () => {
    const c = b.ok('customers.create', { ...person, phones: [...person.phones, '+79035551234'] });
    expect(c.phones).toEqual(['+79035551234', '+79261234567']);
    expect(c.email).toBe('ivanov@mail.ru');
  });

  it.each([
    ['an empty name', { ...company, name: '  ' }, 'name'],
    ['a phone that is not a number', { ...company, phones: ['12'] }, 'phones.0'],
    ['no phone at all', { ...company, phones: [] }, 'phones'],
    ['a wrong ИНН check digit', { ...company, inn: '7707083894' }, 'inn'],
    ['a malformed КПП', { ...company, kpp: '77AB' }, 'kpp'],
    ['a КПП on a person', { ...person, kpp: '773601001' }, 'kpp'],
    ['a company ИНН on a person', { ...person, inn: '7707083893' }, 'inn'],
    ['a bad e-mail', { ...person, email: 'not-an-email' }, 'email'],
    ['an unknown kind', { ...person, kind: 'robot' }, 'kind'],
    ['a discount over 100 %', { ...person, discountPct: 101 }, 'discountPct'],
  ])('refuses %s with a field error and writes nothing', (_label, input, field) => {
    const before = snapshot(b);
    const error = b.fail('customers.create', input);
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.[field]).toBeTruthy();
    expect(snapshot(b)).toBe(before);
  });

  it('answers in Russian when asked', () => {
    const error = b.fail('customers.create', { ...company, inn: '123' }, 'ru-RU');
    expect(error.message).toBe('Проверьте поля формы.');
    expect(error.fields?.inn).toMatch(/^ИНН: 10 цифр/);
    const en = b.fail('customers.create', { ...company, inn: '123' }, 'en-GB');
    expect(en.fields?.inn).toMatch(/^ИНН must be 10 digits/);
  });

  it('treats an unknown method and garbage input as errors, not crashes', () => {
    expect(b.fail('customers.nope' as never, {}).code).toBe('unknown_method');
    expect(b.fail('customers.create', 'garbage').code).toBe('invalid_input');
    expect(b.fail('customers.create', null).code).toBe('invalid_input');
  });
});

describe('customers.update / get / remove', () => {
  it('changes only the fields given; null or "" clears an optional field', () => {
    const c = b.ok('customers.create', person);
    const u = b.ok('customers.update', { id: c.id, name: 'Иванов С. П.', email: '' });
    expect(u).toMatchObject({ name: 'Иванов С. П.', email: null, phones: c.phones });
    expect(u.updatedAt >= c.updatedAt).toBe(true);
    expect(b.ok('customers.update', { id: c.id, notes: 'Звонить после 18:00' }).notes).toBe('Звонить после 18:00');
    expect(b.ok('customers.update', { id: c.id, notes: null }).notes).toBeNull();
  });

  it('clears the КПП when a company becomes a person with a 12-digit ИНН', () => {
    const c = b.ok('customers.create', company);
    const u = b.ok('customers.update', { id: c.id, kind: 'person', inn: '500100732259' });
    expect(u.kpp).toBeNull();
    expect(b.fail('customers.update', { id: c.id, inn: '7707083893' }).fields?.inn).toBeTruthy();
  });

  it('gets a customer with their vehicles and says not_found for an unknown id', () => {
    const c = b.ok('customers.create', company);
    b.ok('vehicles.create', { customerId: c.id, plate: 'a123bc77', make: 'Lada', model: 'Vesta', mileage: 12000 });
    const got = b.ok('customers.get', { id: c.id });
    expect(got.vehicles).toHaveLength(1);
    expect(got.vehicles[0]).toMatchObject({ plate: 'А123ВС77', make: 'Lada', model: 'Vesta', mileage: 12000 });
    const error = b.fail('customers.get', { id: 'missing' });
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('customer');
  });

  it('refuses to remove a customer who owns vehicles; removal is a tombstone', () => {
    const c = b.ok('customers.create', company);
    const v = b.ok('vehicles.create', { customerId: c.id, make: 'Kia', model: 'Rio' });
    const before = snapshot(b);
    const error = b.fail('customers.remove', { id: c.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/owns vehicles/);
    expect(snapshot(b)).toBe(before);
    b.ok('vehicles.remove', { id: v.id });
    b.ok('customers.remove', { id: c.id });
    expect(b.fail('customers.get', { id: c.id }).code).toBe('not_found');
    const row = b.db.$client.prepare('SELECT deleted_at FROM customers WHERE id = ?').get(c.id) as { deleted_at: string };
    expect(row.deleted_at).toBeTruthy();
    expect(b.ok('customers.search', { q: 'Ромашка' }).items).toEqual([]);
    expect(b.fail('customers.update', { id: c.id, name: 'X' }).code).toBe('not_found');
  });
});

describe('customers.search', () => {
  beforeEach(() => {
    const c = b.ok('customers.create', company);
    b.ok('vehicles.create', { customerId: c.id, plate: 'А123ВС777', vin: 'XTA219170K0123456', make: 'Lada', model: 'Vesta' });
    const p = b.ok('customers.create', person);
    b.ok('vehicles.create', { customerId: p.id, plate: 'M001KX99', make: 'Kia', model: 'Rio' });
    b.ok('customers.create', { kind: 'person', name: 'Ёлкина Анна', phones: ['+79990001122'] });
  });
  const names = (q: string) => b.ok('customers.search', { q }).items.map((i) => i.name);

  it.each([
    ['a name fragment', 'ромаш', ['ООО "Ромашка"']],
    ['two fragments in any order', 'сергей иван', ['Иванов Сергей Петрович']],
    ['ё typed as е', 'елкина', ['Ёлкина Анна']],
    ['the plate in Cyrillic', 'А123ВС', ['ООО "Ромашка"']],
    ['the plate in Latin', 'a123bc777', ['ООО "Ромашка"']],
    ['a Latin-typed plate stored in Cyrillic', 'm001kx', ['Иванов Сергей Петрович']],
    ['a Cyrillic-typed plate', 'м001кх', ['Иванов Сергей Петрович']],
    ['phone digits', '9161234', ['ООО "Ромашка"']],
    ['digits shared by two phones', '1234567', ['Иванов Сергей Петрович', 'ООО "Ромашка"']],
    ['a phone in 8-form', '8 916 123', ['ООО "Ромашка"']],
    ['a phone in +7 form', '+7 (926) 123', ['Иванов Сергей Петрович']],
    ['a VIN fragment', 'K0123456', ['ООО "Ромашка"']],
    ['the ИНН', '7707083893', ['ООО "Ромашка"']],
    ['a two-letter fragment with a long one', 'ан ёлк', ['Ёлкина Анна']],
    ['nothing that matches', 'zzzzzz', []],
  ])('finds by %s', (_label, q, expected) => {
    expect(names(q as string)).toEqual(expected);
  });

  it('returns the shape integrations rely on', () => {
    const [item] = b.ok('customers.search', { q: 'a123bc', limit: 5 }).items;
    expect(Object.keys(item).sort()).toEqual(['id', 'kind', 'name', 'phones', 'vehicles']);
    expect(item.vehicles[0]).toEqual({ id: expect.any(String), plate: 'А123ВС777', vin: 'XTA219170K0123456', make: 'Lada', model: 'Vesta' });
  });

  it('shows the newest customers for an empty query, and honours the limit', () => {
    expect(names('')).toEqual(['Ёлкина Анна', 'Иванов Сергей Петрович', 'ООО "Ромашка"']);
    expect(b.ok('customers.search', { q: '', limit: 1 }).items).toHaveLength(1);
  });

  it('follows edits: a changed plate is found by the new plate only', () => {
    const [item] = b.ok('customers.search', { q: 'м001кх' }).items;
    b.ok('vehicles.update', { id: item.vehicles[0].id, plate: 'Т555ТТ150' });
    expect(names('м001кх')).toEqual([]);
    expect(names('t555tt')).toEqual(['Иванов Сергей Петрович']);
  });

  it('treats FTS syntax in the query as plain text', () => {
    expect(() => names('"ром" OR * NEAR(')).not.toThrow();
  });

  it('uses the trigram index, not a scan of customers', () => {
    const plan = b.db.$client.prepare(`EXPLAIN QUERY PLAN SELECT d.customer_id FROM customer_search f JOIN customer_search_docs d ON d.doc_id = f.rowid WHERE customer_search MATCH ? LIMIT 20`).all('"ром"') as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/VIRTUAL TABLE INDEX/);
    expect(details).toMatch(/SEARCH d USING INTEGER PRIMARY KEY/);
    expect(details).not.toMatch(/SCAN customers/);
  });
});

import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../src-main/sync/hlc';
import { defaultPrefix } from '../../src-server/admin';
import { allDeskCodes, enrolmentCodeHash, newEnrolmentCode, normaliseEnrolmentCode, pickFreeDeskCode } from '../../src-server/codes';
import { checkAgainstRows, MAX_CLOCK_AHEAD_MS, mergeIntoRows, refuseChange, rowKey, type Desk, type RowOwner, type StoredRow } from '../../src-server/rules';

const now = Date.UTC(2025, 2, 10, 12);
const branchDesk: Desk = { workstationId: 'w1', branchId: 'north', headOffice: false };
const officeDesk: Desk = { workstationId: 'w2', branchId: 'office', headOffice: true };
const hlc = (ms = now, counter = 0) => formatHlc(ms, counter, 'd');
const change = (table: string, scope: string, extra: Partial<{ rowId: string; hlc: string; fields: Record<string, unknown>; id: string }> = {}) => ({
  id: extra.id ?? `${table}-${scope}-${Math.random()}`,
  table,
  scope,
  rowId: extra.rowId ?? 'r1',
  hlc: extra.hlc ?? hlc(),
  fields: extra.fields ?? { a: 1 },
});

describe('refuseChange', () => {
  it.each([
    ['shared table, shared scope', branchDesk, change('customers', 'shared'), null],
    ['branch table, own branch', branchDesk, change('bookings', 'north'), null],
    ['branch table, other branch', branchDesk, change('bookings', 'south'), 'forbidden'],
    ['branch table, shared scope', branchDesk, change('bookings', 'shared'), 'forbidden'],
    ['shared table, branch scope', branchDesk, change('items', 'north'), 'forbidden'],
    ['table that does not sync', branchDesk, change('local_settings', 'north'), 'forbidden'],
    ['derived table', branchDesk, change('customer_search_docs', 'shared'), 'forbidden'],
    ['head office, own branch', officeDesk, change('payments', 'office'), null],
    ['head office, another branch', officeDesk, change('payments', 'north'), 'forbidden'],
    ['head office, shared', officeDesk, change('vehicles', 'shared'), null],
    ['clock 5 minutes ahead exactly', branchDesk, change('customers', 'shared', { hlc: hlc(now + MAX_CLOCK_AHEAD_MS, 9999) }), null],
    ['clock further ahead', branchDesk, change('customers', 'shared', { hlc: hlc(now + MAX_CLOCK_AHEAD_MS + 1) }), 'clock_ahead'],
    ['clock far behind', branchDesk, change('customers', 'shared', { hlc: hlc(now - 86_400_000 * 365) }), null],
  ] as const)('%s', (_name, desk, c, expected) => {
    expect(refuseChange(c, desk, now)?.code ?? null).toBe(expected);
  });
});

describe('mergeIntoRows', () => {
  const stored = (over: Partial<StoredRow> = {}): StoredRow => ({ table: 'customers', rowId: 'r1', scope: 'shared', data: { a: 1, b: 1 }, clocks: { '*': hlc(now - 10) }, ...over });

  it('creates rows, and sets only the fields whose clock the change beats', () => {
    const rows = new Map([[rowKey('customers', 'r1'), stored({ clocks: { '*': hlc(now - 10), b: hlc(now + 10) } })]]);
    const out = mergeIntoRows(rows, [change('customers', 'shared', { fields: { a: 2, b: 2, c: 2 } }), change('vehicles', 'shared', { rowId: 'v1', fields: { x: 1 } })]);
    expect(out).toEqual([
      { table: 'customers', rowId: 'r1', scope: 'shared', data: { a: 2, b: 1, c: 2 }, clocks: { '*': hlc(now - 10), a: hlc(), b: hlc(now + 10), c: hlc() } },
      { table: 'vehicles', rowId: 'v1', scope: 'shared', data: { x: 1 }, clocks: { '*': hlc() } },
    ]);
  });

  it('leaves a row out when nothing in it changes (an old write arriving late)', () => {
    const rows = new Map([[rowKey('customers', 'r1'), stored()]]);
    expect(mergeIntoRows(rows, [change('customers', 'shared', { hlc: hlc(now - 20) })])).toEqual([]);
  });

  it('keeps the same row id in two tables apart', () => {
    const rows = new Map([[rowKey('customers', 'r1'), stored()]]);
    expect(mergeIntoRows(rows, [change('bookings', 'north')])[0]).toMatchObject({ table: 'bookings', scope: 'north', data: { a: 1 } });
  });

});

describe('checkAgainstRows', () => {
  const owner = (over: Partial<RowOwner> = {}): RowOwner => ({ table: 'customers', rowId: 'r1', scope: 'shared', ...over });

  it('answers the rows the changes create, once each, and not those already known', () => {
    const rows = new Map([[rowKey('customers', 'r1'), owner()]]);
    const out = checkAgainstRows(rows, [change('customers', 'shared'), change('bookings', 'north'), change('bookings', 'north', { fields: { b: 2 } }), change('vehicles', 'shared', { rowId: 'v1' })]);
    expect(out).toEqual([owner({ table: 'bookings', scope: 'north' }), owner({ table: 'vehicles', rowId: 'v1' })]);
  });

  it('refuses moving a row to another scope, and a second write to a ledger row, stored or in the same batch', () => {
    const rows = new Map([[rowKey('bookings', 'r1'), owner({ table: 'bookings', scope: 'south' })]]);
    expect(() => checkAgainstRows(rows, [change('bookings', 'north')])).toThrow(/another branch/);
    expect(() => checkAgainstRows(new Map(), [change('bookings', 'north'), change('bookings', 'south')])).toThrow(/another branch/);
    const ledger = new Map([[rowKey('payments', 'p1'), owner({ table: 'payments', rowId: 'p1', scope: 'north' })]]);
    expect(() => checkAgainstRows(ledger, [change('payments', 'north', { rowId: 'p1' })])).toThrow(/never changed/);
    expect(() => checkAgainstRows(new Map(), [change('stock_moves', 'north'), change('stock_moves', 'north', { hlc: hlc(now + 1) })])).toThrow(/never changed/);
    expect(checkAgainstRows(new Map(), [change('stock_moves', 'north'), change('stock_moves', 'north', { rowId: 'r2' })])).toHaveLength(2);
  });
});

describe('codes', () => {
  it('reads an enrolment code however it is typed', () => {
    const code = newEnrolmentCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(enrolmentCodeHash(` ${code.toLowerCase().replace(/-/g, ' ')}`)).toBe(enrolmentCodeHash(code));
    expect(normaliseEnrolmentCode('o1il-ABCD')).toBe('0111ABCD');
  });

  it('picks a free desk code, and none when all 1024 are taken', () => {
    expect(allDeskCodes).toHaveLength(1024);
    const taken = new Set(allDeskCodes.filter((c) => c !== 'K7'));
    expect(pickFreeDeskCode(taken)).toBe('K7');
    expect(pickFreeDeskCode(new Set(allDeskCodes))).toBeNull();
  });

  it.each([
    ['North', [], 'N'],
    ['North', ['N'], 'NO'],
    ['North', ['N', 'NO', 'NOR'], 'N2'],
    ['Южный филиал', [], 'Ю'],
    ['Ёлки', [], 'Е'],
    ['№ 7', [], '7'],
    ['---', [], 'B'],
  ])('prefix for %s with %j taken is %s', (name, taken, expected) => {
    expect(defaultPrefix(name, new Set(taken))).toBe(expected);
  });
});

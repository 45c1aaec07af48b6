import { describe, it, expect, beforeEach } from 'vitest';
import { tempBackend, snapshot } from './backend';

let b: Awaited<ReturnType<typeof tempBackend>>;
beforeEach(async () => {
  b = await tempBackend();
});

// Sberbank's published details: ИНН, ОГРН, БИК, corr. account; the settlement account is Yandex's.
const entity = {
  name: 'ООО "Гараж"',
  inn: '7707083893',
  kpp: '773601001',
  ogrn: '1027700132195',
  address: 'Москва, ул. Ленина, 1',
  bankName: 'ПАО Сбербанк',
  bic: '044525225',
  bankAccount: '40702810438000034726',
  corrAccount: '30101810400000000225',
  vatMode: 'on_top' as const,
  vatRateBp: 2200,
};

describe('legal entities', () => {
  it('stores an entity with checked bank details; the first one is the default', () => {
    const e = b.ok('legalEntities.create', entity);
    expect(e).toMatchObject({ name: 'ООО "Гараж"', isDefault: true, vatRateBp: 2200 });
    const ip = b.ok('legalEntities.create', { ...entity, name: 'ИП Иванов', inn: '500100732259', kpp: null, ogrn: null, vatMode: 'none', vatRateBp: 2200 });
    expect(ip).toMatchObject({ isDefault: false, vatRateBp: 0 });
    expect(b.ok('legalEntities.list', {}).items.map((i) => i.name)).toEqual(['ООО "Гараж"', 'ИП Иванов']);
  });

  it('keeps exactly one default', () => {
    const a = b.ok('legalEntities.create', entity);
    const c = b.ok('legalEntities.create', { ...entity, name: 'ООО "Второе"', isDefault: true });
    const list = b.ok('legalEntities.list', {}).items;
    expect(list.filter((i) => i.isDefault).map((i) => i.id)).toEqual([c.id]);
    b.ok('legalEntities.update', { id: a.id, isDefault: true });
    expect(b.ok('legalEntities.list', {}).items.filter((i) => i.isDefault).map((i) => i.id)).toEqual([a.id]);
  });

  it.each([
    ['an account that fails the БИК control key', { bankAccount: '40702810438000034727' }, 'bankAccount'],
    ['a corr. account of another bank', { corrAccount: '30101810145250000974' }, 'corrAccount'],
    ['a bad ОГРН', { ogrn: '1027700132196' }, 'ogrn'],
    ['a bad БИК', { bic: '04452522' }, 'bic'],
    ['a VAT rate over 100 %', { vatRateBp: 10001 }, 'vatRateBp'],
    ['no address', { address: '' }, 'address'],
  ])('refuses %s', (_l, patch, field) => {
    const before = snapshot(b);
    const e = b.fail('legalEntities.create', { ...entity, ...patch });
    expect(e.fields?.[field]).toBeTruthy();
    expect(snapshot(b)).toBe(before);
  });

  it('removes an entity as a tombstone', () => {
    const e = b.ok('legalEntities.create', entity);
    b.ok('legalEntities.remove', { id: e.id });
    expect(b.ok('legalEntities.list', {}).items).toEqual([]);
    expect(b.fail('legalEntities.remove', { id: e.id }).code).toBe('not_found');
  });
});

describe('branch', () => {
  it('exists from the start and takes a new name and prefix', () => {
    expect(b.ok('branches.current', {})).toMatchObject({ name: 'Main branch', docPrefix: 'A' });
    expect(b.ok('branches.update', { name: 'Север', docPrefix: 'sv1' })).toMatchObject({ name: 'Север', docPrefix: 'SV1' });
    expect(b.fail('branches.update', { docPrefix: 'TOO-LONG-PREFIX' }).fields?.docPrefix).toBeTruthy();
    expect(b.fail('branches.update', { timeZone: 'Mars/Olympus' }).fields?.timeZone).toBeTruthy();
  });
});

describe('system', () => {
  it('reports versions', () => {
    const info = b.ok('system.info', {});
    expect(info.schemaVersion).toBeGreaterThanOrEqual(2);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

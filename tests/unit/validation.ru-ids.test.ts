import { describe, expect, it } from 'vitest';
import {
  innKind,
  isValidBankAccount,
  isValidBic,
  isValidCorrAccount,
  isValidInn,
  isValidKpp,
  isValidOgrn,
} from '../../src-main/validation/ru-ids';

// Real, publicly published requisites unless marked "constructed"; constructed values were
// worked out by hand with the official weights and confirmed by the code under test.
const SBER = { inn: '7707083893', ogrn: '1027700132195', kpp: '773601001', bic: '044525225', corr: '30101810400000000225' };
const YANDEX = { inn: '7736207543', ogrn: '1027700229193', kpp: '770401001', account: '40702810438000034726' };
// The Russian example in the SWIFT IBAN registry: RU03 044525225 40817810538091310419.
const IBAN_REGISTRY_ACCOUNT = '40817810538091310419';

describe('innKind / isValidInn', () => {
  it.each([
    [SBER.inn, 'company'],
    [YANDEX.inn, 'company'],
    ['7704357909', 'company'],
    // Constructed: check digits 5 and 9.
    ['771234567859', 'person'],
  ] as const)('%s → %s', (inn, kind) => {
    expect(innKind(inn)).toBe(kind);
    expect(isValidInn(inn)).toBe(true);
  });

  it.each([
    ['7707083894', 'check digit changed'],
    ['7707083393', 'body digit changed'],
    ['7707183893', 'body digit changed'],
    ['771234567858', 'second check digit changed'],
    ['771234567869', 'first check digit changed'],
    ['771334567859', 'body digit changed'],
    ['770708389', 'too short'],
    ['77070838931', '11 digits'],
    ['7707 083893', 'space inside'],
    [' 7707083893', 'leading space'],
    ['770708389a', 'letter'],
    ['0000000000', 'all zeros passes the checksum but is a placeholder'],
    ['000000000000', 'all zeros, 12 digits'],
    ['', 'empty'],
  ])('%j is invalid (%s)', (inn) => {
    expect(innKind(inn)).toBeNull();
    expect(isValidInn(inn)).toBe(false);
  });
});

describe('isValidOgrn', () => {
  it.each([
    [SBER.ogrn, 'Sberbank'],
    [YANDEX.ogrn, 'Yandex'],
    ['1167746491395', 'Yandex.Market'],
    ['1027700000020', 'constructed: remainder 10 gives check digit 0'],
    ['324770000000011', 'constructed ОГРНИП: remainder 11 gives check digit 1'],
  ])('%s is valid (%s)', (ogrn) => {
    expect(isValidOgrn(ogrn)).toBe(true);
  });

  it.each([
    ['1027700132196', 'check digit changed'],
    ['1027700132185', 'body digit changed'],
    ['1027700000021', 'check digit changed'],
    ['324770000000012', 'ОГРНИП check digit changed'],
    ['324770000000021', 'ОГРНИП body digit changed'],
    ['324780000000011', 'ОГРНИП region digit changed'],
    ['102770013219', '12 digits'],
    ['10277001321951', '14 digits'],
    ['3247700000000111', '16 digits'],
    ['102770013219O', 'letter O for zero'],
    ['0000000000000', 'all zeros'],
    ['', 'empty'],
  ])('%j is invalid (%s)', (ogrn) => {
    expect(isValidOgrn(ogrn)).toBe(false);
  });
});

describe('isValidKpp', () => {
  it.each([
    [SBER.kpp, true],
    [YANDEX.kpp, true],
    ['7736AB001', true],
    ['77360Z001', true],
    ['7736ab001', false],
    ['7736АВ001', false], // Cyrillic А and В
    ['A73601001', false],
    ['773601A01', false],
    ['77360100', false],
    ['7736010011', false],
    ['7736 01001', false],
    ['', false],
  ])('%j → %s', (kpp, expected) => {
    expect(isValidKpp(kpp)).toBe(expected);
  });
});

describe('isValidBic', () => {
  it.each([
    [SBER.bic, true],
    ['044525974', true],
    ['04452522', false],
    ['0445252250', false],
    ['04452522a', false],
    ['04452 5225', false],
    ['', false],
  ])('%j → %s', (bic, expected) => {
    expect(isValidBic(bic)).toBe(expected);
  });
});

describe('isValidBankAccount', () => {
  it.each([
    [YANDEX.account, SBER.bic, true],
    [IBAN_REGISTRY_ACCOUNT, SBER.bic, true],
    ['40702810438000034727', SBER.bic, false],
    ['40702810438000034716', SBER.bic, false],
    ['40817810538091310418', SBER.bic, false],
    // The right account at the wrong bank: the key covers the БИК too.
    [YANDEX.account, '044525974', false],
    [YANDEX.account, '044525226', false],
    // Sberbank Moscow numbering with a key digit that does not fit (the right one is 6).
    ['40702810938000000000', SBER.bic, false],
    ['40702810638000000000', SBER.bic, true],
    ['4070281043800003472', SBER.bic, false],
    ['407028104380000347260', SBER.bic, false],
    ['4070281043800003472a', SBER.bic, false],
    [YANDEX.account, '04452522', false],
    ['', '', false],
  ])('%s at %s → %s', (account, bic, expected) => {
    expect(isValidBankAccount(account, bic)).toBe(expected);
  });
});

describe('isValidCorrAccount', () => {
  it.each([
    [SBER.corr, SBER.bic, true],
    ['30101810145250000974', '044525974', true], // Т-Банк
    ['30101810200000000593', '044525593', true], // Альфа-Банк
    ['30101810700000000187', '044525187', true], // ВТБ
    ['30101810500000000653', '044030653', true], // Sberbank, St Petersburg
    ['30101810400000000226', SBER.bic, false],
    ['30101810400000000235', SBER.bic, false],
    ['30101810300000000225', SBER.bic, false],
    // Moscow corr account against a St Petersburg БИК: the key uses the БИК's digits 5–6.
    [SBER.corr, '044030653', false],
    // A settlement account is not a correspondent account, even with a correct key.
    [YANDEX.account, SBER.bic, false],
    ['3010181040000000022', SBER.bic, false],
    [SBER.corr, '04452522', false],
    ['', '', false],
  ])('%s at %s → %s', (corr, bic, expected) => {
    expect(isValidCorrAccount(corr, bic)).toBe(expected);
  });
});

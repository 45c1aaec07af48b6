import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js';
import { normalisePhone, phoneSearchDigits, queryDigits } from '../../src-main/validation/phone';

describe('normalisePhone', () => {
  it.each([
    ['8 (916) 123-45-67', '+79161234567'],
    ['+7 916 123 45 67', '+79161234567'],
    ['9161234567', '+79161234567'],
    ['89161234567', '+79161234567'],
    ['79161234567', '+79161234567'],
    ['+79161234567', '+79161234567'],
    ['  +7 (916) 123-45-67  ', '+79161234567'],
    ['8-800-555-35-35', '+78005553535'],
    ['+7 (495) 123-45-67', '+74951234567'],
    ['4951234567', '+74951234567'],
    // Full-width digits arrive from some mobile keyboards and pasted documents.
    ['８ ９１６ １２３ ４５ ６７', '+79161234567'],
    // E.164 has no room for an extension, so it is dropped rather than rejected.
    ['8 (916) 123-45-67 доб. 12', '+79161234567'],
    // Kazakhstan shares +7 and the trunk 8 with Russia.
    ['8 (701) 234-56-78', '+77012345678'],
    ['+375 29 123 45 67', '+375291234567'],
    ['+44 20 7946 0958', '+442079460958'],
    // 810 is the Russian international prefix, the local equivalent of 00.
    ['810 44 20 7946 0958', '+442079460958'],
  ])('%j → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['123'],
    ['+7 916 123 45 6'],
    ['+7 916 123 45 678'],
    ['+7 000 000 00 00'],
    ['+7 123 456 78 90'],
    // From Russia, 00 is not an international prefix.
    ['00 44 20 7946 0958'],
  ])('%j → null', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });

  it.each<[string, CountryCode, string | null]>([
    ['8 029 123-45-67', 'BY', '+375291234567'],
    ['(202) 555-0143', 'US', '+12025550143'],
    ['+7 916 123 45 67', 'US', '+79161234567'],
    ['(202) 555-0143', 'RU', null],
  ])('%j with default country %s → %s', (input, country, expected) => {
    expect(normalisePhone(input, country)).toBe(expected);
  });
});

describe('phoneSearchDigits', () => {
  it.each([
    ['+79161234567', ['79161234567', '89161234567']],
    ['+74951234567', ['74951234567', '84951234567']],
    ['+77012345678', ['77012345678', '87012345678']],
    ['+375291234567', ['375291234567']],
    ['+442079460958', ['442079460958']],
    ['+12025550143', ['12025550143']],
    ['', []],
  ])('%s → %j', (e164, expected) => {
    expect(phoneSearchDigits(e164)).toEqual(expected);
  });

  it.each([
    ['8 916 123', '+79161234567'],
    ['+7 916 123', '+79161234567'],
    ['916-123-45', '+79161234567'],
    ['4567', '+79161234567'],
    ['375 29 123', '+375291234567'],
  ])('query %j finds %s', (query, e164) => {
    const q = queryDigits(query);
    expect(phoneSearchDigits(e164).some((d) => d.includes(q))).toBe(true);
  });
});

describe('queryDigits', () => {
  it.each([
    ['+7 (916) 123-45-67', '79161234567'],
    ['916 12', '91612'],
    ['тел. 8-916', '8916'],
    ['abc', ''],
    ['', ''],
  ])('%j → %j', (q, expected) => {
    expect(queryDigits(q)).toBe(expected);
  });
});

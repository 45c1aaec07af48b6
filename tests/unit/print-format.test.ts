import { describe, expect, it } from 'vitest';
import { businessDate, dateOf, dateTime, decimal, hours, keepTogether, km, longDate, money, percent, percentBp, quantity, unitName } from '../../src-main/print/format';

// Printed figures use no-break spaces; compare them as plain spaces.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('print formats', () => {
  it.each([
    [0, '0,00', '0.00'],
    [5, '0,05', '0.05'],
    [123456, '1 234,56', '1,234.56'],
    [100, '1,00', '1.00'],
    [16766521, '167 665,21', '167,665.21'],
    [100000000000, '1 000 000 000,00', '1,000,000,000.00'],
    [-150, '-1,50', '-1.50'],
  ])('money %i → «%s» / "%s"', (minor, ru, en) => {
    expect(plain(money(minor, 'ru'))).toBe(ru);
    expect(money(minor, 'en')).toBe(en);
  });

  it('prints quantities and hours without trailing zeros', () => {
    expect(quantity(1500, 'ru')).toBe('1,5');
    expect(quantity(2000, 'ru')).toBe('2');
    expect(quantity(125, 'ru')).toBe('0,125');
    expect(quantity(1500, 'en')).toBe('1.5');
    expect(plain(quantity(1_250_000, 'ru'))).toBe('1 250');
    expect(plain(hours(150, 'ru'))).toBe('1,5 н/ч');
    expect(plain(hours(100, 'en'))).toBe('1 h');
    expect(decimal(99, 5, 'ru')).toBe('0,00099');
  });

  it('prints percentages, kilometres and units', () => {
    expect(plain(percentBp(2200, 'ru'))).toBe('22 %');
    expect(percentBp(2200, 'en')).toBe('22%');
    expect(plain(percentBp(667, 'ru'))).toBe('6,67 %');
    expect(plain(percent(60, 'ru'))).toBe('60 %');
    expect(plain(percent(33.5, 'ru'))).toBe('33,5 %');
    expect(plain(km(87450, 'ru'))).toBe('87 450 км');
    expect(plain(km(87450, 'en'))).toBe('87,450 km');
    expect(unitName('pcs', 'ru')).toBe('шт.');
    expect(unitName('set', 'ru')).toBe('компл.');
    expect(unitName('усл.', 'ru')).toBe('усл.');
    expect(unitName('усл.', 'en')).toBe('service');
    expect(unitName('box', 'ru')).toBe('box');
  });

  it('prints instants on the branch wall clock', () => {
    // 06:15 UTC is 09:15 in Moscow, 11:15 in Yekaterinburg, and already the next day in Kamchatka at 23:30 UTC.
    expect(dateTime('2026-02-10T06:15:00.000Z', 'Europe/Moscow', 'ru')).toBe('10.02.2026 09:15');
    expect(dateTime('2026-02-10T06:15:00.000Z', 'Asia/Yekaterinburg', 'ru')).toBe('10.02.2026 11:15');
    expect(dateTime('2026-02-10T23:30:00.000Z', 'Asia/Kamchatka', 'ru')).toBe('11.02.2026 11:30');
    expect(dateOf('2026-02-10T21:30:00.000Z', 'Europe/Moscow', 'ru')).toBe('11.02.2026');
    expect(dateTime('2026-02-10T06:15:00.000Z', 'Europe/Moscow', 'en')).toBe('10 Feb 2026 09:15');
    expect(() => dateTime('not a date', 'Europe/Moscow', 'ru')).toThrow(RangeError);
  });

  it('prints business dates as they are, with no time zone shift', () => {
    expect(businessDate('2026-02-12', 'ru')).toBe('12.02.2026');
    expect(businessDate('2026-02-12', 'en')).toBe('12 Feb 2026');
    expect(plain(longDate('2026-02-12', 'ru'))).toBe('12 февраля 2026 г.');
    expect(longDate('2026-05-01', 'en')).toBe('1 May 2026');
    expect(() => businessDate('12.02.2026', 'ru')).toThrow(RangeError);
  });

  it('keeps abbreviations, numbers and phones on one line', () => {
    expect(keepTogether('г. Москва, ул. Вавилова, д. 19, тел. +7 495 123-45-67, № 5')).toBe('г.\u00a0Москва, ул.\u00a0Вавилова, д.\u00a019, тел.\u00a0+7\u00a0495\u00a0123-45-67, №\u00a05');
  });
});

import { describe, expect, it } from 'vitest';
import { checkVin } from '../../src-main/validation/vin';

describe('checkVin', () => {
  it.each([
    // Published examples with a correct check digit.
    ['1HGCM82633A004352', '1HGCM82633A004352'],
    ['JHMCM56557C404453', 'JHMCM56557C404453'],
    // Remainder 10 is written as X.
    ['1M8GDM9AXKP042788', '1M8GDM9AXKP042788'],
    // Every weight summed: 89 mod 11 = 1.
    ['11111111111111111', '11111111111111111'],
    [' 1hgcm8 2633a00 4352 ', '1HGCM82633A004352'],
  ])('%j → %s, check digit ok', (input, vin) => {
    expect(checkVin(input)).toEqual({ vin, valid: true, checkDigitOk: true });
  });

  it.each([
    // European and Russian VINs need not carry a check digit; they are valid, only unchecked.
    ['WVWZZZ1JZXW000001', 'WVWZZZ1JZXW000001'],
    ['XTA210990Y2696789', 'XTA210990Y2696789'],
    // Cyrillic Х, Т and А copied from a Russian document.
    ['ХТА210990Y2696789', 'XTA210990Y2696789'],
    // One digit changed from the valid examples above.
    ['1HGCM82633A004353', '1HGCM82633A004353'],
    ['1HGCM82733A004352', '1HGCM82733A004352'],
    ['1M8GDM9A0KP042788', '1M8GDM9A0KP042788'],
  ])('%j → %s, valid but check digit wrong', (input, vin) => {
    expect(checkVin(input)).toEqual({ vin, valid: true, checkDigitOk: false });
  });

  it.each([
    ['', ''],
    ['1HGCM82633A00435', '1HGCM82633A00435'],
    ['1HGCM82633A0043521', '1HGCM82633A0043521'],
    ['IHGCM82633A004352', 'IHGCM82633A004352'],
    ['1HGCM82633A0O4352', '1HGCM82633A0O4352'],
    ['1HGCM82633Q004352', '1HGCM82633Q004352'],
    ['1HGCM-82633A004352', '1HGCM-82633A004352'],
    // Cyrillic О maps to Latin O, which a VIN may not contain.
    ['1HGCM82633A0О4352', '1HGCM82633A0O4352'],
    // Ж has no Latin twin and stays as typed.
    ['ЖHGCM82633A004352', 'ЖHGCM82633A004352'],
  ])('%j → %j, invalid', (input, vin) => {
    expect(checkVin(input)).toEqual({ vin, valid: false, checkDigitOk: false });
  });
});

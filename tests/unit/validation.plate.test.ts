import { describe, expect, it } from 'vitest';
import { normalisePlate, plateSearchKey, toLatinLookalikes } from '../../src-main/validation/plate';

describe('normalisePlate', () => {
  it.each([
    ['a 123 bc 77', 'А123ВС77'],
    ['а123вс777', 'А123ВС777'],
    ['1234 AB-7', '1234АВ7'],
    ['А123ВС777', 'А123ВС777'],
    ['A123BC.777', 'А123ВС777'],
    // Latin A with Cyrillic ВС: a layout switch in the middle of typing.
    ['A123ВС777', 'А123ВС777'],
    ['  x 777 xx 99 ', 'Х777ХХ99'],
    ['ekx-123-yt', 'ЕКХ123УТ'],
    ['А 123 ВС – 777', 'А123ВС777'],
    ['А\u00a0123\u00a0ВС\u00a0777', 'А123ВС777'],
    // Letters without a twin mean a foreign plate: keep every letter as typed.
    ['KZ 123ABD02', 'KZ123ABD02'],
    ['d123ab', 'D123AB'],
    ['Ж123', 'Ж123'],
    ['1234', '1234'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalisePlate(input)).toBe(expected);
  });
});

describe('toLatinLookalikes', () => {
  it.each([
    ['А123ВС777', 'a123bc777'],
    ['авекмнорстух', 'abekmhopctyx'],
    ['АВЕКМНОРСТУХ', 'abekmhopctyx'],
    ['ABC', 'abc'],
    ['Жёлтый', 'жёлtый'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(toLatinLookalikes(input)).toBe(expected);
  });
});

describe('plateSearchKey', () => {
  it.each([
    ['a 123 bc 77', 'a123bc77'],
    ['А123ВС77', 'a123bc77'],
    ['A123ВС77', 'a123bc77'],
    ['KZ 123ABD02', 'kz123abd02'],
  ])('%j → %j', (input, expected) => {
    expect(plateSearchKey(input)).toBe(expected);
  });
});

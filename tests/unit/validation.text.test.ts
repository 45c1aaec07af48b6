import { describe, expect, it } from 'vitest';
import { foldText } from '../../src-main/validation/text';

describe('foldText', () => {
  it.each([
    ['Фёдоров', 'федоров'],
    ['ЁЛКИН Пётр', 'елкин петр'],
    // Decomposed ё: е followed by U+0308 COMBINING DIAERESIS.
    ['Фе\u0308доров', 'федоров'],
    ['  Фёдоров   Иван \t Петрович\n', 'федоров иван петрович'],
    ['Иван\u00a0Петров', 'иван петров'],
    ['Йошкар-Ола', 'йошкар-ола'],
    ['John  SMITH', 'john smith'],
    ['ООО «Ромашка»', 'ооо «ромашка»'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

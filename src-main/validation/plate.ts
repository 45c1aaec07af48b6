// Russian plates use only the Cyrillic letters that look like Latin ones, so a plate can be
// typed on either keyboard layout and look right; we need to treat both spellings as one plate.
const CYRILLIC_TO_LATIN: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
};

const LATIN_TO_CYRILLIC: Record<string, string> = Object.fromEntries(
  Object.entries(CYRILLIC_TO_LATIN).map(([cyrillic, latin]) => [latin, cyrillic]),
);

// Users paste plates from documents that use typographic dashes as often as the hyphen.
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]+/g;

const LETTER = /\p{L}/u;

export function normalisePlate(input: string): string {
  const compact = input.replace(SEPARATORS, '').toUpperCase();
  const chars = [...compact];
  const allLookalikes = chars.every(
    (ch) => !LETTER.test(ch) || ch in CYRILLIC_TO_LATIN || ch in LATIN_TO_CYRILLIC,
  );
  // A foreign plate (say Kazakh "123ABD02") has letters with no Cyrillic twin; converting only
  // some of its letters would produce a mixed-script string nobody could search for.
  if (!allLookalikes) return compact;
  return chars.map((ch) => LATIN_TO_CYRILLIC[ch] ?? ch).join('');
}

// Used as a search key only, never displayed, so that Cyrillic "А" and Latin "A" match.
export function toLatinLookalikes(s: string): string {
  return [...s.toLowerCase()]
    .map((ch) => CYRILLIC_TO_LATIN[ch.toUpperCase()]?.toLowerCase() ?? ch)
    .join('');
}

export function plateSearchKey(plate: string): string {
  return toLatinLookalikes(normalisePlate(plate));
}

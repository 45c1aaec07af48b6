// Search keys for names: people type "Федоров" for "Фёдоров" and paste names with stray or
// non-breaking spaces, and none of that should stop a match. NFC first so a decomposed ё
// (е + combining diaeresis, as some macOS apps paste it) is folded too.
export function foldText(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}

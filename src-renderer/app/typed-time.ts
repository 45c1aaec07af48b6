/** What people type for a time ("9", "930", "9.30", "09:30") → "HH:MM"; null when it is not a time. */
export function normaliseTime(typed: string): string | null {
  const s = typed.trim();
  let h: number;
  let m: number;
  const sep = /^(\d{1,2})\s*[:.,\s]\s*(\d{1,2})$/.exec(s);
  const digits = /^\d{1,4}$/.test(s) ? s : null;
  if (sep) [h, m] = [Number(sep[1]), Number(sep[2])];
  else if (digits) [h, m] = digits.length <= 2 ? [Number(digits), 0] : [Number(digits.slice(0, -2)), Number(digits.slice(-2))];
  else return null;
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

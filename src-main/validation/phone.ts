import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

// Numbers are stored in E.164 so the same phone typed as "8 (916) ...", "+7 916 ..." or
// "916..." is one value; null lets the caller reject it rather than store something undialable.
export function normalisePhone(input: string, defaultCountry: CountryCode = 'RU'): string | null {
  const parsed = parsePhoneNumberFromString(input, defaultCountry);
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}

// Russians (and Kazakhs, who share +7) write their numbers with the trunk "8" as often as with
// "7", so both spellings go into the index; any shorter fragment such as "9161234567" is then a
// substring of one of them.
export function phoneSearchDigits(e164: string): string[] {
  const digits = queryDigits(e164);
  if (digits === '') return [];
  if (digits.startsWith('7') && digits.length === 11) return [digits, '8' + digits.slice(1)];
  return [digits];
}

// Punctuation in a typed query ("+7 (916) 12") must not stop it matching the indexed digits.
export function queryDigits(q: string): string {
  return q.replace(/[^0-9]/g, '');
}

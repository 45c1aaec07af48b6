// Check-digit helpers for the demo generator only. The app's real validators live in
// src-main/validation; these are kept separate so demo data never silently depends on (and
// therefore never hides a bug in) the code it is meant to exercise.

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function innDigit(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i];
  return (sum % 11) % 10;
}

const DIGITS = /^\d+$/;

/** Appends the check digit to the first 9 digits of an organisation's ИНН. */
export function completeInn10(first9: string): string {
  if (first9.length !== 9 || !DIGITS.test(first9)) throw new Error(`expected 9 digits, got "${first9}"`);
  return first9 + innDigit(first9, INN10_WEIGHTS);
}

/** Appends both check digits to the first 10 digits of an individual's (or ИП's) ИНН. */
export function completeInn12(first10: string): string {
  if (first10.length !== 10 || !DIGITS.test(first10)) throw new Error(`expected 10 digits, got "${first10}"`);
  const eleven = first10 + innDigit(first10, INN12_WEIGHTS_11);
  return eleven + innDigit(eleven, INN12_WEIGHTS_12);
}

export function isValidInn(inn: string): boolean {
  if (!DIGITS.test(inn)) return false;
  if (inn.length === 10) return innDigit(inn, INN10_WEIGHTS) === inn.charCodeAt(9) - 48;
  if (inn.length === 12) {
    return innDigit(inn, INN12_WEIGHTS_11) === inn.charCodeAt(10) - 48
      && innDigit(inn, INN12_WEIGHTS_12) === inn.charCodeAt(11) - 48;
  }
  return false;
}

// A 14-digit ОГРНИП body exceeds what a double holds exactly once multiplied out, so the
// remainder is taken digit by digit instead of via Number().
function modDecimal(digits: string, m: number): number {
  let r = 0;
  for (let i = 0; i < digits.length; i++) r = (r * 10 + (digits.charCodeAt(i) - 48)) % m;
  return r;
}

/** ОГРН (13 digits): the check digit is the 12-digit body mod 11, last digit. */
export function completeOgrn(first12: string): string {
  if (first12.length !== 12 || !DIGITS.test(first12)) throw new Error(`expected 12 digits, got "${first12}"`);
  return first12 + (modDecimal(first12, 11) % 10);
}

/** ОГРНИП (15 digits): the check digit is the 14-digit body mod 13, last digit. */
export function completeOgrnip(first14: string): string {
  if (first14.length !== 14 || !DIGITS.test(first14)) throw new Error(`expected 14 digits, got "${first14}"`);
  return first14 + (modDecimal(first14, 13) % 10);
}

export function isValidOgrn(ogrn: string): boolean {
  if (!DIGITS.test(ogrn)) return false;
  if (ogrn.length === 13) return modDecimal(ogrn.slice(0, 12), 11) % 10 === ogrn.charCodeAt(12) - 48;
  if (ogrn.length === 15) return modDecimal(ogrn.slice(0, 14), 13) % 10 === ogrn.charCodeAt(14) - 48;
  return false;
}

// Bank accounts carry a control key in position 9, computed over the account prefixed with
// part of the BIC so that an account number is only valid together with its bank.
const ACCOUNT_WEIGHTS = [7, 1, 3];
const ACCOUNT_KEY_INDEX = 8;
const BIC = /^\d{9}$/;
const ACCOUNT = /^\d{20}$/;

function weightedSum23(digits23: string): number {
  let sum = 0;
  for (let i = 0; i < 23; i++) sum += (digits23.charCodeAt(i) - 48) * ACCOUNT_WEIGHTS[i % 3];
  return sum;
}

function settlementPrefix(bic: string): string {
  return bic.slice(6, 9);
}

function corrPrefix(bic: string): string {
  return '0' + bic.slice(4, 6);
}

function withKey(prefix: string, bic: string, account: string): string {
  if (!BIC.test(bic)) throw new Error(`BIC must be 9 digits, got "${bic}"`);
  if (!ACCOUNT.test(account)) throw new Error(`account must be 20 digits, got "${account}"`);
  const zeroed = account.slice(0, ACCOUNT_KEY_INDEX) + '0' + account.slice(ACCOUNT_KEY_INDEX + 1);
  // The key sits at index 11 of the 23 digits, where the weight is 3. Since 3 * 7 = 21 ≡ 1
  // (mod 10), key = -7 * sum ≡ 3 * sum (mod 10) is what makes the total a multiple of 10.
  const key = ((weightedSum23(prefix + zeroed) % 10) * 3) % 10;
  return zeroed.slice(0, ACCOUNT_KEY_INDEX) + key + zeroed.slice(ACCOUNT_KEY_INDEX + 1);
}

/** Returns the settlement account with its control key (position 9) set for this BIC. */
export function withAccountKey(bic: string, account: string): string {
  return withKey(settlementPrefix(bic), bic, account);
}

/** Returns the correspondent account with its control key (position 9) set for this BIC. */
export function withCorrAccountKey(bic: string, account: string): string {
  return withKey(corrPrefix(bic), bic, account);
}

export function isValidBankAccount(bic: string, account: string): boolean {
  return BIC.test(bic) && ACCOUNT.test(account) && weightedSum23(settlementPrefix(bic) + account) % 10 === 0;
}

export function isValidCorrAccount(bic: string, account: string): boolean {
  return BIC.test(bic) && ACCOUNT.test(account) && weightedSum23(corrPrefix(bic) + account) % 10 === 0;
}

// ISO 3779 transliteration; only North American (and Chinese, Japanese and Korean export) VINs
// actually use this check digit, but a correct one never hurts.
const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The position-9 check character for a 17-character VIN (whatever is at position 9 is ignored). */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i];
    sum += (ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : VIN_VALUES[ch]) * VIN_WEIGHTS[i];
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

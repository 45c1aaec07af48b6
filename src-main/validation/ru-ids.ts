// Russian registry and bank identifiers. Every check here is a checksum or format test only: a
// passing number may still not exist, but a failing one is certainly a typo. The validators are
// strict about their input (no trimming, no separators) so "valid" means "safe to store as is".

const INN_10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

// An all-zero number passes every one of these checksums and is what people type as a
// placeholder, so it is rejected explicitly.
const ALL_ZEROS = /^0+$/;

function digitsOnly(s: string, length: number): boolean {
  return s.length === length && /^[0-9]+$/.test(s);
}

function weightedSum(digits: string, weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i];
  return sum;
}

function innCheckDigit(digits: string, weights: number[]): number {
  return (weightedSum(digits, weights) % 11) % 10;
}

export function isValidInn(s: string): boolean {
  return innKind(s) !== null;
}

// The length alone tells a company's ИНН from a person's (including sole traders), which is
// how the customer form decides which other requisites to ask for.
export function innKind(s: string): 'company' | 'person' | null {
  if (ALL_ZEROS.test(s)) return null;
  if (digitsOnly(s, 10)) {
    return innCheckDigit(s, INN_10_WEIGHTS) === Number(s[9]) ? 'company' : null;
  }
  if (digitsOnly(s, 12)) {
    const ok =
      innCheckDigit(s, INN_12_WEIGHTS_11) === Number(s[10]) &&
      innCheckDigit(s, INN_12_WEIGHTS_12) === Number(s[11]);
    return ok ? 'person' : null;
  }
  return null;
}

// ОГРН (13 digits, legal entities) and ОГРНИП (15 digits, sole traders). The body exceeds
// Number.MAX_SAFE_INTEGER for ОГРНИП, so the remainder is taken with BigInt.
export function isValidOgrn(s: string): boolean {
  if (ALL_ZEROS.test(s)) return false;
  let body: string;
  let modulus: bigint;
  if (digitsOnly(s, 13)) {
    body = s.slice(0, 12);
    modulus = 11n;
  } else if (digitsOnly(s, 15)) {
    body = s.slice(0, 14);
    modulus = 13n;
  } else {
    return false;
  }
  const check = (BigInt(body) % modulus) % 10n;
  return check === BigInt(s[s.length - 1]);
}

// Positions 5–6 are the reason code, which the tax service allows to contain Latin capitals.
export function isValidKpp(s: string): boolean {
  return /^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$/.test(s);
}

export function isValidBic(s: string): boolean {
  return digitsOnly(s, 9);
}

// Central Bank control key: weights 7,1,3 repeated over a 23-digit string; valid when the
// weighted sum ends in 0.
function controlKeyOk(digits23: string): boolean {
  let sum = 0;
  for (let i = 0; i < 23; i++) sum += Number(digits23[i]) * [7, 1, 3][i % 3];
  return sum % 10 === 0;
}

// A settlement account is keyed on the last three digits of its bank's БИК, so the same
// account number is only valid together with the right bank.
export function isValidBankAccount(account: string, bic: string): boolean {
  if (!digitsOnly(account, 20) || !isValidBic(bic)) return false;
  return controlKeyOk(bic.slice(-3) + account);
}

// A correspondent account lives at the Bank of Russia, so its key uses "0" plus the БИК's
// regional-division digits (5–6) instead of the bank's own code. The key alone cannot tell
// two banks of one region apart, but the account also ends with the bank's last three БИК digits.
export function isValidCorrAccount(corr: string, bic: string): boolean {
  if (!digitsOnly(corr, 20) || !corr.startsWith('301') || !isValidBic(bic)) return false;
  if (corr.slice(-3) !== bic.slice(-3)) return false;
  return controlKeyOk('0' + bic.slice(4, 6) + corr);
}

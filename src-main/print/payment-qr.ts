/**
 * The bank-details QR code of GOST R 56042-2014 ("ST00012|Name=…|…"): any Russian banking app
 * reads it and fills in a transfer. It carries only our details, so it works fully offline.
 */
import QRCode from 'qrcode';

export type PaymentDetails = {
  name: string;
  account: string;
  bankName: string;
  bic: string;
  corrAccount: string;
  sumMinor?: number;
  purpose?: string;
  payeeInn?: string;
  kpp?: string;
};

// "ST" + format version "0001" + encoding "2" (UTF-8); the character after it, '|', is the
// separator for the rest of the payload.
const header = 'ST00012';
const separator = '|';

type Field = { key: string; value: string | undefined; max: number; digits?: boolean; required?: boolean };

/** A value as the standard accepts it: no separator, no line breaks, within its length. */
function clean(field: Field): string | null {
  let value = (field.value ?? '').replaceAll(separator, '/').replace(/\s+/g, ' ').trim();
  if (field.digits) value = value.replace(/\s/g, '');
  if (!value) {
    if (field.required) throw new Error(`Payment QR: ${field.key} is required`);
    return null;
  }
  if (field.digits && !/^\d+$/.test(value)) throw new Error(`Payment QR: ${field.key} must be digits: ${value}`);
  return value.slice(0, field.max);
}

/** The GOST R 56042-2014 payload: required fields in the standard's order, then the optional ones. */
export function gostPayload(p: PaymentDetails): string {
  if (p.sumMinor !== undefined && (!Number.isSafeInteger(p.sumMinor) || p.sumMinor < 0)) throw new Error(`Payment QR: Sum must be whole non-negative kopecks: ${p.sumMinor}`);
  const fields: Field[] = [
    { key: 'Name', value: p.name, max: 160, required: true },
    { key: 'PersonalAcc', value: p.account, max: 20, digits: true, required: true },
    { key: 'BankName', value: p.bankName, max: 45, required: true },
    { key: 'BIC', value: p.bic, max: 9, digits: true, required: true },
    { key: 'CorrespAcc', value: p.corrAccount, max: 20, digits: true, required: true },
    // Kopecks, as an integer: the standard's Sum is in minor units.
    { key: 'Sum', value: p.sumMinor ? String(p.sumMinor) : undefined, max: 18, digits: true },
    { key: 'Purpose', value: p.purpose, max: 210 },
    { key: 'PayeeINN', value: p.payeeInn, max: 12, digits: true },
    { key: 'KPP', value: p.kpp, max: 9, digits: true },
  ];
  const pairs = fields.flatMap((f) => {
    const value = clean(f);
    return value === null ? [] : [`${f.key}=${value}`];
  });
  return [header, ...pairs].join(separator);
}

const options = { errorCorrectionLevel: 'M' } as const;

/** The QR code as an SVG string (no quiet zone: the page around it provides one). */
export function paymentQrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { ...options, type: 'svg', margin: 0 });
}

/** The QR code's modules, row by row (true = dark), for checking what a scanner would read. */
export function paymentQrMatrix(payload: string): boolean[][] {
  const { modules } = QRCode.create(payload, options);
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => !!modules.get(row, col)));
}

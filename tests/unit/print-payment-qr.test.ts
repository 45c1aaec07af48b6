import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { gostPayload, paymentQrMatrix, paymentQrSvg, type PaymentDetails } from '../../src-main/print/payment-qr';

const details: PaymentDetails = {
  name: 'ООО «Гараж Деск Сервис»',
  account: '40702810438000034726',
  bankName: 'ПАО Сбербанк',
  bic: '044525225',
  corrAccount: '30101810400000000225',
};

/** What a phone camera would see: the modules as 4×4 px squares with a 4-module quiet zone. */
function scan(payload: string): { data: string; bytes: number[] } | null {
  const matrix = paymentQrMatrix(payload);
  const scale = 4;
  const quiet = 4;
  const side = (matrix.length + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((r + quiet) * scale + dy) * side + (c + quiet) * scale + dx) * 4;
          pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
        }
    }),
  );
  const code = jsQR(pixels, side, side);
  return code ? { data: code.data, bytes: code.binaryData } : null;
}

describe('GOST R 56042-2014 payload', () => {
  it('puts the header and the required fields first, in the standard order', () => {
    expect(gostPayload(details)).toBe(
      'ST00012|Name=ООО «Гараж Деск Сервис»|PersonalAcc=40702810438000034726|BankName=ПАО Сбербанк|BIC=044525225|CorrespAcc=30101810400000000225',
    );
  });

  it('adds the sum in kopecks, the purpose, INN and KPP', () => {
    const payload = gostPayload({ ...details, sumMinor: 16766521, purpose: 'Оплата по счёту № 45 от 12.02.2026', payeeInn: '7707083893', kpp: '773601001' });
    expect(payload.endsWith('|Sum=16766521|Purpose=Оплата по счёту № 45 от 12.02.2026|PayeeINN=7707083893|KPP=773601001')).toBe(true);
  });

  it('never lets the separator or a line break into a value', () => {
    const payload = gostPayload({ ...details, name: 'ООО "A|B"', purpose: 'Оплата\nпо счёту | № 45' });
    expect(payload.split('|')).toEqual([
      'ST00012',
      'Name=ООО "A/B"',
      'PersonalAcc=40702810438000034726',
      'BankName=ПАО Сбербанк',
      'BIC=044525225',
      'CorrespAcc=30101810400000000225',
      'Purpose=Оплата по счёту / № 45',
    ]);
  });

  it('strips spaces from account numbers and checks they are digits', () => {
    expect(gostPayload({ ...details, account: '4070 2810 4380 0003 4726' })).toContain('|PersonalAcc=40702810438000034726|');
    expect(() => gostPayload({ ...details, bic: '04452522X' })).toThrow(/BIC/);
    expect(() => gostPayload({ ...details, name: '  ' })).toThrow(/Name/);
  });

  it('keeps values within the lengths the standard allows', () => {
    const payload = gostPayload({ ...details, bankName: 'Б'.repeat(60), purpose: 'П'.repeat(300) });
    expect(payload).toContain(`|BankName=${'Б'.repeat(45)}|`);
    expect(payload).toContain(`|Purpose=${'П'.repeat(210)}`);
  });

  it('refuses fractional or negative sums and leaves out a zero sum', () => {
    expect(() => gostPayload({ ...details, sumMinor: 10.5 })).toThrow(/Sum/);
    expect(() => gostPayload({ ...details, sumMinor: -1 })).toThrow(/Sum/);
    expect(gostPayload({ ...details, sumMinor: 0 })).not.toContain('Sum=');
  });
});

describe('payment QR code', () => {
  it('decodes back to the payload, Cyrillic included, as UTF-8 bytes', () => {
    const payload = gostPayload({ ...details, sumMinor: 5442650, purpose: 'Оплата по счёту № МСК1-С-000045 от 12.02.2026, в т.ч. НДС 9814.61', payeeInn: '7707083893', kpp: '773601001' });
    const scanned = scan(payload);
    expect(scanned?.data).toBe(payload);
    expect(Buffer.from(scanned!.bytes).toString('utf8')).toBe(payload);
  });

  it('round-trips the smallest payload too', () => {
    const payload = gostPayload(details);
    expect(scan(payload)?.data).toBe(payload);
  });

  it('draws the same code as SVG', async () => {
    const payload = gostPayload(details);
    const svg = await paymentQrSvg(payload);
    const size = paymentQrMatrix(payload).length;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
  });
});

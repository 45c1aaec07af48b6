import type { ApiInput, ApiOutput } from '../api/client';

export type LegalEntity = ApiOutput<'legalEntities.list'>['items'][number];
export type VatMode = LegalEntity['vatMode'];
export const vatModes: VatMode[] = ['none', 'included', 'on_top'];

export type LegalEntityFormValues = {
  name: string;
  inn: string;
  kpp: string;
  ogrn: string;
  address: string;
  phone: string;
  bankName: string;
  bic: string;
  bankAccount: string;
  corrAccount: string;
  vatMode: VatMode;
  /** In per cent as typed; the back end keeps basis points (22 % → 2200). */
  vatRatePct: number | string;
  isDefault: boolean;
};

// The standard Russian VAT rate since 2026.
const defaultVatPct = 22;

export function emptyLegalEntityValues(): LegalEntityFormValues {
  return { name: '', inn: '', kpp: '', ogrn: '', address: '', phone: '', bankName: '', bic: '', bankAccount: '', corrAccount: '', vatMode: 'none', vatRatePct: defaultVatPct, isDefault: false };
}

export function legalEntityValues(e: LegalEntity): LegalEntityFormValues {
  return {
    name: e.name,
    inn: e.inn,
    kpp: e.kpp ?? '',
    ogrn: e.ogrn ?? '',
    address: e.address,
    phone: e.phone ?? '',
    bankName: e.bankName ?? '',
    bic: e.bic ?? '',
    bankAccount: e.bankAccount ?? '',
    corrAccount: e.corrAccount ?? '',
    vatMode: e.vatMode,
    vatRatePct: e.vatMode === 'none' ? defaultVatPct : e.vatRateBp / 100,
    isDefault: e.isDefault,
  };
}

export function legalEntityInput(v: LegalEntityFormValues): ApiInput<'legalEntities.create'> {
  const pct = typeof v.vatRatePct === 'number' ? v.vatRatePct : 0;
  return {
    name: v.name,
    inn: v.inn,
    kpp: v.kpp,
    ogrn: v.ogrn,
    address: v.address,
    phone: v.phone,
    bankName: v.bankName,
    bic: v.bic,
    bankAccount: v.bankAccount,
    corrAccount: v.corrAccount,
    vatMode: v.vatMode,
    vatRateBp: v.vatMode === 'none' ? 0 : Math.round(pct * 100),
    isDefault: v.isDefault,
  };
}

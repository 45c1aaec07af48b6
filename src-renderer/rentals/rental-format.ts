import type { TFunction } from 'i18next';
import { formatDayShort, formatPlate, formatTimeRange } from '../format';
import { formatQty } from '../work-orders/numbers';
import { toWall } from '../scheduler/zoned-time';
import type { Machine } from './rental-types';

/** Capacity is kept in kilograms and shown in tonnes: 25000 → "25 t". */
export const formatTonnes = (kg: number, language: string, t: TFunction) => t('rentals.tonnes', { value: formatQty(kg, language) });

/** A trip on the branch's clock: "Tue 1 Dec 08:00–17:00", or both ends in full when it runs past midnight. */
export function formatTrip(startIso: string, endIso: string, language: string, timeZone: string): string {
  if (toWall(startIso, timeZone).date === toWall(endIso, timeZone).date) return `${formatDayShort(startIso, language, timeZone)} ${formatTimeRange(startIso, endIso, language, timeZone)}`;
  const at = (iso: string) => `${formatDayShort(iso, language, timeZone)} ${toWall(iso, timeZone).time}`;
  return `${at(startIso)} – ${at(endIso)}`;
}

/** "Ivanovets KS-45717 · А001АА 77". */
export const machineName = (m: Pick<Machine, 'model' | 'plate'>) => `${m.model} · ${formatPlate(m.plate)}`;

import type { ApiOutput } from '../api/client';

export type Deal = ApiOutput<'deals.get'>;
export type DealItem = Deal['items'][number];
export type DealStage = Deal['stage'];
export type DealListItem = ApiOutput<'deals.list'>['items'][number];
export type MachineType = ApiOutput<'machineTypes.list'>['items'][number];
export type Machine = ApiOutput<'machines.list'>['items'][number];
export type Driver = ApiOutput<'drivers.list'>['items'][number];
export type Availability = ApiOutput<'rentals.availability'>;

/** The deal's way: new → proposal → agreed → booked → in work → completed → closed; lost from anywhere. */
export const dealStages: DealStage[] = ['new', 'proposal', 'agreed', 'booked', 'in_work', 'completed', 'closed', 'lost'];

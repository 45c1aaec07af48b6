/**
 * What printed documents are made from: plain data, already read from the database, so the
 * renderers are pure functions of it (and can be tested from fixtures). Money in minor units,
 * quantities in thousandths, standard hours in hundredths, times as ISO strings (UTC).
 */
export type Lang = 'ru' | 'en';

export type BankDetails = { bankName: string; bic: string; account: string; corrAccount: string };

export type Party = {
  name: string;
  inn?: string | null;
  kpp?: string | null;
  ogrn?: string | null;
  address?: string | null;
  phone?: string | null;
  bank?: BankDetails | null;
};

export type PrintVehicle = {
  make: string;
  model: string;
  year?: number | null;
  vin?: string | null;
  plate?: string | null;
  colour?: string | null;
  mileageKm?: number | null;
};

export type LabourLine = {
  no: number;
  code?: string | null;
  name: string;
  hoursX100: number;
  quantityX1000: number;
  rateMinor: number;
  discountMinor: number;
  amountMinor: number;
  mechanics: { name: string; sharePct: number }[];
};

export type PartLine = {
  no: number;
  article?: string | null;
  name: string;
  quantityX1000: number;
  unit: 'pcs' | 'l' | 'kg' | 'm' | 'set';
  priceMinor: number;
  discountMinor: number;
  amountMinor: number;
  customerSupplied: boolean;
};

export type VatMode = 'none' | 'included' | 'on_top';

export type Totals = {
  labourMinor: number;
  partsMinor: number;
  discountMinor: number;
  vatMode: VatMode;
  vatRateBp: number;
  vatMinor: number;
  totalMinor: number;
  paidMinor: number;
  dueMinor: number;
};

export type DamageMark = { view: 'top' | 'left' | 'right' | 'front' | 'rear'; x: number; y: number; kind: 'scratch' | 'dent' | 'chip' | 'crack' | 'other'; note?: string | null };

export type Inspection = {
  marks: DamageMark[];
  // Eighths of a tank: 0 (empty) … 8 (full).
  fuelEighths: number;
  mileageKm: number | null;
  itemsLeft: string | null;
  notes: string | null;
  // Photos as data URLs (image/jpeg or image/png), printed small on the act.
  photos: { name: string; dataUrl: string }[];
};

export type WorkOrderPrint = {
  number: string;
  status: 'draft' | 'in_progress' | 'completed' | 'issued' | 'cancelled';
  createdAt: string;
  acceptedAt: string | null;
  promisedAt: string | null;
  completedAt: string | null;
  issuedAt: string | null;
  timeZone: string;
  seller: Party; // our legal entity
  customer: Party & { phones?: string[] };
  payer: Party; // who pays: the customer, or an insurer / fleet company
  vehicle: PrintVehicle | null;
  complaint: string | null;
  advisor: string | null;
  bay: string | null;
  scheduledStart: string | null;
  scheduledEnd: string | null;
  labour: LabourLine[];
  parts: PartLine[];
  recommendations: string[];
  totals: Totals;
  inspection: Inspection | null;
};

export type InvoicePrint = {
  number: string;
  date: string; // YYYY-MM-DD
  kind: 'prepayment' | 'postpayment';
  seller: Party & { bank: BankDetails };
  payer: Party;
  workOrderNumber: string | null;
  // A rental deal's invoice (prepayment or overtime): the deal it bills.
  dealNumber?: string | null;
  lines: { no: number; name: string; quantityX1000: number; unit: string; priceMinor: number; amountMinor: number }[];
  totals: Pick<Totals, 'vatMode' | 'vatRateBp' | 'vatMinor' | 'totalMinor'>;
  purpose: string;
  dueDate: string | null;
  // Who signs for the seller (Руководитель, Бухгалтер); blank lines when not given.
  signatories?: { head?: string | null; accountant?: string | null } | null;
};

/** A rental item's machine as printed: the type always, the rest once a machine is chosen. */
export type PrintMachine = { type: string; model: string | null; capacityKg: number | null; plate: string | null };

/** The commercial proposal (КП) of a rental deal: its items with rates, and the total. */
export type RentalProposalPrint = {
  number: string; // the deal's number
  date: string; // YYYY-MM-DD, the day it is printed
  validUntil: string; // YYYY-MM-DD
  timeZone: string;
  seller: Party;
  customer: Party & { phones?: string[] };
  contact: { name: string | null; phone: string | null };
  siteAddress: string | null;
  items: {
    no: number;
    machine: PrintMachine;
    startAt: string;
    endAt: string;
    // Hours billed (ordered, at least the minimum per trip) and the minimum itself.
    hoursX100: number;
    minHoursX100: number;
    rateMinor: number;
    km: number;
    ratePerKmMinor: number;
    amountMinor: number;
  }[];
  totals: Pick<Totals, 'vatMode' | 'vatRateBp' | 'vatMinor' | 'totalMinor'>;
};

/** The trip sheet a driver takes along: where, when, for whom, with which machine. */
export type TripSheetPrint = {
  number: string; // deal number / item position
  dealNumber: string;
  timeZone: string;
  seller: Party;
  customer: Party & { phones?: string[] };
  contact: { name: string | null; phone: string | null };
  siteAddress: string | null;
  startAt: string;
  endAt: string;
  machine: PrintMachine;
  driver: { name: string | null; phone: string | null };
  // The supplier whose machine and driver these are (supply equipment).
  supplier: string | null;
  orderedHoursX100: number;
  orderedKm: number;
  notes: string | null;
};

export type DocumentKind = 'inspection-act' | 'work-sheet' | 'work-order' | 'receipt' | 'act' | 'invoice' | 'rental-proposal' | 'trip-sheet';

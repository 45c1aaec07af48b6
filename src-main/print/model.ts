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
  lines: { no: number; name: string; quantityX1000: number; unit: string; priceMinor: number; amountMinor: number }[];
  totals: Pick<Totals, 'vatMode' | 'vatRateBp' | 'vatMinor' | 'totalMinor'>;
  purpose: string;
  dueDate: string | null;
  // Who signs for the seller (Руководитель, Бухгалтер); blank lines when not given.
  signatories?: { head?: string | null; accountant?: string | null } | null;
};

export type DocumentKind = 'inspection-act' | 'work-sheet' | 'work-order' | 'receipt' | 'act' | 'invoice';

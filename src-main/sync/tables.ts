/**
 * What syncs, and who may write it (see docs/sync.md). Shared reference data is written by any
 * branch and seen by all; every other synced table belongs to the branch of the desk that wrote
 * the row. Derived tables (search docs, stock balances, paid summaries) and desk-local settings
 * and counters never sync: each side rebuilds them.
 */
export const sharedTables = [
  'customers',
  'vehicles',
  'vehicle_owners',
  'mileage_readings',
  'legal_entities',
  'branches',
  'operations',
  'operation_norms',
  'repair_templates',
  'template_operations',
  'item_groups',
  'items',
  'item_barcodes',
  'item_analogues',
  'machine_types',
] as const;

// In an order where a row's references come before it (a first sync inserts in this order).
export const branchTables = [
  'employees',
  'bays',
  'working_hours',
  'calendar_exceptions',
  'bookings',
  'booking_mechanics',
  'warehouses',
  'item_min_levels',
  'stock_documents',
  'stock_document_lines',
  'stock_moves',
  'reservations',
  'repair_requests',
  'request_operations',
  'work_orders',
  'work_order_labour',
  'work_order_labour_mechanics',
  'work_order_parts',
  'work_order_events',
  'recommendations',
  'inspections',
  'inspection_photos',
  'invoices',
  'invoice_lines',
  'payments',
  'machines',
  'drivers',
  'rental_deals',
  'rental_items',
  'waybills',
] as const;

/** Append-only ledgers: a row is written once and never changed; merge is the union by id. */
export const ledgerTables = ['stock_moves', 'payments', 'work_order_events', 'mileage_readings'] as const;

export type SyncedTableName = (typeof sharedTables)[number] | (typeof branchTables)[number];

const shared = new Set<string>(sharedTables);
const synced = new Set<string>([...sharedTables, ...branchTables]);
const ledgers = new Set<string>(ledgerTables);

export const isSyncedTable = (name: string): name is SyncedTableName => synced.has(name);
export const isSharedTable = (name: string): boolean => shared.has(name);
export const isLedgerTable = (name: string): boolean => ledgers.has(name);

/** The scope of a change: "shared", or the id of the branch that owns the row. */
export const SHARED_SCOPE = 'shared';
export function scopeOf(table: SyncedTableName, branchId: string): string {
  return shared.has(table) ? SHARED_SCOPE : branchId;
}

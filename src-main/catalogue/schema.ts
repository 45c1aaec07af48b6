import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';

/**
 * Labour operations. Standard hours (нормо-часы) are kept in hundredths of an hour
 * (150 = 1.5 h) so sums stay exact; rate in minor units per hour, null = the branch's rate.
 */
export const operations = sqliteTable('operations', {
  ...syncedColumns,
  code: text('code').notNull(),
  name: text('name').notNull(),
  standardHoursX100: integer('standard_hours_x100').notNull(),
  rateMinor: integer('rate_minor'),
  active: integer('active', { mode: 'boolean' }).notNull(),
}, (t) => [index('operations_code_idx').on(t.code), index('operations_name_idx').on(t.name)]);

/** A different norm for a vehicle class or a make (and model): the most specific wins. */
export const operationNorms = sqliteTable('operation_norms', {
  ...syncedColumns,
  operationId: text('operation_id').notNull().references(() => operations.id),
  vehicleClass: text('vehicle_class'),
  make: text('make'),
  model: text('model'),
  standardHoursX100: integer('standard_hours_x100').notNull(),
}, (t) => [index('operation_norms_operation_idx').on(t.operationId)]);

export const repairTemplates = sqliteTable('repair_templates', {
  ...syncedColumns,
  name: text('name').notNull(),
  notes: text('notes'),
});

export const templateOperations = sqliteTable('template_operations', {
  ...syncedColumns,
  templateId: text('template_id').notNull().references(() => repairTemplates.id),
  operationId: text('operation_id').notNull().references(() => operations.id),
  // Thousandths (1000 = once), like every quantity.
  quantityX1000: integer('quantity_x1000').notNull(),
  position: integer('position').notNull(),
}, (t) => [index('template_operations_template_idx').on(t.templateId)]);

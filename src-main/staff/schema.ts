import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';
import { branches } from '../organisation/schema';

export const employeeRoles = ['front_desk', 'manager', 'mechanic', 'storekeeper', 'driver', 'admin'] as const;

export const employees = sqliteTable('employees', {
  ...syncedColumns,
  branchId: text('branch_id').notNull().references(() => branches.id),
  name: text('name').notNull(),
  role: text('role', { enum: employeeRoles }).notNull(),
  phone: text('phone'),
  // Minor units (kopecks) per hour: what the employee costs, for payroll and margins.
  hourlyCostMinor: integer('hourly_cost_minor').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
}, (t) => [index('employees_branch_idx').on(t.branchId, t.role)]);

import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { syncedColumns } from '../db/columns';

export const vatModes = ['none', 'included', 'on_top'] as const;

export const legalEntities = sqliteTable('legal_entities', {
  ...syncedColumns,
  name: text('name').notNull(),
  inn: text('inn').notNull(),
  kpp: text('kpp'),
  ogrn: text('ogrn'),
  address: text('address').notNull(),
  phone: text('phone'),
  bankName: text('bank_name'),
  bic: text('bic'),
  bankAccount: text('bank_account'),
  corrAccount: text('corr_account'),
  vatMode: text('vat_mode', { enum: vatModes }).notNull(),
  // Basis points: 2200 = 22 %.
  vatRateBp: integer('vat_rate_bp').notNull(),
  isDefault: integer('is_default', { mode: 'boolean' }).notNull(),
});

export const branches = sqliteTable('branches', {
  ...syncedColumns,
  name: text('name').notNull(),
  // Printed before every document number, so two offline desks never issue the same one.
  docPrefix: text('doc_prefix').notNull(),
  timeZone: text('time_zone').notNull(),
  // Labour rate per standard hour, minor units; an operation may override it.
  labourRateMinor: integer('labour_rate_minor').notNull().default(250000),
});

// This workstation's own settings (not synced): which branch it is, and similar.
export const localSettings = sqliteTable('local_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});

// This workstation's document counters (not synced): the next number per kind of document.
export const localCounters = sqliteTable('local_counters', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
});

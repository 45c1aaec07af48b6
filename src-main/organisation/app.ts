import { and, eq, isNull, ne, asc } from 'drizzle-orm';
import { z } from 'zod';
import { command, query, removeCommand, type Ctx } from '../api/define';
import { AppError, fieldError } from '../api/errors';
import { insertRow, updateRow, getLive } from '../db/dal';
import type { Db } from '../db/open';
import { getSetting, setSetting } from '../db/settings';
import { legalEntities, branches } from './schema';
import { legalEntityCreate, legalEntityUpdate, branchUpdate } from './inputs';

export const organisationApi = {
  'legalEntities.list': query('Our legal entities (the default first).', z.object({}), listLegalEntities),
  'legalEntities.create': command('Add one of our legal entities, with bank details and VAT mode.', legalEntityCreate, createLegalEntity),
  'legalEntities.update': command('Change a legal entity; making one default unmarks the others.', legalEntityUpdate, updateLegalEntity),
  'legalEntities.remove': removeCommand('Remove a legal entity (a tombstone).', legalEntities, 'legal_entity'),
  'branches.list': query('Every branch this desk knows: its own, or all of them on a head-office desk.', z.object({}), (ctx) => ({
    items: ctx.db.select().from(branches).where(isNull(branches.deletedAt)).orderBy(asc(branches.name)).all(),
  })),
  'branches.current': query('The branch this workstation belongs to.', z.object({}), (ctx) => currentBranch(ctx.db)),
  'branches.update': command('Rename this branch or change its document-number prefix, time zone or labour rate.', branchUpdate, (ctx, input) =>
    updateRow(ctx.db, branches, currentBranch(ctx.db).id, input, 'branch'),
  ),
};

function listLegalEntities(ctx: Ctx) {
  const items = ctx.db.select().from(legalEntities).where(isNull(legalEntities.deletedAt)).orderBy(asc(legalEntities.name)).all();
  items.sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  return { items };
}

function unmarkOtherDefaults(db: Db, keepId: string) {
  const others = db.select({ id: legalEntities.id }).from(legalEntities).where(and(eq(legalEntities.isDefault, true), ne(legalEntities.id, keepId), isNull(legalEntities.deletedAt))).all();
  for (const o of others) updateRow(db, legalEntities, o.id, { isDefault: false }, 'legal_entity');
}

function createLegalEntity(ctx: Ctx, input: z.output<typeof legalEntityCreate>) {
  const first = !ctx.db.select({ id: legalEntities.id }).from(legalEntities).where(isNull(legalEntities.deletedAt)).get();
  const row = insertRow(ctx.db, legalEntities, {
    name: input.name,
    inn: input.inn,
    kpp: input.kpp ?? null,
    ogrn: input.ogrn ?? null,
    address: input.address,
    phone: input.phone ?? null,
    bankName: input.bankName ?? null,
    bic: input.bic ?? null,
    bankAccount: input.bankAccount ?? null,
    corrAccount: input.corrAccount ?? null,
    vatMode: input.vatMode,
    vatRateBp: input.vatMode === 'none' ? 0 : input.vatRateBp,
    // The first entity is the default: there must always be one to print documents with.
    isDefault: first || (input.isDefault ?? false),
  });
  if (row.isDefault) unmarkOtherDefaults(ctx.db, row.id);
  return row;
}

function updateLegalEntity(ctx: Ctx, input: z.output<typeof legalEntityUpdate>) {
  const { id, ...patch } = input;
  const current = getLive(ctx.db, legalEntities, id, 'legal_entity');
  if (patch.isDefault === false && current.isDefault) throw fieldError('isDefault', 'field.required');
  const row = updateRow(ctx.db, legalEntities, id, patch, 'legal_entity');
  if (row.isDefault) unmarkOtherDefaults(ctx.db, row.id);
  return row;
}

/** Our legal entity marked default (documents are issued by it unless another is chosen). */
export function defaultLegalEntity(db: Db) {
  return db.select().from(legalEntities).where(and(eq(legalEntities.isDefault, true), isNull(legalEntities.deletedAt))).get();
}

/** The branch this workstation belongs to (made at start-up by ensureBranch). */
export function currentBranch(db: Db) {
  const branchId = getSetting<string>(db, 'branchId');
  const row = branchId && db.select().from(branches).where(eq(branches.id, branchId)).get();
  if (!row) throw new AppError('not_found', { entity: 'branch' });
  return row;
}

/**
 * A new database gets a branch ("Main branch", prefix "A") at start-up, so document
 * numbering always has a prefix; the user renames it in Settings.
 */
export function ensureBranch(db: Db): void {
  const branchId = getSetting<string>(db, 'branchId');
  if (branchId && db.select().from(branches).where(eq(branches.id, branchId)).get()) return;
  const row = insertRow(db, branches, { name: 'Main branch', docPrefix: 'A', timeZone: 'Europe/Moscow' });
  setSetting(db, 'branchId', row.id);
}

import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { foldText } from '../validation/text';
import type { z } from 'zod';
import { command, query, removeCommand, type Ctx } from '../api/define';
import { byId } from '../api/fields';
import { insertRow, updateRow, tombstoneChildren, getLive } from '../db/dal';
import type { Db } from '../db/open';
import { operations, operationNorms, repairTemplates, templateOperations } from './schema';
import { operationCreate, operationUpdate, operationSearch, templateCreate, templateUpdate, templateSearch } from './inputs';
import { currentBranch } from '../organisation/app';

export const catalogueApi = {
  'operations.search': query('Labour operations by code or name fragment.', operationSearch, searchOperations),
  'operations.get': query('One operation with its norms per vehicle class or make/model.', byId, (ctx, input) => operationWithNorms(ctx.db, input.id)),
  'operations.create': command('Add a labour operation with standard hours and, optionally, its own rate.', operationCreate, createOperation),
  'operations.update': command('Change an operation; norms, when given, replace the old ones.', operationUpdate, updateOperation),
  'operations.remove': removeCommand('Remove an operation (a tombstone).', operations, 'operation'),
  'templates.list': query('Repair templates, by name.', templateSearch, listTemplates),
  'templates.get': query('One repair template with its operations.', byId, (ctx, input) => templateWithLines(ctx.db, input.id)),
  'templates.create': command('Add a repair template: a named set of operations.', templateCreate, createTemplate),
  'templates.update': command('Change a template; operations, when given, replace the old ones.', templateUpdate, updateTemplate),
  'templates.remove': removeCommand('Remove a template (a tombstone).', repairTemplates, 'template'),
};

export type Operation = typeof operations.$inferSelect & { effectiveRateMinor: number };

function withRate(db: Db, op: typeof operations.$inferSelect): Operation {
  return { ...op, effectiveRateMinor: op.rateMinor ?? currentBranch(db).labourRateMinor };
}

// The catalogue is small (hundreds to a few thousand rows), and SQLite's LIKE folds case
// only for Latin letters, so matching is done here with the same folding as customer search.
function searchOperations(ctx: Ctx, input: z.output<typeof operationSearch>) {
  const q = foldText(input.q);
  const rows = ctx.db
    .select()
    .from(operations)
    .where(and(isNull(operations.deletedAt), input.includeInactive ? undefined : eq(operations.active, true)))
    .orderBy(asc(operations.code))
    .all()
    .filter((r) => !q || foldText(`${r.code} ${r.name}`).includes(q))
    .slice(0, input.limit ?? 50);
  return { items: rows.map((r) => withRate(ctx.db, r)) };
}

export function operationWithNorms(db: Db, id: string) {
  const op = getLive(db, operations, id, 'operation');
  const norms = db
    .select({ vehicleClass: operationNorms.vehicleClass, make: operationNorms.make, model: operationNorms.model, standardHoursX100: operationNorms.standardHoursX100 })
    .from(operationNorms)
    .where(and(eq(operationNorms.operationId, id), isNull(operationNorms.deletedAt)))
    .all();
  return { ...withRate(db, op), norms };
}

function replaceNorms(db: Db, operationId: string, norms: z.output<typeof operationCreate>['norms']) {
  if (!norms) return;
  tombstoneChildren(db, operationNorms, operationNorms.operationId, operationId);
  for (const n of norms) insertRow(db, operationNorms, { operationId, vehicleClass: n.vehicleClass ?? null, make: n.make ?? null, model: n.model ?? null, standardHoursX100: n.standardHoursX100 });
}

function createOperation(ctx: Ctx, input: z.output<typeof operationCreate>) {
  const op = insertRow(ctx.db, operations, { code: input.code, name: input.name, standardHoursX100: input.standardHoursX100, rateMinor: input.rateMinor ?? null, active: input.active ?? true });
  replaceNorms(ctx.db, op.id, input.norms);
  return operationWithNorms(ctx.db, op.id);
}

function updateOperation(ctx: Ctx, input: z.output<typeof operationUpdate>) {
  const { id, norms, ...patch } = input;
  updateRow(ctx.db, operations, id, patch, 'operation');
  replaceNorms(ctx.db, id, norms);
  return operationWithNorms(ctx.db, id);
}

function listTemplates(ctx: Ctx, input: z.output<typeof templateSearch>) {
  const q = foldText(input.q ?? '');
  const items = ctx.db
    .select()
    .from(repairTemplates)
    .where(isNull(repairTemplates.deletedAt))
    .orderBy(asc(repairTemplates.name))
    .all()
    .filter((t) => !q || foldText(t.name).includes(q));
  return { items };
}

export function templateWithLines(db: Db, id: string) {
  const template = getLive(db, repairTemplates, id, 'template');
  const lines = db
    .select({ operationId: templateOperations.operationId, quantityX1000: templateOperations.quantityX1000, position: templateOperations.position })
    .from(templateOperations)
    .where(and(eq(templateOperations.templateId, id), isNull(templateOperations.deletedAt)))
    .orderBy(asc(templateOperations.position))
    .all();
  const ops = lines.length ? db.select().from(operations).where(inArray(operations.id, lines.map((l) => l.operationId))).all() : [];
  return {
    ...template,
    operations: lines.map((l) => {
      const op = ops.find((o) => o.id === l.operationId)!;
      return { operationId: l.operationId, quantityX1000: l.quantityX1000, code: op.code, name: op.name, standardHoursX100: op.standardHoursX100 };
    }),
  };
}

function replaceLines(db: Db, templateId: string, lines: z.output<typeof templateCreate>['operations'] | undefined) {
  if (!lines) return;
  for (const l of lines) getLive(db, operations, l.operationId, 'operation');
  tombstoneChildren(db, templateOperations, templateOperations.templateId, templateId);
  lines.forEach((l, position) => insertRow(db, templateOperations, { templateId, operationId: l.operationId, quantityX1000: l.quantityX1000 ?? 1000, position }));
}

function createTemplate(ctx: Ctx, input: z.output<typeof templateCreate>) {
  const t = insertRow(ctx.db, repairTemplates, { name: input.name, notes: input.notes ?? null });
  replaceLines(ctx.db, t.id, input.operations);
  return templateWithLines(ctx.db, t.id);
}

function updateTemplate(ctx: Ctx, input: z.output<typeof templateUpdate>) {
  const { id, operations: lines, ...patch } = input;
  updateRow(ctx.db, repairTemplates, id, patch, 'template');
  replaceLines(ctx.db, id, lines);
  return templateWithLines(ctx.db, id);
}

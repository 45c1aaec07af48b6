import type { z } from 'zod';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { byId } from './fields';
import { tombstoneRow } from '../db/dal';
import type { Db } from '../db/open';
import type { Locale } from '../i18n/messages';

export type Ctx = { db: Db; locale: Locale };

export type Method<I extends z.ZodType = z.ZodType, O = unknown> = {
  kind: 'command' | 'query' | 'action';
  input: I;
  run: (ctx: Ctx, input: z.output<I>) => O;
  summary: string;
};

/**
 * A handler that changes data. The dispatcher validates its input, runs it in one
 * transaction (all or nothing); the data-access layer records the sync outbox there too.
 */
export function command<I extends z.ZodType, O>(summary: string, input: I, run: (ctx: Ctx, input: z.output<I>) => O): Method<I, O> {
  return { kind: 'command', input, run, summary };
}

/**
 * A handler that talks to the outside world (head office) and so cannot sit in one
 * transaction: it awaits the network and runs its own short transactions in between.
 */
export function action<I extends z.ZodType, O>(summary: string, input: I, run: (ctx: Ctx, input: z.output<I>) => Promise<O>): Method<I, Promise<O>> {
  return { kind: 'action', input, run, summary };
}

/** A handler that only reads. */
export function query<I extends z.ZodType, O>(summary: string, input: I, run: (ctx: Ctx, input: z.output<I>) => O): Method<I, O> {
  return { kind: 'query', input, run, summary };
}

/** The common "remove" command: validates the id and leaves a tombstone. */
export function removeCommand(summary: string, table: SQLiteTable & { id: SQLiteColumn; createdAt: SQLiteColumn; updatedAt: SQLiteColumn; deletedAt: SQLiteColumn }, entity: string) {
  return command(summary, byId, (ctx, input) => {
    tombstoneRow(ctx.db, table, input.id, entity);
    return { id: input.id };
  });
}

import { openDatabase, appliedMigrations, type Db } from './db/open';
import { dataFiles } from './paths';
import { dispatch } from './api/dispatch';
import { methods } from './api';
import { ensureBranch } from './organisation/app';
import { ensureSearchIndex } from './customers/search';
import { ensureWarehouses } from './stock/warehouses';
import { pickLocale } from './i18n/messages';
import type { ApiResult } from './api/errors';
import { startBackgroundSync } from './sync/background';
import { setTokenKey } from './sync/sealed-token';

export type Backend = {
  db: Db;
  dataDir: string;
  dbFile: string;
  /** Runs one API method; never throws. `locale` is a language tag such as "ru-RU". What transports use. */
  callAsync(method: string, input: unknown, locale?: string): Promise<ApiResult>;
  /** The same for methods that answer at once (all but those rendering PDFs): for scripts and tests. */
  call(method: string, input: unknown, locale?: string): ApiResult;
  schemaVersion(): number;
  close(): void;
};

/** Opens (and migrates) the database in `dataDir` and returns the API bound to it. */
export async function openBackend(opts: { dataDir: string; nativeBinding?: string; backgroundSync?: boolean; tokenKey?: Buffer }): Promise<Backend> {
  const { dbFile, backupsDir } = dataFiles(opts.dataDir);
  const db = await openDatabase(dbFile, backupsDir, { nativeBinding: opts.nativeBinding });
  // The desktop app's key for the head-office token at rest (sync/sealed-token.ts).
  setTokenKey(db, opts.tokenKey);
  db.$client.transaction(() => {
    ensureBranch(db);
    ensureWarehouses(db);
  })();
  ensureSearchIndex(db);
  // The app (desktop or browser mode) keeps in step with head office; scripts and tests sync by hand.
  const stopSync = opts.backgroundSync ? startBackgroundSync(db) : () => undefined;
  return {
    db,
    dataDir: opts.dataDir,
    dbFile,
    callAsync: async (method, input, locale) => dispatch(methods, db, method, input, pickLocale(locale)),
    call: (method, input, locale) => {
      const result = dispatch(methods, db, method, input, pickLocale(locale));
      if (result instanceof Promise) throw new Error(`${method} answers asynchronously: use callAsync`);
      return result;
    },
    schemaVersion: () => appliedMigrations(db.$client),
    close: () => {
      stopSync();
      db.$client.close();
    },
  };
}

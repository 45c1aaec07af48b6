import { openDatabase, appliedMigrations, type Db } from './db/open';
import { dataFiles } from './paths';
import { dispatch } from './api/dispatch';
import { methods } from './api';
import { ensureBranch } from './organisation/app';
import { ensureSearchIndex } from './customers/search';
import { ensureWarehouses } from './stock/warehouses';
import { pickLocale } from './i18n/messages';
import type { ApiResult } from './api/errors';

export type Backend = {
  db: Db;
  dataDir: string;
  dbFile: string;
  /** Runs one API method; never throws. `locale` is a language tag such as "ru-RU". */
  call(method: string, input: unknown, locale?: string): ApiResult;
  schemaVersion(): number;
  close(): void;
};

/** Opens (and migrates) the database in `dataDir` and returns the API bound to it. */
export async function openBackend(opts: { dataDir: string; nativeBinding?: string }): Promise<Backend> {
  const { dbFile, backupsDir } = dataFiles(opts.dataDir);
  const db = await openDatabase(dbFile, backupsDir, { nativeBinding: opts.nativeBinding });
  db.$client.transaction(() => {
    ensureBranch(db);
    ensureWarehouses(db);
  })();
  ensureSearchIndex(db);
  return {
    db,
    dataDir: opts.dataDir,
    dbFile,
    call: (method, input, locale) => dispatch(methods, db, method, input, pickLocale(locale)),
    schemaVersion: () => appliedMigrations(db.$client),
    close: () => db.$client.close(),
  };
}

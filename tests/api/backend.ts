import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../src-main/backend';
import type { ApiMethod, ApiInput, ApiOutput } from '../../src-main/api';
import type { ApiResult } from '../../src-main/api/errors';

/** A back end on a fresh SQLite file in a temporary folder, as the app would open it. */
export async function tempBackend(): Promise<Backend & { ok: <M extends ApiMethod>(m: M, input: ApiInput<M>) => ApiOutput<M>; fail: (m: ApiMethod, input: unknown, locale?: string) => Extract<ApiResult, { ok: false }>['error'] }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-test-'));
  const backend = await openBackend({ dataDir });
  return Object.assign(backend, {
    ok<M extends ApiMethod>(m: M, input: ApiInput<M>): ApiOutput<M> {
      const r = backend.call(m, input);
      if (!r.ok) throw new Error(`${m} failed: ${JSON.stringify(r.error)}`);
      return r.data as ApiOutput<M>;
    },
    fail(m: ApiMethod, input: unknown, locale = 'en') {
      const r = backend.call(m, input, locale);
      if (r.ok) throw new Error(`${m} unexpectedly succeeded: ${JSON.stringify(r.data)}`);
      return r.error;
    },
  });
}

/** Every row of every table: to prove a refused command changed nothing. */
export function snapshot(backend: Backend): string {
  const sqlite = backend.db.$client;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_search%' ORDER BY name").all() as { name: string }[];
  const docs = sqlite.prepare('SELECT * FROM customer_search_docs ORDER BY doc_id').all();
  return JSON.stringify([tables.map((t) => [t.name, sqlite.prepare(`SELECT * FROM "${t.name}"`).all()]), docs]);
}

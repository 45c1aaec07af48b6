import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openBackend } from '../../src-main/backend';
import { onlineBackup, checkBackupFile, replaceDatabaseFile } from '../../src-main/db/backup';
import { latestSchemaVersion } from '../../src-main/db/open';

const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), p));

async function backendWith(names: string[]) {
  const dataDir = tmp('garage-desk-bk-');
  const backend = await openBackend({ dataDir });
  for (const name of names) backend.call('customers.create', { kind: 'person', name, phones: ['+79160000000'] });
  return backend;
}

describe('backup and restore', () => {
  it('backs up online while another connection keeps writing', async () => {
    const backend = await backendWith(['Первый']);
    const writer = new Database(backend.dbFile);
    const target = path.join(tmp('garage-desk-out-'), 'copy.sqlite');
    const pending = onlineBackup(backend.db.$client, target);
    writer.prepare("UPDATE customers SET notes = 'во время копии'").run();
    await pending;
    writer.close();
    const check = checkBackupFile(target, latestSchemaVersion());
    expect(check).toEqual({ ok: true, schemaVersion: latestSchemaVersion() });
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT name FROM customers').pluck().all()).toEqual(['Первый']);
    copy.close();
    backend.close();
  });

  it('refuses files that are not sound Garage Desk databases, naming why', () => {
    const dir = tmp('garage-desk-bad-');
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'hello, this is not a database at all, just some text that is long enough');
    expect(checkBackupFile(text, latestSchemaVersion())).toMatchObject({ ok: false, reason: 'not_sqlite' });

    const other = path.join(dir, 'other.sqlite');
    const o = new Database(other);
    o.exec('CREATE TABLE t (x)');
    o.close();
    expect(checkBackupFile(other, latestSchemaVersion())).toMatchObject({ ok: false, reason: 'not_garage_desk' });

    expect(checkBackupFile(path.join(dir, 'missing.sqlite'), latestSchemaVersion())).toMatchObject({ ok: false, reason: 'not_sqlite' });
  });

  it('refuses a backup made by a newer schema, and a corrupted one', async () => {
    const backend = await backendWith(['Кто-то']);
    const target = path.join(tmp('garage-desk-new-'), 'b.sqlite');
    await onlineBackup(backend.db.$client, target);
    backend.close();
    expect(checkBackupFile(target, latestSchemaVersion() - 1)).toMatchObject({ ok: false, reason: 'newer_schema' });

    // Overwrite a page in the middle of the file: the header survives, the b-tree does not.
    const bytes = fs.readFileSync(target);
    bytes.fill(0x5a, 4096 * 2, 4096 * 3);
    const broken = path.join(path.dirname(target), 'broken.sqlite');
    fs.writeFileSync(broken, bytes);
    const check = checkBackupFile(broken, latestSchemaVersion());
    expect(check.ok).toBe(false);
  });

  it('restores over the current database and keeps the old file beside it', async () => {
    const first = await backendWith(['Из бэкапа']);
    const backupFile = path.join(tmp('garage-desk-bf-'), 'b.sqlite');
    await onlineBackup(first.db.$client, backupFile);
    first.close();

    const current = await backendWith(['Текущий']);
    const dbFile = current.dbFile;
    current.close();
    const kept = replaceDatabaseFile(dbFile, backupFile);
    expect(kept && fs.existsSync(kept)).toBe(true);
    const keptDb = new Database(kept!, { readonly: true });
    expect(keptDb.prepare('SELECT name FROM customers').pluck().all()).toEqual(['Текущий']);
    keptDb.close();

    const reopened = await openBackend({ dataDir: path.dirname(dbFile) });
    const found = reopened.call('customers.search', { q: '' }) as { ok: true; data: { items: { name: string }[] } };
    expect(found.data.items.map((i) => i.name)).toEqual(['Из бэкапа']);
    reopened.close();
  });
});

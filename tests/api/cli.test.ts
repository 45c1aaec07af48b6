import { describe, it, expect, vi, afterEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../../src-main/cli/main';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-cli-'));

function quiet() {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return out;
}
afterEach(() => vi.restoreAllMocks());

describe('cli', () => {
  it('migrate, demo, backup and restore work on one data folder', async () => {
    const out = quiet();
    const data = tmp();
    expect(await runCli(['migrate', '--data', data])).toBe(0);
    expect(fs.existsSync(path.join(data, 'garage-desk.sqlite'))).toBe(true);

    expect(await runCli(['demo', '--scale', 'small', '--data', data])).toBe(0);
    const db = new Database(path.join(data, 'garage-desk.sqlite'), { readonly: true });
    const customers = db.prepare('SELECT count(*) FROM customers WHERE is_supplier = 0').pluck().get() as number;
    const docs = db.prepare('SELECT count(*) FROM customer_search_docs').pluck().get() as number;
    db.close();
    expect(customers).toBe(300);
    expect(docs).toBe(customers + 6); // and the demo suppliers: three of parts, three of equipment

    const backupFile = path.join(tmp(), 'b.sqlite');
    expect(await runCli(['backup', '--data', data, '--out', backupFile])).toBe(0);
    expect(fs.existsSync(backupFile)).toBe(true);

    const bad = path.join(tmp(), 'bad.sqlite');
    fs.writeFileSync(bad, 'not a database');
    expect(await runCli(['restore', bad, '--data', data])).toBe(1);
    expect(out.join('\n')).toMatch(/Nothing was changed/);

    expect(await runCli(['restore', backupFile, '--data', data])).toBe(0);
    expect(fs.readdirSync(data).some((f) => f.includes('before-restore'))).toBe(true);
  });

  it('uses GARAGE_DESK_DATA when --data is not given', async () => {
    quiet();
    const data = tmp();
    vi.stubEnv('GARAGE_DESK_DATA', data);
    expect(await runCli(['migrate'])).toBe(0);
    expect(fs.existsSync(path.join(data, 'garage-desk.sqlite'))).toBe(true);
    vi.unstubAllEnvs();
  });

  it('prints usage for an unknown command and fails', async () => {
    const out = quiet();
    expect(await runCli(['frobnicate'])).toBe(1);
    expect(out.join('\n')).toMatch(/Commands:/);
  });
});

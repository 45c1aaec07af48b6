import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
// Node itself with tsx's loader (what `npx tsx` runs), so that killing the process kills the server.
const cli = ['--import', 'tsx', 'src-server/cli.ts'];
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-server-'));
const env = { ...process.env, DATABASE_URL: '', GARAGE_DESK_SERVER_DATA: '' };
const codePattern = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** `npm run server -- …args`, as a child process. */
function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...cli, ...args], { cwd: root, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
const lastLine = (out: string) => out.trim().split('\n').at(-1) ?? '';

let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGKILL');
  fs.rmSync(data, { recursive: true, force: true });
});

// Each command is a process of its own and the embedded database is slow to create, so one
// test walks through a head office's day: start, add branches, enrol, revoke, stop, add a code.
describe('server command line', () => {
  it('prints enrolment codes on the last line, through the running server and without it', async () => {
    server = spawn(process.execPath, [...cli, '--port', '0', '--data', data], { cwd: root, env });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server!.stdout!.on('data', (d) => {
        out += d;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]);
      });
      server!.on('close', (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
    expect(await (await fetch(`${url}/health`)).json()).toMatchObject({ ok: true });

    // The server holds the embedded database: admin commands go through it.
    const added = await run('branch', 'add', 'North', '--data', data);
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/document prefix N\./);
    expect(lastLine(added.out)).toMatch(codePattern);
    const headOffice = await run('branch', 'add', 'Head office', '--head-office', '--prefix', 'HQ', '--data', data);
    expect(headOffice.out).toMatch(/\(head office\).*document prefix HQ\./);
    expect(lastLine(headOffice.out)).toMatch(codePattern);

    const enrolled = await fetch(`${url}/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: lastLine(added.out), deskName: 'Front desk' }) });
    expect(enrolled.status).toBe(200);
    const { workstationId } = (await enrolled.json()) as { workstationId: string };
    expect((await run('revoke', workstationId, '--data', data)).code).toBe(0);
    expect((await run('workstations', '--data', data)).out).toMatch(new RegExp(`${workstationId}  North  \\w\\w  Front desk .* REVOKED`));
    const unknown = await run('enrolment-code', 'Nowhere', '--data', data);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/no branch "Nowhere"/);
    // A second server on the same folder is refused before it opens anything.
    const second = await run('--port', '0', '--data', data);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/Another head-office server .* is running/);

    server.kill('SIGTERM');
    await new Promise((resolve) => server!.on('close', resolve));
    expect(fs.existsSync(path.join(data, 'server.json'))).toBe(false);
    // Stopped: the command opens the database itself.
    const code = await run('enrolment-code', 'north', '--data', data);
    expect(code.code).toBe(0);
    expect(lastLine(code.out)).toMatch(codePattern);
  }, 180_000);

  it('refuses plain HTTP on a public address without --insecure-http', async () => {
    const res = await run('--host', '0.0.0.0', '--data', data);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/--cert FILE --key FILE/);
  }, 30_000);
});

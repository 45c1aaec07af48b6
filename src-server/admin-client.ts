import fs from 'node:fs';
import path from 'node:path';
import type { AdminOpName, AdminResult } from './admin';

/**
 * Embedded PostgreSQL (PGlite) allows one process per data folder. While the server runs, it
 * holds the folder, marked by `<data>/server.json`, and serves admin operations on a second
 * listener, on loopback only, guarded by a random token in that file (readable by this user
 * only; see admin-endpoint.ts). Admin commands read the file to reach it; a second server reads
 * it to stay away. Nothing here loads the database, so such commands start quickly.
 */

export interface ServerFile {
  pid: number;
  adminPort?: number;
  adminToken?: string;
}

const serverFile = (dataDir: string) => path.join(dataDir, 'server.json');

/** Marks the folder as taken before the database is opened (no admin port yet). */
export function claimDataDir(dataDir: string): void {
  const other = readServerFile(dataDir);
  if (other && other.pid !== process.pid && isAlive(other.pid))
    throw new Error(`Another head-office server (process ${other.pid}) is running on ${dataDir}. Stop it first.`);
  fs.mkdirSync(dataDir, { recursive: true });
  writeServerFile(dataDir, { pid: process.pid });
}

export function releaseDataDir(dataDir: string): void {
  const file = readServerFile(dataDir);
  if (file?.pid === process.pid) fs.rmSync(serverFile(dataDir), { force: true });
}

/**
 * Runs an admin operation through the server that holds `dataDir`, or answers `undefined`
 * when no server holds it (then the caller opens the database itself).
 */
export async function callRunningServer<N extends AdminOpName>(dataDir: string, op: N, input: unknown): Promise<AdminResult<N> | undefined> {
  const file = readServerFile(dataDir);
  if (!file || !isAlive(file.pid)) return undefined;
  if (!file.adminPort || !file.adminToken) throw new Error(`The head-office server on ${dataDir} is starting. Try again in a moment.`);
  let res: Response;
  try {
    res = await fetch(`http://127.0.0.1:${file.adminPort}/admin/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-admin-token': file.adminToken },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return undefined; // a stale file: the process behind it is not our server any more
  }
  const body = (await res.json()) as AdminResult<N> & { error?: { message: string } };
  if (!res.ok) throw new Error(body.error?.message ?? `The server answered ${res.status}.`);
  return body;
}

function readServerFile(dataDir: string): ServerFile | null {
  try {
    return JSON.parse(fs.readFileSync(serverFile(dataDir), 'utf8')) as ServerFile;
  } catch {
    return null;
  }
}

export function writeServerFile(dataDir: string, content: ServerFile): void {
  fs.writeFileSync(serverFile(dataDir), JSON.stringify(content), { mode: 0o600 });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

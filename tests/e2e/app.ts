import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { ApiInput, ApiMethod, ApiOutput } from '../../src-main/api';
import type { ApiResult } from '../../src-main/api/errors';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Opens the app the way `npm run serve` tells a person to: with the token in the link. The
 * scheduler is the home screen; most specs start from the customer list.
 */
export async function openApp(page: Page, screen: 'customers' | 'scheduler' = 'customers'): Promise<void> {
  await page.goto('/#token=e2e-token');
  await expect(page.getByRole('heading', { name: 'Scheduler', level: 2 })).toBeVisible();
  if (screen === 'customers') {
    await page.getByRole('link', { name: 'Customers' }).click();
    await expect(page.getByRole('heading', { name: 'Customers', level: 2 })).toBeVisible();
  }
}

/** Screenshots go to test-results/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Let notifications and modal transitions settle so the picture shows the resting screen.
  await page.waitForTimeout(250);
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

/** Sets up data through the HTTP API, for tests whose subject is a later step. */
export async function api<M extends ApiMethod>(request: APIRequestContext, method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const response = await request.post(`/api/${method}`, { headers: { authorization: 'Bearer e2e-token' }, data: input });
  const body = (await response.json()) as ApiResult<ApiOutput<M>>;
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.data;
}

/** Switches the interface language the way Settings keeps it (localStorage), then reloads. */
export async function switchLanguage(page: Page, language: 'en' | 'ru'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('garage-desk.settings', JSON.stringify({ state: { language: l }, version: 0 })), language);
  await page.reload();
}

/** A process of this repository run from TypeScript source (`node --import tsx`), as the npm scripts run it. */
export function runTs(script: string, args: string[], logFile?: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const log = fs.createWriteStream(logFile);
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
  }
  return child;
}

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `url` until it answers 200: a server is up once its health check says so. */
export async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before answering ${url}:\n${output}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms:\n${output}`);
}

/** Ends a child process and waits until it is gone (so its port and data folder are free again). */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await gone;
}

/**
 * Another browser-mode desk beside the one the config starts: its own data folder and port,
 * the same access token, so openApp and api work in a context whose baseURL is `url`.
 */
export async function startDesk(dataDir: string, logFile?: string): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  // The config's web server has built the renderer already; `serve` here would check it again.
  const child = runTs('src-main/cli/index.ts', ['serve', '--data', dataDir, '--port', String(port), '--token', 'e2e-token'], logFile);
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}/api/health`, child);
  return { url, process: child };
}

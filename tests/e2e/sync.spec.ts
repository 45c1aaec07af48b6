import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { test, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { api, openApp, runTs, screenshot, startDesk, stopProcess, switchLanguage, waitForHealth, freePort } from './app';

// Two desks and a head-office server of their own (the config's desk stays unenrolled for the
// other specs). The embedded PostgreSQL takes a while to start on a busy machine.
test.setTimeout(600_000);

// Made in the test: the runner loads this file to list tests as well.
let tmp = '';
let serverData = '';
let serverPort = 0;
let server: ChildProcess | undefined;
let serverStarts = 0;
const desks: ChildProcess[] = [];
const contexts: BrowserContext[] = [];

async function startServer(): Promise<void> {
  server = runTs('src-server/cli.ts', ['--port', String(serverPort), '--data', serverData], `test-results/sync-server-${++serverStarts}.log`);
  await waitForHealth(`http://127.0.0.1:${serverPort}/health`, server);
}

/** Runs a command to its end; its output's last line (where enrolment codes are printed). */
async function run(script: string, args: string[]): Promise<string> {
  const child = runTs(script, args);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${code}:\n${out}\n${err}`);
  return out.trim().split('\n').at(-1)!.trim();
}

const admin = (...args: string[]) => run('src-server/cli.ts', [...args, '--data', serverData]);

async function openDesk(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: url, locale: 'en-GB', timezoneId: 'Europe/Moscow', viewport: { width: 1366, height: 800 } });
  contexts.push(context);
  const page = await context.newPage();
  await openApp(page, 'scheduler');
  return page;
}

const statusBlock = (page: Page) => page.getByRole('region', { name: 'Sync with head office' });

/** "Sync now" in the navigation, waiting for that sync's answer. */
async function syncNow(page: Page): Promise<void> {
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/sync.now'), { timeout: 120_000 });
  await statusBlock(page).getByRole('button', { name: 'Sync now' }).click({ timeout: 60_000 });
  const body = (await (await answer).json()) as { ok: boolean; error?: { message: string } };
  expect(body.ok, body.error?.message).toBe(true);
}

async function newPerson(page: Page, name: string, phone: string): Promise<void> {
  await page.getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await dialog.getByRole('textbox', { name: 'Phone 1', exact: true }).fill(phone);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

async function expectCustomers(page: Page, names: string[]): Promise<void> {
  await page.getByRole('link', { name: 'Customers' }).click();
  for (const name of names) {
    await page.getByRole('searchbox', { name: 'Search customers' }).fill(name);
    await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: name })).toBeVisible();
  }
}

test.afterAll(async () => {
  for (const c of contexts) await c.close();
  for (const d of desks) await stopProcess(d);
  if (server) await stopProcess(server);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('two desks sync through head office; an offline double booking is resolved on the Conflicts screen', async ({ browser }) => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-sync-e2e-'));
  serverData = path.join(tmp, 'server');
  serverPort = await freePort();
  const serverUrl = `http://127.0.0.1:${serverPort}`;
  const [, first] = await Promise.all([startServer(), startDesk(path.join(tmp, 'desk1'), 'test-results/sync-desk1.log')]);
  desks.push(first.process);
  const code1 = await admin('branch', 'add', 'North');
  const code2 = await admin('enrolment-code', 'North');
  expect(code1).not.toBe(code2);

  // Desk 2 is enrolled from the command line before it starts; desk 1 through its Settings.
  const desk2Data = path.join(tmp, 'desk2');
  await run('src-main/cli/index.ts', ['sync', 'enrol', '--server', serverUrl, '--code', code2, '--name', 'Desk 2', '--data', desk2Data]);
  const second = await startDesk(desk2Data, 'test-results/sync-desk2.log');
  desks.push(second.process);

  const one = await openDesk(browser, first.url);
  const two = await openDesk(browser, second.url);

  // Not enrolled: the navigation says so and leads to Settings → Sync.
  await statusBlock(one).getByRole('link', { name: 'Not connected' }).click();
  await expect(one.getByRole('tab', { name: 'Sync', selected: true })).toBeVisible();
  await screenshot(one, 'sync-settings-enrol');
  await one.getByRole('textbox', { name: 'Server address' }).fill(serverUrl);
  await one.getByRole('textbox', { name: 'Enrolment code' }).fill('WRONG-CODE');
  await one.getByRole('button', { name: 'Connect' }).click();
  await expect(one.getByText('Head office refused the sync')).toBeVisible();
  await one.getByRole('textbox', { name: 'Enrolment code' }).fill(code1);
  await one.getByRole('textbox', { name: 'Desk name' }).fill('Front desk');
  await one.getByRole('button', { name: 'Connect' }).click();
  await expect(one.getByRole('alert').filter({ hasText: 'Connected to head office: branch North' })).toBeVisible();
  await expect(one.getByText('North', { exact: true })).toBeVisible();
  await expect(statusBlock(one).getByRole('button', { name: 'Sync now' })).toBeVisible();
  await expect(statusBlock(two).getByRole('button', { name: 'Sync now' })).toBeVisible();

  // A customer on each desk; two rounds of "Sync now" bring each to the other.
  await newPerson(one, 'Anna Sokolova', '+7 916 100-00-01');
  await newPerson(two, 'Boris Volkov', '+7 916 200-00-02');
  await syncNow(one);
  await syncNow(two);
  await syncNow(one);
  await expect(statusBlock(one)).toContainText('All changes sent');
  await expect(statusBlock(one)).toContainText(/Last sync: (just now|1 min)/);
  await expectCustomers(one, ['Anna Sokolova', 'Boris Volkov']);
  await expectCustomers(two, ['Anna Sokolova', 'Boris Volkov']);

  // A long sync shows how far it got: the status a first sync of a big branch reports.
  await one.route('**/api/sync.status', async (route) => {
    try {
      const response = await route.fetch();
      const body = (await response.json()) as { ok: true; data: Record<string, unknown> };
      await route.fulfill({ response, json: { ...body, data: { ...body.data, running: true, progress: { phase: 'push', done: 1200, total: 5000 } } } });
    } catch {
      // A poll cut short by the reload below.
    }
  });
  await one.reload();
  await expect(statusBlock(one).getByRole('progressbar', { name: 'Sending 1,200 / 5,000' })).toBeVisible();
  await expect(statusBlock(one).getByRole('button', { name: 'Sync now' })).toBeDisabled();
  await screenshot(one, 'sync-nav-progress');
  await one.unrouteAll({ behavior: 'ignoreErrors' });
  await expect(statusBlock(one).getByRole('progressbar')).toBeHidden();

  // A bay made on desk 1 reaches desk 2.
  const bay = await api(one.request, 'resources.create', { kind: 'bay', name: 'Lift 1', bayKind: 'lift' });
  await syncNow(one);
  await syncNow(two);
  await expect.poll(async () => (await api(two.request, 'bays.list', {})).items.map((b) => b.name)).toContain('Lift 1');

  // Head office goes away; both desks book Lift 1 for the same hour.
  await stopProcess(server!);
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const slot = { bayId: bay.id, start: `${day}T10:00:00+03:00`, end: `${day}T11:00:00+03:00`, allowOutsideHours: true };
  const anna = (await api(one.request, 'customers.search', { q: 'Anna Sokolova' })).items[0]!;
  const boris = (await api(two.request, 'customers.search', { q: 'Boris Volkov' })).items[0]!;
  await api(one.request, 'bookings.create', { ...slot, customerId: anna.id });
  await api(two.request, 'bookings.create', { ...slot, customerId: boris.id });

  // "Sync now" while head office is away: the desk says so in plain words and keeps the changes.
  const refused = one.waitForResponse((r) => r.url().endsWith('/api/sync.now'));
  await statusBlock(one).getByRole('button', { name: 'Sync now' }).click({ timeout: 60_000 });
  await refused;
  await expect(statusBlock(one)).toContainText('Offline');
  await expect(statusBlock(one)).toContainText('Head office cannot be reached');
  await expect(statusBlock(one)).toContainText(/Not sent yet: \d+/);
  await screenshot(one, 'sync-nav-offline');

  // Back online: both sync, and the double booking shows up as a conflict.
  await startServer();
  await syncNow(one);
  await syncNow(two);
  await syncNow(one);
  await expect(statusBlock(two)).toContainText('Online');
  await statusBlock(two).getByRole('link', { name: 'Conflicts: 1' }).click();
  await expect(two.getByRole('heading', { name: 'Conflicts', level: 2 })).toBeVisible();
  const row = two.getByRole('table', { name: 'Conflicts' }).getByRole('row').filter({ hasText: 'Two bookings at one time' });
  await expect(row).toContainText('Anna Sokolova');
  await expect(row).toContainText('Boris Volkov');
  await expect(row).toContainText('Lift 1');
  await expect(row).toContainText('10:00–11:00');
  await screenshot(two, 'sync-conflicts');

  // Desk 2 cancels its own booking from the Conflicts screen; Anna keeps the hour.
  await row.getByRole('button', { name: 'Cancel the booking of Boris Volkov' }).click();
  const confirm = two.getByRole('dialog', { name: 'Cancel a booking' });
  await expect(confirm).toContainText('Boris Volkov');
  await confirm.getByRole('button', { name: 'Cancel it' }).click();
  await expect(two.getByText('No conflicts')).toBeVisible();
  await expect(statusBlock(two).getByRole('link', { name: /Conflicts/ })).toBeHidden();
  expect((await api(two.request, 'bookings.list', { from: `${day}T00:00:00+03:00`, to: `${day}T23:59:00+03:00`, includeCancelled: true })).items.find((b) => b.customerId === boris.id)?.status).toBe('cancelled');
  await two.getByRole('switch', { name: 'Show resolved' }).check();
  await expect(two.getByRole('table', { name: 'Conflicts' }).getByRole('row').filter({ hasText: 'Two bookings at one time' })).toContainText('Resolved');

  // Desk 1 saw the clash too; once the cancellation reaches it, only "Mark resolved" is left there.
  await syncNow(two);
  await syncNow(one);
  await one.goto('/#/sync/conflicts');
  const left = one.getByRole('table', { name: 'Conflicts' }).getByRole('row').filter({ hasText: 'Two bookings at one time' });
  await expect(left).toContainText('Cancelled');
  await left.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(one.getByText('No conflicts')).toBeVisible();

  // The same person entered on both desks with one phone: desk 2 merges the two cards from the
  // Conflicts screen, keeping desk 1's card; the merge reaches desk 1 and settles it there too.
  await newPerson(one, 'Ivan Morozov', '+7 916 300-00-03');
  await newPerson(two, 'I. Morozov', '+7 916 300-00-03');
  const duplicate = (await api(two.request, 'customers.search', { q: 'I. Morozov' })).items[0]!;
  await api(two.request, 'vehicles.create', { customerId: duplicate.id, plate: 'М300ОР77', make: 'Lada', model: 'Granta' });
  await syncNow(one);
  await syncNow(two);
  await syncNow(one);
  await two.goto('/#/sync/conflicts');
  const same = two.getByRole('table', { name: 'Conflicts' }).getByRole('row').filter({ hasText: 'Same phone, two customers' });
  await expect(same).toContainText(/Phone \+7\s916\s300\s00\s03/);
  await expect(same.getByRole('radio', { name: 'Keep Ivan Morozov' })).toBeVisible();
  await expect(same.getByRole('radio', { name: 'Keep I. Morozov' })).toBeVisible();
  await expect(same).toContainText('vehicles: 1');
  await expect(same.getByRole('button', { name: 'Merge…' })).toBeDisabled();
  await screenshot(two, 'sync-conflicts-duplicate-phone');
  await same.getByRole('radio', { name: 'Keep Ivan Morozov' }).check();
  await same.getByRole('button', { name: 'Merge…' }).click();
  const merging = two.getByRole('dialog', { name: 'Merge customers' });
  await expect(merging).toContainText('Merge I. Morozov into Ivan Morozov?');
  await screenshot(two, 'sync-conflicts-merge-confirm');
  await merging.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(two.getByText('No conflicts')).toBeVisible();
  // Among the resolved ones, the conflict names the card that stayed.
  await two.getByRole('switch', { name: 'Show resolved' }).check();
  const settled = two.getByRole('table', { name: 'Conflicts' }).getByRole('row').filter({ hasText: 'Same phone, two customers' });
  await expect(settled).toContainText('One card was merged into Ivan Morozov');
  await expect(settled.getByRole('link', { name: 'Ivan Morozov', exact: true })).toBeVisible();
  await two.getByRole('switch', { name: 'Show resolved' }).uncheck();
  const kept = (await api(two.request, 'customers.search', { q: 'Morozov' })).items;
  expect(kept.map((c) => c.name)).toEqual(['Ivan Morozov']);
  expect((await api(two.request, 'customers.get', { id: kept[0]!.id })).vehicles.map((v) => v.plate)).toEqual(['М300ОР77']);
  await syncNow(two);
  await syncNow(one);
  await one.goto('/#/sync/conflicts');
  await expect(one.getByText('No conflicts')).toBeVisible();
  expect((await api(one.request, 'customers.search', { q: 'Morozov' })).items.map((c) => c.id)).toEqual([kept[0]!.id]);

  // Settings → Sync once enrolled, and the same screens in Russian.
  await one.goto('/#/settings/sync');
  await expect(one.getByRole('button', { name: 'Sync now' }).first()).toBeVisible();
  await screenshot(one, 'sync-settings-enrolled');
  await switchLanguage(one, 'ru');
  await expect(one.getByRole('tab', { name: 'Синхронизация', selected: true })).toBeVisible();
  await expect(one.getByRole('region', { name: 'Синхронизация с головным офисом' }).getByRole('button', { name: 'Синхронизировать' })).toBeVisible();
  await screenshot(one, 'sync-settings-enrolled-ru');
  await one.goto('/#/sync/conflicts');
  await expect(one.getByRole('heading', { name: 'Конфликты', level: 2 })).toBeVisible();
  await one.getByRole('switch', { name: 'Показать решённые' }).check();
  await expect(one.getByRole('table', { name: 'Конфликты' })).toContainText('Две записи на одно время');
  await screenshot(one, 'sync-conflicts-ru');
});

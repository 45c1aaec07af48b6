// The scheduler's week view with a busy week: 12 resources (6 bays, 6 mechanics) and exactly
// 400 bookings, served over HTTP from a temporary database and opened in Debian's Chromium.
// Measured in the page: when the bookings were in hand, and the frame after all 400 are on
// screen (from navigation, too); then how long a click on a booking takes to open it. The
// issue asks for the week to render in under 300 ms.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { openBackend, type Backend } from '../../src-main/backend';
import { createHttpServer, listen } from '../../src-main/transport/http';
import { percentile } from './support';
import { chromiumArgs, chromiumPath } from '../support/chromium';

const bookingCount = 400;
const runs = 7;

function ok<T>(backend: Backend, method: string, input: unknown): T {
  const result = backend.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

/** Monday of the week after next, as YYYY-MM-DD (a week that is all in the future). */
function benchMonday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 14);
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Six bays and six mechanics, 60 customers with a car each, and 400 bookings in one week. */
function fillWeek(backend: Backend, monday: string): void {
  const bays = Array.from({ length: 6 }, (_, i) => ok<{ id: string }>(backend, 'resources.create', { kind: 'bay', name: `Bay ${i + 1}` }).id);
  const mechanics = Array.from({ length: 6 }, (_, i) => ok<{ id: string }>(backend, 'employees.create', { name: `Mechanic ${i + 1}`, role: 'mechanic' }).id);
  const letters = 'АВЕКМНОРСТУХ';
  const parties = Array.from({ length: 60 }, (_, i) => {
    const customer = ok<{ id: string }>(backend, 'customers.create', { kind: 'person', name: `Customer ${i + 1}`, phones: [`+7 916 ${200 + i}-${10 + i}-${40 + i}`] });
    const plate = `${letters[i % 12]}${String(100 + i)}${letters[(i * 5) % 12]}${letters[(i * 7) % 12]}77`;
    const vehicle = ok<{ id: string }>(backend, 'vehicles.create', { customerId: customer.id, plate, make: 'Lada', model: 'Vesta' });
    return { customerId: customer.id, vehicleId: vehicle.id };
  });
  // Ten one-hour bookings a day per bay from 08:00 (Moscow), every 75 minutes, until 400.
  let n = 0;
  for (let day = 0; day < 7 && n < bookingCount; day++) {
    const date = new Date(Date.parse(`${monday}T08:00:00+03:00`) + day * 86_400_000);
    for (let bay = 0; bay < 6 && n < bookingCount; bay++) {
      for (let k = 0; k < 10 && n < bookingCount; k++, n++) {
        const start = new Date(date.getTime() + k * 75 * 60_000);
        const end = new Date(start.getTime() + 60 * 60_000);
        ok(backend, 'bookings.create', {
          bayId: bays[bay],
          mechanicIds: [mechanics[bay]],
          start: start.toISOString(),
          end: end.toISOString(),
          ...parties[n % parties.length],
          status: n % 9 === 0 ? 'tentative' : 'confirmed',
          allowOutsideHours: true,
        });
      }
    }
  }
}

/** Builds the renderer from the sources as they are now: a build left from older code would be measured instead. */
function buildRenderer(): void {
  process.stderr.write('ui.week-view: building the renderer…\n');
  // Vite's own output goes to stderr, so that stdout stays one JSON object per line.
  execFileSync(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
}

export async function benchUiWeekView(): Promise<object | null> {
  if (!fs.existsSync(chromiumPath)) {
    process.stderr.write(`ui.week-view: skipped, ${chromiumPath} is missing.\n`);
    return null;
  }
  const staticDir = path.resolve('build/renderer');
  buildRenderer();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-ui-bench-'));
  const backend = await openBackend({ dataDir });
  const monday = benchMonday();
  fillWeek(backend, monday);

  const token = 'bench';
  const server = createHttpServer({ backend, token, host: '127.0.0.1', port: 0, staticDir });
  const port = await listen(server, 0, '127.0.0.1');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Moscow', viewport: { width: 1366, height: 800 } });
    // Signed in (the token a `serve` link carries), and a watcher that notes the first frame
    // with every booking on screen, and the frame after it.
    // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
    await context.addInitScript(`
      sessionStorage.setItem('garage-desk.token', ${JSON.stringify(token)});
      (function watch() {
        if (document.querySelectorAll('.gd-booking').length >= ${bookingCount}) {
          window.__weekShown = performance.now();
          requestAnimationFrame(() => { window.__weekPainted = performance.now(); });
        } else requestAnimationFrame(watch);
      })();
    `);
    const url = `http://127.0.0.1:${port}/#/scheduler/week/${monday}`;
    const shown: number[] = [];
    const data: number[] = [];
    const clicks: number[] = [];
    let events = 0;
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __weekPainted?: number }).__weekPainted !== undefined, undefined, { timeout: 30_000 });
      const timing = await page.evaluate(() => ({
        painted: (window as unknown as { __weekPainted: number }).__weekPainted,
        // Marked by the scheduler's store when the week's bookings (and the settings) are in hand.
        dataAt: performance.getEntriesByName('gd:scheduler-data')[0]?.startTime ?? NaN,
        events: document.querySelectorAll('.gd-booking').length,
      }));
      shown.push(timing.painted);
      data.push(timing.dataAt);
      events = timing.events;
      // Interactive: a click on a booking opens it.
      const t = Date.now();
      await page.locator('.gd-booking').nth(200).click();
      await page.getByRole('dialog').waitFor();
      clicks.push(Date.now() - t);
      await page.close();
    }
    // `ms` is the render: from the moment the week's bookings are in hand (the store's
    // performance mark) to the frame after all 400 are on screen. `from_navigation_ms` adds
    // loading the JavaScript and the API round trips. The first run pays for a cold HTTP
    // cache and JIT; the median is the everyday figure.
    const render = shown.map((t, i) => t - data[i]);
    return {
      name: 'ui.week-view',
      bookings: bookingCount,
      rendered: events,
      resources: 12,
      runs,
      ms: percentile(render, 50),
      best_ms: percentile(render, 0),
      from_navigation_ms: percentile(shown, 50),
      data_in_hand_ms: percentile(data, 50),
      click_to_open_ms: percentile(clicks, 50),
    };
  } finally {
    await browser.close();
    server.close();
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

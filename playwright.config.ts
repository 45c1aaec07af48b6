import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium';

// Every run starts the app on an empty database of its own. The config is read again in each
// worker process; the environment (inherited) makes them agree on one folder.
process.env.GARAGE_DESK_E2E_DATA ??= fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-e2e-'));
const dataDir = process.env.GARAGE_DESK_E2E_DATA;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  // Whole user journeys on a 2-core machine: a minute each.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:5181',
    actionTimeout: 10_000,
    // The browser's language decides the first screen's language: pin it.
    locale: 'en-GB',
    timezoneId: 'Europe/Moscow',
    viewport: { width: 1366, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npm run serve -- --data ${dataDir} --port 5181 --token e2e-token`,
    url: 'http://127.0.0.1:5181/api/health',
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});

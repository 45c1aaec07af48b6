import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { ApiInput, ApiMethod, ApiOutput } from '../../src-main/api';
import type { ApiResult } from '../../src-main/api/errors';

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

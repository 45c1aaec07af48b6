import { test, expect } from '@playwright/test';
import { api, openApp, screenshot } from './app';

test('transfer a vehicle to another customer, then remove it and the empty customer', async ({ page, request }) => {
  const seller = await api(request, 'customers.create', { kind: 'person', name: 'Olga Sellers', phones: ['+7 903 111-22-33'] });
  await api(request, 'customers.create', { kind: 'person', name: 'Boris Buyers', phones: ['+7 903 444-55-66'] });
  await api(request, 'vehicles.create', { customerId: seller.id, plate: 'Е777КХ199', make: 'Kia', model: 'Rio', mileage: 120000 });

  await openApp(page);
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('Olga Sellers');
  await page.getByRole('row').filter({ hasText: 'Olga Sellers' }).click();
  await expect(page.getByRole('heading', { name: 'Olga Sellers' })).toBeVisible();

  await page.getByRole('button', { name: 'Transfer Е777КХ 199 Kia Rio' }).click();
  const transfer = page.getByRole('dialog', { name: /^Transfer Е777КХ 199 Kia Rio/ });
  await transfer.getByLabel('New owner').fill('Boris');
  await page.getByRole('option', { name: /Boris Buyers/ }).click();
  await transfer.getByRole('button', { name: 'Transfer' }).click();
  await expect(transfer).toBeHidden();

  // The seller keeps it as a past vehicle; the buyer has it now, with both owners in its history.
  await expect(page.getByText('No vehicles yet.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Previously owned' })).toContainText('Е777КХ 199');
  await page.getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('Е777КХ');
  await page.getByRole('row').filter({ hasText: 'Boris Buyers' }).click();
  const row = page.getByRole('table', { name: 'Vehicles' }).getByRole('row').filter({ hasText: 'Е777КХ 199' });
  await expect(row).toContainText('120,000 km');
  await page.getByRole('button', { name: 'History of Е777КХ 199 Kia Rio' }).click();
  const owners = page.getByRole('table', { name: 'Owners' });
  await expect(owners.getByRole('row')).toHaveCount(3);
  await expect(owners).toContainText('Olga Sellers');
  await expect(owners).toContainText('now');
  await screenshot(page, 'vehicle-history');
  await page.getByRole('button', { name: 'Close' }).click();

  // Mileage cannot go down: the server's message lands on the field.
  await page.getByRole('button', { name: 'Edit Е777КХ 199 Kia Rio' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Е777КХ 199 Kia Rio' });
  await edit.getByRole('textbox', { name: 'Mileage, km' }).fill('100000');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('textbox', { name: 'Mileage, km' })).toHaveAccessibleDescription(/Mileage cannot go down/);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Remove Е777КХ 199 Kia Rio' }).click();
  const confirmCar = page.getByRole('dialog', { name: 'Remove vehicle' });
  await confirmCar.getByRole('button', { name: 'Remove' }).click();
  await expect(confirmCar).toBeHidden();
  await expect(page.getByText('No vehicles yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByRole('dialog', { name: 'Remove customer' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('heading', { name: 'Customers', level: 2 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('Boris Buyers');
  await expect(page.getByText('Nothing found.', { exact: false })).toBeVisible();
});

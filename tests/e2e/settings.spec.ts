import { test, expect } from '@playwright/test';
import { openApp, screenshot } from './app';

test('our legal entity with bank details and VAT on top, and this branch', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('tab', { name: 'Organisation', selected: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add legal entity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New legal entity' });
  const field = (name: string) => dialog.getByRole('textbox', { name, exact: true });
  await field('Name').fill('ООО «Гараж»');
  await field('ИНН').fill('7707083893');
  await field('КПП').fill('773601001');
  await field('ОГРН').fill('1027700132195');
  await field('Address').fill('Москва, ул. Ленина, 1');
  await field('Bank').fill('ПАО Сбербанк');
  await field('БИК').fill('044525225');
  await field('Account').fill('40702810938000012345');
  await field('Corr. account').fill('30101810400000000226'); // wrong control key
  await dialog.getByText('On top of prices').click();
  await expect(field('VAT rate, %')).toHaveValue('22');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(field('Corr. account')).toHaveAccessibleDescription(/does not match the БИК/);

  await field('Corr. account').fill('30101810400000000225');
  await field('Corr. account').press('Enter');
  await expect(dialog).toBeHidden();
  const row = page.getByRole('table', { name: 'Our legal entities' }).getByRole('row').filter({ hasText: 'ООО «Гараж»' });
  await expect(row).toContainText('Default');
  await expect(row).toContainText('22%, on top of prices');

  await page.getByRole('textbox', { name: 'Document-number prefix', exact: true }).fill('msk');
  await page.getByRole('textbox', { name: 'Branch name', exact: true }).fill('Moscow, Lenina 1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Branch saved')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Document-number prefix', exact: true })).toHaveValue('MSK');
  await screenshot(page, 'settings-en');
});

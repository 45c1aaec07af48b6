import { test, expect } from '@playwright/test';
import { api, openApp, screenshot, switchLanguage } from './app';

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
  // Other specs on this desk may have made a legal entity first: this one is made the default.
  await dialog.getByRole('checkbox', { name: 'Use by default' }).check();
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

test('the workshop: employees, bays, working hours, labour operations and repair templates', async ({ page, request }) => {
  await api(request, 'operations.create', { code: 'DIAG-1', name: 'Computer diagnostics', standardHoursX100: 50 });
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();

  // The labour rate lives with the branch.
  const rate = page.getByRole('textbox', { name: 'Labour rate, ₽ per hour' });
  await rate.fill('2800');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Branch saved')).toBeVisible();

  await page.getByRole('tab', { name: 'Employees' }).click();
  await page.getByRole('button', { name: 'Add employee' }).click();
  const employee = page.getByRole('dialog', { name: 'New employee' });
  await employee.getByRole('textbox', { name: 'Name', exact: true }).fill('Sergei Klyuchnikov');
  await employee.getByRole('textbox', { name: 'Phone' }).fill('+7 926 100-20-30');
  await employee.getByRole('textbox', { name: 'Hourly cost, ₽' }).fill('650.50');
  await employee.getByRole('button', { name: 'Save' }).click();
  await expect(employee).toBeHidden();
  const row = page.getByRole('table', { name: 'Employees' }).getByRole('row').filter({ hasText: 'Sergei Klyuchnikov' });
  await expect(row).toContainText('Mechanic');
  await expect(row).toContainText('650.50');
  await screenshot(page, 'settings-employees-en');

  await page.getByRole('tab', { name: 'Bays' }).click();
  await page.getByRole('button', { name: 'Add bay' }).click();
  const bay = page.getByRole('dialog', { name: 'New bay' });
  await bay.getByRole('textbox', { name: 'Name' }).fill('Wheel alignment');
  await bay.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Bay', exact: true }).click();
  await bay.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('table', { name: 'Bays' })).toContainText('Wheel alignment');
  await screenshot(page, 'settings-bays-en');

  // Monday 9–13 and 14–19, copied to the other weekdays; Saturday closed.
  await page.getByRole('tab', { name: 'Working hours' }).click();
  const week = page.getByRole('table', { name: 'Weekly hours' });
  await expect(week).toBeVisible();
  for (const d of ['Monday', 'Saturday']) {
    while (await week.getByRole('button', { name: new RegExp(`^Remove hours \\d on ${d}$`) }).count()) await week.getByRole('button', { name: new RegExp(`^Remove hours \\d on ${d}$`) }).first().click();
  }
  await week.getByRole('button', { name: 'Add hours on Monday' }).click();
  await week.getByRole('textbox', { name: 'Monday, from (1)' }).fill('9');
  await week.getByRole('textbox', { name: 'Monday, to (1)' }).fill('13');
  await week.getByRole('button', { name: 'Add hours on Monday' }).click();
  await week.getByRole('textbox', { name: 'Monday, from (2)' }).fill('14:00');
  await week.getByRole('textbox', { name: 'Monday, to (2)' }).fill('1900');
  await page.getByRole('button', { name: 'Copy Monday to Tue–Fri' }).click();
  await page.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByText('Working hours saved')).toBeVisible();
  await expect(week.getByRole('textbox', { name: 'Friday, to (2)' })).toHaveValue('19:00');
  await expect(week.getByRole('row').filter({ hasText: 'Saturday' })).toContainText('Closed');

  const closed = page.getByRole('region', { name: 'Closed dates' });
  await closed.getByLabel('From').fill('2030-01-01');
  await closed.getByLabel('To (inclusive)').fill('2030-01-08');
  await closed.getByRole('textbox', { name: 'Note' }).fill('New Year holidays');
  await closed.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(closed.getByRole('table', { name: 'Closed dates' })).toContainText('New Year holidays');
  await screenshot(page, 'settings-hours-en');

  // An operation with its own rate and a longer norm for SUVs.
  await page.getByRole('tab', { name: 'Labour operations' }).click();
  await page.getByRole('button', { name: 'Add operation' }).click();
  const op = page.getByRole('dialog', { name: 'New labour operation' });
  await op.getByRole('textbox', { name: 'Code' }).fill('BRK-1');
  await op.getByRole('textbox', { name: 'Name' }).fill('Front brake pads replacement');
  await op.getByRole('textbox', { name: 'Standard hours' }).fill('0.8');
  await op.getByText('Own rate', { exact: true }).click();
  await op.getByRole('textbox', { name: 'Own rate, ₽ per hour' }).fill('3000');
  await op.getByRole('button', { name: 'Add a norm' }).click();
  await op.getByRole('combobox', { name: 'Class, norm 1' }).click();
  await page.getByRole('option', { name: 'SUV' }).click();
  await op.getByRole('textbox', { name: 'Standard hours, norm 1' }).fill('1.1');
  await screenshot(page, 'settings-operation-form-en');
  await op.getByRole('button', { name: 'Save' }).click();
  await expect(op).toBeHidden();
  await page.getByRole('searchbox', { name: 'Search operations' }).fill('brake');
  const opRow = page.getByRole('table', { name: 'Labour operations' }).getByRole('row').filter({ hasText: 'BRK-1' });
  await expect(opRow).toContainText('0.8 hr');
  await expect(opRow).toContainText('3,000.00');
  await page.getByRole('searchbox', { name: 'Search operations' }).fill('');
  await screenshot(page, 'settings-operations-en');

  await page.getByRole('tab', { name: 'Repair templates' }).click();
  await page.getByRole('button', { name: 'Add template' }).click();
  const tpl = page.getByRole('dialog', { name: 'New repair template' });
  await tpl.getByRole('textbox', { name: 'Name' }).fill('Brakes and oil');
  for (const q of ['DIAG-1', 'BRK-1']) {
    await tpl.getByRole('combobox', { name: 'Add from the catalogue' }).fill(q);
    await page.getByRole('option', { name: new RegExp(q) }).click();
  }
  await tpl.getByRole('button', { name: 'Move line 2 up' }).click();
  await tpl.getByRole('textbox', { name: 'Quantity, line 2' }).fill('2');
  await expect(tpl.getByRole('table', { name: 'Operations, in order' }).getByRole('row').nth(1)).toContainText('BRK-1');
  await expect(tpl).toContainText('Total: 1.8 hr');
  await screenshot(page, 'settings-template-form-en');
  await tpl.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('table', { name: 'Repair templates' })).toContainText('Brakes and oil');

  // The same tabs in Russian.
  await switchLanguage(page, 'ru');
  for (const [tab, name] of [
    ['Организация', 'settings-organisation-ru'],
    ['Сотрудники', 'settings-employees-ru'],
    ['Посты', 'settings-bays-ru'],
    ['Рабочее время', 'settings-hours-ru'],
    ['Работы', 'settings-operations-ru'],
    ['Спецификации', 'settings-templates-ru'],
  ]) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab, selected: true })).toBeVisible();
    await page.waitForTimeout(300);
    await screenshot(page, name);
  }
});

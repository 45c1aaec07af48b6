import { test, expect, type Page } from '@playwright/test';
import { api, openApp, screenshot } from './app';

async function newCompany(page: Page, fields: { name: string; phone: string; inn: string; kpp: string }) {
  await page.getByRole('button', { name: 'New customer' }).click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await dialog.getByText('Company', { exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Company name', exact: true }).fill(fields.name);
  await dialog.getByRole('textbox', { name: 'Phone 1', exact: true }).fill(fields.phone);
  await dialog.getByRole('textbox', { name: 'ИНН', exact: true }).fill(fields.inn);
  await dialog.getByRole('textbox', { name: 'КПП', exact: true }).fill(fields.kpp);
  return dialog;
}

test('a company with a vehicle: create, find by plate in the other alphabet, edit', async ({ page }) => {
  await openApp(page);

  const dialog = await newCompany(page, { name: 'Vector Logistics LLC', phone: '8 916 123-45-67', inn: '7707083893', kpp: '773601001' });
  await dialog.getByRole('textbox', { name: 'E-mail', exact: true }).fill('Office@Vector.example');
  await dialog.getByRole('checkbox', { name: 'Agrees to receive messages' }).check();
  // Enter in a text box submits the form.
  await dialog.getByRole('textbox', { name: 'E-mail', exact: true }).press('Enter');

  // Saving opens the new customer's card.
  await expect(page.getByRole('heading', { name: 'Vector Logistics LLC' })).toBeVisible();
  await expect(page.getByText('+7 916 123 45 67')).toBeVisible();
  await expect(page.getByText('office@vector.example')).toBeVisible();

  await page.getByRole('button', { name: 'Add vehicle' }).click();
  const car = page.getByRole('dialog', { name: 'New vehicle' });
  await car.getByRole('textbox', { name: 'Plate', exact: true }).fill('A123BC77'); // Latin letters
  await car.getByRole('textbox', { name: 'VIN', exact: true }).fill('XTA219170K0123456');
  await car.getByRole('combobox', { name: 'Make' }).fill('Lada');
  await car.getByRole('textbox', { name: 'Model', exact: true }).fill('Vesta');
  await car.getByRole('textbox', { name: 'Year', exact: true }).fill('2019');
  await car.getByRole('textbox', { name: 'Mileage, km', exact: true }).fill('45000');
  await car.getByRole('button', { name: 'Save' }).click();
  await expect(car).toBeHidden();

  // Stored with Cyrillic letters, shown as number + region.
  const vehicles = page.getByRole('table', { name: 'Vehicles' });
  const row = vehicles.getByRole('row').filter({ hasText: 'XTA219170K0123456' });
  await expect(row).toContainText('А123ВС 77');
  await expect(row).toContainText('Vesta');
  await expect(row).toContainText('45,000 km');
  await screenshot(page, 'customer-card');

  // History: the owner since today, one mileage reading, and the check-digit warning
  // (this Russian-market VIN has none).
  await row.click();
  const history = page.getByRole('dialog', { name: 'History' });
  await expect(history.getByRole('table', { name: 'Owners' })).toContainText('Vector Logistics LLC');
  await expect(history.getByRole('table', { name: 'Mileage readings' })).toContainText('45,000 km');
  await expect(history.getByText('Check digit')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();

  // Find it by the plate typed in the other alphabet (Cyrillic А, В, С this time).
  await page.getByRole('link', { name: 'Customers' }).click();
  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await search.fill('А123ВС');
  const found = page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: 'Vector Logistics LLC' });
  await expect(found).toBeVisible();
  await expect(found).toContainText('+7 916 123 45 67');
  await expect(found).toContainText('А123ВС 77 Lada Vesta');
  await screenshot(page, 'customers-list');

  // Keyboard: arrow down from the search box to the row, Enter opens the card.
  await search.press('ArrowDown');
  await expect(found).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Vector Logistics LLC' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit customer' });
  await edit.getByRole('textbox', { name: 'Company name', exact: true }).fill('Vector Logistics Group LLC');
  await edit.getByRole('button', { name: 'Add phone' }).click();
  await edit.getByRole('textbox', { name: 'Phone 2', exact: true }).fill('+7 495 123-45-67');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Vector Logistics Group LLC' })).toBeVisible();
  await expect(page.getByText('+7 495 123 45 67')).toBeVisible();
  await expect(page.getByText('+7 916 123 45 67')).toBeVisible();

  // The list shows the new name too.
  await page.keyboard.press('Control+K');
  await expect(search).toBeFocused();
  await search.fill('Group');
  await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: 'Vector Logistics Group LLC' })).toBeVisible();
});

test('an invalid ИНН shows the server’s message on the field and saves nothing', async ({ page }) => {
  await openApp(page);
  const dialog = await newCompany(page, { name: 'Broken Check Digit Ltd', phone: '+7 912 000-11-22', inn: '7707083894', kpp: '773601001' });
  await dialog.getByRole('button', { name: 'Save' }).click();

  const inn = dialog.getByRole('textbox', { name: 'ИНН', exact: true });
  await expect(inn).toHaveAttribute('aria-invalid', 'true');
  await expect(inn).toHaveAccessibleDescription(/ИНН must be 10 digits for a company or 12 for a person/);
  await expect(inn).toBeFocused();
  await expect(page.getByText('Some fields need attention.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Company name', exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'customer-form-error');

  // Escape closes the form; the customer was not created.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('Broken Check');
  await expect(page.getByText('Nothing found.', { exact: false })).toBeVisible();
});

test('switching the language to Russian translates the screens and stays after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByRole('radio', { name: 'Русский' }).check();

  await expect(page.getByRole('heading', { name: 'Настройки' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Организация' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Язык интерфейса' })).toBeVisible();
  await page.getByRole('tab', { name: 'Организация' }).click();
  await expect(page.getByRole('heading', { name: 'Наши юрлица' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Этот филиал' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Префикс номеров документов', exact: true })).toHaveValue('A');
  await screenshot(page, 'settings-ru');

  await page.reload();
  await page.getByRole('link', { name: 'Клиенты' }).click();
  await expect(page.getByRole('heading', { name: 'Клиенты', level: 2 })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Поиск клиентов' })).toBeVisible();

  // The back end answers in Russian too.
  await page.getByRole('button', { name: 'Новый клиент' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый клиент' });
  await expect(dialog.getByRole('textbox', { name: 'ФИО', exact: true })).toBeVisible();
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog.getByRole('textbox', { name: 'ФИО', exact: true })).toHaveAccessibleDescription('Обязательное поле.');
  await expect(page.getByText('Проверьте поля формы.')).toBeVisible();
  await screenshot(page, 'customer-form-ru');
});

test('two cards of one person: "Merge with…" on the card keeps this one and takes over the other’s phones and vehicles', async ({ page }) => {
  await openApp(page);
  // Other specs share this desk: names of our own.
  const tag = Date.now().toString(36).slice(-5);
  const kept = await api(page.request, 'customers.create', { kind: 'person', name: `Kirill Lebedev ${tag}`, phones: ['+7 916 400-00-04'] });
  const other = await api(page.request, 'customers.create', { kind: 'person', name: `K. Lebedev ${tag}`, phones: ['+7 916 400-00-05'], email: `lebedev-${tag}@example.com` });
  await api(page.request, 'vehicles.create', { customerId: other.id, plate: 'Т400ТТ77', make: 'Kia', model: 'Rio' });
  await page.goto(`/#/customers/${kept.id}`);
  await expect(page.getByRole('heading', { name: kept.name })).toBeVisible();

  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog', { name: `Merge another card into ${kept.name}` });
  await dialog.getByLabel('The other card of the same customer').fill(`K. Lebedev ${tag}`);
  await page.getByRole('option', { name: new RegExp(`K. Lebedev ${tag}`) }).click();
  await expect(dialog).toContainText(`the card of K. Lebedev ${tag} is removed`);
  await screenshot(page, 'customer-merge-with');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText('+7 916 400 00 05')).toBeVisible();
  await expect(page.getByText(`lebedev-${tag}@example.com`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Vehicles' })).toContainText(/Т400ТТ\s?77/);
  expect((await api(page.request, 'customers.search', { q: tag })).items.map((c) => c.id)).toEqual([kept.id]);

  // An old link to the merged card says where it went and leads there.
  await page.goto(`/#/customers/${other.id}`);
  await expect(page.getByText(`It was merged into the card of ${kept.name}`)).toBeVisible();
  await screenshot(page, 'customer-merged-card');
  await page.getByRole('button', { name: `Open ${kept.name}` }).click();
  await expect(page.getByRole('heading', { name: kept.name })).toBeVisible();
});

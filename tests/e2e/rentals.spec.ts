import fs from 'node:fs';
import { test, expect as baseExpect, type Download, type Page } from '@playwright/test';
import { api, openApp, screenshot, switchLanguage } from './app';

// Equipment rental from the fleet to the reports: a deal with two items, one of them on our
// own crane and one hired from a supplier because the crane is busy that day; the prepayment
// invoice paid (both items confirmed), a waybill with overtime and its invoice; both reports
// on screen and as .xlsx. Then the same screens in Russian.
test.describe.configure({ mode: 'serial' });
// Each step waits on the back end (invoices, payments, PDFs); a busy desk machine can take a while.
const expect = baseExpect.configure({ timeout: 15_000 });

let dealId = '';

/** Waits for the next print.document answer and checks it is a PDF. */
async function expectPdf(page: Page, open: () => Promise<void>): Promise<void> {
  const response = page.waitForResponse((r) => r.url().endsWith('/api/print.document'));
  await open();
  const body = (await (await response).json()) as { ok: boolean; data: { pdfBase64: string } };
  expect(body.ok).toBe(true);
  expect(body.data.pdfBase64.startsWith('JVBER')).toBe(true);
}

/** Clicks and checks the browser receives a non-empty .xlsx file. */
async function expectXlsx(page: Page, click: () => Promise<void>): Promise<void> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(fs.statSync(await file.path()).size).toBeGreaterThan(1000);
}

test('a deal with own and supply equipment, paid, with a waybill and overtime; both reports exported', async ({ page, request }) => {
  test.setTimeout(180_000);
  const entity = await api(request, 'legalEntities.create', {
    name: 'ООО «Спецтехника-E2E»',
    inn: '7707083893',
    kpp: '773601001',
    address: 'Москва, ул. Промышленная, 1',
    bankName: 'ПАО Сбербанк',
    bic: '044525225',
    bankAccount: '40702810438000034726',
    corrAccount: '30101810400000000225',
    vatMode: 'none',
    vatRateBp: 0,
  });
  await api(request, 'customers.create', { kind: 'company', name: 'ООО «СтройМост»', phones: ['+7 495 100-20-30'] });
  const other = await api(request, 'customers.create', { kind: 'company', name: 'ООО «Другой заказчик»', phones: ['+7 495 100-20-31'] });
  const supplier = await api(request, 'customers.create', { kind: 'company', name: 'ИП Краны-Аренда', phones: ['+7 495 300-40-50'], isSupplier: true });
  const petrov = await api(request, 'drivers.create', { name: 'Petrov Ivan', phone: '+7 916 111-22-33', costPerHourMinor: 60000, thirdParty: false });
  const sidorov = await api(request, 'drivers.create', { name: 'Sidorov Oleg', phone: '+7 916 444-55-66', costPerHourMinor: 65000, thirdParty: false });

  // The fleet: a machine type and our crane, made on the Fleet tab.
  await openApp(page, 'scheduler');
  await page.getByRole('link', { name: 'Rentals' }).click();
  await page.getByRole('tab', { name: 'Fleet' }).click();
  await page.getByRole('button', { name: 'Add type' }).click();
  const typeDialog = page.getByRole('dialog', { name: 'New machine type' });
  await typeDialog.getByRole('textbox', { name: 'Name' }).fill('Truck crane');
  await typeDialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(typeDialog).toBeHidden();
  await page.getByRole('button', { name: 'Add machine' }).click();
  const machineDialog = page.getByRole('dialog', { name: 'New machine' });
  await machineDialog.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Truck crane' }).click();
  await machineDialog.getByRole('textbox', { name: 'Model' }).fill('Ivanovets KS-45717');
  await machineDialog.getByRole('textbox', { name: 'Capacity, t' }).fill('25');
  await machineDialog.getByRole('textbox', { name: 'Licence plate' }).fill('А001АА77');
  await machineDialog.getByRole('textbox', { name: 'Rate per hour, ₽' }).fill('3500');
  await machineDialog.getByRole('textbox', { name: 'Rate per km, ₽' }).fill('120');
  await screenshot(page, 'rentals-machine-en');
  await machineDialog.getByRole('button', { name: 'Save' }).click();
  await expect(machineDialog).toBeHidden();
  const machines = page.getByRole('table', { name: 'Machines' });
  await expect(machines.getByRole('row').filter({ hasText: 'А001АА 77' })).toContainText('25 t');
  await expect(machines.getByRole('row').filter({ hasText: 'А001АА 77' })).toContainText('Own');

  // The supplier's crane and a deal that already holds ours on 10 February.
  const crane = (await api(request, 'machineTypes.list', {})).items.find((x) => x.name === 'Truck crane')!;
  const own = (await api(request, 'machines.list', {})).items.find((m) => m.plate === 'А001АА77')!;
  await api(request, 'machines.create', { typeId: crane.id, model: 'Galichanin KS-55713', capacityKg: 25000, plate: 'Е003ЕЕ50', ownership: 'supplier', supplierId: supplier.id, hourlyRateMinor: 400000, minHoursX100: 400, supplierCostPerHourMinor: 280000 });
  const earlier = await api(request, 'deals.create', { customerId: other.id, legalEntityId: entity.id });
  const held = await api(request, 'deals.addItem', { dealId: earlier.id, machineTypeId: crane.id, machineId: own.id, driverId: sidorov.id, start: '2027-02-10T08:00:00+03:00', end: '2027-02-10T17:00:00+03:00', orderedHoursX100: 900 });
  await api(request, 'rentals.confirmItem', { id: held.items[0].id });
  await page.reload();
  await expect(page.getByRole('table', { name: 'Machines' })).toContainText('Е003ЕЕ 50');
  await expect(page.getByRole('table', { name: 'Machines' }).getByRole('row').filter({ hasText: 'Е003ЕЕ 50' })).toContainText('ИП Краны-Аренда');
  await screenshot(page, 'rentals-fleet-en');

  // A new deal for the customer, from our chosen legal entity.
  await page.getByRole('tab', { name: 'Deals' }).click();
  await page.getByRole('button', { name: 'New deal' }).click();
  const create = page.getByRole('dialog', { name: 'New rental deal' });
  await create.getByRole('combobox', { name: 'Customer' }).fill('СтройМост');
  // As a person would: pick from the list once it shows what was typed (the box opens with the
  // newest customers, and a click as that list is replaced can land on the wrong row).
  await expect(page.getByRole('option').filter({ hasNotText: /СтройМост/ })).toHaveCount(0);
  await page.getByRole('option', { name: /СтройМост/ }).click();
  await expect(create.getByRole('textbox', { name: 'Contact phone' })).toHaveValue('+74951002030');
  await create.getByRole('textbox', { name: 'Contact person' }).fill('Foreman Nikolai');
  await create.getByRole('textbox', { name: 'Site address' }).fill('Moscow, Stroiteley St 5');
  await create.getByRole('combobox', { name: 'Our legal entity' }).click();
  await page.getByRole('option', { name: 'ООО «Спецтехника-E2E»' }).click();
  await screenshot(page, 'rentals-new-deal-en');
  await create.getByRole('button', { name: 'Create deal' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: /^Deal / })).toBeVisible();
  dealId = decodeURIComponent(new URL(page.url()).hash.split('/')[3]);
  expect((await api(request, 'deals.get', { id: dealId })).legalEntityId).toBe(entity.id);

  // Item on 11 February: our crane is free; with Petrov driving.
  await page.getByRole('button', { name: 'Add item' }).click();
  let add = page.getByRole('dialog', { name: /^Add item to deal/ });
  // Other specs share this desk and may have made machine types of their own.
  const chooseType = async () => {
    await add.getByRole('combobox', { name: 'Machine type' }).click();
    await page.getByRole('option', { name: 'Truck crane', exact: true }).click();
  };
  await chooseType();
  await add.getByLabel('Start date').fill('2027-02-11');
  await add.getByLabel('End date').fill('2027-02-11');
  await expect(add.getByRole('radio', { name: /А001АА 77/ })).toBeEnabled();
  await add.getByRole('radio', { name: /А001АА 77/ }).check();
  await add.getByRole('combobox', { name: 'Driver' }).click();
  await page.getByRole('option', { name: 'Petrov Ivan' }).click();
  await expect(add.getByRole('textbox', { name: 'Ordered hours' })).toHaveValue('9');
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(add).toBeHidden();
  const items = page.getByRole('table', { name: 'Items' });
  await expect(items.getByRole('row', { name: 'Item 1' })).toContainText('Petrov Ivan');

  // Item on 10 February: our crane is busy there, so a supplier's crane is hired in one click.
  await page.getByRole('button', { name: 'Add item' }).click();
  add = page.getByRole('dialog', { name: /^Add item to deal/ });
  await chooseType();
  await add.getByLabel('Start date').fill('2027-02-10');
  await add.getByLabel('End date').fill('2027-02-10');
  await expect(add.getByRole('radio', { name: /А001АА 77/ })).toBeDisabled();
  await expect(add.getByRole('radio', { name: /А001АА 77/ })).toHaveAccessibleName(/Busy/);
  await expect(add.getByText('No own machine of this type is free then.')).toBeVisible();
  const supply = add.getByRole('group', { name: 'Supply equipment' });
  await expect(supply.getByRole('combobox', { name: 'Supplier’s machine' })).toHaveValue(/Е003ЕЕ 50/);
  await expect(supply.getByRole('textbox', { name: 'Supplier’s price per hour, ₽' })).toHaveValue('2 800');
  await supply.getByRole('textbox', { name: 'Supplier’s driver' }).fill('Kuznetsov Pavel');
  await screenshot(page, 'rentals-add-item-busy-en');
  await supply.getByRole('button', { name: 'Hire supply equipment' }).click();
  await expect(add).toBeHidden();
  // Items are in time order: the hired crane of the 10th comes first.
  await expect(items.getByRole('row', { name: 'Item 1' })).toContainText('Supply');
  await expect(items.getByRole('row', { name: 'Item 1' })).toContainText('Е003ЕЕ 50');
  await expect(items.getByRole('row', { name: 'Item 1' })).toContainText('ИП Краны-Аренда');
  await expect(items.getByRole('row', { name: 'Item 1' })).toContainText('Kuznetsov Pavel');
  await expect(items.getByRole('row', { name: 'Item 2' })).toContainText('А001АА 77');

  // The commercial proposal prints from the deal.
  await expectPdf(page, () => page.getByRole('button', { name: 'Print proposal (КП)' }).click());
  const proposal = page.getByRole('dialog', { name: /^Commercial proposal/ });
  await expect(proposal.getByRole('img', { name: /^Page 1 of/ })).toBeVisible({ timeout: 15_000 });
  await proposal.getByRole('button', { name: 'Close' }).click();

  // The prepayment invoice for both items: 9 h × 4 000 ₽ + 9 h × 3 500 ₽ = 67 500 ₽; its preview opens.
  await page.getByRole('button', { name: 'Prepayment invoice' }).click();
  const prepay = page.getByRole('dialog', { name: /^Prepayment invoice: deal/ });
  await expect(prepay).toContainText('67,500.00');
  await screenshot(page, 'rentals-prepayment-en');
  await expectPdf(page, () => prepay.getByRole('button', { name: 'Issue invoice' }).click());
  const preview = page.getByRole('dialog', { name: /^Invoice / });
  await expect(preview.getByRole('img', { name: 'Page 1 of 1' })).toBeVisible({ timeout: 15_000 });
  await preview.getByRole('button', { name: 'Close' }).click();
  const invoices = page.getByRole('table', { name: 'Invoices' });
  await expect(invoices).toContainText('Prepayment');
  await expect(invoices).toContainText('67,500.00');
  await expect(items.getByRole('row', { name: 'Item 2' })).toContainText('Draft');

  // Paid by bank transfer: both items are confirmed, the deal is booked.
  await invoices.getByRole('button', { name: /^Pay invoice/ }).click();
  const pay = page.getByRole('dialog', { name: /^Payment of invoice/ });
  await expect(pay.getByRole('textbox', { name: 'Amount' })).toHaveValue('67500');
  await screenshot(page, 'rentals-payment-en');
  await pay.getByRole('button', { name: 'Take payment' }).click();
  await expect(pay).toBeHidden();
  await expect(invoices).toContainText('Paid');
  await expect(items.getByRole('row', { name: 'Item 1' })).toContainText('Confirmed');
  await expect(items.getByRole('row', { name: 'Item 2' })).toContainText('Confirmed');
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('Booked');

  // The crane worked until 19:30 and drove 40 km: 2.5 h × 3 500 ₽ + 40 km × 120 ₽ = 13 550 ₽ overtime.
  await items.getByRole('button', { name: 'Waybill of item 2' }).click();
  const waybill = page.getByRole('dialog', { name: /^Waybill:/ });
  await expect(waybill.getByRole('textbox', { name: 'Actual start time' })).toHaveValue('08:00');
  await waybill.getByRole('textbox', { name: 'Actual end time' }).fill('19:30');
  await waybill.getByRole('textbox', { name: 'Km driven' }).fill('40');
  await waybill.getByRole('textbox', { name: 'Odometer at start, km' }).fill('120400');
  await waybill.getByRole('textbox', { name: 'Odometer at end, km' }).fill('120440');
  await screenshot(page, 'rentals-waybill-en');
  await waybill.getByRole('button', { name: 'Record waybill' }).click();
  await expect(waybill).toBeHidden();
  await expect(page.getByText(/^Overtime invoice .+: .*13,550\.00$/)).toBeVisible();
  const overtime = invoices.getByRole('row').filter({ hasText: 'Post-payment' });
  await expect(overtime).toContainText('13,550.00');
  await expect(overtime).toContainText('Issued');
  await expect(items.getByRole('row', { name: 'Item 2' })).toContainText('Done');
  await expect(items.getByRole('row', { name: 'Item 2' })).toContainText('11.5 hr billable');

  // The deal cannot close while the overtime invoice is unpaid: the back end says why.
  await page.getByRole('combobox', { name: 'Stage' }).click();
  await page.getByRole('option', { name: 'Closed' }).click();
  await expect(page.getByText('The deal has unpaid invoices: it cannot be closed yet.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue('In work');
  await screenshot(page, 'rentals-deal-en');

  // Send to driver: the text to paste, call and chat links.
  await items.getByRole('button', { name: 'Send item 2 to the driver' }).click();
  const send = page.getByRole('dialog', { name: 'Send to the driver: Petrov Ivan' });
  await expect(send.getByRole('textbox', { name: 'Message for the driver' })).toHaveValue(/Moscow, Stroiteley St 5/);
  await expect(send.getByRole('link', { name: 'WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/79161112233\?text=/);
  await expect(send.getByRole('link', { name: /^Call/ })).toHaveAttribute('href', 'tel:+79161112233');
  await screenshot(page, 'rentals-send-to-driver-en');
  await send.getByRole('button', { name: 'Close' }).click();
  expect((await api(request, 'deals.get', { id: dealId })).items.map((i) => i.status)).toEqual(['confirmed', 'done']);
  void petrov;

  // Both reports for February, on screen and as Excel files.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('table', { name: 'Rental deals' })).toBeVisible();
  await screenshot(page, 'rentals-deals-en');
  await page.getByRole('tab', { name: 'Reports' }).click();
  await page.getByLabel('From', { exact: true }).fill('2027-02-01');
  await page.getByLabel('To', { exact: true }).fill('2027-02-28');
  await page.getByRole('radiogroup').getByText('Driver payroll').click();
  await expect(page.getByRole('main')).toContainText('Petrov Ivan');
  await expectXlsx(page, () => page.getByRole('button', { name: 'Export to Excel' }).click());
  await page.getByRole('radiogroup').getByText('Licence plates').click();
  await expect(page.getByRole('main')).toContainText('А001АА 77');
  await expectXlsx(page, () => page.getByRole('button', { name: 'Export to Excel' }).click());
  await screenshot(page, 'rentals-reports-en');
  // The hired crane is owed to its supplier: 9 ordered hours at their 2 800 ₽ (no waybill yet).
  await page.getByRole('radiogroup').getByText('Owed to suppliers').click();
  const owed = page.getByRole('table', { name: 'Owed to suppliers' });
  await expect(owed.getByRole('row').filter({ hasText: 'Е003ЕЕ 50' })).toContainText('ИП Краны-Аренда');
  await expect(owed.getByRole('row').filter({ hasText: 'Е003ЕЕ 50' })).toContainText(/25,200\.00/);
  await screenshot(page, 'rentals-suppliers-en');
});

test('the deal list finds the deal; the same screens in Russian', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page, 'scheduler');
  await page.goto('/#/rentals');
  const rows = page.getByTestId('deal-rows').getByRole('row');
  await page.getByRole('searchbox', { name: 'Search deals' }).fill('СтройМост');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('In work');
  await expect(rows.first()).toContainText('Moscow, Stroiteley St 5');
  await expect(rows.first()).toContainText('67,500.00');
  await page.getByRole('searchbox', { name: 'Search deals' }).fill('');
  await page.getByRole('combobox', { name: 'Stage' }).click();
  await page.getByRole('option', { name: 'Booked' }).click();
  // Other specs on this desk may have booked deals too: every row shown is booked, ours is there,
  // and the deal in work is not.
  const other = rows.filter({ hasText: 'Другой заказчик' });
  await expect(other).toHaveCount(1);
  await expect(rows.filter({ hasNotText: 'Booked' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'СтройМост' })).toHaveCount(0);
  await other.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /^Deal / })).toBeVisible();

  await switchLanguage(page, 'ru');
  await page.goto(`/#/rentals/deal/${encodeURIComponent(dealId)}`);
  await expect(page.getByRole('heading', { level: 2, name: /^Сделка / })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Позиции' })).toContainText('Обеспечение');
  await screenshot(page, 'rentals-deal-ru');
  await page.getByRole('button', { name: 'Добавить позицию' }).click();
  await expect(page.getByRole('dialog', { name: /^Новая позиция сделки/ })).toBeVisible();
  await screenshot(page, 'rentals-add-item-ru');
  await page.keyboard.press('Escape');
  await page.goto('/#/rentals/fleet');
  await expect(page.getByRole('table', { name: 'Техника' })).toContainText('25 т');
  await screenshot(page, 'rentals-fleet-ru');
  await switchLanguage(page, 'en');
});

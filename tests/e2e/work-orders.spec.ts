import { test, expect, type Page } from '@playwright/test';
import { api, openApp, screenshot, switchLanguage } from './app';

// One order from a booked request to the car going home: labour from a template, a part
// scanned from stock, the inspection act, completion, an invoice paid in two parts, and the
// printed invoice and act. Then the same screens in Russian.
test.describe.configure({ mode: 'serial' });

let orderId = '';

/** Waits for the next print.document answer and checks it is a PDF. */
async function expectPdf(page: Page, open: () => Promise<void>): Promise<string> {
  const response = page.waitForResponse((r) => r.url().endsWith('/api/print.document'));
  await open();
  const body = (await (await response).json()) as { ok: boolean; data: { fileName: string; pdfBase64: string } };
  expect(body.ok).toBe(true);
  expect(body.data.pdfBase64.startsWith('JVBER')).toBe(true);
  return body.data.fileName;
}

/** The preview is a modal over the order; a picture of the window shows it as a person sees it. */
async function viewportShot(page: Page, name: string) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `test-results/${name}.png` });
}

test('from a booking and its repair request to a paid, issued work order', async ({ page, request }) => {
  test.setTimeout(120_000);
  await api(request, 'legalEntities.create', {
    name: 'ООО «Мотор-Сервис»',
    inn: '7707083893',
    kpp: '773601001',
    ogrn: '1027700132195',
    address: 'Москва, ул. Автозаводская, 23',
    bankName: 'ПАО Сбербанк',
    bic: '044525225',
    bankAccount: '40702810438000034726',
    corrAccount: '30101810400000000225',
    vatMode: 'on_top',
    vatRateBp: 2200,
    isDefault: true,
  });
  // Other specs change the branch's rate; this one counts money at 2 500 ₽ an hour.
  await api(request, 'branches.update', { labourRateMinor: 250000 });
  await api(request, 'employees.create', { name: 'Viktor Mechanikov', role: 'mechanic' });
  await api(request, 'employees.create', { name: 'Anna Priyomova', role: 'front_desk' });
  const diagnostics = await api(request, 'operations.create', { code: 'WO-D1', name: 'Suspension diagnostics', standardHoursX100: 50 });
  const oil = await api(request, 'operations.create', { code: 'WO-O1', name: 'Engine oil change', standardHoursX100: 100 });
  const filterSwap = await api(request, 'operations.create', { code: 'WO-O2', name: 'Oil filter replacement', standardHoursX100: 30 });
  await api(request, 'templates.create', { name: 'Oil service (WO)', operations: [{ operationId: oil.id }, { operationId: filterSwap.id }] });
  const store = (await api(request, 'warehouses.list', {})).items.find((w) => w.kind === 'store')!;
  const supplier = await api(request, 'customers.create', { kind: 'company', name: 'Parts Supplier (WO)', phones: ['+7 495 000-11-22'], isSupplier: true });
  const filter = await api(request, 'items.create', { name: 'Oil filter W 712/73', article: 'W712/73', brand: 'MANN', unit: 'pcs', purchasePriceMinor: 45000, salePriceMinor: 63000, barcodes: ['2900000071234'] });
  await api(request, 'stockDocs.create', { kind: 'receipt', supplierId: supplier.id, toWarehouseId: store.id, lines: [{ itemId: filter.id, qtyX1000: 5000, priceMinor: 45000 }], post: true });
  const customer = await api(request, 'customers.create', { kind: 'person', name: 'Pavel Orlovsky', phones: ['+7 916 123-00-77'] });
  const car = await api(request, 'vehicles.create', { customerId: customer.id, plate: 'В777ОР77', make: 'Lada', model: 'Vesta', mileage: 50000 });
  // The scheduler's own specs cover booking by dragging; here the booking and its request are the starting point.
  const bay = await api(request, 'resources.create', { kind: 'bay', name: 'Lift WO' });
  const booking = await api(request, 'bookings.create', { bayId: bay.id, start: '2026-12-01T10:00:00+03:00', end: '2026-12-01T12:00:00+03:00', customerId: customer.id, vehicleId: car.id, allowOutsideHours: true });
  const repair = await api(request, 'requests.create', { bookingId: booking.id, customerId: customer.id, vehicleId: car.id, complaint: 'Knocking at the front over bumps', operations: [{ operationId: diagnostics.id }] });

  await openApp(page, 'scheduler');
  await page.getByRole('link', { name: 'Work orders' }).click();
  await expect(page.getByRole('heading', { name: 'Work orders', level: 2 })).toBeVisible();

  // The car has arrived: open the order from its request.
  await page.getByRole('button', { name: 'New work order' }).click();
  const create = page.getByRole('dialog', { name: 'New work order' });
  await create.getByRole('combobox', { name: 'Customer' }).fill('Orlovsky');
  // Picked once the list shows what was typed, not the newest customers it opens with.
  await expect(page.getByRole('option').filter({ hasNotText: /Orlovsky/ })).toHaveCount(0);
  await page.getByRole('option', { name: /Pavel Orlovsky/ }).click();
  await expect(create.getByRole('combobox', { name: 'From repair request' })).toHaveValue(new RegExp(repair.number));
  await expect(create.getByRole('combobox', { name: 'Vehicle' })).toHaveValue('В777ОР 77 Lada Vesta');
  await create.getByRole('textbox', { name: 'Mileage, km' }).fill('51200');
  await create.getByRole('textbox', { name: 'Mileage, km' }).press('Enter');
  await expect(create).toBeHidden();
  const title = page.getByRole('heading', { level: 2, name: /^Work order / });
  await expect(title).toBeVisible();
  orderId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  expect((await api(request, 'requests.get', { id: repair.id })).status).toBe('converted');
  await expect(page.getByRole('textbox', { name: 'Complaint' })).toHaveValue('Knocking at the front over bumps');

  const labour = page.getByRole('table', { name: 'Labour' });
  await expect(labour.getByRole('row')).toHaveCount(2);
  await expect(labour).toContainText('Suspension diagnostics');

  // New lines go to one mechanic; the template adds both of its operations.
  await page.getByRole('combobox', { name: 'Mechanic for new lines' }).click();
  await page.getByRole('option', { name: 'Viktor Mechanikov' }).click();
  await page.getByRole('combobox', { name: 'Add a repair template' }).click();
  await page.getByRole('option', { name: 'Oil service (WO)' }).click();
  await expect(labour.getByRole('row')).toHaveCount(4);
  await expect(labour.getByRole('row').filter({ hasText: 'Engine oil change' })).toContainText('Viktor Mechanikov');

  // The line from the request has nobody yet: the editor starts with the chosen mechanic at 100 %.
  await page.getByRole('button', { name: 'Mechanics of line 1' }).click();
  const shares = page.getByRole('form', { name: 'Mechanics, line 1' });
  await expect(shares.getByRole('textbox', { name: 'Share %, mechanic 1' })).toHaveValue('100');
  await shares.getByRole('button', { name: 'Apply' }).click();
  await expect(labour.getByRole('row').filter({ hasText: 'Suspension diagnostics' })).toContainText('Viktor Mechanikov');

  // A discount on one line, typed and confirmed with Enter.
  await labour.getByRole('textbox', { name: 'Discount %, line 2' }).fill('10');
  await labour.getByRole('textbox', { name: 'Discount %, line 2' }).press('Enter');
  await expect(labour.getByRole('row').filter({ hasText: 'Engine oil change' })).toContainText('2,250.00');

  // The barcode scanner types the code and Enter: the filter is added and reserved.
  await page.getByRole('textbox', { name: 'Add from stock' }).fill('2900000071234');
  await page.getByRole('textbox', { name: 'Add from stock' }).press('Enter');
  const parts = page.getByRole('table', { name: 'Parts' });
  await expect(parts).toContainText('Oil filter W 712/73');
  await expect(parts).toContainText('reserved');
  await parts.getByRole('textbox', { name: 'Quantity, part 1' }).fill('2');
  await parts.getByRole('textbox', { name: 'Quantity, part 1' }).press('Enter');
  await expect(parts.getByRole('row').filter({ hasText: 'Oil filter' })).toContainText('1,260.00');
  expect(await api(request, 'stock.balance', { itemId: filter.id })).toMatchObject({ reservedX1000: 2000, availableX1000: 3000 });

  await page.getByRole('textbox', { name: 'New recommendation' }).fill('Replace the front brake pads within 2,000 km');
  await page.getByRole('textbox', { name: 'New recommendation' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Recommendations' })).toContainText('front brake pads');

  // 1 250 + 2 250 + 750 labour + 1 260 parts = 5 510 ₽, VAT 22 % on top = 6 722.20 ₽.
  const totals = page.getByRole('group', { name: 'Totals' });
  await expect(totals).toContainText('6,722.20');
  await screenshot(page, 'work-order-lines-en');

  // The inspection act: a scratch on the left side with a note, fuel at a half.
  await page.getByRole('tab', { name: /Inspection act/ }).click();
  await page.getByRole('button', { name: 'Left side: click to mark damage' }).click({ position: { x: 95, y: 60 } });
  await page.getByRole('radiogroup', { name: 'Damage kind' }).locator('label', { hasText: 'Dent' }).click();
  await page.getByRole('button', { name: 'Top: click to mark damage' }).click({ position: { x: 200, y: 70 } });
  await page.getByRole('textbox', { name: 'Note, mark 1' }).fill('Rear door, 10 cm');
  await page.getByRole('radiogroup', { name: 'Fuel level' }).getByText('½', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Items left in the car' }).fill('Child seat');
  // A phone photo is big: it is redrawn at most 1600 px wide as JPEG before it is sent.
  const photo = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [3000, 2000];
    const ctx = canvas.getContext('2d')!;
    const noise = ctx.createImageData(3000, 2000);
    for (let i = 0; i < noise.data.length; i++) noise.data[i] = i % 4 === 3 ? 255 : (i * 2654435761) % 251;
    ctx.putImageData(noise, 0, 0);
    return canvas.toDataURL('image/png').split(',')[1];
  });
  await page.locator('input[type=file]').setInputFiles({ name: 'scratch.png', mimeType: 'image/png', buffer: Buffer.from(photo, 'base64') });
  await expect(page.getByRole('button', { name: 'Open photo scratch.jpg' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Save act' }).click();
  await expect(page.getByText('Inspection act saved')).toBeVisible();
  const act = (await api(request, 'workOrders.get', { id: orderId })).inspection!;
  expect(act).toMatchObject({ fuelEighths: 4, itemsLeft: 'Child seat', mileageKm: 51200 });
  expect(act.photos).toHaveLength(1);
  expect(act.photos[0].dataUrl).toMatch(/^data:image\/jpeg;base64,/);
  expect(act.photos[0].dataUrl.length).toBeLessThan(700_000);
  expect(act.marks.map((m) => [m.view, m.kind, m.note ?? null])).toEqual([
    ['left', 'scratch', 'Rear door, 10 cm'],
    ['top', 'dent', null],
  ]);
  await screenshot(page, 'work-order-inspection-en');

  // Work starts and is done: the filter leaves stock.
  await page.getByRole('button', { name: 'Start work' }).click();
  await expect(page.getByText('Work started')).toBeVisible();
  await page.getByRole('button', { name: 'Complete' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'read-only' })).toBeVisible();
  expect(await api(request, 'stock.balance', { itemId: filter.id })).toMatchObject({ onHandX1000: 3000, reservedX1000: 0 });

  // A post-payment invoice for the order; its preview opens at once.
  await page.getByRole('tab', { name: /Payments/ }).click();
  await page.getByRole('button', { name: 'Issue invoice' }).click();
  const invoiceDialog = page.getByRole('dialog', { name: /^Invoice for work order/ });
  await expect(invoiceDialog.getByRole('radio', { name: 'Post-payment' })).toBeChecked();
  const invoiceFile = await expectPdf(page, () => invoiceDialog.getByRole('button', { name: 'Issue invoice' }).click());
  expect(invoiceFile).toMatch(/\.pdf$/);
  const preview = page.getByRole('dialog', { name: /^Invoice (?!for)/ });
  await expect(preview.getByRole('img', { name: 'Page 1 of 1' })).toBeVisible({ timeout: 15_000 });
  await viewportShot(page, 'work-order-print-invoice-en');
  await preview.getByRole('button', { name: 'Close' }).click();
  const invoices = page.getByRole('table', { name: 'Invoices' });
  await expect(invoices).toContainText('Issued');

  // A part now, in cash, against the invoice…
  await page.getByRole('button', { name: 'Take payment' }).click();
  const pay = page.getByRole('dialog', { name: /^Payment for work order/ });
  await expect(pay.getByRole('textbox', { name: 'Amount' })).toHaveValue('6722.20');
  await pay.getByRole('textbox', { name: 'Amount' }).fill('2000');
  await pay.getByRole('textbox', { name: 'Amount' }).press('Enter');
  await expect(pay).toBeHidden();
  await expect(invoices).toContainText('Partly paid');

  // …and the rest by card, from the invoice's row.
  await invoices.getByRole('button', { name: /^Pay invoice/ }).click();
  const rest = page.getByRole('dialog', { name: /^Payment of invoice/ });
  await expect(rest.getByRole('textbox', { name: 'Amount' })).toHaveValue('4722.20');
  await rest.getByText('Card', { exact: true }).click();
  await rest.getByRole('button', { name: 'Take payment' }).click();
  await expect(rest).toBeHidden();
  await expect(invoices).toContainText('Paid');
  await expect(page.getByRole('table', { name: 'Payments' }).getByRole('row')).toHaveCount(3);
  expect((await api(request, 'workOrders.get', { id: orderId })).totals).toMatchObject({ totalMinor: 672220, paidMinor: 672220, dueMinor: 0 });
  await screenshot(page, 'work-order-payments-en');

  // The act of completed work, printed from the order's Print menu.
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expectPdf(page, () => page.getByRole('menuitem', { name: 'Act of completed work' }).click());
  const actPreview = page.getByRole('dialog', { name: 'Act of completed work' });
  await expect(actPreview.getByRole('img', { name: /^Page 1 of/ })).toBeVisible({ timeout: 15_000 });
  // Documents follow the interface language; Russian is one click away.
  await expectPdf(page, () => actPreview.getByText('Русский').click());
  await expect(actPreview.getByRole('img', { name: /^Page 1 of/ })).toBeVisible({ timeout: 15_000 });
  await viewportShot(page, 'work-order-print-act-en');
  // Print opens the PDF where the browser's viewer prints it.
  const printing = page.waitForEvent('popup');
  await actPreview.getByRole('button', { name: 'Print', exact: true }).click();
  const printTab = await printing;
  expect(printTab.url()).toMatch(/^blob:/);
  await printTab.close();
  await actPreview.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Issue to customer' }).click();
  await expect(page.getByText('Car issued to the customer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
});

test('the list finds the order; the same screens in Russian', async ({ page, request }) => {
  test.setTimeout(90_000);
  const order = await api(request, 'workOrders.get', { id: orderId });
  // Two more orders, so the list has something to filter.
  const other = await api(request, 'customers.create', { kind: 'company', name: 'ООО «Автопарк-WO»', phones: ['+7 495 222-33-44'] });
  const transit = await api(request, 'vehicles.create', { customerId: other.id, plate: 'Х123УК750', make: 'Ford', model: 'Transit' });
  const open = await api(request, 'workOrders.create', { customerId: other.id, vehicleId: transit.id, complaint: 'Brakes squeal' });
  await api(request, 'workOrders.addLabour', { workOrderId: open.id, name: 'Brake inspection', hoursX100: 80 });
  await api(request, 'workOrders.setStatus', { id: open.id, status: 'in_progress' });
  await api(request, 'workOrders.create', { customerId: other.id, vehicleId: transit.id, complaint: 'Seasonal tyre change' });
  await openApp(page, 'scheduler');
  await page.getByRole('link', { name: 'Work orders' }).click();
  const rows = page.getByTestId('work-order-rows').getByRole('row');
  await page.getByRole('searchbox', { name: 'Search work orders' }).fill('В777ОР');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(order.number);
  await expect(rows.first()).toContainText('Issued');
  await page.getByRole('searchbox', { name: 'Search work orders' }).fill('');
  const vanRows = rows.filter({ hasText: 'Х123УК 750' });
  await expect(vanRows).toHaveCount(2);
  // Unpaid: the paid order goes, the one in progress stays (the empty draft owes nothing).
  await page.getByRole('checkbox', { name: 'Unpaid' }).check();
  await expect(rows.filter({ hasText: order.number })).toHaveCount(0);
  await expect(vanRows).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Unpaid' }).uncheck();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Draft' }).click();
  await expect(vanRows).toHaveCount(1);
  await expect(vanRows).toContainText('Draft');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(vanRows).toHaveCount(2);
  await screenshot(page, 'work-order-list-en');

  // The vehicle's history is one click from the order.
  await rows.filter({ hasText: order.number }).click();
  await page.getByRole('button', { name: 'Vehicle history' }).click();
  const history = page.getByRole('dialog', { name: /^History: В777ОР 77/ });
  await expect(history.getByRole('list', { name: 'Open recommendations' })).toContainText('front brake pads');
  await expect(history.getByRole('table', { name: 'Work orders' })).toContainText(order.number);
  await history.getByRole('button', { name: 'Close' }).click();

  await switchLanguage(page, 'ru');
  await expect(page.getByRole('heading', { level: 2, name: `Заказ-наряд ${order.number}` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Работы' })).toContainText('Suspension diagnostics');
  await expect(page.getByRole('group', { name: 'Итоги' })).toContainText('6 722,20');
  await screenshot(page, 'work-order-lines-ru');
  await page.getByRole('tab', { name: /Акт осмотра/ }).click();
  // Issued: the act is shown, no longer edited.
  await expect(page.getByRole('table', { name: 'Отметки повреждений' })).toContainText('Rear door, 10 cm');
  await screenshot(page, 'work-order-inspection-ru');
  await page.getByRole('tab', { name: /Оплата/ }).click();
  await expect(page.getByRole('table', { name: 'Счета' })).toContainText('Оплачен');
  await screenshot(page, 'work-order-payments-ru');

  await page.getByRole('button', { name: 'Печать', exact: true }).click();
  await expectPdf(page, () => page.getByRole('menuitem', { name: 'Акт осмотра' }).click());
  const preview = page.getByRole('dialog', { name: 'Акт осмотра' });
  await expect(preview.getByRole('img', { name: /^Страница 1 из/ })).toBeVisible({ timeout: 15_000 });
  await viewportShot(page, 'work-order-print-inspection-ru');
  await preview.getByRole('button', { name: 'Закрыть' }).click();

  await page.getByRole('link', { name: 'Заказ-наряды' }).click();
  await expect(page.getByTestId('work-order-rows')).toContainText(order.number);
  await screenshot(page, 'work-order-list-ru');
  await page.getByRole('tab', { name: 'Дебиторка' }).click();
  await expect(page.getByText(/Никто ничего не должен|Всего долгов/)).toBeVisible();
  await switchLanguage(page, 'en');
});

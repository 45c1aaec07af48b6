import { test, expect, type Page } from '@playwright/test';
import { api, screenshot } from './app';

// The subject here is the storekeeper's day: receive from a supplier, move to the workshop,
// count a warehouse, and find a part with a barcode scanner. Items themselves are set up
// through the API.

const oilName = 'Масло моторное 5W-30 E2E';
const filterName = 'Фильтр масляный E2E';
const filterCode = '4606453849072';

async function openStock(page: Page) {
  await page.goto('/#token=e2e-token');
  await page.getByRole('link', { name: 'Parts & stock' }).click();
  await expect(page.getByRole('heading', { name: 'Parts & stock', level: 2 })).toBeVisible();
}

async function newDocument(page: Page, tab: string, button: string) {
  await page.getByRole('link', { name: 'Parts & stock' }).click();
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('button', { name: button }).click();
}

/** What a USB barcode scanner does: types the code quickly and presses Enter. */
async function scan(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

test('receive from a new supplier, transfer to the workshop, count, and scan', async ({ page, request }) => {
  // One storekeeper's morning across five screens: longer than the default allows on a busy machine.
  test.setTimeout(90_000);
  const group = await api(request, 'itemGroups.create', { name: 'Фильтры E2E', markupBp: 4000 });
  await api(request, 'items.create', { name: oilName, article: 'E2E-OIL-530', brand: 'Shell', unit: 'l', purchasePriceMinor: 80000, salePriceMinor: 120000 });
  await api(request, 'items.create', { name: filterName, article: 'E2E-W712', brand: 'MANN', unit: 'pcs', groupId: group.id, purchasePriceMinor: 45000, barcodes: [filterCode] });

  await openStock(page);

  // Goods receipt: the supplier is new, made on the spot.
  await newDocument(page, 'Receipts', 'New receipt');
  await expect(page.getByRole('heading', { name: 'Goods receipt: new' })).toBeVisible();
  await page.getByRole('button', { name: 'New supplier' }).click();
  const supplier = page.getByRole('dialog', { name: 'New supplier' });
  await supplier.getByRole('textbox', { name: 'Company name' }).fill('ООО «Запчасть-E2E»');
  await supplier.getByRole('textbox', { name: 'Phone' }).fill('+7 495 111-22-33');
  await supplier.getByRole('button', { name: 'Save' }).click();
  await expect(supplier).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Supplier' })).toHaveValue('ООО «Запчасть-E2E»');
  await page.getByRole('textbox', { name: 'Supplier’s document no.' }).fill('УПД-501');

  // Litres: found by article, then the quantity typed with a decimal comma.
  const picker = page.getByRole('textbox', { name: 'Add an item' });
  await picker.fill('e2e-oil 530');
  await picker.press('Enter');
  await expect(page.getByRole('textbox', { name: `Quantity of ${oilName}` })).toBeFocused();
  await page.keyboard.type('4,5');
  await page.getByRole('textbox', { name: `Price of ${oilName}` }).fill('850');
  // Enter in a number box goes back to the item box, ready for the scanner.
  await page.keyboard.press('Enter');
  await expect(picker).toBeFocused();
  // Pieces: scanned twice, then corrected to ten.
  await scan(page, filterCode);
  await expect(page.getByRole('textbox', { name: `Quantity of ${filterName}` })).toHaveValue('1');
  await scan(page, filterCode);
  await expect(page.getByRole('textbox', { name: `Quantity of ${filterName}` })).toHaveValue('2');
  await page.getByRole('textbox', { name: `Quantity of ${filterName}` }).fill('10');
  // 4.5 × 850 + 10 × 450
  await expect(page.getByTestId('document-totals')).toContainText('RUB 8,325.00');
  await screenshot(page, 'stock-receipt');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByText('Posted', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Goods receipt .+-ПН-\d+$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reverse', exact: true })).toBeVisible();

  // The balance in the items list, per warehouse.
  await page.getByRole('link', { name: 'Parts & stock' }).click();
  await page.getByRole('searchbox', { name: 'Search items' }).fill('E2E');
  const items = page.getByRole('table', { name: 'Items' });
  const oilRow = items.getByRole('row').filter({ hasText: oilName });
  await expect(oilRow).toContainText('4.5');
  await expect(items.getByRole('row').filter({ hasText: filterName })).toContainText('RUB 630.00'); // by the group's 40 % markup
  await screenshot(page, 'stock-items');

  // Transfer part of the oil to the workshop.
  await newDocument(page, 'Transfers', 'New transfer');
  await expect(page.getByRole('combobox', { name: 'From warehouse' })).toHaveValue('Main store');
  await expect(page.getByRole('combobox', { name: 'To warehouse' })).toHaveValue('Workshop');
  await picker.fill('E2E-OIL-530');
  await picker.press('Enter');
  await page.getByRole('textbox', { name: `Quantity of ${oilName}` }).fill('1.5');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByText('Posted', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Parts & stock' }).click();
  await oilRow.click();
  await expect(page.getByRole('heading', { name: oilName })).toBeVisible();
  const balances = page.getByRole('table', { name: 'Balances' });
  await expect(balances.getByRole('row').filter({ hasText: 'Main store' })).toContainText('3 L');
  await expect(balances.getByRole('row').filter({ hasText: 'Workshop' })).toContainText('1.5 L');
  await expect(page.getByRole('table', { name: 'Movements' }).getByRole('row').filter({ hasText: 'Transfer' })).toHaveCount(2);
  await screenshot(page, 'stock-item-card');

  // Count the main store: filled from the balances, one difference, posted.
  await newDocument(page, 'Stock counts', 'New stock count');
  await page.getByRole('button', { name: 'Fill from balances' }).click();
  const counted = page.getByRole('textbox', { name: `Counted ${filterName}` });
  await expect(counted).toHaveValue('10');
  await expect(page.getByRole('textbox', { name: `Counted ${oilName}` })).toHaveValue('3');
  await counted.fill('9');
  const lines = page.getByRole('table', { name: 'Lines' });
  await expect(lines.getByRole('row').filter({ hasText: filterName })).toContainText('−1');
  await expect(page.getByTestId('document-totals')).toContainText('Lines with a difference: 1');
  await expect(page.getByTestId('document-totals')).toContainText('RUB 450.00');
  await screenshot(page, 'stock-count');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByText('Posted', { exact: true })).toBeVisible();
  await expect(lines.getByRole('row').filter({ hasText: filterName })).toContainText('−1');

  // A barcode scanned into the list's search box opens the item: the new balance is there.
  await page.getByRole('link', { name: 'Parts & stock' }).click();
  await page.getByRole('searchbox', { name: 'Search items' }).fill('');
  await page.getByRole('searchbox', { name: 'Search items' }).click();
  await scan(page, filterCode);
  await expect(page.getByRole('heading', { name: filterName })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Balances' }).getByRole('row').filter({ hasText: 'Main store' })).toContainText('9 pcs');

  // Shelf labels for it open as a PDF in a new tab.
  await page.getByRole('button', { name: 'Print labels' }).click();
  const labels = page.getByRole('dialog', { name: 'Print labels' });
  await labels.getByRole('button', { name: 'One label per unit' }).click();
  await expect(labels.getByRole('textbox', { name: `Copies of ${filterName}` })).toHaveValue('9');
  const pdf = page.waitForEvent('popup');
  await labels.getByRole('button', { name: 'Open PDF' }).click();
  expect((await pdf).url()).toMatch(/^blob:/);
  await expect(labels).toBeHidden();
});

test('a shortage is refused by name; a posted write-off is reversed and a corrected copy posted', async ({ page, request }) => {
  const item = await api(request, 'items.create', { name: 'Свеча зажигания E2E', article: 'E2E-BKR6E', brand: 'NGK', unit: 'pcs', purchasePriceMinor: 38000 });
  const supplier = await api(request, 'customers.create', { kind: 'company', name: 'ООО «Свечи E2E»', phones: ['+74950001122'], isSupplier: true });
  const store = (await api(request, 'warehouses.list', {})).items.find((w) => w.kind === 'store')!;
  await api(request, 'stockDocs.create', { kind: 'receipt', supplierId: supplier.id, toWarehouseId: store.id, lines: [{ itemId: item.id, qtyX1000: 4000, priceMinor: 38000 }], post: true });

  await openStock(page);
  await newDocument(page, 'Write-offs', 'New write-off');
  await page.getByRole('textbox', { name: 'Reason for the write-off' }).fill('Брак: трещина изолятора');
  const picker = page.getByRole('textbox', { name: 'Add an item' });
  await picker.fill('E2E-BKR6E');
  await picker.press('Enter');
  const qty = page.getByRole('textbox', { name: 'Quantity of Свеча зажигания E2E' });
  await expect(qty).toHaveValue('1');
  await qty.fill('5');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByText('Not enough Свеча зажигания E2E in Main store: 1 pcs short.')).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();

  await qty.fill('2');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByText('Posted', { exact: true })).toBeVisible();
  await expect(page.getByTestId('document-totals')).toContainText('RUB 760.00'); // at cost

  // Wrong quantity after all: reverse it and post a corrected copy.
  await page.getByRole('button', { name: 'Reverse and copy to correct' }).click();
  await page.getByRole('dialog', { name: 'Reverse the document' }).getByRole('button', { name: 'Reverse and copy to correct' }).click();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Reason for the write-off' })).toHaveValue('Брак: трещина изолятора');
  await page.getByRole('textbox', { name: 'Quantity of Свеча зажигания E2E' }).fill('1');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Posted', { exact: true })).toBeVisible();

  const balance = await api(request, 'stock.balance', { itemId: item.id });
  expect(balance.onHandX1000).toBe(3000);
});

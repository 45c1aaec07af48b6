import { test, expect, type Locator, type Page } from '@playwright/test';
import { api, openApp, screenshot, switchLanguage } from './app';

// A crane booked today with its driver: on the rental calendar under the machine, then under
// the driver; a drag onto a busy machine is refused and names the deal in the way; after the
// waybill the trip is in both reports, and the report exports to Excel.
test.describe.configure({ mode: 'serial' });

/** Today on the branch's (Moscow) clock, and a time on it as the API takes it. */
const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
const moscow = (time: string) => `${today}T${time}:00+03:00`;

const ids = { craneA: '', craneB: '', driver: '', item: '', deal: '', dealNumber: '', otherDealNumber: '' };

async function openTab(page: Page, tab: 'Calendar' | 'Reports') {
  await openApp(page, 'scheduler');
  await page.getByRole('link', { name: 'Rentals' }).click();
  await page.getByRole('tab', { name: tab }).click();
}

// FullCalendar hides a timeline's lanes from assistive technology (its grid of rows is the
// accessible part), so the boxes are found among hidden elements too.
const item = (scope: Page | Locator, name: RegExp) => scope.getByRole('button', { name, includeHidden: true });
const itemBox = (page: Page) => item(page, /Crane KS-55713 Х777ХХ199, Kalendarov Ivan/);

test('a confirmed item shows under its machine, then under its driver; a refused drag goes back', async ({ page, request }) => {
  test.setTimeout(90_000);
  const customer = await api(request, 'customers.create', { kind: 'company', name: 'Calendar Builders LLC', phones: ['+7 495 700-00-01'] });
  const crane = await api(request, 'machineTypes.create', { name: 'Crane' });
  const base = { typeId: crane.id, model: 'KS-55713', capacityKg: 25000, ownership: 'own' as const, hourlyRateMinor: 350000, minHoursX100: 400 };
  ids.craneA = (await api(request, 'machines.create', { ...base, plate: 'Х777ХХ199' })).id;
  ids.craneB = (await api(request, 'machines.create', { ...base, plate: 'Х778ХХ199' })).id;
  ids.driver = (await api(request, 'drivers.create', { name: 'Kalendarov Ivan', costPerHourMinor: 60000, thirdParty: false })).id;
  const otherDriver = await api(request, 'drivers.create', { name: 'Zanyatov Oleg', costPerHourMinor: 60000 });
  const deal = await api(request, 'deals.create', { customerId: customer.id, siteAddress: 'Moscow, Stroiteley 1' });
  ids.deal = deal.id;
  ids.dealNumber = deal.number;
  let v = await api(request, 'deals.addItem', { dealId: deal.id, machineTypeId: crane.id, machineId: ids.craneA, driverId: ids.driver, start: moscow('10:00'), end: moscow('16:00'), orderedHoursX100: 600 });
  ids.item = v.items[0].id;
  await api(request, 'rentals.confirmItem', { id: ids.item });
  const other = await api(request, 'deals.create', { customerId: customer.id });
  ids.otherDealNumber = other.number;
  v = await api(request, 'deals.addItem', { dealId: other.id, machineTypeId: crane.id, machineId: ids.craneB, driverId: otherDriver.id, start: moscow('09:00'), end: moscow('18:00'), orderedHoursX100: 900 });
  await api(request, 'rentals.confirmItem', { id: v.items[0].id });

  await openTab(page, 'Calendar');
  await expect(page.getByRole('heading', { name: 'Rental calendar', level: 2 })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'View' }).getByText('Week', { exact: true }).click();
  await page.getByRole('radiogroup', { name: 'Rows' }).getByText('Machines', { exact: true }).click();
  const laneA = page.locator(`.fc-timeline-lane[data-resource-id="${ids.craneA}"]`);
  await expect(item(laneA, /Crane KS-55713 Х777ХХ199, Kalendarov Ivan/)).toContainText(ids.dealNumber);
  await expect(page.locator(`.fc-datagrid-cell[data-resource-id="${ids.craneA}"]`)).toContainText('Х777ХХ 199');
  await screenshot(page, 'rental-calendar-week');

  // Onto the other crane, which is busy then: refused, named, and put back.
  const box = (await itemBox(page).boundingBox())!;
  const laneB = (await page.locator(`.fc-timeline-lane[data-resource-id="${ids.craneB}"]`).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, laneB.y + laneB.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByText(`The machine is booked`)).toContainText(`in deal ${ids.otherDealNumber} (Calendar Builders LLC)`);
  await expect(item(laneA, /Kalendarov Ivan/)).toBeVisible();

  await page.getByRole('radiogroup', { name: 'Rows' }).getByText('Drivers', { exact: true }).click();
  await expect(item(page.locator(`.fc-timeline-lane[data-resource-id="${ids.driver}"]`), /Crane KS-55713 Х777ХХ199, Kalendarov Ivan/)).toBeVisible();
  await expect(page.locator(`.fc-datagrid-cell[data-resource-id="${ids.driver}"]`)).toContainText('Kalendarov Ivan');
  await page.getByRole('radiogroup', { name: 'View' }).getByText('Day', { exact: true }).click();
  await expect(itemBox(page)).toContainText('10:00–16:00');
  await screenshot(page, 'rental-calendar-day-drivers');

  // Clicking an item opens its deal.
  await itemBox(page).click();
  await expect(page).toHaveURL(new RegExp(`#/rentals/deal/${ids.deal}$`));
});

test('after the waybill the trip is in both reports, and they export to Excel', async ({ page, request }) => {
  test.setTimeout(90_000);
  await api(request, 'rentals.recordWaybill', { itemId: ids.item, actualStart: moscow('10:00'), actualEnd: moscow('16:00'), km: 0 });
  await openTab(page, 'Reports');
  await expect(page.getByRole('heading', { name: 'Rental reports', level: 2 })).toBeVisible();
  await expect(page.getByLabel('From')).toHaveValue(`${today.slice(0, 8)}01`);

  const payroll = page.getByRole('table', { name: 'Driver payroll' });
  const trip = payroll.getByRole('row').filter({ hasText: 'Kalendarov Ivan' });
  await expect(trip).toContainText('Х777ХХ 199');
  await expect(trip).toContainText('6 hr');
  await expect(trip).toContainText('3,600.00');
  await screenshot(page, 'rental-reports-payroll');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/^driver-payroll-.*\.xlsx$/);

  await page.getByRole('radiogroup', { name: 'Report' }).getByText('Licence plates', { exact: true }).click();
  const plate = page.getByRole('table', { name: 'Licence plates' }).getByRole('row').filter({ hasText: 'Х777ХХ 199' });
  await expect(plate).toContainText('Calendar Builders LLC');
  await expect(plate).toContainText('21,000.00');
  await screenshot(page, 'rental-reports-plates');
  const plates = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  expect((await plates).suggestedFilename()).toMatch(/^plates-.*\.xlsx$/);

  // The same screen in Russian, with the names another helper's test relies on.
  await switchLanguage(page, 'ru');
  await expect(page.getByRole('heading', { name: 'Отчёты по аренде', level: 2 })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Отчёт' }).getByText('Зарплата водителей', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Зарплата водителей' }).getByRole('row').filter({ hasText: 'Kalendarov Ivan' })).toContainText('3 600,00');
  await expect(page.getByRole('button', { name: 'Выгрузить в Excel' })).toBeEnabled();
  await page.getByRole('radiogroup', { name: 'Отчёт' }).getByText('Отчёт по госномерам', { exact: true }).click();
  await expect(page.getByRole('table', { name: 'Отчёт по госномерам' })).toContainText('Calendar Builders LLC');
  await screenshot(page, 'rental-reports-ru');
});

import { test, expect, request as requestContext, type Page } from '@playwright/test';
import { api, openApp, screenshot, switchLanguage } from './app';

// One workshop for the whole file: two bays, a mechanic, weekday hours with a lunch break and
// a labour operation, set up through the API. The tests then book, refuse, move and book
// again on one day, in order.
test.describe.configure({ mode: 'serial' });

/** A Wednesday at least a week ahead, on the branch's (Moscow) calendar. */
function futureWednesday(): string {
  const moscow = new Date(Date.now() + 3 * 3_600_000);
  const d = new Date(Date.UTC(moscow.getUTCFullYear(), moscow.getUTCMonth(), moscow.getUTCDate() + 7));
  while (d.getUTCDay() !== 3) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const day = futureWednesday();
/** 10:00 in Moscow on `day`, as the API returns it. */
const moscow = (time: string) => new Date(`${day}T${time}:00+03:00`).toISOString();
let bay1 = '';
let bay2 = '';

test.beforeAll(async () => {
  const request = await requestContext.newContext({ baseURL: 'http://127.0.0.1:5181' });
  bay1 = (await api(request, 'resources.create', { kind: 'bay', name: 'Bay 1', bayKind: 'lift' })).id;
  bay2 = (await api(request, 'resources.create', { kind: 'bay', name: 'Bay 2', bayKind: 'lift' })).id;
  await api(request, 'employees.create', { name: 'Oleg Mechanikov', role: 'mechanic', hourlyCostMinor: 50_000 });
  const workday = (weekday: number) => [
    { weekday, startMinute: 9 * 60, endMinute: 13 * 60 },
    { weekday, startMinute: 14 * 60, endMinute: 20 * 60 },
  ];
  await api(request, 'hours.setWeekly', { intervals: [1, 2, 3, 4, 5].flatMap(workday) });
  await api(request, 'operations.create', { code: 'OIL-1', name: 'Engine oil and filter change', standardHoursX100: 50 });
  await request.dispose();
});

async function openDay(page: Page) {
  await openApp(page, 'scheduler');
  await page.getByRole('radiogroup', { name: 'View' }).getByText('Day', { exact: true }).click();
  await page.getByRole('radiogroup', { name: 'Columns' }).getByText('Bays', { exact: true }).click();
  await page.getByLabel('Go to date').fill(day);
  await expect(page.getByRole('heading', { level: 3 })).toContainText(String(Number(day.slice(8))));
}

/** A point on the time grid: the middle of a bay's column, a few pixels into a half-hour row. */
async function gridPoint(page: Page, resourceId: string, time: string, offset = 4) {
  const column = await page.locator(`.fc-timegrid-col[data-resource-id="${resourceId}"]`).boundingBox();
  const row = await page.locator(`.fc-timegrid-slot-lane[data-time="${time}:00"]`).boundingBox();
  if (!column || !row) throw new Error(`no grid cell for ${resourceId} at ${time}`);
  return { x: column.x + column.width / 2, y: row.y + offset };
}

/** A real drag with the mouse, in small steps as a hand would move it. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test('drag across free time, fill the repair request with a new customer and car, see it booked', async ({ page }) => {
  await openDay(page);
  await drag(page, await gridPoint(page, bay1, '10:00'), await gridPoint(page, bay1, '11:00', 14));

  const dialog = page.getByRole('dialog', { name: 'New booking' });
  await expect(dialog.getByRole('textbox', { name: 'From' })).toHaveValue('10:00');
  await expect(dialog.getByRole('textbox', { name: 'To' })).toHaveValue('11:30');
  await expect(dialog.getByRole('combobox', { name: 'Bay' })).toHaveValue('Bay 1');

  await dialog.getByText('New', { exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Ivanov Petr');
  await dialog.getByRole('textbox', { name: 'Phone', exact: true }).fill('+7 916 555-44-33');
  await dialog.getByRole('textbox', { name: 'Plate', exact: true }).fill('a123bc77');
  await dialog.getByRole('combobox', { name: 'Make' }).fill('Lada');
  await dialog.getByRole('textbox', { name: 'Model', exact: true }).fill('Vesta');
  await dialog.getByRole('combobox', { name: 'Class' }).click();
  await page.getByRole('option', { name: 'C (compact)' }).click();
  await dialog.getByRole('textbox', { name: 'Complaint' }).fill('Oil service due; knocking from the front right wheel.');
  await dialog.getByRole('combobox', { name: 'Add from the catalogue' }).fill('oil');
  await page.getByRole('option', { name: /OIL-1/ }).click();
  await expect(dialog.getByRole('table', { name: 'Preliminary operations' })).toContainText('Engine oil and filter change');
  await screenshot(page, 'scheduler-request-form-filled-en');
  await dialog.getByRole('button', { name: 'Save' }).click();

  // The server's answer: a number, the estimate and the preliminary cost (0.5 h × 2 500 ₽).
  const saved = page.getByRole('dialog', { name: /^Booking · request A-\d{6}$/ });
  await expect(saved).toBeVisible();
  await expect(saved.getByRole('group', { name: 'Estimate' })).toContainText('30 min');
  await expect(saved.getByRole('group', { name: 'Estimate' })).toContainText('1,250.00');
  await expect(saved.getByRole('combobox', { name: 'Request status' })).toHaveValue('New');
  await expect(saved.getByRole('combobox', { name: 'Find a customer' })).toHaveValue('Ivanov Petr');
  await screenshot(page, 'scheduler-request-form-en');
  await saved.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(saved).toBeHidden();

  const booking = page.getByRole('button', { name: /10:00–11:30, Bay 1, А123ВС 77, Ivanov Petr, Confirmed/ });
  await expect(booking).toBeVisible();
  await expect(booking).toContainText('А123ВС 77');
  await expect(booking).toContainText('Ivanov Petr');
});

test('dragging over a taken bay is refused and says who has it', async ({ page }) => {
  await openDay(page);
  // From free time at 09:00 down into the booking (a drag that starts on a booking moves it).
  await drag(page, await gridPoint(page, bay1, '09:00'), await gridPoint(page, bay1, '10:30', 14));
  await expect(page.getByText('Bay 1 is taken 10:00–11:30 by Ivanov Petr, А123ВС 77.')).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  await screenshot(page, 'scheduler-refusal-en');
});

test('move a booking by dragging: into the lunch break asks first, then to another bay', async ({ page, request }) => {
  await openDay(page);
  const booking = page.locator('.gd-booking', { hasText: 'А123ВС 77' });
  const box = (await booking.boundingBox())!;
  const grab = { x: box.x + box.width / 2, y: box.y + 4 };

  // 13:00 is the lunch break: the person is asked, says no, and the booking stays.
  await drag(page, grab, await gridPoint(page, bay2, '13:00'));
  const ask = page.getByRole('dialog', { name: 'Outside working hours' });
  await expect(ask).toContainText('Book anyway?');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: /10:00–11:30, Bay 1, А123ВС 77/ })).toBeVisible();

  await drag(page, grab, await gridPoint(page, bay2, '14:00'));
  await expect(page.getByText('Booking moved: 14:00–15:30')).toBeVisible();
  await expect(page.getByRole('button', { name: /14:00–15:30, Bay 2, А123ВС 77/ })).toBeVisible();

  // The back end agrees.
  const { items } = await api(request, 'bookings.list', { from: moscow('00:00'), to: moscow('23:59') });
  const moved = items.find((b) => b.vehiclePlate === 'А123ВС77');
  expect(moved).toMatchObject({ bayId: bay2, start: moscow('14:00'), end: moscow('15:30') });
});

test('keyboard: N opens a new booking, a taken time is explained, the next free slot is found', async ({ page }) => {
  await openDay(page);
  // N works anywhere but in a text box (the date box still has the focus).
  await page.getByLabel('Go to date').press('n');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByLabel('Go to date').blur();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New booking' });
  const date = dialog.getByLabel('Date');
  await expect(date).toBeFocused();
  await date.fill(day);
  // (Tab walks through the date box's day, month and year first.)
  await dialog.getByRole('textbox', { name: 'From' }).focus();
  await page.keyboard.type('1430');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'From' })).toHaveValue('14:30');
  await page.keyboard.type('15');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'To' })).toHaveValue('15:00');
  await dialog.getByRole('combobox', { name: 'Bay' }).click();
  await page.getByRole('option', { name: 'Bay 2' }).click();
  await page.keyboard.press('Control+Enter');

  await expect(dialog.getByRole('alert')).toContainText('Bay 2 is taken 14:00–15:30 by Ivanov Petr, А123ВС 77.');
  await screenshot(page, 'scheduler-refusal-form-en');

  await dialog.getByRole('button', { name: 'Find the next free slot' }).click();
  await expect(dialog.getByRole('status')).toContainText('Bay 1 is free');
  await expect(dialog.getByRole('textbox', { name: 'From' })).toHaveValue('14:30');
  await expect(dialog.getByRole('textbox', { name: 'To' })).toHaveValue('15:00');
  await expect(dialog.getByRole('combobox', { name: 'Bay' })).toHaveValue('Bay 1');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Booking saved')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Booking', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /14:30–15:00, Bay 1, Confirmed/ })).toBeVisible();
});

test('the three views in English and Russian', async ({ page }) => {
  await openDay(page);
  await screenshot(page, 'scheduler-day-bays-en');
  await page.getByRole('radiogroup', { name: 'View' }).getByText('Week by resource').click();
  await expect(page.locator('.fc-resource-timeline')).toBeVisible();
  await expect(page.locator('.gd-booking')).toHaveCount(2);
  await screenshot(page, 'scheduler-week-timeline-en');
  await page.getByRole('radiogroup', { name: 'View' }).getByText('Week', { exact: true }).click();
  await expect(page.locator('.fc-timeGridWeek-view')).toBeVisible();
  await screenshot(page, 'scheduler-week-en');

  await switchLanguage(page, 'ru');
  await expect(page.getByRole('heading', { name: 'Расписание', level: 2 })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Вид' }).getByText('День', { exact: true }).click();
  await page.getByLabel('Перейти к дате').fill(day);
  await expect(page.getByRole('button', { name: /14:00–15:30, Bay 2, А123ВС 77, Ivanov Petr, Подтверждена/ })).toBeVisible();
  await screenshot(page, 'scheduler-day-bays-ru');
  await page.getByRole('radiogroup', { name: 'Колонки' }).getByText('Механики').click();
  await expect(page.getByRole('columnheader', { name: 'Oleg Mechanikov' })).toBeVisible();
  await screenshot(page, 'scheduler-day-mechanics-ru');
  await page.getByRole('radiogroup', { name: 'Колонки' }).getByText('Посты').click();
  await page.getByRole('radiogroup', { name: 'Вид' }).getByText('Неделя по постам').click();
  await expect(page.locator('.fc-resource-timeline')).toBeVisible();
  await screenshot(page, 'scheduler-week-timeline-ru');
  await page.getByRole('radiogroup', { name: 'Вид' }).getByText('Неделя', { exact: true }).click();
  await expect(page.locator('.fc-timeGridWeek-view')).toBeVisible();
  await screenshot(page, 'scheduler-week-ru');

  // The request in Russian, and the refusal.
  await page.getByRole('radiogroup', { name: 'Вид' }).getByText('День', { exact: true }).click();
  await page.getByRole('button', { name: /14:00–15:30, Bay 2/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Запись · заявка A-\d{6}$/ });
  await expect(dialog.getByRole('group', { name: 'Оценка' })).toContainText('30 мин');
  await screenshot(page, 'scheduler-request-form-ru');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await drag(page, await gridPoint(page, bay2, '16:30'), await gridPoint(page, bay2, '15:00', 14));
  await expect(page.getByText('Bay 2 — занято 14:00–15:30: Ivanov Petr, А123ВС 77.')).toBeVisible();
  await screenshot(page, 'scheduler-refusal-ru');
});

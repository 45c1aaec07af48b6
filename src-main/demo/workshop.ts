import type { Db } from '../db/open';
import { insertRow } from '../db/dal';
import { employees } from '../staff/schema';
import { bays, workingHours, bookings, bookingMechanics } from '../scheduler/schema';
import { operations, operationNorms, repairTemplates, templateOperations } from '../catalogue/schema';
import { currentBranch } from '../organisation/app';
import { instantAt, nextDate, wallTime } from '../scheduler/zoned-time';
import { seededRng } from './generate';

// A busy garage's workshop: its bays, people, hours, catalogue, and (for garage/large)
// ten years of bookings, so the scheduler is measured on real volumes.

const bayNames = ['Подъёмник 1', 'Подъёмник 2', 'Подъёмник 3', 'Подъёмник 4', 'Развал-схождение', 'Шиномонтаж'];
const mechanicNames = ['Смирнов Олег Иванович', 'Кузнецов Илья Сергеевич', 'Попов Артём Викторович', 'Васильев Денис Андреевич', 'Новиков Максим Петрович', 'Фёдоров Руслан Олегович'];
const staff: [string, 'front_desk' | 'manager' | 'storekeeper' | 'admin'][] = [
  ['Морозова Анна Сергеевна', 'front_desk'],
  ['Лебедева Ольга Игоревна', 'front_desk'],
  ['Соколов Андрей Николаевич', 'manager'],
  ['Егоров Павел Дмитриевич', 'storekeeper'],
];

// code, name, standard hours ×100, own rate (kopecks/h) or null, Prado/SUV-class norm ×100 or null
const catalogue: [string, string, number, number | null, number | null][] = [
  ['ТО-01', 'Замена масла ДВС и масляного фильтра', 50, null, 70],
  ['ТО-02', 'Замена воздушного фильтра', 20, null, null],
  ['ТО-03', 'Замена салонного фильтра', 30, null, 50],
  ['ТО-04', 'Замена топливного фильтра', 60, null, 90],
  ['ТО-05', 'Замена свечей зажигания (4 шт.)', 60, null, 120],
  ['ТО-06', 'Замена тормозной жидкости', 80, null, null],
  ['ТО-07', 'Замена охлаждающей жидкости', 100, null, 130],
  ['ТО-08', 'Замена масла в АКПП (частичная)', 70, null, null],
  ['ТОР-10', 'Замена передних тормозных колодок', 80, null, 110],
  ['ТОР-11', 'Замена задних тормозных колодок', 90, null, 120],
  ['ТОР-12', 'Замена передних тормозных дисков и колодок', 150, null, 200],
  ['ТОР-20', 'Замена ремня ГРМ с роликами', 300, 300000, 450],
  ['ТОР-21', 'Замена приводного ремня', 60, null, 90],
  ['ТОР-30', 'Замена амортизатора переднего (1 шт.)', 120, null, 160],
  ['ТОР-31', 'Замена стойки стабилизатора (1 шт.)', 50, null, 70],
  ['ТОР-32', 'Замена шаровой опоры (1 шт.)', 100, null, 140],
  ['ТОР-33', 'Замена рулевого наконечника (1 шт.)', 60, null, null],
  ['ТОР-40', 'Замена сцепления в сборе', 400, 300000, 550],
  ['ТОР-50', 'Замена аккумулятора', 20, null, null],
  ['ТОР-51', 'Замена генератора', 150, null, 200],
  ['ТОР-52', 'Замена стартера', 120, null, 180],
  ['ДИ-01', 'Компьютерная диагностика', 50, 200000, null],
  ['ДИ-02', 'Диагностика подвески', 50, null, null],
  ['ДИ-03', 'Проверка и заправка кондиционера', 100, null, null],
  ['РС-01', 'Регулировка развала-схождения', 100, null, 120],
  ['ШМ-01', 'Сезонная замена шин (4 колеса, R13–R16)', 80, 180000, null],
  ['ШМ-02', 'Сезонная замена шин (4 колеса, R17–R20)', 100, 180000, 120],
  ['ШМ-03', 'Балансировка колеса (1 шт.)', 15, 180000, null],
];

const templates: [string, string[]][] = [
  ['ТО-15000', ['ТО-01', 'ТО-02', 'ТО-03', 'ДИ-01']],
  ['ТО-30000', ['ТО-01', 'ТО-02', 'ТО-03', 'ТО-04', 'ТО-05', 'ТО-06', 'ДИ-01']],
  ['Передние тормоза', ['ТОР-12', 'ТО-06']],
  ['Сезонная шиномонтаж R13–R16', ['ШМ-01']],
  ['ГРМ в сборе', ['ТОР-20', 'ТОР-21', 'ТО-07']],
];

const historyYears: Record<string, number> = { small: 0, garage: 10, large: 10 };

export function fillWorkshopDemo(db: Db, scale: 'small' | 'garage' | 'large', progress?: (done: number, total: number) => void): { bookings: number } {
  const sqlite = db.$client;
  const branch = currentBranch(db);
  const rng = seededRng(99);
  let bayIds: string[] = [];
  let mechanicIds: string[] = [];

  sqlite.transaction(() => {
    if (sqlite.prepare('SELECT 1 FROM bays WHERE deleted_at IS NULL').get()) {
      bayIds = sqlite.prepare('SELECT id FROM bays WHERE deleted_at IS NULL ORDER BY name').pluck().all() as string[];
      mechanicIds = sqlite.prepare("SELECT id FROM employees WHERE role = 'mechanic' AND deleted_at IS NULL ORDER BY name").pluck().all() as string[];
      return;
    }
    bayIds = bayNames.map((name, i) => insertRow(db, bays, { branchId: branch.id, name, kind: i < 4 ? 'lift' : 'bay', active: true }).id);
    mechanicIds = mechanicNames.map((name) => insertRow(db, employees, { branchId: branch.id, name, role: 'mechanic', phone: null, hourlyCostMinor: 45000 + Math.floor(rng() * 20) * 1000, active: true }).id);
    for (const [name, role] of staff) insertRow(db, employees, { branchId: branch.id, name, role, phone: null, hourlyCostMinor: 40000, active: true });
    // Mon–Fri 09:00–20:00 with lunch 13:00–14:00; Saturday 10:00–18:00; Sunday closed.
    for (const weekday of [1, 2, 3, 4, 5]) {
      insertRow(db, workingHours, { branchId: branch.id, employeeId: null, weekday, startMinute: 540, endMinute: 780 });
      insertRow(db, workingHours, { branchId: branch.id, employeeId: null, weekday, startMinute: 840, endMinute: 1200 });
    }
    insertRow(db, workingHours, { branchId: branch.id, employeeId: null, weekday: 6, startMinute: 600, endMinute: 1080 });
    const opIds = new Map<string, string>();
    for (const [code, name, hours, rate, suvHours] of catalogue) {
      const op = insertRow(db, operations, { code, name, standardHoursX100: hours, rateMinor: rate, active: true });
      opIds.set(code, op.id);
      if (suvHours) {
        insertRow(db, operationNorms, { operationId: op.id, vehicleClass: 'SUV', make: null, model: null, standardHoursX100: suvHours });
        insertRow(db, operationNorms, { operationId: op.id, vehicleClass: null, make: 'Toyota', model: 'Land Cruiser Prado', standardHoursX100: suvHours });
      }
    }
    for (const [name, codes] of templates) {
      const t = insertRow(db, repairTemplates, { name, notes: null });
      codes.forEach((code, position) => insertRow(db, templateOperations, { templateId: t.id, operationId: opIds.get(code)!, quantityX1000: 1000, position }));
    }
  })();

  // Bookings: each bay filled through the working day with 1–3 hour jobs and gaps, one
  // mechanic per bay; past ones done (a few no-shows and cancellations), future ones booked.
  const vehiclesForBooking = sqlite.prepare('SELECT id, customer_id AS customerId FROM vehicles WHERE deleted_at IS NULL AND rowid % 7 = 0 LIMIT 20000').all() as { id: string; customerId: string }[];
  const today = wallTime(new Date(), branch.timeZone).date;
  const years = historyYears[scale];
  let date = years ? nextDate(today, -365 * years) : nextDate(today, -7);
  const last = nextDate(today, 21);
  const totalDays = Math.round((Date.parse(last) - Date.parse(date)) / 86_400_000);
  let days = 0;
  let made = 0;
  const now = Date.now();
  const dayBatch = sqlite.transaction((count: number) => {
    for (let d = 0; d < count && date <= last; d++, date = nextDate(date), days++) {
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (weekday === 0) continue;
      const [open, close] = weekday === 6 ? [600, 1080] : [540, 1200];
      bayIds.forEach((bayId, i) => {
        let minute = open + Math.floor(rng() * 4) * 30;
        while (minute < close - 60) {
          const length = 60 + Math.floor(rng() * 5) * 30;
          const end = Math.min(minute + length, close);
          const start = instantAt(date, minute, branch.timeZone);
          const finish = instantAt(date, end, branch.timeZone);
          const past = finish.getTime() < now;
          const roll = rng();
          const status = past ? (roll < 0.04 ? 'no_show' : roll < 0.08 ? 'cancelled' : 'done') : roll < 0.2 ? 'tentative' : 'confirmed';
          const car = vehiclesForBooking.length ? vehiclesForBooking[Math.floor(rng() * vehiclesForBooking.length)] : undefined;
          const booking = insertRow(db, bookings, {
            createdAt: new Date(start.getTime() - 3 * 86_400_000).toISOString(),
            branchId: branch.id,
            bayId,
            startAt: start.toISOString(),
            endAt: finish.toISOString(),
            status,
            customerId: car?.customerId ?? null,
            vehicleId: car?.id ?? null,
            note: null,
          });
          if (mechanicIds[i]) insertRow(db, bookingMechanics, { bookingId: booking.id, employeeId: mechanicIds[i] });
          made++;
          minute = end + Math.floor(rng() * 3) * 30;
        }
      });
    }
  });
  while (date <= last) {
    dayBatch(60);
    progress?.(days, totalDays);
  }
  return { bookings: made };
}

import type { Db } from '../db/open';
import type { Ctx } from '../api/define';
import { insertRow } from '../db/dal';
import { itemGroups, items, itemBarcodes, itemMinLevels } from '../stock/schema';
import { customers } from '../customers/schema';
import { refreshSearchDoc } from '../customers/search';
import { createDocument } from '../stock/documents';
import { listWarehouses } from '../stock/warehouses';
import { articleKey } from '../stock/ledger';
import { foldText } from '../validation/text';
import { nextDate, wallTime } from '../scheduler/zoned-time';
import { currentBranch } from '../organisation/app';
import { seededRng } from './generate';

// Parts a garage keeps: groups with their markup, part types with typical prices and units,
// brands; then years of receipts, transfers to the workshop and issues, through the same
// document functions the API uses.

const groups: [string, number, [string, 'pcs' | 'l' | 'kg' | 'm' | 'set', number, string[]][]][] = [
  ['Фильтры', 4000, [['Фильтр масляный', 'pcs', 45000, ['MANN', 'Mahle', 'Bosch', 'Filtron']], ['Фильтр воздушный', 'pcs', 65000, ['MANN', 'Mahle', 'Sakura']], ['Фильтр салонный', 'pcs', 55000, ['MANN', 'Bosch', 'Denso']], ['Фильтр топливный', 'pcs', 90000, ['MANN', 'Bosch', 'Knecht']]]],
  ['Масла и жидкости', 3000, [['Масло моторное 5W-30', 'l', 80000, ['Shell', 'Mobil', 'Castrol', 'Лукойл']], ['Масло моторное 5W-40', 'l', 75000, ['Shell', 'Castrol', 'G-Energy']], ['Антифриз G12', 'l', 35000, ['Felix', 'Sintec', 'Coolstream']], ['Жидкость тормозная DOT-4', 'l', 40000, ['ATE', 'Bosch', 'Rosdot']], ['Масло трансмиссионное ATF', 'l', 95000, ['Motul', 'Mobil', 'ZIC']]]],
  ['Тормозная система', 3500, [['Колодки тормозные передние', 'set', 280000, ['Brembo', 'TRW', 'Textar', 'Ferodo']], ['Колодки тормозные задние', 'set', 220000, ['Brembo', 'TRW', 'ATE']], ['Диск тормозной передний', 'pcs', 350000, ['Brembo', 'Zimmermann', 'TRW']], ['Датчик износа колодок', 'pcs', 60000, ['Bosch', 'Textar']]]],
  ['Подвеска', 3500, [['Амортизатор передний', 'pcs', 650000, ['Kayaba', 'Sachs', 'Monroe']], ['Стойка стабилизатора', 'pcs', 120000, ['Lemförder', 'CTR', 'Febi']], ['Шаровая опора', 'pcs', 150000, ['Lemförder', 'CTR', 'TRW']], ['Сайлентблок рычага', 'pcs', 90000, ['Febi', 'Lemförder', 'Сорокин']]]],
  ['Зажигание и электрика', 4000, [['Свеча зажигания', 'pcs', 45000, ['NGK', 'Denso', 'Bosch']], ['Аккумулятор 60 А·ч', 'pcs', 750000, ['Varta', 'Bosch', 'Тюмень']], ['Лампа H7', 'pcs', 30000, ['Osram', 'Philips']], ['Предохранитель 15 А', 'pcs', 2000, ['Bosch', 'Hella']]]],
  ['Ремни и ГРМ', 3500, [['Комплект ГРМ', 'set', 950000, ['Gates', 'Contitech', 'INA']], ['Ремень приводной', 'pcs', 120000, ['Gates', 'Contitech', 'Dayco']], ['Помпа водяная', 'pcs', 400000, ['SKF', 'Gates', 'Hepu']]]],
  ['Расходники', 5000, [['Очиститель тормозов', 'pcs', 25000, ['Liqui Moly', 'WD-40', 'Abro']], ['Шланг топливный 8 мм', 'm', 20000, ['Gates', 'Sampa']], ['Смазка литиевая', 'kg', 45000, ['Liqui Moly', 'Лукойл']], ['Хомут червячный', 'pcs', 1500, ['Norma', 'Mikalor']]]],
];

const itemCounts: Record<string, number> = { small: 300, garage: 20_000, large: 20_000 };
// Ledger rows to reach, roughly: garage = ten years, ~500k movements.
const moveTargets: Record<string, number> = { small: 3_000, garage: 500_000, large: 500_000 };

function ean13(n: number): string {
  const body = `46${String(n).padStart(10, '0')}`;
  const sum = [...body].map(Number).reduce((s, d, i) => s + d * (i % 2 ? 3 : 1), 0);
  return body + ((10 - (sum % 10)) % 10);
}

export function fillStockDemo(db: Db, scale: 'small' | 'garage' | 'large', progress?: (done: number, total: number) => void): { items: number; moves: number } {
  const sqlite = db.$client;
  if (sqlite.prepare('SELECT 1 FROM items').get()) return { items: 0, moves: 0 };
  const rng = seededRng(2024);
  const ctx: Ctx = { db, locale: 'en' };
  const [store, workshop] = ['store', 'workshop'].map((k) => listWarehouses(db).find((w) => w.kind === k)!.id);
  const itemIds: { id: string; unit: string; price: number }[] = [];
  const supplierIds: string[] = [];

  sqlite.transaction(() => {
    for (const [name, inn] of [['ООО "Автодеталь-Опт"', '7701234562'], ['ООО "Партс Маркет"', '7709876541'], ['АО "Смазочные материалы"', '7728123459']]) {
      const at = new Date().toISOString();
      const supplier = insertRow(db, customers, { createdAt: at, kind: 'company', name, phones: ['+74951234567'], email: null, messengers: [], consentToMessages: false, inn, kpp: null, discountPct: 0, notes: null, isSupplier: true });
      refreshSearchDoc(db, supplier.id);
      supplierIds.push(supplier.id);
    }
    const count = itemCounts[scale];
    const groupRows = groups.map(([name, markupBp]) => insertRow(db, itemGroups, { name, markupBp }));
    for (let i = 0; i < count; i++) {
      const g = i % groups.length;
      const [typeName, unit, basePrice, brands] = groups[g][2][Math.floor(rng() * groups[g][2].length)];
      const brand = brands[Math.floor(rng() * brands.length)];
      const article = `${brand.slice(0, 2).toUpperCase().replace(/[^A-Z]/g, 'X')} ${100 + (i % 900)}/${Math.floor(i / 900)}`;
      const name = `${typeName} ${brand}`;
      const price = Math.round((basePrice * (0.6 + rng() * 0.8)) / 100) * 100;
      const item = insertRow(db, items, {
        name,
        article,
        articleKey: articleKey(article),
        brand,
        unit,
        groupId: groupRows[g].id,
        purchasePriceMinor: price,
        salePriceMinor: null,
        vatRateBp: 2200,
        notes: null,
        active: true,
        searchText: [foldText(name), foldText(brand), articleKey(article)].join(' '),
      });
      if (unit === 'pcs' || unit === 'set') insertRow(db, itemBarcodes, { itemId: item.id, code: ean13(i + 1) });
      if (i % 5 === 0) insertRow(db, itemMinLevels, { itemId: item.id, warehouseId: store, minQtyX1000: (2 + Math.floor(rng() * 4)) * 1000 });
      itemIds.push({ id: item.id, unit, price });
    }
  })();

  // Documents, day by day, until the ledger target is reached. Each day receives 6+ units of
  // an item before moving 2 to the workshop and issuing 1, so nothing goes short.
  const target = moveTargets[scale];
  const days = scale === 'small' ? 60 : 3650;
  // Each day posts about 2.5 movements per receipt line (receipt, transfer out and in, issue).
  const perDay = Math.max(4, Math.round(target / days / 2.5));
  const branch = currentBranch(db);
  let date = nextDate(wallTime(new Date(), branch.timeZone).date, -days);
  let moves = 0;
  const qty = (unit: string, n: number) => (unit === 'pcs' || unit === 'set' ? n * 1000 : n * 1000 + (unit === 'l' ? 500 : 250));
  const day = sqlite.transaction(() => {
    // A receipt into the store.
    const receiptLines = Array.from({ length: perDay }, () => itemIds[Math.floor(rng() * itemIds.length)]);
    const unique = [...new Map(receiptLines.map((i) => [i.id, i])).values()];
    createDocument(ctx, { kind: 'receipt', date, supplierId: supplierIds[Math.floor(rng() * supplierIds.length)], supplierDocNumber: `УПД-${moves}`, toWarehouseId: store, lines: unique.map((i) => ({ itemId: i.id, qtyX1000: qty(i.unit, 6 + Math.floor(rng() * 10)), priceMinor: i.price })), post: true });
    moves += unique.length;
    // Some of it to the workshop, then issued to jobs from there.
    const transfer = unique.slice(0, Math.ceil(unique.length / 2)).map((i) => ({ itemId: i.id, qtyX1000: qty(i.unit, 2) }));
    createDocument(ctx, { kind: 'transfer', date, fromWarehouseId: store, toWarehouseId: workshop, lines: transfer, post: true });
    moves += transfer.length * 2;
    const issue = transfer.map((l) => ({ itemId: l.itemId, qtyX1000: l.qtyX1000 / 2 }));
    createDocument(ctx, { kind: 'issue', date, fromWarehouseId: workshop, lines: issue, post: true });
    moves += issue.length;
    const sale = unique.slice(-2).map((i) => ({ itemId: i.id, qtyX1000: qty(i.unit, 1) }));
    createDocument(ctx, { kind: 'sale', date, fromWarehouseId: store, lines: sale, post: true });
    moves += sale.length;
  });
  let done = 0;
  while (moves < target && done < days) {
    day();
    date = nextDate(date);
    done++;
    if (done % 30 === 0) progress?.(moves, target);
  }
  return { items: itemIds.length, moves };
}

import { beforeAll, describe, expect, it } from 'vitest';
import { documentFileName, documentKinds, renderDocument } from '../../src-main/print/index';
import { renderInspectionAct } from '../../src-main/print/inspection-act';
import { invoicePayload, renderInvoice } from '../../src-main/print/invoice';
import type { Lang, WorkOrderPrint } from '../../src-main/print/model';
import { renderReceipt } from '../../src-main/print/receipt';
import { renderWorkOrder } from '../../src-main/print/work-order';
import { renderWorkSheet } from '../../src-main/print/work-sheet';
import { renderAct } from '../../src-main/print/act';
import { money } from '../../src-main/print/format';
import { unbroken } from '../../src-main/print/layout';
import { amountInWords } from '../../src-main/print/amount-in-words';
import { invoice } from '../fixtures/print/invoice';
import { shortWorkOrder, workOrder } from '../fixtures/print/work-order';
import { proposal, tripSheet } from '../fixtures/print/rental';
import type { DocumentKind } from '../../src-main/print/model';
import { pdfText } from '../support/pdf-text';

/** The text of a PDF with every run of white space (no-break spaces, wrapped lines) as one space. */
async function textOf(pdf: Buffer): Promise<{ text: string; pages: string[] }> {
  const raw = await pdfText(pdf);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return { text: flat(raw), pages: raw.split('\f').map(flat) };
}

const langs: Lang[] = ['ru', 'en'];
// Taken before anything renders, to prove that rendering never writes into the model.
const pristine = { workOrder: structuredClone(workOrder), invoice: structuredClone(invoice), proposal: structuredClone(proposal), tripSheet: structuredClone(tripSheet) };
const rentalKinds: DocumentKind[] = ['rental-proposal', 'trip-sheet'];
/** The fixture each kind prints from. */
const fixtureOf = (kind: DocumentKind, f: typeof pristine = { workOrder, invoice, proposal, tripSheet }) =>
  kind === 'invoice' ? f.invoice : kind === 'rental-proposal' ? f.proposal : kind === 'trip-sheet' ? f.tripSheet : f.workOrder;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const m = (minor: number, lang: Lang) => plain(money(minor, lang));

const expected = {
  ru: { accepted: '10.02.2026 09:15', promised: '12.02.2026 18:00', completed: '12.02.2026 16:40', issued: '12.02.2026 18:20', mileage: '87 450 км', executor: 'Исполнитель', customer: 'Заказчик' },
  en: { accepted: '10 Feb 2026 09:15', promised: '12 Feb 2026 18:00', completed: '12 Feb 2026 16:40', issued: '12 Feb 2026 18:20', mileage: '87,450 km', executor: 'Contractor', customer: 'Customer' },
};

/** What every work-order document shows: us, the customer and the car. */
function expectHeaderAndCar(text: string, o: WorkOrderPrint, lang: Lang) {
  expect(text).toContain(o.seller.name);
  expect(text).toContain(`${lang === 'ru' ? 'ИНН' : 'INN'} 7707083893`);
  expect(text).toContain(`${lang === 'ru' ? 'ОГРН' : 'OGRN'} 1027700132195`);
  expect(text).toContain('117312, г. Москва, ул. Вавилова, д. 19');
  expect(text).toContain('+7 495 123-45-67');
  expect(text).toContain('Toyota Land Cruiser Prado');
  expect(text).toContain('JTEBH3FJ50K123456');
  expect(text).toContain('А123ВС777');
  expect(text).toContain(expected[lang].mileage);
}

function expectLineNames(text: string, o: WorkOrderPrint) {
  for (const line of [o.labour[0], o.labour.at(-1)!, o.parts[0], o.parts.at(-1)!]) expect(text).toContain(line.name);
}

const texts = new Map<string, { text: string; pages: string[] }>();
beforeAll(async () => {
  for (const lang of langs) {
    for (const kind of documentKinds) {
      const pdf = await renderDocument(kind, fixtureOf(kind) as never, lang);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      texts.set(`${kind}-${lang}`, await textOf(pdf));
    }
  }
}, 60_000);
const doc = (kind: string, lang: Lang) => texts.get(`${kind}-${lang}`)!;

describe.each(langs)('work order (%s)', (lang) => {
  it('has the title, parties, car, dates and every total', () => {
    const { text } = doc('work-order', lang);
    const t = workOrder.totals;
    expect(text).toContain(lang === 'ru' ? 'Заказ-наряд № МСК1-000123 от 10.02.2026' : 'Work order No. МСК1-000123 dated 10 Feb 2026');
    expectHeaderAndCar(text, workOrder, lang);
    expect(text).toContain('Иванов Иван Иванович');
    expect(text).toContain('+7 916 123-45-67');
    expect(text).toContain('ООО «Автопарк Север»'); // the payer, a fleet company
    for (const d of [expected[lang].accepted, expected[lang].promised, expected[lang].completed, expected[lang].issued]) expect(text).toContain(d);
    expect(text).toContain('Смирнова О. Л.');
    expect(text).toContain(workOrder.complaint!);
    expectLineNames(text, workOrder);
    expect(text).toContain(plain(lang === 'ru' ? 'Сидоров К. Н. — 40 %' : 'Сидоров К. Н. — 40%'));
    expect(text).toContain(lang === 'ru' ? 'материал заказчика' : "customer's part");
    for (const v of [t.labourMinor, t.partsMinor, t.discountMinor, t.vatMinor, t.totalMinor, t.paidMinor, t.dueMinor]) expect(text).toContain(m(v, lang));
    expect(text).toContain(lang === 'ru' ? 'НДС 22 %' : 'VAT 22%');
    expect(text).toContain(amountInWords(t.totalMinor, lang));
    expect(text).toContain(workOrder.recommendations[0]);
    expect(text).toContain(expected[lang].executor);
    expect(text).toContain(expected[lang].customer);
  });

  it('runs 42 lines over two pages, repeating the table header', () => {
    const { pages } = doc('work-order', lang);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain(lang === 'ru' ? 'Артикул' : 'Part No.');
    expect(pages[1]).toContain(lang === 'ru' ? 'Стр. 2 из 2' : 'Page 2 of 2');
  });
});

describe('work order, other cases', () => {
  it('fits a short order on one page, without a page number', async () => {
    const { pages } = await textOf(await renderWorkOrder(shortWorkOrder, 'ru'));
    expect(pages).toHaveLength(1);
    expect(pages[0]).not.toContain('Стр.');
  });

  it.each([
    ['none', 'Без НДС', 'No VAT'],
    ['included', 'В том числе НДС 22 %', 'Including VAT 22%'],
  ] as const)('prints VAT mode %s', async (vatMode, ru, en) => {
    const vatMinor = vatMode === 'none' ? 0 : 4_000_70;
    const order: WorkOrderPrint = { ...shortWorkOrder, totals: { ...shortWorkOrder.totals, vatMode, vatRateBp: vatMode === 'none' ? 0 : 2200, vatMinor, totalMinor: 18_185_00 } };
    expect((await textOf(await renderWorkOrder(order, 'ru'))).text).toContain(ru);
    expect((await textOf(await renderWorkOrder(order, 'en'))).text).toContain(en);
  });

  it('leaves out the payer when the customer pays', async () => {
    const { text } = await textOf(await renderWorkOrder({ ...shortWorkOrder, payer: shortWorkOrder.customer }, 'ru'));
    expect(text).not.toContain('Плательщик');
  });
});

describe.each(langs)('inspection act (%s)', (lang) => {
  it('shows the marks, fuel, items left, notes and the customer signature', () => {
    const { text, pages } = doc('inspection-act', lang);
    expect(pages).toHaveLength(1);
    expect(text).toContain(lang === 'ru' ? 'Акт осмотра транспортного средства' : 'Vehicle inspection report');
    expect(text).toContain(lang === 'ru' ? `к заказ-наряду № МСК1-000123 от ${expected.ru.accepted}` : `to work order No. МСК1-000123 of ${expected.en.accepted}`);
    expectHeaderAndCar(text, workOrder, lang);
    expect(text).toContain('Иванов Иван Иванович');
    for (const kind of lang === 'ru' ? ['царапина', 'скол', 'вмятина'] : ['scratch', 'chip', 'dent']) expect(text).toContain(kind);
    for (const view of lang === 'ru' ? ['Левая сторона', 'Вид сверху', 'Сзади'] : ['Left side', 'Top', 'Rear']) expect(text).toContain(view);
    for (const mark of workOrder.inspection!.marks) expect(text).toContain(mark.note!);
    expect(text).toContain(lang === 'ru' ? 'Топливо: 3/8' : 'Fuel: 3/8');
    expect(text).toContain(workOrder.inspection!.itemsLeft!);
    expect(text).toContain(workOrder.inspection!.notes!);
    expect(text).toContain('Передняя левая дверь'); // the photo's caption
    expect(text).toContain(expected[lang].customer);
  });
});

describe('inspection act, other cases', () => {
  it('says so when there was no inspection, and skips photos that are not images', async () => {
    expect((await textOf(await renderInspectionAct({ ...shortWorkOrder, inspection: null }, 'ru'))).text).toContain('Осмотр не проводился.');
    const broken = { ...workOrder.inspection!, marks: [], photos: [{ name: 'Битый файл', dataUrl: 'data:image/png;base64,AAAA' }, { name: 'Файл', dataUrl: '/etc/passwd' }] };
    const { text } = await textOf(await renderInspectionAct({ ...shortWorkOrder, inspection: broken }, 'ru'));
    expect(text).toContain('Видимых повреждений не обнаружено.');
    expect(text).not.toContain('Битый файл');
  });
});

describe.each(langs)('work sheet (%s)', (lang) => {
  it('has the operations, mechanics, parts, bay and times', () => {
    const { text } = doc('work-sheet', lang);
    expect(text).toContain(lang === 'ru' ? 'Рабочий лист к заказ-наряду № МСК1-000123' : 'Work sheet for work order No. МСК1-000123');
    expectHeaderAndCar(text, workOrder, lang);
    expectLineNames(text, workOrder);
    expect(text).toContain('04152-31090');
    expect(text).toContain('Подъёмник № 2');
    expect(text).toContain(lang === 'ru' ? '10.02.2026 10:00' : '10 Feb 2026 10:00');
    expect(text).toContain(lang === 'ru' ? '12.02.2026 15:00' : '12 Feb 2026 15:00');
    expect(text).toContain(workOrder.complaint!);
    expect(text).toContain('Ким Д. С.');
    expect(text).toContain(plain(lang === 'ru' ? '18,3 н/ч' : '18.3 h'));
  });

  it('shows no prices at all', () => {
    const { text } = doc('work-sheet', lang);
    const t = workOrder.totals;
    const figures = [...workOrder.labour.flatMap((l) => [l.rateMinor, l.amountMinor]), ...workOrder.parts.filter((p) => p.priceMinor).flatMap((p) => [p.priceMinor, p.amountMinor]), t.totalMinor, t.vatMinor, t.dueMinor];
    for (const f of figures) expect(text).not.toContain(m(f, lang));
    expect(text).not.toMatch(lang === 'ru' ? /Цена|Сумма|руб|НДС|Скидка/ : /Price|Amount|RUB|VAT|Discount/);
    expect(text).not.toMatch(/₽|\$/);
  });
});

describe.each(langs)('work order receipt (%s)', (lang) => {
  it('confirms the car was taken in, with the estimate and the conditions', () => {
    const { text } = doc('receipt', lang);
    expect(text).toContain(lang === 'ru' ? 'Квитанция к заказ-наряду № МСК1-000123' : 'Work order receipt No. МСК1-000123');
    expectHeaderAndCar(text, workOrder, lang);
    expect(text).toContain(expected[lang].accepted);
    expect(text).toContain(workOrder.complaint!);
    expectLineNames(text, workOrder);
    expect(text).toContain(m(workOrder.totals.totalMinor, lang));
    expect(text).toContain(lang === 'ru' ? 'Предварительная стоимость' : 'Preliminary estimate');
    expect(text).toContain(workOrder.inspection!.itemsLeft!);
    expect(text).toContain(lang === 'ru' ? 'документа, удостоверяющего личность' : 'identity document');
    expect(text).toContain(expected[lang].executor);
    expect(text).toContain(expected[lang].customer);
  });
});

describe.each(langs)('act of completed work (%s)', (lang) => {
  it('lists the work and parts with totals, words, the statement and both signatures', () => {
    const { text } = doc('act', lang);
    expect(text).toContain(lang === 'ru' ? 'Акт об оказании услуг (выполненных работ) № МСК1-000123 от 12.02.2026' : 'Certificate of completed work No. МСК1-000123 dated 12 Feb 2026');
    expectHeaderAndCar(text, workOrder, lang);
    expect(text).toContain('Иванов Иван Иванович');
    expectLineNames(text, workOrder);
    // 20 labour lines and 21 charged parts; the customer's own part is listed apart, without charge.
    expect(text).toContain(lang === 'ru' ? 'Всего наименований 41, на сумму' : 'Total items: 41');
    expect(text).toContain('Щётки стеклоочистителя Bosch Aerotwin');
    expect(text).toContain(m(workOrder.totals.totalMinor, lang));
    expect(text).toContain(m(workOrder.totals.vatMinor, lang));
    expect(text).toContain(amountInWords(workOrder.totals.totalMinor, lang));
    expect(text).toContain(
      lang === 'ru'
        ? 'Вышеперечисленные работы (услуги) выполнены полностью и в срок. Заказчик претензий по объёму, качеству и срокам оказания услуг не имеет.'
        : 'The above work (services) has been performed in full and on time.',
    );
    expect(text).toContain(expected[lang].executor);
    expect(text).toContain(expected[lang].customer);
  });
});

describe.each(langs)('invoice (%s)', (lang) => {
  it('has the bank box, parties, lines, totals with VAT, words and signatures', () => {
    const { text, pages } = doc('invoice', lang);
    expect(pages).toHaveLength(1);
    expect(text).toContain(lang === 'ru' ? 'Счёт на оплату № МСК1-С-000045 от 12 февраля 2026 г.' : 'Invoice No. МСК1-С-000045 dated 12 February 2026');
    for (const s of ['ПАО Сбербанк', '044525225', '30101810400000000225', '40702810438000034726', '7707083893', '773601001', 'ООО «Гараж Деск Сервис»', 'ООО «Автопарк Север»', '7701234560']) expect(text).toContain(s);
    expect(text).toContain(lang === 'ru' ? 'БИК' : 'BIC');
    for (const l of invoice.lines) expect(text).toContain(l.name);
    const total = m(invoice.totals.totalMinor, lang);
    expect(text).toContain(lang === 'ru' ? `Всего к оплате: ${total}` : `Total payable: ${total}`);
    expect(text).toContain(lang === 'ru' ? `В том числе НДС 22 %: ${m(invoice.totals.vatMinor, lang)}` : `Including VAT 22%: ${m(invoice.totals.vatMinor, lang)}`);
    expect(text).toContain(lang === 'ru' ? `Всего наименований 6, на сумму ${total} руб.` : `Total items: 6, amounting to RUB ${total}.`);
    expect(text).toContain(amountInWords(invoice.totals.totalMinor, lang));
    expect(text).toContain(lang === 'ru' ? 'Оплатить не позднее 19.02.2026' : 'Payment due by 19 Feb 2026');
    expect(text).toContain(lang === 'ru' ? 'Руководитель' : 'Director');
    expect(text).toContain(lang === 'ru' ? 'Бухгалтер' : 'Accountant');
    expect(text).toContain('Смирнов А. П.');
    expect(text).toContain(lang === 'ru' ? 'Оплата по QR-коду через приложение банка' : 'Pay by scanning the QR code in your banking app');
  });
});

describe('invoice, other cases', () => {
  it('puts the amount and the purpose into the QR payload', () => {
    const payload = invoicePayload(invoice);
    expect(payload.startsWith('ST00012|Name=ООО «Гараж Деск Сервис»|PersonalAcc=40702810438000034726|BankName=ПАО Сбербанк|BIC=044525225|CorrespAcc=30101810400000000225|')).toBe(true);
    expect(payload).toContain(`|Sum=${invoice.totals.totalMinor}|`);
    expect(payload).toContain('|Purpose=Оплата по счёту № МСК1-С-000045 от 12.02.2026');
    expect(payload).toContain('|PayeeINN=7707083893|KPP=773601001');
  });

  it.each([
    ['none', ['Без НДС', `Всего к оплате: ${m(invoice.totals.totalMinor, 'ru')}`]],
    ['on_top', ['НДС 22 %:', `Итого: ${m(invoice.totals.totalMinor - invoice.totals.vatMinor, 'ru')}`]],
  ] as const)('prints VAT mode %s', async (vatMode, wanted) => {
    const { text } = await textOf(await renderInvoice({ ...invoice, totals: { ...invoice.totals, vatMode } }, 'ru'));
    for (const w of wanted) expect(text).toContain(w);
  });
});

describe.each(langs)('rental commercial proposal (%s)', (lang) => {
  it('has our details with the bank, the customer and site, each machine with dates, hours, rates and amount, the total with VAT, terms and validity', () => {
    const { text, pages } = doc('rental-proposal', lang);
    expect(pages).toHaveLength(1);
    expect(text).toContain(lang === 'ru' ? 'Коммерческое предложение № МСК1-А-000012' : 'Commercial proposal No. МСК1-А-000012');
    expect(text).toContain(lang === 'ru' ? 'от 1 декабря 2026 г.' : 'dated 1 December 2026');
    for (const s of ['ООО «Гараж Деск Сервис»', '7707083893', '773601001', '40702810438000034726', '044525225', '+7 495 123-45-67', 'ООО «Автопарк Север»', 'Прораб Николай', '+79161112233', 'ул. Стройки']) expect(text).toContain(s);
    for (const s of ['Автокран', 'Ивановец КС-45717', 'А001АА77', 'Экскаватор-погрузчик', 'Е003ЕЕ50']) expect(text).toContain(s);
    expect(plain(text)).toContain(lang === 'ru' ? '25 т' : '25 t');
    // Moscow time: 08:00–16:00 on the 5th; 20:00 on the 6th to 06:30 on the 7th.
    expect(text).toContain(lang === 'ru' ? '05.12.2026 08:00–16:00' : '5 Dec 2026 08:00–16:00');
    expect(text).toContain(lang === 'ru' ? '06.12.2026 20:00 – 07.12.2026 06:30' : '6 Dec 2026 20:00 – 7 Dec 2026 06:30');
    expect(text).toContain(lang === 'ru' ? 'мин. 4' : 'min. 4');
    for (const minor of [350_000, 1_760_000, 2_940_000, proposal.totals.vatMinor, proposal.totals.totalMinor]) expect(text).toContain(m(minor, lang));
    expect(text).toContain(`30 × ${m(12_000, lang)}`);
    expect(text).toContain(lang === 'ru' ? `НДС 22 %: ${m(proposal.totals.vatMinor, lang)}` : `VAT 22%: ${m(proposal.totals.vatMinor, lang)}`);
    expect(text).toContain(amountInWords(proposal.totals.totalMinor, lang));
    expect(text).toContain(lang === 'ru' ? 'Предложение действительно до 11.12.2026.' : 'This proposal is valid until 11 Dec 2026.');
    expect(text).toContain(lang === 'ru' ? 'Руководитель' : 'Director');
  });
});

describe.each(langs)('trip sheet (%s)', (lang) => {
  it('tells the driver when, where, whom to call and which machine, with boxes to fill in and no prices', () => {
    const { text, pages } = doc('trip-sheet', lang);
    expect(pages).toHaveLength(1);
    expect(text).toContain(lang === 'ru' ? 'Лист выезда № МСК1-А-000012/1' : 'Trip sheet No. МСК1-А-000012/1');
    for (const s of ['ООО «Гараж Деск Сервис»', 'ООО «Автопарк Север»', 'Прораб Николай', '+79161112233', 'ул. Стройки', 'Автокран Ивановец КС-45717', 'А001АА77', 'Петров Иван', '+7 916 555-44-33', 'КПП № 3']) expect(text).toContain(plain(s));
    expect(text).toContain(lang === 'ru' ? '05.12.2026 08:00–16:00' : '5 Dec 2026 08:00–16:00');
    for (const s of lang === 'ru' ? ['Начало работ (факт.)', 'Окончание работ (факт.)', 'Спидометр при выезде', 'Моточасы при выезде', 'Простой, ч', 'От заказчика'] : ['Work started (actual)', 'Work finished (actual)', 'Odometer at departure', 'Engine hours at departure', 'Downtime, h', 'For the customer']) expect(text).toContain(s);
    expect(text).not.toContain(m(350_000, lang));
  });

  it('names the supplier for supply equipment and leaves out what is unknown', async () => {
    const supply = { ...tripSheet, machine: { type: 'Экскаватор', model: null, capacityKg: null, plate: 'Е003ЕЕ50' }, driver: { name: 'Водитель поставщика', phone: null }, supplier: 'ИП Краны-Аренда', notes: null, siteAddress: null, orderedKm: 0 };
    const { text, pages } = await textOf(await renderDocument('trip-sheet', supply, lang));
    expect(pages).toHaveLength(1);
    for (const s of ['Экскаватор', 'Е003ЕЕ50', 'Водитель поставщика', 'ИП Краны-Аренда']) expect(text).toContain(s);
  });
});

describe('rendering', () => {
  it('copes with a bare order: no car, no lines, no dates, no inspection, nobody assigned', async () => {
    const bare: WorkOrderPrint = {
      ...shortWorkOrder,
      acceptedAt: null, promisedAt: null, completedAt: null, issuedAt: null, scheduledStart: null, scheduledEnd: null,
      seller: { name: 'ИП Петров П. П.' },
      customer: { name: 'Сидоров С. С.' },
      payer: { name: 'Сидоров С. С.' },
      vehicle: null, complaint: null, advisor: null, bay: null, labour: [], parts: [], recommendations: [], inspection: null,
      totals: { labourMinor: 0, partsMinor: 0, discountMinor: 0, vatMode: 'none', vatRateBp: 0, vatMinor: 0, totalMinor: 0, paidMinor: 0, dueMinor: 0 },
    };
    for (const kind of documentKinds.filter((k) => k !== 'invoice' && !rentalKinds.includes(k))) {
      for (const lang of langs) {
        const { text, pages } = await textOf(await renderDocument(kind, bare as never, lang));
        expect(pages).toHaveLength(1);
        expect(text).toContain('ИП Петров П. П.');
      }
    }
    const { text } = await textOf(await renderInvoice({ ...invoice, lines: [], totals: { vatMode: 'none', vatRateBp: 0, vatMinor: 0, totalMinor: 0 }, workOrderNumber: null, dueDate: null, signatories: null }, 'ru'));
    expect(text).toContain('Ноль рублей 00 копеек');
  });

  it('repeats table headers over many pages', async () => {
    const many: WorkOrderPrint = { ...workOrder, labour: Array.from({ length: 6 }, (_, i) => workOrder.labour.map((l) => ({ ...l, no: i * 20 + l.no }))).flat() };
    const { pages } = await textOf(await renderWorkOrder(many, 'ru'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages.slice(1, -1)) expect(p).toMatch(/Наименование работы|Артикул/);
    expect(pages.at(-1)).toContain(`Стр. ${pages.length} из ${pages.length}`);
  });

  it('leaves the model as it was', async () => {
    const copies = structuredClone(pristine);
    for (const kind of documentKinds) await renderDocument(kind, fixtureOf(kind, copies) as never, 'en');
    expect(copies).toEqual(pristine);
    // …and the fixtures every other test rendered are untouched too.
    expect({ workOrder, invoice, proposal, tripSheet }).toEqual(pristine);
  });

  it('gives the same document twice (layout never leaks between renders)', async () => {
    for (const render of [renderWorkSheet, renderWorkOrder, renderInspectionAct, renderReceipt, renderAct]) {
      const first = await textOf(await render(workOrder, 'ru'));
      const second = await textOf(await render(workOrder, 'ru'));
      expect(second.pages.length).toBe(first.pages.length);
      expect(second.text).toBe(first.text);
    }
  });

  it('never wraps a document number at its hyphens', () => {
    expect(unbroken('Счёт на оплату № МСК1-С-000045 от 12.02.2026', ['МСК1-С-000045'])).toEqual(['Счёт на оплату №\u00a0', { text: 'МСК1-С-000045', noWrap: true }, ' от 12.02.2026']);
    expect(unbroken('Без номера', ['А-1', null])).toBe('Без номера');
  });

  it('names files safely', () => {
    expect(documentFileName('work-order', 'МСК1-000123', 'ru')).toBe('Заказ-наряд МСК1-000123.pdf');
    expect(documentFileName('invoice', 'МСК1/С:45', 'en')).toBe('Invoice МСК1-С-45.pdf');
    expect(documentFileName('act', '..', 'ru')).toBe('Акт выполненных работ б-н.pdf');
    expect(new Set(documentKinds.map((k) => documentFileName(k, '1', 'ru'))).size).toBe(8);
  });
});

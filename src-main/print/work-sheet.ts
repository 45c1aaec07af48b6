/**
 * The mechanic's work sheet (рабочий лист): what to do, with which parts, where and when.
 * Deliberately without a single price: it goes to the workshop floor.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { dateOf, dateTime, hours, hoursNumber, quantity, unitName } from './format';
import { colours, fields, heading, labelled, lineTable, mechanicsCell, page, partName, sellerHeader, signatures, subtotalRow, title, vehicleFields, writingLines, type Column } from './layout';
import type { Lang, WorkOrderPrint } from './model';
import { renderPdf } from './pdf';

const words = {
  ru: {
    title: (n: string) => `Рабочий лист к заказ-наряду № ${n}`,
    from: (d: string) => `от ${d}`,
    bay: 'Пост', start: 'Начало работ', end: 'Окончание работ', promised: 'Плановая выдача', advisor: 'Мастер-приёмщик',
    complaint: 'Причина обращения:',
    operations: 'Работы',
    operationColumns: ['№', 'Код', 'Операция', 'Н/ч', 'Кол-во', 'Исполнители', 'Вып.'],
    totalHours: 'Всего нормо-часов:',
    parts: 'Запчасти и материалы',
    partColumns: ['№', 'Артикул', 'Наименование', 'Кол-во', 'Выдано'],
    remarks: 'Замечания механика',
    mechanic: 'Механик', master: 'Мастер',
  },
  en: {
    title: (n: string) => `Work sheet for work order No. ${n}`,
    from: (d: string) => `dated ${d}`,
    bay: 'Bay', start: 'Start', end: 'Finish', promised: 'Promised', advisor: 'Service advisor',
    complaint: 'Complaint:',
    operations: 'Labour',
    operationColumns: ['No.', 'Code', 'Operation', 'Std h', 'Qty', 'Mechanics', 'Done'],
    totalHours: 'Total standard hours:',
    parts: 'Parts and materials',
    partColumns: ['No.', 'Part No.', 'Description', 'Qty', 'Issued'],
    remarks: 'Mechanic’s remarks',
    mechanic: 'Mechanic', master: 'Foreman',
  },
} as const;

/** An empty box to tick by hand (a new node each time: pdfmake writes into the nodes it lays out). */
const tickBox = (left: number): TableCell => ({ canvas: [{ type: 'rect', x: 0, y: 0, w: 8, h: 8, lineWidth: 0.6, lineColor: colours.text }], margin: [left, 1, 0, 0] });

function operations(o: WorkOrderPrint, lang: Lang): Content {
  const w = words[lang];
  const [no, code, name, h, qty, mechanics, done] = w.operationColumns;
  const columns: Column[] = [
    { header: no, width: 14, align: 'center' },
    { header: code, width: 34 },
    { header: name, width: '*' },
    { header: h, width: 26, align: 'right' },
    { header: qty, width: 28, align: 'right' },
    { header: mechanics, width: 110 },
    { header: done, width: 26 },
  ];
  const rows = o.labour.map((l) => [String(l.no), { text: l.code ?? '', fontSize: 7 }, l.name, hoursNumber(l.hoursX100, lang), quantity(l.quantityX1000, lang), mechanicsCell(l, lang), tickBox(9)]);
  // Hundredths of an hour × thousandths: total standard hours, to the hundredth.
  const totalX100 = o.labour.reduce((s, l) => s + Math.round((l.hoursX100 * l.quantityX1000) / 1000), 0);
  return lineTable(columns, [...rows, subtotalRow(3, w.totalHours, hours(totalX100, lang), 2, 2)], { fontSize: 8.5 });
}

function parts(o: WorkOrderPrint, lang: Lang): Content {
  const w = words[lang];
  const [no, article, name, qty, issued] = w.partColumns;
  const columns: Column[] = [
    { header: no, width: 14, align: 'center' },
    { header: article, width: 90 },
    { header: name, width: '*' },
    { header: qty, width: 60, align: 'right' },
    { header: issued, width: 36 },
  ];
  const rows = o.parts.map((p) => [String(p.no), { text: p.article ?? '', fontSize: 7.5 }, partName(p, lang), `${quantity(p.quantityX1000, lang)} ${unitName(p.unit, lang)}`, tickBox(14)]);
  return lineTable(columns, rows, { fontSize: 8.5 });
}

export function renderWorkSheet(o: WorkOrderPrint, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const when = (iso: string | null) => (iso ? dateTime(iso, o.timeZone, lang) : null);
  const docTitle = w.title(o.number);
  const content: Content[] = [
    sellerHeader(o.seller, lang),
    title(docTitle, w.from(dateOf(o.acceptedAt ?? o.createdAt, o.timeZone, lang)), o.number),
    vehicleFields(o.vehicle, lang),
    fields([
      { label: w.bay, value: o.bay, bold: true },
      { label: w.start, value: when(o.scheduledStart) },
      { label: w.end, value: when(o.scheduledEnd) },
      { label: w.promised, value: when(o.promisedAt) },
      { label: w.advisor, value: o.advisor, width: 130 },
    ]),
    labelled([[w.complaint, o.complaint]]),
  ];
  if (o.labour.length) content.push(heading(w.operations), operations(o, lang));
  if (o.parts.length) content.push(heading(w.parts), parts(o, lang));
  content.push({ stack: [heading(w.remarks), writingLines(3)], unbreakable: true });
  content.push(signatures([{ role: w.mechanic }, { role: w.master, name: o.advisor }], lang, 18));
  return renderPdf(page({ lang, title: docTitle, reference: docTitle, number: o.number, content }));
}

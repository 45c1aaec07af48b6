/** The inspection act (акт осмотра): the car's condition at acceptance, signed by the customer. */
import type { CanvasRect, Content, ContentColumns, TableCell } from 'pdfmake/interfaces';
import { dateTime, km } from './format';
import { colours, contentWidth, heading, labelled, lineTable, page, paragraph, partyText, sellerHeader, signatures, title, vehicleFields, type Column } from './layout';
import type { DamageMark, Inspection, Lang, WorkOrderPrint } from './model';
import { renderPdf } from './pdf';
import { outlineSize, vehicleOutlineSvg, type View } from './vehicle-outline';

const words = {
  ru: {
    title: 'Акт осмотра транспортного средства',
    toOrder: (n: string, d: string | null) => `к заказ-наряду № ${n}${d ? ` от ${d}` : ''}`,
    customer: 'Заказчик:',
    damage: 'Повреждения и дефекты',
    noDamage: 'Видимых повреждений не обнаружено.',
    views: { left: 'Левая сторона', right: 'Правая сторона', top: 'Вид сверху', front: 'Спереди', rear: 'Сзади' } satisfies Record<View, string>,
    kinds: { scratch: 'царапина', dent: 'вмятина', chip: 'скол', crack: 'трещина', other: 'другое' } satisfies Record<DamageMark['kind'], string>,
    legend: ['№', 'Вид', 'Повреждение', 'Примечание'],
    condition: 'Состояние при приёме',
    fuel: 'Топливо:', mileage: 'Пробег:', itemsLeft: 'Вещи в автомобиле:', noItems: 'нет', notes: 'Примечания:',
    photos: 'Фотографии',
    statement: 'С описанием состояния автомобиля согласен. Ценные вещи в автомобиле, кроме перечисленных выше, не оставлены.',
    customerSign: 'Заказчик', executor: 'Исполнитель',
    noInspection: 'Осмотр не проводился.',
  },
  en: {
    title: 'Vehicle inspection report',
    toOrder: (n: string, d: string | null) => `to work order No. ${n}${d ? ` of ${d}` : ''}`,
    customer: 'Customer:',
    damage: 'Damage and defects',
    noDamage: 'No visible damage found.',
    views: { left: 'Left side', right: 'Right side', top: 'Top', front: 'Front', rear: 'Rear' } satisfies Record<View, string>,
    kinds: { scratch: 'scratch', dent: 'dent', chip: 'chip', crack: 'crack', other: 'other' } satisfies Record<DamageMark['kind'], string>,
    legend: ['No.', 'View', 'Damage', 'Note'],
    condition: 'Condition at acceptance',
    fuel: 'Fuel:', mileage: 'Mileage:', itemsLeft: 'Items left in the car:', noItems: 'none', notes: 'Notes:',
    photos: 'Photos',
    statement: 'I agree with the description of the vehicle’s condition. No valuables other than those listed above were left in the vehicle.',
    customerSign: 'Customer', executor: 'Contractor',
    noInspection: 'No inspection was made.',
  },
} as const;

function legend(marks: DamageMark[], lang: Lang): Content {
  const w = words[lang];
  const columns: Column[] = [
    { header: w.legend[0], width: 18, align: 'center' },
    { header: w.legend[1], width: 80 },
    { header: w.legend[2], width: 70 },
    { header: w.legend[3], width: '*' },
  ];
  const rows = marks.map((m, i) => [{ text: String(i + 1), alignment: 'center', bold: true, color: colours.mark } as TableCell, w.views[m.view], w.kinds[m.kind], m.note ?? '']);
  return lineTable(columns, rows);
}

/** «Топливо: 3/8» and a bar of eight cells, the first three filled. */
export function fuelGauge(eighths: number, lang: Lang): ContentColumns {
  const n = Math.min(8, Math.max(0, Math.round(eighths)));
  const cell = 11;
  const cells: CanvasRect[] = Array.from({ length: 8 }, (_, i) => ({ type: 'rect', x: i * (cell + 1.5), y: 1, w: cell, h: 8, lineWidth: 0.6, lineColor: colours.text, color: i < n ? '#555555' : '#ffffff' }));
  return {
    columns: [
      { text: [{ text: `${words[lang].fuel} `, color: colours.muted }, { text: `${n}/8`, bold: true }], width: 'auto', margin: [0, 0, 8, 0] },
      { canvas: cells, width: 8 * (cell + 1.5) },
    ],
  };
}

const imageDataUrl = /^data:image\/(png|jpe?g);base64,/;

/** Whether a data URL really holds a PNG or JPEG, so a broken photo never stops the print. */
export function printableImage(dataUrl: string): boolean {
  const m = imageDataUrl.exec(dataUrl);
  if (!m) return false;
  const head = Buffer.from(dataUrl.slice(m[0].length, m[0].length + 12), 'base64');
  const png = head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47;
  const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  return png || jpeg;
}

function photos(inspection: Inspection, lang: Lang): Content[] {
  const usable = inspection.photos.filter((p) => printableImage(p.dataUrl));
  if (!usable.length) return [];
  const perRow = 4;
  const size = { width: (contentWidth - (perRow - 1) * 10) / perRow, height: 90 };
  const rows: Content[] = [];
  for (let i = 0; i < usable.length; i += perRow) {
    rows.push({
      columns: Array.from({ length: perRow }, (_, j) => {
        const p = usable[i + j];
        if (!p) return { text: '', width: size.width };
        return {
          width: size.width,
          stack: [
            { image: p.dataUrl, fit: [size.width, size.height], alignment: 'center' },
            { text: p.name, fontSize: 7, color: colours.muted, alignment: 'center', margin: [0, 2, 0, 0] },
          ],
        } as Content;
      }),
      columnGap: 10,
      margin: [0, 0, 0, 6],
      unbreakable: true,
    } as Content);
  }
  return [heading(words[lang].photos), ...rows];
}

export function renderInspectionAct(o: WorkOrderPrint, lang: Lang): Promise<Buffer> {
  const w = words[lang];
  const inspection = o.inspection;
  const accepted = o.acceptedAt ?? o.createdAt;
  const mileage = inspection?.mileageKm ?? o.vehicle?.mileageKm ?? null;
  const content: Content[] = [
    sellerHeader(o.seller, lang),
    title(w.title, w.toOrder(o.number, dateTime(accepted, o.timeZone, lang)), o.number),
    labelled([[w.customer, partyText(o.customer, lang)]]),
    vehicleFields(o.vehicle, lang, mileage),
  ];
  if (!inspection) {
    content.push(paragraph(w.noInspection, { top: 8 }));
  } else {
    content.push(heading(w.damage), { svg: vehicleOutlineSvg(inspection.marks, w.views, colours.mark), width: contentWidth, height: (contentWidth * outlineSize.height) / outlineSize.width, margin: [0, 2, 0, 6] });
    content.push(inspection.marks.length ? legend(inspection.marks, lang) : paragraph(w.noDamage));
    content.push(
      heading(w.condition),
      {
        columns: [
          { width: 'auto', stack: [fuelGauge(inspection.fuelEighths, lang)] },
          { width: '*', text: [{ text: `${w.mileage} `, color: colours.muted }, { text: mileage === null ? '—' : km(mileage, lang), bold: true }], margin: [24, 0, 0, 0] },
        ],
        margin: [0, 0, 0, 4],
      },
      labelled([
        [w.itemsLeft, inspection.itemsLeft?.trim() || w.noItems],
        [w.notes, inspection.notes],
      ]),
      ...photos(inspection, lang),
    );
  }
  content.push({
    stack: [paragraph(w.statement, { top: 8 }), signatures([{ role: w.executor, name: o.advisor }, { role: w.customerSign, name: o.customer.name }], lang)],
    unbreakable: true,
  });
  const reference = `${w.title} · ${w.toOrder(o.number, null)}`;
  return renderPdf(page({ lang, title: w.title, reference, number: o.number, content }));
}

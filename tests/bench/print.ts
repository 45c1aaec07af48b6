// Rendering the work order PDF: two pages, 40+ lines (the printed-documents fixture), as the
// print.document method does after reading the order.
import { renderDocument } from '../../src-main/print/index';
import { workOrder } from '../fixtures/print/work-order';
import { percentile, timed } from './support';

export async function benchPrint(runs: number) {
  const lines = workOrder.labour.length + workOrder.parts.length;
  for (let i = 0; i < 5; i++) await renderDocument('work-order', workOrder, 'ru');
  const ms = await timed(Math.min(runs, 100), () => renderDocument('work-order', workOrder, 'ru'));
  return { name: 'print.work-order', lines, runs: ms.length, p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95) };
}

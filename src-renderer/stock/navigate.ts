import { navigate } from '../app/route';
import type { StockView } from './stock-route';

export function openStock(view: StockView): void {
  navigate({ name: 'stock', view });
}

import { call } from '../api/client';
import { navigate } from '../app/route';
import { notifyError, notifySuccess } from '../app/notify';
import i18n from '../i18n';
import type { OrderTab } from './work-orders-route';

export function openOrder(id: string, tab?: OrderTab): void {
  navigate({ name: 'workOrders', view: { screen: 'order', id, ...(tab ? { tab } : {}) } });
}

/**
 * "Create work order" on a repair request (the scheduler's booking dialog): everything on the
 * request carries over, the request becomes "work order opened", and the new order opens.
 * Resolves to the order's id, or null when it could not be made (the reason is shown).
 */
export async function openWorkOrderFromRequest(requestId: string): Promise<string | null> {
  try {
    const order = await call('workOrders.create', { requestId });
    notifySuccess(i18n.t('workOrders.fromRequest', { number: order.number }));
    openOrder(order.id);
    return order.id;
  } catch (e) {
    notifyError(e);
    return null;
  }
}

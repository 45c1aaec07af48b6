import { WorkOrdersPage } from './WorkOrdersPage';
import { WorkOrderScreen } from './WorkOrderScreen';
import type { WorkOrdersView } from './work-orders-route';

/** "Work orders" in the navigation: the list and receivables, or one order. */
export function WorkOrdersArea({ view }: { view: WorkOrdersView }) {
  return view.screen === 'order' ? <WorkOrderScreen key={view.id} id={view.id} tab={view.tab} /> : <WorkOrdersPage view={view} />;
}

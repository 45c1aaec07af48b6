import { navigate } from '../app/route';

export const openDeal = (id: string) => navigate({ name: 'rentals', view: { screen: 'deal', id } });
export const backToDeals = () => navigate({ name: 'rentals', view: { screen: 'deals' } });

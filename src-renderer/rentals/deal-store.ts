import { create } from 'zustand';
import { call, type ApiInput, type ApiMethod, type ApiOutput } from '../api/client';
import { notifyError } from '../app/notify';
import type { Deal } from './rental-types';

/** The methods that answer with the whole deal, so the screen takes the answer as it is. */
type DealMethod = { [M in ApiMethod]: ApiOutput<M> extends Deal ? M : never }[ApiMethod];

/** The open rental deal: the screen shows it, and every dialog that changes it puts the answer here. */
export const useDeal = create<{ deal: Deal | null }>(() => ({ deal: null }));

export const showDeal = (deal: Deal) => useDeal.setState({ deal });

/** Runs a change that answers with the deal and shows it; null (and the back end's reason shown) when it is refused. */
export async function changeDeal<M extends DealMethod>(method: M, input: ApiInput<M>): Promise<Deal | null> {
  try {
    const deal = (await call(method, input)) as Deal;
    showDeal(deal);
    return deal;
  } catch (e) {
    notifyError(e);
    return null;
  }
}

/** Reads the open deal again (a payment may have confirmed its items). */
export async function reloadDeal(): Promise<void> {
  const id = useDeal.getState().deal?.id;
  if (id) await changeDeal('deals.get', { id });
}

export const customerSearchId = 'customer-search';

/** Focuses the customer search box if it is on screen; false when it is not. */
export function focusCustomerSearch(): boolean {
  const input = document.getElementById(customerSearchId);
  if (!(input instanceof HTMLInputElement)) return false;
  input.focus();
  input.select();
  return true;
}

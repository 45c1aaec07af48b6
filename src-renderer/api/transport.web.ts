import type { ApiResult } from '../../src-main/api/errors';
import type { Transport } from './transport-types';

const tokenKey = 'garage-desk.token';

/**
 * `npm run serve` prints a link with `#token=…`. Keep the token for this tab and take it
 * out of the address bar, so it is not bookmarked or shown over someone's shoulder.
 */
function readToken(): string {
  const match = /^#token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(tokenKey, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

const token = readToken();

export const transport: Transport = async (method, input, locale) => {
  const response = await fetch(`api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': locale },
    body: JSON.stringify(input ?? {}),
  });
  return (await response.json()) as ApiResult;
};

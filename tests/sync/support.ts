import type { FastifyInstance } from 'fastify';

/**
 * A `fetch` that hands requests to the server in-process (Fastify's inject): the desk's sync
 * client runs its real code path without sockets. `faults` may drop the request before the
 * server sees it, drop the answer after the server acted, or deliver the request twice.
 */
export type Fault = 'none' | 'drop_request' | 'drop_response' | 'duplicate';

export function injectFetch(app: FastifyInstance, fault: () => Fault = () => 'none'): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const f = fault();
    if (f === 'drop_request') throw new TypeError('fetch failed (connection dropped)');
    const send = () =>
      app.inject({
        method: (init?.method ?? 'GET') as 'GET' | 'POST',
        url: url.pathname + url.search,
        headers: init?.headers as Record<string, string> | undefined,
        payload: init?.body as string | undefined,
      });
    let res = await send();
    if (f === 'duplicate') res = await send();
    if (f === 'drop_response') throw new TypeError('fetch failed (answer lost)');
    return new Response(res.body, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

import { randomBytes, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import { adminOps, type AdminOpName } from './admin';
import { writeServerFile } from './admin-client';
import type { ServerDb } from './db';
import { SyncError } from './errors';

/**
 * The running server's admin listener (see admin-client.ts): the admin operations on
 * 127.0.0.1 only, for whoever can read the token in `<data>/server.json`.
 */
export async function startAdminEndpoint(db: ServerDb, dataDir: string, now: () => number = Date.now): Promise<{ close(): Promise<void> }> {
  const token = randomBytes(32).toString('base64url');
  const app = Fastify({ logger: false });
  app.post<{ Params: { op: string } }>('/admin/:op', async (req, reply) => {
    const given = Buffer.from(String(req.headers['x-admin-token'] ?? ''));
    if (given.length !== token.length || !timingSafeEqual(given, Buffer.from(token))) return reply.code(401).send(new SyncError('unauthorized', 'Wrong admin token.').body);
    const op = adminOps[req.params.op as AdminOpName] as (db: ServerDb, input: unknown, nowMs: number) => Promise<unknown>;
    if (!op) return reply.code(404).send(new SyncError('not_found', `No admin operation ${req.params.op}.`).body);
    try {
      return await op(db, req.body, now());
    } catch (e) {
      if (e instanceof SyncError) return reply.code(e.status).send(e.body);
      throw e;
    }
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  writeServerFile(dataDir, { pid: process.pid, adminPort: port, adminToken: token });
  return { close: () => app.close() };
}

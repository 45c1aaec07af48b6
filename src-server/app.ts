import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { schemaVersion as desksSchemaVersion } from '../src-main/sync/schema-version';
import { authenticate } from './auth';
import { claim, release } from './claims';
import { RawJson, type Ctx, type DeskCtx } from './context';
import type { ServerDb } from './db';
import { enrol } from './enrol';
import { fromOtherError, SyncError } from './errors';
import { folderOf } from './fold';
import { pull } from './pull';
import { push } from './push';

/** The head-office sync server's endpoints (docs/sync.md, "Server"): open ones, then the desks' own. */
const openRoutes = {
  'GET /health': health,
  'POST /enrol': enrol,
} satisfies Record<string, (ctx: Ctx) => Promise<unknown>>;

const deskRoutes = {
  'POST /push': push,
  'GET /pull': pull,
  'POST /claim': claim,
  'POST /release': release,
  'GET /status': status,
} satisfies Record<string, (ctx: DeskCtx) => Promise<unknown>>;

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

export interface ServerOptions {
  db: ServerDb;
  /** The server's clock, ms since the epoch (tests move it). */
  now?: () => number;
  /** Largest request body in bytes (2 MB). */
  bodyLimit?: number;
  /** The desks' schema version this server accepts (the newest desk migration). */
  schemaVersion?: string;
  https?: { cert: string | Buffer; key: string | Buffer };
  logger?: boolean | { level: string };
}

export function buildServer(opts: ServerOptions): FastifyInstance {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const logger = opts.logger ?? false;
  const app = (opts.https ? Fastify({ https: opts.https, bodyLimit, logger }) : Fastify({ bodyLimit, logger })) as unknown as FastifyInstance;
  const now = opts.now ?? Date.now;
  const schemaVersion = opts.schemaVersion ?? desksSchemaVersion();
  const context = (req: FastifyRequest): Ctx => ({ db: opts.db, now, schemaVersion, body: req.body, query: req.query });

  for (const [route, handler] of Object.entries(openRoutes)) {
    const [method, url] = route.split(' ');
    app.route({ method, url, handler: (req) => handler(context(req)) });
  }
  for (const [route, handler] of Object.entries(deskRoutes)) {
    const [method, url] = route.split(' ');
    app.route({
      method,
      url,
      handler: async (req, reply) => {
        const answer = await handler({ ...context(req), ...(await authenticate(opts.db, req.headers.authorization, now())) });
        return answer instanceof RawJson ? reply.type('application/json; charset=utf-8').send(answer.text) : answer;
      },
    });
  }

  // The merged rows' background fold stops with the server.
  app.addHook('onClose', () => folderOf(opts.db).stop());
  app.setNotFoundHandler((_req, reply) => send(reply, new SyncError('not_found', 'Head office has no such address. Check the server address in Settings → Sync.')));
  app.setErrorHandler((e: Error & { statusCode?: number }, req, reply) => {
    if (e instanceof SyncError) return send(reply, e);
    const refusal = fromOtherError(e, bodyLimit);
    if (refusal.code === 'internal') req.log.error(e);
    return send(reply, refusal);
  });
  return app;
}

function send(reply: FastifyReply, e: SyncError) {
  return reply.code(e.status).send(e.body);
}

async function health({ schemaVersion }: Ctx) {
  return { ok: true, schemaVersion };
}

/** The head of the log is read with the token (auth.ts). */
async function status({ desk, head }: DeskCtx) {
  return { lastSeq: head, branchId: desk.branchId, headOffice: desk.headOffice };
}

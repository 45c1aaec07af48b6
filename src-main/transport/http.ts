import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import sirv from 'sirv';
import type { Backend } from '../backend';
import { httpStatus, type ApiResult } from '../api/errors';
import { methods } from '../api';
import { openApiDocument } from '../api/openapi';
import { appVersion } from '../system/version';
import { translate, pickLocale } from '../i18n/messages';

const maxBody = 1024 * 1024;

export type HttpOptions = { backend: Backend; token: string; host: string; port: number; staticDir?: string };

function send(res: http.ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  // With its length the answer goes out as one write, not in chunks.
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), 'cache-control': 'no-store' });
  res.end(json);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // An oversized body is read to the end and dropped, so the client gets its 413 instead
    // of a reset connection.
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= maxBody) chunks.push(c);
    });
    req.on('end', () => resolve(size > maxBody ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The HTTP transport: the same API map as Electron's IPC, for browser mode, end-to-end tests
 * and scripts. POST /api/<method> with a bearer token; GET /api/health and
 * /api/openapi.json are open. Everything else is the built renderer.
 */
export function createHttpServer(opts: HttpOptions): http.Server {
  const { backend, token } = opts;
  const staticFiles = opts.staticDir && fs.existsSync(opts.staticDir) ? sirv(opts.staticDir, { single: true, etag: true }) : undefined;

  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const locale = pickLocale(req.headers['accept-language']);
    try {
      if (url.pathname === '/api/health' && req.method === 'GET') {
        return send(res, 200, { ok: true, data: { version: appVersion(), schemaVersion: backend.schemaVersion() } });
      }
      if (url.pathname === '/api/openapi.json' && req.method === 'GET') {
        return send(res, 200, openApiDocument(methods, appVersion()));
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'unknown_method', message: 'Use POST' } });
        if (!tokenMatches(req.headers.authorization, token)) {
          return send(res, 401, { ok: false, error: { code: 'unauthorized', message: translate(locale, 'error.unauthorized') } });
        }
        const body = await readBody(req);
        if (body === null) return send(res, 413, { ok: false, error: { code: 'payload_too_large', message: translate(locale, 'error.payload_too_large') } });
        let input: unknown;
        try {
          input = body.trim() ? JSON.parse(body) : {};
        } catch {
          return send(res, 400, { ok: false, error: { code: 'bad_json', message: translate(locale, 'error.bad_json') } });
        }
        const result: ApiResult = await backend.callAsync(decodeURIComponent(url.pathname.slice(5)), input, locale);
        return send(res, result.ok ? 200 : httpStatus[result.error.code], result);
      }
      if (staticFiles) {
        res.setHeader('content-security-policy', "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        res.setHeader('x-content-type-options', 'nosniff');
        return staticFiles(req, res, () => send(res, 404, { ok: false, error: { code: 'not_found', message: 'Not found' } }));
      }
      res.writeHead(404).end('The renderer is not built: run npm run build:renderer');
    } catch (e) {
      console.error('[http]', e);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: translate(locale, 'error.internal') } });
    }
  });
}

export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export function staticDirFor(root: string): string {
  return path.join(root, 'build', 'renderer');
}

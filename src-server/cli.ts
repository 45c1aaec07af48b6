import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appRoot } from '../src-main/paths';
import type { AdminOpName, AdminResult, IssuedCode } from './admin';
import { callRunningServer, claimDataDir, releaseDataDir } from './admin-client';

// The database, Fastify and drizzle are imported only by the commands that use them, so an
// admin command that talks to the running server starts quickly.

const usage = `Garage Desk head-office server

  npm run server -- [--port N] [--host H] [--cert FILE --key FILE] [--insecure-http] [--body-limit BYTES]
                              start the sync server (http://127.0.0.1:5190 by default)
  npm run server -- branch add NAME [--head-office] [--prefix P]
                              add a branch; prints its first enrolment code on the last line
  npm run server -- enrolment-code BRANCH
                              a new one-time enrolment code (valid 7 days) for BRANCH (name or id)
  npm run server -- workstations
                              list enrolled workstations
  npm run server -- revoke WORKSTATION_ID
                              revoke a workstation's token

Every command takes --data DIR (default: GARAGE_DESK_SERVER_DATA, or .data/server). With
DATABASE_URL set, the server and every command use that PostgreSQL database instead.
Plain HTTP is served only on a loopback address unless --insecure-http is given.`;

export async function runServerCli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '5190' },
      host: { type: 'string', default: '127.0.0.1' },
      cert: { type: 'string' },
      key: { type: 'string' },
      'insecure-http': { type: 'boolean', default: false },
      'body-limit': { type: 'string' },
      'head-office': { type: 'boolean', default: false },
      prefix: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const dataDir = path.resolve(values.data ?? process.env.GARAGE_DESK_SERVER_DATA ?? path.join(appRoot(), '.data', 'server'));
  const url = process.env.DATABASE_URL || undefined;
  const [command, ...rest] = positionals;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  switch (command) {
    case undefined:
    case 'start': {
      if (!!values.cert !== !!values.key) throw new Error('HTTPS needs both --cert and --key.');
      if (!values.cert && !isLoopback(values.host) && !values['insecure-http'])
        throw new Error(`Plain HTTP is served only on a loopback address, not on ${values.host}. Give --cert FILE --key FILE for HTTPS, put a reverse proxy in front (see README), or pass --insecure-http.`);
      await startServer({
        dataDir,
        url,
        port: Number(values.port),
        host: values.host,
        bodyLimit: values['body-limit'] ? Number(values['body-limit']) : undefined,
        https: values.cert && values.key ? { cert: fs.readFileSync(values.cert), key: fs.readFileSync(values.key) } : undefined,
      });
      return 0;
    }
    case 'branch': {
      if (rest[0] !== 'add' || !rest[1]) throw new Error('Usage: branch add NAME [--head-office] [--prefix P]');
      const issued = await admin('branch.add', { name: rest.slice(1).join(' '), headOffice: values['head-office'], prefix: values.prefix }, dataDir, url);
      console.log(`Branch "${issued.branch.name}" added${issued.branch.headOffice ? ' (head office)' : ''}: id ${issued.branch.id}, document prefix ${issued.branch.docPrefix}.`);
      printCode(issued);
      return 0;
    }
    case 'enrolment-code': {
      if (!rest[0]) throw new Error('Usage: enrolment-code BRANCH (its name or id)');
      printCode(await admin('code.create', { branch: rest.join(' ') }, dataDir, url));
      return 0;
    }
    case 'revoke': {
      if (!rest[0]) throw new Error('Usage: revoke WORKSTATION_ID (see: workstations)');
      const done = await admin('workstation.revoke', { workstationId: rest[0] }, dataDir, url);
      console.log(`Workstation "${done.name}" (${done.workstationId}) is revoked since ${done.revokedAt}: it can no longer sync.`);
      return 0;
    }
    case 'workstations': {
      const { workstations } = await admin('workstation.list', {}, dataDir, url);
      if (!workstations.length) console.log('No workstations are enrolled yet.');
      for (const w of workstations)
        console.log([w.id, w.branch + (w.headOffice ? ' (head office)' : ''), w.deskCode, w.name, `enrolled ${w.enrolledAt}`, w.lastSeenAt ? `last seen ${w.lastSeenAt}` : 'never synced', w.revokedAt ? `REVOKED ${w.revokedAt}` : 'active'].join('  '));
      return 0;
    }
    default:
      console.log(usage);
      return 1;
  }
}

function printCode(issued: IssuedCode) {
  console.log(`Enrolment code for one workstation of "${issued.branch.name}", valid until ${issued.expiresAt}:`);
  console.log(issued.code);
}

/** An admin operation: through the running server when it holds the embedded database, else directly. */
async function admin<N extends AdminOpName>(op: N, input: unknown, dataDir: string, url: string | undefined): Promise<AdminResult<N>> {
  if (!url) {
    const viaServer = await callRunningServer(dataDir, op, input);
    if (viaServer) return viaServer;
    claimDataDir(dataDir);
  }
  const [{ openServerDb }, { adminOps }] = await Promise.all([import('./db'), import('./admin')]);
  const db = await openServerDb(url ? { url } : { dataDir });
  try {
    return (await adminOps[op](db, input, Date.now())) as AdminResult<N>;
  } finally {
    await db.close();
    if (!url) releaseDataDir(dataDir);
  }
}

async function startServer(opts: { dataDir: string; url?: string; port: number; host: string; bodyLimit?: number; https?: { cert: Buffer; key: Buffer } }) {
  if (!opts.url) claimDataDir(opts.dataDir);
  const [{ openServerDb }, { buildServer }, { startAdminEndpoint }] = await Promise.all([import('./db'), import('./app'), import('./admin-endpoint')]);
  const db = await openServerDb(opts.url ? { url: opts.url } : { dataDir: opts.dataDir });
  const adminEndpoint = opts.url ? null : await startAdminEndpoint(db, opts.dataDir);
  const app = buildServer({ db, bodyLimit: opts.bodyLimit, https: opts.https, logger: { level: 'warn' } });
  await app.listen({ port: opts.port, host: opts.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  console.log(`Database: ${opts.url ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${opts.dataDir}`}. Press Ctrl+C to stop.`);
  console.log(`Garage Desk head office is listening on ${opts.https ? 'https' : 'http'}://${host}:${port}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await adminEndpoint?.close();
    await db.close();
    if (!opts.url) releaseDataDir(opts.dataDir);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

runServerCli(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);

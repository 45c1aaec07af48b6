import { parseArgs } from 'node:util';
import path from 'node:path';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { defaultDataDir, dataFiles, appRoot } from '../paths';
import { openBackend } from '../backend';
import { connect, latestSchemaVersion, migrateWithBackup, type Db } from '../db/open';
import { onlineBackup, backupFileName, checkBackupFile, replaceDatabaseFile } from '../db/backup';
import { createHttpServer, listen, staticDirFor } from '../transport/http';
import { fillDemo, demoScales, type DemoScale } from '../demo/fill';
import { documentKinds, type PrintTarget } from '../print/app';
import type { DocumentKind } from '../print/model';

const usage = `Garage Desk command line

  npm run cli -- <command> [options]

Commands:
  migrate                     bring the database up to date (a backup is written first)
  demo [--scale S]            fill the database with demo data; S = small | garage | large
  backup [--out FILE]         write an online backup (safe while the app runs)
  restore FILE                check FILE and put it in place of the database (the old file is kept)
  serve [--port N] [--host H] [--token T]
                              browser mode: the app on http://127.0.0.1:5180
  print KIND --number N --out FILE [--lang ru|en]
                              a work order's document as PDF; KIND = inspection-act |
                              work-sheet | work-order | receipt | act | invoice (the order's
                              latest invoice)
  print rental-proposal --number N --out FILE [--lang ru|en]
                              a rental deal's commercial proposal, by the deal's number
  print trip-sheet --item ID --out FILE [--lang ru|en]
                              a rental item's trip sheet for the driver
  sync enrol --server URL --code CODE [--name DESK]
                              connect this desk to head office with a one-time code
  sync now                    push this desk's changes and pull everyone else's; exits
                              non-zero with the reason when it cannot sync
  sync status                 JSON: enrolled, last sync, pending changes, conflicts, last error

Every command takes --data DIR (default: GARAGE_DESK_DATA, or the desktop app's data folder).`;

export async function runCli(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      scale: { type: 'string', default: 'small' },
      out: { type: 'string' },
      port: { type: 'string', default: '5180' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      number: { type: 'string' },
      item: { type: 'string' },
      server: { type: 'string' },
      code: { type: 'string' },
      name: { type: 'string' },
      lang: { type: 'string', default: 'ru' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [commandName, ...rest] = positionals;
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const { dbFile, backupsDir } = dataFiles(dataDir);

  switch (commandName) {
    case 'migrate': {
      fs.mkdirSync(dataDir, { recursive: true });
      const db = connect(dbFile);
      const result = await migrateWithBackup(db, backupsDir);
      db.$client.close();
      console.log(`Database ${dbFile}: ${result.applied} migration(s) applied${result.backup ? `, backup ${result.backup}` : ''}.`);
      return 0;
    }
    case 'demo': {
      const scale = values.scale as DemoScale;
      if (!demoScales.includes(scale)) throw new Error(`--scale must be one of ${demoScales.join(', ')}`);
      const backend = await openBackend({ dataDir });
      const started = Date.now();
      const counts = fillDemo(backend.db, scale, (done, total, what) => process.stderr.write(`\r  ${done} / ${total} ${what}   `));
      process.stderr.write('\n');
      backend.close();
      console.log(`Demo data (${scale}) in ${dbFile}: ${counts.customers} customers, ${counts.vehicles} vehicles, ${counts.bookings} bookings, ${counts.items} items, ${counts.stockMoves} stock movements, ${counts.workOrders} work orders, ${counts.rentalTrips} rental trips, ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    }
    case 'backup': {
      if (!fs.existsSync(dbFile)) throw new Error(`No database at ${dbFile}`);
      const db = connect(dbFile);
      const target = path.resolve(values.out ?? path.join(backupsDir, backupFileName('manual')));
      await onlineBackup(db.$client, target);
      db.$client.close();
      console.log(`Backup written: ${target}`);
      return 0;
    }
    case 'restore': {
      const file = rest[0];
      if (!file) throw new Error('restore needs the backup FILE');
      const check = checkBackupFile(path.resolve(file), latestSchemaVersion());
      if (!check.ok) {
        console.error(`Not restored: ${file} ${check.reason === 'newer_schema' ? 'was made by a newer version of Garage Desk' : check.reason === 'integrity' ? 'failed the integrity check' : 'is not a Garage Desk database'}${check.detail ? ` (${check.detail})` : ''}. Nothing was changed.`);
        return 1;
      }
      fs.mkdirSync(dataDir, { recursive: true });
      const kept = replaceDatabaseFile(dbFile, path.resolve(file));
      console.log(`Restored ${file} (schema ${check.schemaVersion}) into ${dbFile}.${kept ? ` The previous database is kept as ${kept}.` : ''}`);
      return 0;
    }
    case 'print': {
      const kind = rest[0] as DocumentKind;
      if (!documentKinds.includes(kind)) throw new Error(`print needs one of: ${documentKinds.join(', ')}`);
      if (kind === 'trip-sheet' ? !values.item : !values.number) throw new Error(kind === 'trip-sheet' ? 'print trip-sheet needs --item' : 'print needs --number');
      if (!values.out) throw new Error('print needs --out');
      const lang = values.lang === 'en' ? 'en' : 'ru';
      const backend = await openBackend({ dataDir });
      try {
        const target = printTarget(backend.db.$client, kind, values.number, values.item);
        const result = await backend.callAsync('print.document', { kind, ...target, lang }, lang);
        if (!result.ok) throw new Error(result.error.message);
        const { pdfBase64 } = result.data as { pdfBase64: string };
        fs.writeFileSync(path.resolve(values.out), Buffer.from(pdfBase64, 'base64'));
        console.log(`Written ${path.resolve(values.out)}`);
      } finally {
        backend.close();
      }
      return 0;
    }
    case 'sync':
      return syncCommand(dataDir, rest[0], values);
    case 'serve':
      await serve(dataDir, { port: Number(values.port), host: values.host!, token: values.token });
      return 0;
    default:
      console.log(usage);
      return commandName && !values.help ? 1 : 0;
  }
}

async function syncCommand(dataDir: string, sub: string | undefined, values: { server?: string; code?: string; name?: string }): Promise<number> {
  const backend = await openBackend({ dataDir });
  try {
    const run = async (method: string, input: unknown) => {
      const result = await backend.callAsync(method, input, 'en');
      if (!result.ok) {
        console.error(result.error.message);
        return null;
      }
      return result.data;
    };
    let data: unknown;
    if (sub === 'enrol') {
      if (!values.server || !values.code) throw new Error('sync enrol needs --server URL and --code CODE');
      data = await run('sync.enrol', { serverUrl: values.server, code: values.code, deskName: values.name });
    } else if (sub === 'now') {
      data = await run('sync.now', {});
    } else if (sub === 'status') {
      data = await run('sync.status', {});
    } else throw new Error('sync needs one of: enrol, now, status');
    if (data === null) return 1;
    console.log(JSON.stringify(data, null, 2));
    return 0;
  } finally {
    backend.close();
  }
}

/** What `print` prints from: the deal by its number, the rental item by its id, else the work order by its number. */
function printTarget(sqlite: Db['$client'], kind: DocumentKind, number: string | undefined, item: string | undefined): PrintTarget {
  if (kind === 'trip-sheet') return { itemId: item };
  if (kind === 'rental-proposal') {
    const deal = sqlite.prepare('SELECT id FROM rental_deals WHERE number = ? AND deleted_at IS NULL').pluck().get(number) as string | undefined;
    if (!deal) throw new Error(`No rental deal number ${number}`);
    return { dealId: deal };
  }
  const order = sqlite.prepare('SELECT id FROM work_orders WHERE number = ? AND deleted_at IS NULL').pluck().get(number) as string | undefined;
  if (!order) throw new Error(`No work order number ${number}`);
  if (kind !== 'invoice') return { workOrderId: order };
  const invoiceId = sqlite.prepare('SELECT id FROM invoices WHERE work_order_id = ? AND deleted_at IS NULL AND cancelled_at IS NULL ORDER BY id DESC LIMIT 1').pluck().get(order) as string | undefined;
  if (!invoiceId) throw new Error(`Work order ${number} has no invoice`);
  return { workOrderId: order, invoiceId };
}

export async function serve(dataDir: string, opts: { port: number; host: string; token?: string }): Promise<void> {
  const backend = await openBackend({ dataDir, backgroundSync: true });
  const token = opts.token ?? randomBytes(18).toString('base64url');
  const server = createHttpServer({ backend, token, host: opts.host, port: opts.port, staticDir: staticDirFor(appRoot()) });
  const port = await listen(server, opts.port, opts.host);
  const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  console.log(`Garage Desk is running: http://${shown}:${port}/#token=${token}`);
  console.log(`Data: ${backend.dbFile}. Press Ctrl+C to stop.`);
  const stop = () => {
    server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

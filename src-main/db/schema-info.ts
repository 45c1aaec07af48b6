import type { Db } from './open';

// What the database's schema holds, looked up once per connection: the schema only changes
// when migrations run, and they run when the file is opened, before anything asks.

const tablesCache = new WeakMap<Db['$client'], string[]>();
const columnsCache = new WeakMap<Db['$client'], Map<string, Set<string>>>();

/** Every table of the database (SQLite's own left out). */
export function tableNames(db: Db): string[] {
  let names = tablesCache.get(db.$client);
  if (!names) {
    names = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    tablesCache.set(db.$client, names);
  }
  return names;
}

/** The table's real columns (empty for a table that does not exist). */
export function tableColumns(db: Db, table: string): Set<string> {
  let tables = columnsCache.get(db.$client);
  if (!tables) columnsCache.set(db.$client, (tables = new Map()));
  let columns = tables.get(table);
  if (!columns) {
    const info = db.$client.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[];
    tables.set(table, (columns = new Set(info.map((c) => c.name))));
  }
  return columns;
}

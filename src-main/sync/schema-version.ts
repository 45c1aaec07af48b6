import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDir } from '../paths';

const versions = new Map<string, string>();

/**
 * The desk's schema version: the tag of its newest SQL migration ("0012_item_search_fts").
 * Desks and the server must agree on it before they exchange changes. Read once per folder:
 * the migrations a running program ships do not change.
 */
export function schemaVersion(folder: string = migrationsDir()): string {
  let version = versions.get(folder);
  if (version === undefined) versions.set(folder, (version = readSchemaVersion(folder)));
  return version;
}

function readSchemaVersion(folder: string): string {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.at(-1);
  if (!last) throw new Error(`No migrations in ${folder}`);
  return last.tag;
}

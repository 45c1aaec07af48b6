import { searchStatements } from './search.sql';
import { prepared } from '../db/prepared';
import { escapeLike } from '../db/like';
import type { Db } from '../db/open';
import { foldText } from '../validation/text';
import { phoneSearchDigits, queryDigits } from '../validation/phone';
import { toLatinLookalikes, plateSearchKey } from '../validation/plate';

/**
 * Customer search over one text document per customer: folded name, phone digits (in both
 * +7 and 8 forms), e-mail, ИНН, plates in Latin look-alikes (so Cyrillic А matches Latin A)
 * and VINs. A trigram FTS5 index finds any fragment of 3+ characters; shorter fragments
 * filter with LIKE on the same documents.
 */
export function searchDocBody(customer: { name: string; phones: string[]; email: string | null; inn: string | null }, cars: { plate: string | null; vin: string | null }[]): string {
  const parts = [foldText(customer.name), ...customer.phones.flatMap(phoneSearchDigits)];
  if (customer.email) parts.push(customer.email.toLowerCase());
  if (customer.inn) parts.push(customer.inn);
  for (const car of cars) {
    if (car.plate) parts.push(plateSearchKey(car.plate));
    if (car.vin) parts.push(car.vin.toLowerCase());
  }
  return parts.join(' | ');
}

/** Rewrites one customer's search document; called by every write that touches its inputs. */
export function refreshSearchDoc(db: Db, customerId: string): void {
  const sqlite = db.$client;
  // Prepared once per connection, and an unchanged document is left alone (its index too): a
  // sync refreshes thousands.
  const customer = prepared(sqlite, 'SELECT name, phones, email, inn, deleted_at FROM customers WHERE id = ?').get(customerId) as
    | { name: string; phones: string; email: string | null; inn: string | null; deleted_at: string | null }
    | undefined;
  if (!customer || customer.deleted_at) {
    prepared(sqlite, 'DELETE FROM customer_search_docs WHERE customer_id = ?').run(customerId);
    return;
  }
  const cars = prepared(sqlite, 'SELECT plate, vin FROM vehicles WHERE customer_id = ? AND deleted_at IS NULL').all(customerId) as { plate: string | null; vin: string | null }[];
  prepared(sqlite, 'INSERT INTO customer_search_docs (customer_id, body) VALUES (?, ?) ON CONFLICT(customer_id) DO UPDATE SET body = excluded.body WHERE customer_search_docs.body IS NOT excluded.body').run(
    customerId,
    searchDocBody({ ...customer, phones: JSON.parse(customer.phones) as string[] }, cars),
  );
}

type Term = { variants: string[]; short: boolean };

/** Splits what the user typed into terms, each with the spellings it may have in the index. */
export function parseQuery(q: string): Term[] {
  const terms: Term[] = [];
  for (const raw of q.trim().split(/\s+/)) {
    if (!raw) continue;
    const variants = new Set<string>();
    const folded = foldText(raw);
    // A term of digits and phone punctuation ("+7 (916", "916-12") is matched by its digits.
    if (/^[\d\s()+\-.]+$/.test(raw)) {
      const digits = queryDigits(raw);
      if (digits) variants.add(digits.length === 11 && digits.startsWith('8') ? `7${digits.slice(1)}` : digits);
    } else {
      variants.add(folded);
      variants.add(toLatinLookalikes(folded));
    }
    const list = [...variants].filter(Boolean);
    if (list.length) terms.push({ variants: list, short: list.every((v) => [...v].length < 3) });
  }
  return terms;
}

function ftsPhrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The search statement for a query. Exposed (with its parameters) so the benchmark can
 * time the very same SQL without the API around it, and a test can check its plan.
 */
export function searchSql(q: string, limit: number, suppliersOnly = false): { sql: string; params: unknown[] } | null {
  const terms = parseQuery(q);
  if (!terms.length) return null;
  const long = terms.filter((t) => !t.short);
  const short = terms.filter((t) => t.short);
  const params: unknown[] = [];
  const where: string[] = [];
  let from = 'customer_search_docs d';
  if (long.length) {
    from = 'customer_search f JOIN customer_search_docs d ON d.doc_id = f.rowid';
    where.push('customer_search MATCH ?');
    params.push(long.map((t) => `(${t.variants.map(ftsPhrase).join(' OR ')})`).join(' AND '));
  }
  for (const t of short) {
    where.push(`(${t.variants.map(() => "d.body LIKE ? ESCAPE '\\'").join(' OR ')})`);
    params.push(...t.variants.map((v) => `%${escapeLike(v)}%`));
  }
  if (suppliersOnly) where.push('d.customer_id IN (SELECT id FROM customers WHERE is_supplier = 1 AND deleted_at IS NULL)');
  params.push(limit);
  return { sql: `SELECT d.customer_id AS id FROM ${from} WHERE ${where.join(' AND ')} LIMIT ?`, params };
}

const byName = new Intl.Collator('ru');

export type SearchItem = {
  id: string;
  kind: 'person' | 'company';
  name: string;
  phones: string[];
  vehicles: { id: string; plate: string | null; vin: string | null; make: string; model: string }[];
};

export function searchCustomers(db: Db, q: string, limit = 20, suppliersOnly = false): { items: SearchItem[] } {
  const sqlite = db.$client;
  const statement = searchSql(q, limit, suppliersOnly);
  // Nothing typed: the most recently added customers (UUIDv7 ids sort by creation time).
  const ids = statement
    ? (prepared(sqlite, statement.sql).pluck().all(...statement.params) as string[])
    : (prepared(sqlite, suppliersOnly ? searchStatements.newestSupplierIds : searchStatements.newestCustomerIds).pluck().all(limit) as string[]);
  if (!ids.length) return { items: [] };
  const idList = JSON.stringify(ids);
  const rows = prepared(sqlite, searchStatements.customersByIds).all(idList) as (Omit<SearchItem, 'phones' | 'vehicles'> & { phones: string })[];
  const cars = prepared(sqlite, searchStatements.vehiclesOfCustomers).all(idList) as (SearchItem['vehicles'][number] & { customerId: string })[];
  const byId = new Map<string, SearchItem>(rows.map((r) => [r.id, { ...r, phones: JSON.parse(r.phones) as string[], vehicles: [] }]));
  for (const { customerId, ...car } of cars) byId.get(customerId)?.vehicles.push(car);
  const items = ids.map((id) => byId.get(id)).filter((x): x is SearchItem => !!x);
  if (statement) items.sort((a, b) => byName.compare(a.name, b.name));
  return { items };
}

/**
 * Rebuilds every search document when the index does not match the live customers (a new
 * index over old data after a migration, or a restore of an old backup). A count per start-up
 * is cheap; the rebuild runs only when needed.
 */
export function ensureSearchIndex(db: Db): number {
  const sqlite = db.$client;
  const live = (sqlite.prepare('SELECT count(*) AS n FROM customers WHERE deleted_at IS NULL').get() as { n: number }).n;
  const docs = (sqlite.prepare('SELECT count(*) AS n FROM customer_search_docs').get() as { n: number }).n;
  if (live === docs) return 0;
  const ids = sqlite.prepare('SELECT id FROM customers WHERE deleted_at IS NULL').pluck().all() as string[];
  sqlite.transaction(() => {
    sqlite.prepare('DELETE FROM customer_search_docs').run();
    for (const id of ids) refreshSearchDoc(db, id);
  })();
  return ids.length;
}

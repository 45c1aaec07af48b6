import type { ServerDb } from './db';
import type { Desk } from './rules';

/** What every handler gets: the database, the server's clock and version, the parsed request. */
export interface Ctx {
  db: ServerDb;
  now: () => number;
  schemaVersion: string;
  body: unknown;
  query: unknown;
}

/** A request from an enrolled, not revoked workstation. */
export interface DeskCtx extends Ctx {
  desk: Desk;
  /** The log's last seq when the request was signed in (read with the token, auth.ts). */
  head: number;
}

/** An answer already in JSON, sent as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

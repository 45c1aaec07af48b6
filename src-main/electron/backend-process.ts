// The back end's home in the desktop app: an Electron utility process started by main.ts.
// better-sqlite3 is synchronous, so a slow query blocks whichever process runs it; here it
// blocks only this one, never the window or the main process that draws it.
import type { MessageEvent } from 'electron';
import { openBackend } from '../backend';
import { translate, pickLocale } from '../i18n/messages';
import type { ApiResult } from '../api/errors';

/**
 * What main.ts sends: first the key that seals the head-office token (base64, or null when the
 * operating system keeps no secrets), then API calls, and the request to close the database
 * before quitting.
 */
export type BackendRequest = { tokenKey: string | null } | { id: number; method: string; input: unknown; locale?: string } | { close: true };
/** What this process answers to a call, matched by `id`. */
export type BackendReply = { id: number; result: ApiResult };

// main.ts always sets these: the data folder, and GARAGE_DESK_ROOT (read by src-main/paths.ts
// to find migrations/ and package.json inside the app bundle). GARAGE_DESK_SQLITE_BINDING is
// set by `npm start` only: the Electron build of better-sqlite3, kept apart from the Node
// build that the tests use. A packaged app has the Electron build in node_modules.
const dataDir = process.env.GARAGE_DESK_DATA;
if (!dataDir || !process.env.GARAGE_DESK_ROOT) throw new Error('GARAGE_DESK_DATA and GARAGE_DESK_ROOT must be set by the main process');

let keyArrived: (key: Buffer | undefined) => void = () => undefined;
const opening = new Promise<Buffer | undefined>((resolve) => (keyArrived = resolve)).then((tokenKey) =>
  openBackend({ dataDir, backgroundSync: true, nativeBinding: process.env.GARAGE_DESK_SQLITE_BINDING || undefined, tokenKey }),
);
// Logged once here; every call then answers with an 'internal' error instead of hanging.
opening.catch((e: unknown) => console.error('[backend] could not open the database in', dataDir, e));

async function answer(method: string, input: unknown, locale: string | undefined): Promise<ApiResult> {
  try {
    return (await opening).callAsync(method, input, locale);
  } catch {
    return { ok: false, error: { code: 'internal', message: translate(pickLocale(locale), 'error.internal') } };
  }
}

process.parentPort.on('message', (event: MessageEvent) => {
  const request = event.data as BackendRequest;
  if ('tokenKey' in request) return keyArrived(request.tokenKey ? Buffer.from(request.tokenKey, 'base64') : undefined);
  if ('close' in request) {
    // Closing checkpoints the WAL, so the .sqlite file alone is a complete copy afterwards.
    void opening
      .then((backend) => backend.close())
      .catch(() => undefined)
      .finally(() => process.exit(0));
    return;
  }
  void answer(request.method, request.input, request.locale).then((result) => {
    const reply: BackendReply = { id: request.id, result };
    process.parentPort.postMessage(reply);
  });
});

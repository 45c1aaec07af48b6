// The Electron main process, kept thin: one window, the app:// protocol that serves the
// built renderer, and a relay between the renderer and the back end. The back end itself
// (src-main/backend.ts, the same one `npm run serve` and the CLI use) runs elsewhere; see
// startBackend().
import { app, ipcMain, protocol, safeStorage, screen, session, shell, utilityProcess, type BrowserWindow, type Rectangle, type UtilityProcess } from 'electron';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApiResult } from '../api/errors';
import { translate, pickLocale } from '../i18n/messages';
import type { BackendReply, BackendRequest } from './backend-process';
import { appHost, appOrigin, appScheme, createSecureWindow, enableSandbox, hardenAllWebContents, hardenSession, isAppUrl, responseHeaders } from './security';

// Set before anything reads userData (the single-instance lock lives there): in development
// the name would otherwise be the npm name "garage-desk", and the data folder must be the
// one src-main/paths.ts defaultDataDir() computes, so the CLI and the app share one file.
app.setName('Garage Desk');
app.setPath('userData', path.join(app.getPath('appData'), 'Garage Desk'));

// The folder holding package.json, migrations/ and build/: the project in development,
// resources/app.asar when packaged (Electron's fs reads inside asar transparently).
const appRoot = app.getAppPath();
const rendererDir = path.join(appRoot, 'build', 'renderer-electron');
const dataDir = process.env.GARAGE_DESK_DATA || app.getPath('userData');

// ---------------------------------------------------------------------------------------
// The back end in a utility process.
//
// better-sqlite3 is synchronous: a long report or a migration blocks the thread it runs on.
// In the main process that would freeze every window (the main process drives input and
// painting), so the database lives in an Electron utilityProcess, a Node process the main
// process starts and talks to by message. Unlike child_process.fork it needs no
// ELECTRON_RUN_AS_NODE (which the packaged app's fuses turn off) and shows up in the app's
// own process metrics. A worker thread would also free the UI, but a crash in native code
// (SQLite) would then take down the main process; here it only ends this child, which the
// next call restarts.

let backend: UtilityProcess | undefined;
let quitting = false;
let nextId = 1;
const pending = new Map<number, { resolve: (result: ApiResult) => void; locale?: string }>();

function internalError(locale: string | undefined): ApiResult {
  return { ok: false, error: { code: 'internal', message: translate(pickLocale(locale), 'error.internal') } };
}

function startBackend(): UtilityProcess {
  const child = utilityProcess.fork(path.join(appRoot, 'build', 'electron', 'backend-process.cjs'), [], {
    serviceName: 'Garage Desk back end',
    // GARAGE_DESK_ROOT: src-main/paths.ts otherwise derives the root from import.meta.url,
    // which is meaningless inside the CommonJS bundle.
    env: { ...process.env, GARAGE_DESK_ROOT: appRoot, GARAGE_DESK_DATA: dataDir },
    stdio: 'inherit',
  });
  const keyRequest: BackendRequest = { tokenKey: tokenKey() };
  child.postMessage(keyRequest);
  child.on('message', (reply: BackendReply) => {
    pending.get(reply.id)?.resolve(reply.result);
    pending.delete(reply.id);
  });
  child.on('exit', (code) => {
    if (backend === child) backend = undefined;
    if (!quitting) console.error(`[main] the back end stopped (exit code ${code})`);
    // Calls in flight will never be answered: the user sees the usual "nothing was saved".
    for (const call of pending.values()) call.resolve(internalError(call.locale));
    pending.clear();
  });
  return child;
}

/**
 * The key that seals the head-office token in the database (src-main/sync/sealed-token.ts),
 * itself kept encrypted by the operating system (safeStorage) in token-key.bin beside the
 * database: a copied data folder or backup opens nowhere else. Null when the system offers no
 * encryption (the token is then stored as it is).
 */
function tokenKey(): string | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  const file = path.join(dataDir, 'token-key.bin');
  if (fs.existsSync(file)) {
    try {
      return safeStorage.decryptString(fs.readFileSync(file));
    } catch (e) {
      console.error('[main] the token key cannot be opened on this computer; enrol again in Settings → Sync', e);
      return null;
    }
  }
  const key = randomBytes(32).toString('base64');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, safeStorage.encryptString(key), { mode: 0o600 });
  return key;
}

function callBackend(method: string, input: unknown, locale: string | undefined): Promise<ApiResult> {
  if (quitting) return Promise.resolve(internalError(locale));
  backend ??= startBackend();
  const id = nextId++;
  const request: BackendRequest = { id, method, input, locale };
  return new Promise((resolve) => {
    pending.set(id, { resolve, locale });
    backend!.postMessage(request);
  });
}

/** Asks the back end to close the database (a clean WAL checkpoint), waiting at most 3 s. */
function stopBackend(): Promise<void> {
  const child = backend;
  if (!child) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve();
    }, 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    const request: BackendRequest = { close: true };
    child.postMessage(request);
  });
}

// The renderer's one channel. Only our own page may use it: a frame from anywhere else (there
// should be none; security.ts blocks navigation) is refused before anything reaches the data.
ipcMain.handle('api:call', (event, method: unknown, input: unknown, locale: unknown) => {
  if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) throw new Error('api:call refused: not the Garage Desk page');
  const lang = typeof locale === 'string' ? locale : undefined;
  // The back end validates the input; the method name must at least be a string to route.
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'unknown_method', message: translate(pickLocale(lang), 'error.unknown_method', { method: String(method) }) } };
  }
  return callBackend(method, input, lang);
});

// Printing. The page may open no windows, and Electron's own PDF viewer cannot print, so a
// document to print (the page's PDF, from the back end) opens in the computer's PDF viewer,
// from a folder of its own under the system's temporary folder. Answers false when it could not.
const MAX_PDF_BASE64 = 64 * 1024 * 1024;

ipcMain.handle('pdf:open', async (event, fileName: unknown, pdfBase64: unknown) => {
  if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) throw new Error('pdf:open refused: not the Garage Desk page');
  if (typeof fileName !== 'string' || typeof pdfBase64 !== 'string' || pdfBase64.length > MAX_PDF_BASE64) return false;
  const bytes = Buffer.from(pdfBase64, 'base64');
  // Only a PDF, under a plain name of its own: nothing else is written or opened.
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return false;
  const name = path.basename(fileName).replace(/\.pdf$/i, '').replace(/[^\p{L}\p{N} ._-]+/gu, '_').slice(0, 100) || 'document';
  try {
    await fs.promises.mkdir(path.join(app.getPath('temp'), 'Garage Desk'), { recursive: true });
    const dir = await fs.promises.mkdtemp(path.join(app.getPath('temp'), 'Garage Desk', 'print-'));
    const file = path.join(dir, `${name}.pdf`);
    await fs.promises.writeFile(file, bytes);
    return (await shell.openPath(file)) === '';
  } catch (e) {
    console.error('[main] a document could not be opened for printing', e);
    return false;
  }
});

// ---------------------------------------------------------------------------------------
// The renderer over app://garage-desk/.
//
// A standard, secure scheme gives the page a real origin: the CSP's 'self', fetch and
// history routing behave as on the web, and nothing is granted the broad powers file://
// pages get. Must be registered before the app is ready. corsEnabled: Vite emits
// <script type="module" crossorigin>, a CORS-mode request, which Chromium refuses for
// schemes not on its CORS list; other origins still cannot read our responses, which carry
// no Access-Control-Allow-Origin.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
]);

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: responseHeaders });
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Maps a request to a file inside rendererDir; undefined for anything outside it. */
function rendererFile(requestUrl: string): string | undefined {
  const url = new URL(requestUrl);
  if (url.host !== appHost) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  // URL parsing removes plain "..", but an encoded one ("%2e%2e%2f", or a backslash on
  // Windows) only appears after decoding, so the resolved path is checked, not the URL.
  const file = path.resolve(rendererDir, `.${pathname}`);
  const inside = path.relative(rendererDir, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  if (isFile(file)) return file;
  // Client-side routes (/work-orders/42) have no file: serve the app shell, as the HTTP
  // server does. A missing asset (a name with an extension) stays a 404 so it shows up.
  return path.extname(pathname) === '' ? path.join(rendererDir, 'index.html') : undefined;
}

async function serveRenderer(request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405, headers: responseHeaders });
  const file = rendererFile(request.url);
  if (!file) return notFound();
  let body: Uint8Array<ArrayBuffer>;
  try {
    // Copied into a plain Uint8Array: the web Response type does not accept a Node Buffer.
    body = new Uint8Array(await fs.promises.readFile(file));
  } catch {
    return notFound();
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    headers: {
      ...responseHeaders,
      'Content-Type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    },
  });
}

// ---------------------------------------------------------------------------------------
// The window, at the size and place the user left it.

type WindowState = { x?: number; y?: number; width: number; height: number; maximized: boolean };
const windowStateFile = path.join(app.getPath('userData'), 'window-state.json');
const defaultWindowState: WindowState = { width: 1280, height: 800, maximized: false };

// A monitor unplugged since last time would otherwise leave the window off-screen.
function onSomeDisplay(b: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea: a }) => b.x < a.x + a.width && b.x + b.width > a.x && b.y < a.y + a.height && b.y + b.height > a.y);
}

function loadWindowState(): WindowState {
  let saved: WindowState;
  try {
    saved = JSON.parse(fs.readFileSync(windowStateFile, 'utf8')) as WindowState;
  } catch {
    return defaultWindowState;
  }
  if (!(saved.width > 0 && saved.height > 0)) return defaultWindowState;
  const { x, y, width, height } = saved;
  if (x === undefined || y === undefined || onSomeDisplay({ x, y, width, height })) return saved;
  return { ...saved, x: undefined, y: undefined };
}

function saveWindowState(win: BrowserWindow): void {
  // Normal bounds, so a maximised window comes back maximised over the right-sized one.
  const bounds: Rectangle = win.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: win.isMaximized() };
  try {
    fs.mkdirSync(path.dirname(windowStateFile), { recursive: true });
    fs.writeFileSync(windowStateFile, JSON.stringify(state));
  } catch (e) {
    console.error('[main] could not save the window position', e);
  }
}

function createWindow(): BrowserWindow {
  const state = loadWindowState();
  const options = {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    title: 'Garage Desk',
    // Shown once painted, so the user never sees a blank white frame.
    show: false,
  };
  const win = createSecureWindow(options, path.join(appRoot, 'build', 'electron', 'preload.cjs'));
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveWindowState(win));
  void win.loadURL(`${appOrigin}/`);
  return win;
}

// ---------------------------------------------------------------------------------------
// Start-up. One instance only: two would be two back ends writing one database file, and
// a second double-click usually means "where is my window?".

function start(): void {
  enableSandbox();
  hardenAllWebContents();
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(appScheme, serveRenderer);
    // Started now rather than on the first call: opening and migrating the database then
    // overlaps with the renderer loading.
    backend = startBackend();
    mainWindow = createWindow();
  });

  // One window is the whole app, so closing it quits, on macOS as well.
  app.on('window-all-closed', () => app.quit());

  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    if (!backend) return;
    event.preventDefault();
    void stopBackend().then(() => app.quit());
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();

// Every security setting of the Electron shell, in one file, so a review reads one page.
// The renderer is our own code, but it shows customer-typed text (names, notes, VINs): if
// that text ever slipped into the page as markup, these settings are what keeps it from
// reaching the file system, the network or the back end outside the one API channel.
import { app, BrowserWindow, shell, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';

/** The renderer is served from here (see main.ts), never from file:// */
export const appScheme = 'app';
export const appHost = 'garage-desk';
export const appOrigin = `${appScheme}://${appHost}`;

// Mantine writes inline style attributes and <style> tags, hence 'unsafe-inline' for styles
// only. Scripts stay 'self': no inline script, no eval, no remote code.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response from our protocol carries. */
export const responseHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
};

/** True when `url` is a page of our app (and not, say, an external site in a frame). */
export function isAppUrl(url: string): boolean {
  try {
    // Node's URL gives origin "null" for non-special schemes, so compare the parts.
    const u = new URL(url);
    return u.protocol === `${appScheme}:` && u.host === appHost;
  } catch {
    return false;
  }
}

/** Called once, before the app is ready: every renderer runs in Chromium's sandbox. */
export function enableSandbox(): void {
  app.enableSandbox();
}

/**
 * The only place a window is made, so no window can be created with weaker settings. The
 * webPreferences stay a literal here (not a shared constant) so that static checkers such
 * as electronegativity can see them.
 */
export function createSecureWindow(options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      // The page and the preload get separate JavaScript worlds; the page sees only what
      // preload.ts passes through contextBridge.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise open links in a new window (denied anyway, see below).
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** Session-wide rules: the CSP header and no permissions (camera, notifications, …). */
export function hardenSession(session: Session): void {
  // The protocol handler already sends the CSP; this also covers any response that does not
  // come from it (e.g. an error page), and replaces a looser policy if one ever appears.
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  // A front-desk app needs no camera, microphone, geolocation, notifications or HID; asking
  // the user about them would only be a way for injected content to phish for consent.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

// Links to the outside world (a manufacturer's parts catalogue, our help pages) open in the
// user's browser; plain http and other schemes (file:, smb:, custom handlers) are refused,
// because the OS would hand them to whatever program claims them.
function openExternally(url: string): void {
  try {
    if (new URL(url).protocol === 'https:') void shell.openExternal(url);
  } catch {
    // not a URL: nothing to open
  }
}

/** Per-window rules: the page can never navigate away from the app or open new windows. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies the per-window rules to every web contents the app ever creates. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

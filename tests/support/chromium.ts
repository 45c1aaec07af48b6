/** Debian's Chromium, for the Playwright tests and the UI benchmark; never `npx playwright install`. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Headless, and without what a desktop browser does besides showing the page: no network of its
 * own (this machine has none), and none of the browser's own UI. Chromium builds its address-bar
 * popup as a web page of its own (WebUIOmniboxPopup), preloaded in a renderer of its own for every
 * new window: on a small machine that renderer takes a core while the app's page draws. Electron,
 * where the app really runs, has no address bar.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=WebUIOmniboxPopup,PreloadTopChromeWebUI',
];

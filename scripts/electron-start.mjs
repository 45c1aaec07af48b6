// `npm start`: builds the app, makes sure better-sqlite3 exists for Electron, and runs it.
// Arguments after `npm start --` go to Electron. GARAGE_DESK_DATA picks another data folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildElectron } from './build-electron.mjs';
import { buildElectronNative } from './electron-native.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** The Electron binary's path, or undefined when its download never happened. */
function electronBinary() {
  try {
    // The electron package exports the path of the binary its install script downloaded,
    // and throws when there is none.
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

// Checked first, so a missing binary is reported before a minute of building.
const electron = electronBinary();
if (!electron) {
  console.error(
    [
      'The Electron binary is not installed (node_modules/electron has no dist/ folder).',
      'It is downloaded when the electron package installs; with internet access run',
      '  node node_modules/electron/install.js',
      'or reinstall the dependencies. Without it, the same app runs in a browser:',
      '  npm run serve',
    ].join('\n'),
  );
  process.exit(1);
}

let binding;
try {
  await buildElectron();
  binding = buildElectronNative();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE, if left over in the shell, would make Electron a plain Node.
const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
const child = spawn(electron, [root, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...env, GARAGE_DESK_SQLITE_BINDING: binding },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

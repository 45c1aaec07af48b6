// `npm run build:electron`: everything the Electron app loads, under build/.
//   build/renderer-electron/  the renderer, built by Vite in "electron" mode
//   build/electron/*.cjs      the main process, the preload and the back end's process
// `--main-only` skips the renderer (for work on the shell alone).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

export function buildRenderer() {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'electron', '--outDir', 'build/renderer-electron'],
    { cwd: root, stdio: 'inherit' },
  );
}

const common = {
  absWorkingDir: root,
  outdir: 'build/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 41 ships Node 24 and a recent Chromium; node22 keeps the output unlowered.
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'info',
};

export async function buildMain() {
  await build({
    ...common,
    entryPoints: { main: 'src-main/electron/main.ts', 'backend-process': 'src-main/electron/backend-process.ts' },
    // better-sqlite3 loads a native .node file, which cannot be bundled: it is found in
    // node_modules (unpacked from asar when packaged) or at GARAGE_DESK_SQLITE_BINDING.
    external: ['electron', 'better-sqlite3'],
    // src-main is ES modules and src-main/paths.ts reads import.meta.url at load time; in a
    // CommonJS bundle import.meta is empty and fileURLToPath(undefined) would throw. Give it
    // the bundle's own URL. (The real root comes from GARAGE_DESK_ROOT, set by main.ts.)
    define: { 'import.meta.url': '__garageDeskImportMetaUrl', 'import.meta.dirname': '__dirname' },
    banner: { js: "const __garageDeskImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // Built alone: a sandboxed preload may require nothing but 'electron' and has no
  // __filename, so it must not get the banner above.
  await build({ ...common, entryPoints: { preload: 'src-main/electron/preload.ts' } });
}

export async function buildElectron({ mainOnly = false } = {}) {
  if (!mainOnly) buildRenderer();
  await buildMain();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await buildElectron({ mainOnly: process.argv.includes('--main-only') });
  } catch {
    // Vite and esbuild have already printed what went wrong.
    process.exit(1);
  }
}

// Builds better-sqlite3 for Electron's ABI into .electron-native/<electron version>/.
//
// Electron embeds its own Node with a different ABI, so node_modules/better-sqlite3 (built
// for the system Node, which the tests and the CLI need) cannot load there. Rebuilding it in
// place would break those; instead a copy of the package is built in a temporary folder and
// only the resulting .node file is kept. main.ts hands its path to the back end through
// GARAGE_DESK_SQLITE_BINDING. Needs the internet the first time (a prebuilt binary from
// GitHub, or Electron's headers to compile), then it is a no-op.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const modules = path.join(root, 'node_modules');

function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(modules, 'electron', 'package.json'), 'utf8')).version;
}

/** The Electron build's path: `.electron-native/<version>/better_sqlite3.node`. */
export function electronNativePath(version = electronVersion()) {
  return path.join(root, '.electron-native', version, 'better_sqlite3.node');
}

function run(script, args, cwd) {
  execFileSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit' });
}

export function buildElectronNative() {
  const version = electronVersion();
  const target = electronNativePath(version);
  if (fs.existsSync(target)) return target;

  console.log(`Building better-sqlite3 for Electron ${version}…`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'garage-desk-sqlite-'));
  const pkg = path.join(work, 'better-sqlite3');
  try {
    // Without build/: that holds the Node binary, and a stale one must not be picked up.
    const source = path.join(modules, 'better-sqlite3');
    fs.cpSync(source, pkg, { recursive: true, filter: (file) => path.relative(source, file) !== 'build' });
    const arch = `--arch=${process.arch}`;
    try {
      run(path.join(modules, 'prebuild-install', 'bin.js'), ['--runtime=electron', `--target=${version}`, arch, '--verbose'], pkg);
    } catch {
      console.log('No prebuilt binary; compiling with node-gyp (needs a C++ toolchain and Python)…');
      run(
        path.join(modules, 'node-gyp', 'bin', 'node-gyp.js'),
        ['rebuild', '--release', '--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers', arch],
        pkg,
      );
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), target);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(buildElectronNative());
  } catch (e) {
    console.error(`Could not build better-sqlite3 for Electron: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}

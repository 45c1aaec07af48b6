import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository (or packaged app) root: where migrations/ and build/ live. */
export function appRoot(): string {
  return process.env.GARAGE_DESK_ROOT ?? path.resolve(here, '..');
}

export function migrationsDir(): string {
  return path.join(appRoot(), 'migrations');
}

export function rendererDir(): string {
  return path.join(appRoot(), 'build', 'renderer');
}

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for
 * "Garage Desk", so the CLI and the desktop app work on the same file.
 */
export function defaultDataDir(): string {
  if (process.env.GARAGE_DESK_DATA) return process.env.GARAGE_DESK_DATA;
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Garage Desk');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Garage Desk');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Garage Desk');
}

export function dataFiles(dataDir: string) {
  return {
    dbFile: path.join(dataDir, 'garage-desk.sqlite'),
    backupsDir: path.join(dataDir, 'backups'),
  };
}

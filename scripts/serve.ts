// `npm run serve`: browser mode. Builds the renderer when it is missing or older than its
// sources, then starts the same back end in plain Node (see src-main/cli).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli } from '../src-main/cli/main';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'build', 'renderer', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newestMtime(path.join(root, 'src-renderer'))) {
  console.log('Building the renderer…');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
}

runCli(['serve', ...process.argv.slice(2)]).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});

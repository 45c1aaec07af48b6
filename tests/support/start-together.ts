import fs from 'node:fs';
import path from 'node:path';

/**
 * A start line for racing processes: each marks itself ready in `dir`, then waits until all
 * `count` are, so that the race really overlaps however slowly each one started.
 */
export async function startTogether(dir: string, name: string, count: number): Promise<void> {
  fs.writeFileSync(path.join(dir, `ready-${name}`), '');
  const deadline = Date.now() + 60_000;
  while (fs.readdirSync(dir).filter((f) => f.startsWith('ready-')).length < count) {
    if (Date.now() > deadline) throw new Error('the other racers never came');
    await new Promise((r) => setTimeout(r, 5));
  }
}

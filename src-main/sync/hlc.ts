/**
 * Hybrid logical clock (see docs/sync.md): "<wall ms, 13 digits>-<counter, 4 digits>-<node>".
 * Plain string comparison orders two stamps; a clock never goes backwards, even when the wall
 * clock does, and moves past every stamp it has received.
 */
export type Hlc = string;

const pattern = /^(\d{13})-(\d{4})-([A-Za-z0-9_-]{1,64})$/;

export function parseHlc(hlc: string): { ms: number; counter: number; node: string } | null {
  const m = pattern.exec(hlc);
  return m ? { ms: Number(m[1]), counter: Number(m[2]), node: m[3] } : null;
}

export function formatHlc(ms: number, counter: number, node: string): Hlc {
  return `${String(ms).padStart(13, '0')}-${String(counter).padStart(4, '0')}-${node}`;
}

export class HlcClock {
  private ms = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new stamp for a local write. */
  tick(): Hlc {
    const wall = this.now();
    if (wall > this.ms) {
      this.ms = wall;
      this.counter = 0;
    } else this.counter++;
    if (this.counter > 9999) {
      this.ms++;
      this.counter = 0;
    }
    return formatHlc(this.ms, this.counter, this.node);
  }

  /** Moves the clock past a stamp seen from elsewhere (or restored from disk). */
  observe(hlc: Hlc): void {
    const seen = parseHlc(hlc);
    if (!seen) return;
    if (seen.ms > this.ms || (seen.ms === this.ms && seen.counter > this.counter)) {
      this.ms = seen.ms;
      this.counter = seen.counter;
    }
  }
}

export type Span = { start: string; end: string };

/**
 * The closed time between `from` and `to`: everything outside the open intervals (which the
 * back end gives sorted, and which may touch). The calendar greys these out.
 */
export function closedBetween(open: Span[], from: string, to: string): Span[] {
  const closed: Span[] = [];
  let cursor = Date.parse(from);
  const end = Date.parse(to);
  for (const o of [...open].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    const s = Date.parse(o.start);
    const e = Date.parse(o.end);
    if (e <= cursor) continue;
    if (s > cursor) closed.push({ start: new Date(cursor).toISOString(), end: new Date(Math.min(s, end)).toISOString() });
    cursor = Math.max(cursor, e);
    if (cursor >= end) break;
  }
  if (cursor < end) closed.push({ start: new Date(cursor).toISOString(), end: new Date(end).toISOString() });
  return closed;
}

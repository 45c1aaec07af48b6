/** Text for a LIKE pattern with `ESCAPE '\'`: the user's % and _ match themselves. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

import { uuidv7 } from 'uuidv7';

// UUIDv7: globally unique without coordination (offline desks), and time-ordered so
// new rows land at the end of the primary-key index.
export function newId(): string {
  return uuidv7();
}

export function nowIso(): string {
  return new Date().toISOString();
}

import { defineConfig } from 'drizzle-kit';

// The head-office server's PostgreSQL schema (src-server/); the desks' SQLite one is drizzle.config.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src-server/schema.ts',
  out: './src-server/migrations',
});

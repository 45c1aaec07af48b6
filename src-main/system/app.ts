import { z } from 'zod';
import { query } from '../api/define';
import { appliedMigrations } from '../db/open';
import { appVersion } from './version';

export const systemApi = {
  'system.info': query('Version of the app and of the database schema.', z.object({}), (ctx) => ({
    version: appVersion(),
    schemaVersion: appliedMigrations(ctx.db.$client),
  })),
};

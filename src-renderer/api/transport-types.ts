import type { ApiResult } from '../../src-main/api/errors';

/** How the renderer reaches the back end; one implementation per platform (see vite.config.ts). */
export type Transport = (method: string, input: unknown, locale: string) => Promise<ApiResult>;

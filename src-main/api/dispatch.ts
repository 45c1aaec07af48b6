import { z } from 'zod';
import type { Db } from '../db/open';
import { AppError, type ApiResult, type ApiError } from './errors';
import { translate, isMessageKey, type Locale } from '../i18n/messages';
import type { Method } from './define';

const zodLocales = { en: z.locales.en(), ru: z.locales.ru() };

function translateField(locale: Locale, message: string, params: Record<string, string | number> = {}): string {
  return isMessageKey(message) ? translate(locale, message, params) : message;
}

function zodFields(locale: Locale, error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    if (!(key in fields)) fields[key] = translateField(locale, issue.message);
  }
  return fields;
}

function toApiError(locale: Locale, e: unknown): ApiError {
  if (e instanceof AppError) {
    const fields = e.fields ? Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, translateField(locale, v, e.params)])) : undefined;
    const key = e.messageKey && isMessageKey(e.messageKey) ? e.messageKey : (`error.${e.code}` as const);
    return { code: e.code, message: translate(locale, key, e.params), ...(fields ? { fields } : {}), ...(e.conflict ? { conflict: e.conflict } : {}) };
  }
  console.error('[api] unexpected error', e);
  return { code: 'internal', message: translate(locale, 'error.internal') };
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * One command in one IMMEDIATE transaction. When another desk's write holds the file longer
 * than the busy timeout, or SQLite answers BUSY at commit, the whole command (already rolled
 * back) is tried again a few times before the error reaches the user.
 */
function runCommand<T>(db: Db, fn: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return db.$client.transaction(fn).immediate();
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 5 || db.$client.inTransaction) throw e;
      Atomics.wait(pause, 0, 0, 20 * attempt);
    }
  }
}

/**
 * Runs one API method: validate the input against its zod schema, then run the handler
 * (commands inside one transaction, taken IMMEDIATE so that two desks writing at once queue
 * on the busy timeout instead of failing on a stale read snapshot). Never throws: every failure becomes an error result
 * in the caller's language, and a failed command leaves the database untouched.
 * A query may return a promise (rendering a PDF); its result is then a promise too. Commands
 * stay synchronous: a transaction cannot span an await.
 */
export function dispatch(methods: Record<string, Method>, db: Db, name: string, rawInput: unknown, locale: Locale): ApiResult | Promise<ApiResult> {
  const method = Object.hasOwn(methods, name) ? methods[name] : undefined;
  if (!method) return { ok: false, error: toApiError(locale, new AppError('unknown_method', { method: name })) };
  const parsed = method.input.safeParse(rawInput ?? {}, { error: zodLocales[locale].localeError });
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: translate(locale, 'error.invalid_input'), fields: zodFields(locale, parsed.error) } };
  }
  const ctx = { db, locale };
  try {
    const data = method.kind === 'command' ? runCommand(db, () => method.run(ctx, parsed.data)) : method.run(ctx, parsed.data);
    if (data instanceof Promise) {
      return data.then(
        (value: unknown): ApiResult => ({ ok: true, data: value }),
        (e: unknown): ApiResult => ({ ok: false, error: toApiError(locale, e) }),
      );
    }
    return { ok: true, data };
  } catch (e) {
    return { ok: false, error: toApiError(locale, e) };
  }
}

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type http from 'node:http';
import { tempBackend } from './backend';
import { createHttpServer, listen } from '../../src-main/transport/http';
import { api } from '../../src-main/api';

let server: http.Server;
let base: string;
const token = 'test-token';

beforeAll(async () => {
  const backend = await tempBackend();
  server = createHttpServer({ backend, token, host: '127.0.0.1', port: 0 });
  const port = await listen(server, 0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => server.close());

// Response bodies are checked field by field below; their static type does not matter here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (res: Response): Promise<any> => res.json();

function post(method: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}` }) {
  return fetch(`${base}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('HTTP transport', () => {
  it('answers health without a token', async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toEqual({ ok: true, data: { version: expect.any(String), schemaVersion: expect.any(Number) } });
  });

  it('refuses a missing or wrong token with 401', async () => {
    expect((await post('customers.search', { q: '' }, {})).status).toBe(401);
    const res = await post('customers.search', { q: '' }, { authorization: 'Bearer nope' });
    expect(res.status).toBe(401);
    expect((await json(res)).error.code).toBe('unauthorized');
  });

  it('runs a method and answers {ok, data}', async () => {
    const res = await post('customers.create', { kind: 'person', name: 'Тест Тестов', phones: ['+79160000001'] });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.ok).toBe(true);
    expect(body.data.id).toBeTruthy();
    const found = await json(await post('customers.search', { q: 'тестов' }));
    expect(found.data.items[0].id).toBe(body.data.id);
  });

  it('answers bad input with 400, field details, in the language asked for', async () => {
    const res = await post('customers.create', { kind: 'person', name: '', phones: ['1'] }, { authorization: `Bearer ${token}`, 'accept-language': 'ru-RU,ru;q=0.9' });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Проверьте поля формы.' } });
    expect(body.error.fields).toMatchObject({ name: 'Обязательное поле.', 'phones.0': 'Неверный номер телефона.' });
  });

  it('answers bad JSON, unknown methods and missing rows with 4xx', async () => {
    expect((await post('customers.create', '{not json')).status).toBe(400);
    expect((await post('customers.explode', {})).status).toBe(404);
    expect((await post('customers.get', { id: 'missing' })).status).toBe(404);
    expect((await post('customers.create', 'x'.repeat(2 * 1024 * 1024))).status).toBe(413);
  });

  it('publishes an OpenAPI 3.1 document covering every method', async () => {
    const res = await fetch(`${base}/api/openapi.json`);
    const doc = await json(res);
    expect(doc.openapi).toBe('3.1.0');
    for (const name of Object.keys(api)) expect(doc.paths[`/api/${name}`]?.post?.operationId).toBe(name);
    const create = doc.paths['/api/customers.create'].post.requestBody.content['application/json'].schema;
    expect(create.properties.kind.enum).toEqual(['person', 'company']);
    expect(create.required).toEqual(expect.arrayContaining(['kind', 'name', 'phones']));
  });
});

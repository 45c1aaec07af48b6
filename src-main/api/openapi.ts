import { z } from 'zod';
import type { Method } from './define';
import { errorCodes } from './errors';

/** OpenAPI 3.1 for the HTTP transport, generated from the same zod schemas the dispatcher uses. */
export function openApiDocument(methods: Record<string, Method>, version: string) {
  const paths: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(methods)) {
    paths[`/api/${name}`] = {
      post: {
        operationId: name,
        summary: method.summary,
        tags: [name.split('.')[0]],
        requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(method.input, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) } } },
        responses: {
          '200': { description: 'Done', content: { 'application/json': { schema: { $ref: '#/components/schemas/Ok' } } } },
          '4XX': { description: 'Refused: bad input, not found, conflict, or no token', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Garage Desk API', version, description: 'Every method takes a JSON body and answers {ok, data} or {ok: false, error}. Send Authorization: Bearer <token>; Accept-Language picks the language of error messages.' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths: {
      '/api/health': { get: { operationId: 'health', security: [], summary: 'App and schema version (no token needed).', responses: { '200': { description: 'Alive' } } } },
      ...paths,
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Ok: { type: 'object', required: ['ok', 'data'], properties: { ok: { const: true }, data: {} } },
        Error: {
          type: 'object',
          required: ['ok', 'error'],
          properties: {
            ok: { const: false },
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { enum: [...errorCodes] }, message: { type: 'string' }, fields: { type: 'object', additionalProperties: { type: 'string' } } },
            },
          },
        },
      },
    },
  };
}

import { z } from 'zod';
import { ApiError } from '../../shared/api/index.js';
import type { ApiOperation, OpenApiRegistry } from './openapi-registry.js';

type Json = Record<string, unknown>;

/** `:name` segments become OpenAPI `{name}` templates (OpenAPI 3.1 §4.8.8). */
export const toOpenApiPath = (expressPath: string): string => expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/**
 * The OpenAPI 3.1 document of every registered operation. Schemas come from the same zod
 * schemas the handlers parse with, through zod 4's `z.toJSONSchema` (JSON Schema 2020-12 is
 * OpenAPI 3.1's dialect), so the document cannot drift from the validation.
 */
export function buildOpenApiDocument(registry: OpenApiRegistry, opts: { serverUrl: string; version: string }): Json {
  const names = new Map(registry.schemas());
  if (![...names.values()].includes('Error')) names.set(ApiError, 'Error');
  const components: Json = {};
  const ref = (schema: z.ZodType, io: 'input' | 'output'): Json => {
    const name = names.get(schema);
    if (!name) return jsonSchema(schema, io);
    const key = io === 'input' ? `${name}Input` : name;
    components[key] ??= jsonSchema(schema, io);
    return { $ref: `#/components/schemas/${key}` };
  };
  const paths: Record<string, Json> = {};
  for (const op of registry.operations()) {
    const item = (paths[toOpenApiPath(op.path)] ??= {});
    item[op.method] = operation(op, ref);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Consentry API',
      version: opts.version,
      description: 'Management and companion API of a Consentry service. Errors are `{error, error_description, field?}`.',
    },
    servers: [{ url: opts.serverUrl }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (dashboard > API tokens).' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'consentry_session', description: 'Dashboard session.' },
        csrfHeader: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: 'Needed with the session cookie on writes.' },
      },
    },
  };
}

function operation(op: ApiOperation, ref: (s: z.ZodType, io: 'input' | 'output') => Json): Json {
  const parameters = [
    ...parametersOf(op.params, 'path'),
    ...parametersOf(op.query, 'query'),
  ];
  const responses: Json = {};
  for (const [status, r] of Object.entries(op.responses)) {
    responses[status] = r.schema
      ? { description: r.description, content: { 'application/json': { schema: ref(r.schema, 'output') } } }
      : { description: r.description };
  }
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(op.body, 'input') } } } } : {}),
    responses,
    security: op.public ? [] : [{ bearerToken: [] }, { sessionCookie: [], csrfHeader: [] }],
  };
}

function parametersOf(schema: z.ZodObject | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = jsonSchema(field as z.ZodType, 'input');
    const { description, ...rest } = s;
    return { name, in: where, required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success, ...(description ? { description } : {}), schema: rest };
  });
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One documented response: a description and, unless empty (204), its body schema. */
export interface ApiResponseDoc {
  description: string;
  schema?: z.ZodType;
}

/** One API operation as the OpenAPI document shows it; schemas are the zod schemas the handler parses with. */
export interface ApiOperation {
  method: HttpMethod;
  /** Express-style path as mounted, e.g. `/api/v1/accounts/:account/oauth_clients/:client_id`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Path parameters (a zod object whose keys are the `:names` of the path). */
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** JSON request body. */
  body?: z.ZodType;
  responses: Record<number, ApiResponseDoc>;
  /** No authentication (public lookup, the document itself). */
  public?: boolean;
}

/**
 * Collects the operations of every API router so `GET /api/v1/openapi.json` documents exactly
 * what is mounted. One per app (built in `createApp`, not a module singleton); a router
 * registers its operations where it mounts its routes.
 */
export interface OpenApiRegistry {
  registerOperation(op: ApiOperation): void;
  /** Gives a schema a name: it becomes `#/components/schemas/<name>` and is referenced from operations. */
  registerSchema(name: string, schema: z.ZodType): void;
  operations(): readonly ApiOperation[];
  schemas(): ReadonlyMap<z.ZodType, string>;
}

export function createOpenApiRegistry(): OpenApiRegistry {
  const ops: ApiOperation[] = [];
  const named = new Map<z.ZodType, string>();
  return {
    registerOperation(op) {
      if (ops.some((o) => o.method === op.method && o.path === op.path)) {
        throw new TypeError(`OpenAPI: ${op.method.toUpperCase()} ${op.path} is registered twice`);
      }
      if (ops.some((o) => o.operationId === op.operationId)) throw new TypeError(`OpenAPI: operationId ${op.operationId} is taken`);
      ops.push(op);
    },
    registerSchema(name, schema) {
      if ([...named.values()].includes(name) && named.get(schema) !== name) {
        throw new TypeError(`OpenAPI: schema name ${name} is taken`);
      }
      named.set(schema, name);
    },
    operations: () => ops,
    schemas: () => named,
  };
}

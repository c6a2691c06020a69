import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toOpenApiPath } from '../../../service/api/openapi-document.js';
import { createApp } from '../../../service/app.js';
import { paths } from '../../../service/http/paths.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

let app: TestApp;
let doc: any;
beforeAll(async () => {
  app = await startTestApp();
  const res = await fetch(`${app.url}${paths.openapi}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  doc = JSON.parse(await res.text());
});
afterAll(() => app.close());

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  rawPath?: unknown;
  handle?: { stack?: Layer[] };
}

/** `method /path` of every route in an Express router, nested routers included, read from Express's own table. */
function routesOf(stack: Layer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const routePaths = ([] as string[]).concat(layer.route.path);
      return routePaths.flatMap((p) =>
        Object.keys(layer.route!.methods).map((m) => `${m} ${toOpenApiPath(prefix + (p === '/' && prefix ? '' : p))}`),
      );
    }
    const nested = layer.handle?.stack;
    if (!nested) return [];
    const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
    return routesOf(nested, prefix + mount);
  });
}

/** Every route of the whole app (whoever mounted it) under the clients API prefix. */
function mountedClientRoutes(): string[] {
  const whole = createApp(app.deps) as unknown as { router: { stack: Layer[] } };
  const prefix = toOpenApiPath(paths.oauthClients);
  return [...new Set(routesOf(whole.router.stack))].filter((r) => r.split(' ')[1]!.startsWith(prefix));
}

describe('GET /api/v1/openapi.json', () => {
  it('is a public OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Consentry API' });
    expect(doc.servers).toEqual([{ url: app.url }]);
  });

  it('documents every route mounted under /api/v1/accounts/:account/oauth_clients', () => {
    const mounted = mountedClientRoutes().sort();
    // The seven client operations at least; other features may add routes under the prefix.
    expect(mounted).toEqual(expect.arrayContaining([
      'get /api/v1/accounts/{account}/oauth_clients',
      'post /api/v1/accounts/{account}/oauth_clients',
      'get /api/v1/accounts/{account}/oauth_clients/{client_id}',
      'patch /api/v1/accounts/{account}/oauth_clients/{client_id}',
      'delete /api/v1/accounts/{account}/oauth_clients/{client_id}',
      'post /api/v1/accounts/{account}/oauth_clients/{client_id}/rotate_secret',
      'post /api/v1/accounts/{account}/oauth_clients/{client_id}/rotate_secret/finish',
    ]));
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([p]) => p.startsWith('/api/v1/accounts/{account}/oauth_clients'))
      .flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`))
      .sort();
    expect(documented).toEqual(expect.arrayContaining(mounted));
    expect(mounted).toEqual(expect.arrayContaining(documented));
  });

  it('describes bodies and answers with the zod schemas the handlers use', () => {
    const create = doc.paths['/api/v1/accounts/{account}/oauth_clients'].post;
    expect(create.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/OAuthClientMetadataInput' });
    expect(create.responses['201'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/OAuthClient' });
    const input = doc.components.schemas.OAuthClientMetadataInput;
    expect(input.required).toEqual(['client_name', 'redirect_uris', 'scopes']);
    expect(input.additionalProperties).toBe(false);
    expect(input.properties.token_endpoint_auth_method.enum).toEqual(['none', 'client_secret_basic', 'client_secret_post']);
    const client = doc.components.schemas.OAuthClient;
    expect(client.properties.secrets.items.properties).toHaveProperty('created_at');
    expect(client.required).toEqual(expect.arrayContaining(['client_id', 'visibility', 'created_at', 'secrets']));
    expect(create.parameters).toEqual([
      { name: 'account', in: 'path', required: true, description: 'Account id.', schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } },
    ]);
  });

  it('has no dangling $ref', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      const name = /#\/components\/schemas\/([^"]+)/.exec(ref)?.[1];
      expect([ref, name && doc.components.schemas[name] !== undefined]).toEqual([ref, true]);
    }
  });
});

// Import rules of the repository, checked by `npm test` (docs/architecture.md#dependency-rules).
// Run alone with `npx depcruise service shared extension`.

/**
 * service/ as a one-way stack, bottom first: a module may import from its own layer and the
 * layers before it, never from a later one. Folders are `service/<name>/`; files of the root
 * are named with their extension. A type-only import of service/deps.ts (a module asking for a
 * narrow `Pick<Deps, ...>`) is allowed from every layer (rule `deps-type-only`).
 */
const SERVICE_LAYERS = [
  'ports', 'dns', 'storage', 'config', 'http', 'api', 'ui', 'domains', 'auth', 'accounts', 'audit', 'keys',
  'tokens', 'clients', 'oauth', 'connected-apps', 'public-api', 'demo', 'ops', 'deps.ts', 'app.ts', 'cli', 'main.ts',
];

/**
 * npm packages shared/ may import: it runs in Node and in the extension alike. unhomoglyph (the
 * UTS #39 confusables mapping) and punycode serve the provider lookalike check of shared/providers.
 */
const SHARED_PACKAGES = ['zod', 'tldts', 'unhomoglyph', 'punycode'];

const layerPath = (name) => (name.endsWith('.ts') ? `^service/${name.replace('.', '\\.')}$` : `^service/${name}/`);
const escapeAll = (names) => names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const folderOrder = SERVICE_LAYERS.slice(0, -1).map((name, i) => ({
  name: 'folder-order',
  severity: 'error',
  comment: `service/${name} sits below ${SERVICE_LAYERS.slice(i + 1).join(', ')}; move the code or pass it in from a higher layer`,
  from: { path: layerPath(name) },
  to: {
    path: SERVICE_LAYERS.slice(i + 1).map(layerPath),
    pathNot: '^service/deps\\.ts$',
  },
}));

module.exports = {
  forbidden: [
    ...folderOrder,
    {
      name: 'deps-type-only',
      severity: 'error',
      comment: 'modules take their dependencies as a Deps argument; only the composition root (app.ts, cli/, main.ts) builds them',
      from: { path: '^service/', pathNot: ['^service/(app|main)\\.ts$', '^service/cli/'] },
      to: { path: '^service/deps\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-imports-shared-only',
      severity: 'error',
      comment: `shared/ runs in Node and in browsers: it imports shared/ and ${SHARED_PACKAGES.join(', ')} only`,
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', `^node_modules/(${escapeAll(SHARED_PACKAGES).join('|')})/`] },
    },
    {
      name: 'service-not-extension',
      severity: 'error',
      comment: 'the service and the extension meet only in shared/',
      from: { path: '^service/' },
      to: { path: '^extension/' },
    },
    {
      name: 'extension-not-service',
      severity: 'error',
      comment: 'the service and the extension meet only in shared/ (the extension talks to the service over HTTP)',
      from: { path: '^extension/' },
      to: { path: '^service/' },
    },
    {
      name: 'nothing-imports-test',
      severity: 'error',
      comment: 'test/ may import anything; nothing imports test/',
      from: { path: '^(service|shared|extension)/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'no import cycles between files, type-only imports included',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Type-only imports are dependencies of the design too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['^node_modules/', '^\\.wxt/', '^\\.output/', '^dist/'] },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'] },
  },
};

import type { Inspection } from '../../shared/inspector/inspection.js';
import { analyzeAuthorizationRequest, parseAuthorizationRequest } from '../../shared/oauth/index.js';
import type { Inspector } from './inspector.js';

// Bridge until shared/inspector/ exports the engine: the existing URL analyzer, mapped to the
// Inspection contract (generic provider, no catalog). Replaced by the engine's functions.
export const sharedInspector: Inspector = {
  mayBeRequest: (url) => url.includes('client_id='),
  inspect(chain) {
    for (let i = chain.steps.length - 1; i >= 0; i--) {
      const request = parseAuthorizationRequest(chain.steps[i]!.url);
      if (!request) continue;
      const analysis = analyzeAuthorizationRequest(request);
      const verdict = analysis.findings.some((f) => f.severity === 'danger') ? 'danger' : analysis.findings.some((f) => f.severity === 'warning') ? 'caution' : 'ok';
      const redirect = request.params.redirect_uri === undefined ? undefined : new URL(request.params.redirect_uri);
      const inspection: Inspection = {
        kind: 'authorization',
        provider: { id: 'generic', name: new URL(request.url).host },
        clientId: request.params.client_id!,
        ...(redirect && { redirect: { uri: redirect.href, host: redirect.host, loopback: ['localhost', '127.0.0.1', '[::1]'].includes(redirect.hostname) } }),
        scopes: request.params.scope.map((requested) => ({ requested })),
        lasting: { asked: request.params.scope.includes('offline_access') },
        risk: 'unknown',
        verdict,
        findings: analysis.findings,
        parameters: [...new URL(request.url).searchParams].map(([name, value]) => ({ name, value })),
      };
      return inspection;
    }
    return undefined;
  },
};

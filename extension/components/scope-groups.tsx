import type { InspectedScope } from '../../shared/inspector/inspection.js';
import { RiskTag } from './risk-tag.js';

/**
 * The requested scopes grouped by the catalog's category, each with its plain description and
 * tier; scopes the catalog does not know are listed last as they were requested.
 */
export function ScopeGroups({ scopes, noScope }: { scopes: readonly InspectedScope[]; noScope?: string }) {
  if (scopes.length === 0) return <p class="muted">{noScope ?? 'The request names no scope: the provider decides what the app gets.'}</p>;
  const groups = new Map<string, InspectedScope[]>();
  for (const scope of scopes) {
    const category = scope.known?.category ?? 'Not in the catalog';
    groups.set(category, [...(groups.get(category) ?? []), scope]);
  }
  return (
    <div class="scope-groups">
      {[...groups].map(([category, items]) => (
        <section key={category} class="scope-group">
          <h3>{category}</h3>
          <ul>
            {items.map((s) => (
              <li key={s.requested} class="scope" data-scope={s.requested}>
                <span class="scope-name">{s.known?.name ?? s.requested}</span> <RiskTag risk={s.known?.risk ?? 'unknown'} />
                {s.known?.adminConsent && <span class="tag">Needs an admin</span>}
                {s.known?.sensitivity && <span class="tag">{s.known.sensitivity === 'restricted' ? 'Restricted' : 'Sensitive'}</span>}
                <p class="small">{s.known?.description ?? 'Consentry does not know this scope; the app may get more than shown here.'}</p>
                {s.known && <p class="small mono muted">{s.requested}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import type { Risk } from '../../../shared/scopes/index.js';

/** A requested scope and how the consent page treats it. */
export interface ScopeItem {
  id: string;
  name: string;
  description: string;
  risk: Risk;
  /** `required`: part of the request; `optional`: the user may untick it; `granted`: already granted, not asked again. */
  status: 'required' | 'optional' | 'granted';
  /** `offline_access`: lasts until revoked. */
  lasting: boolean;
}

export interface ScopeGroupItem {
  category: string;
  scopes: ScopeItem[];
}

const RISK_LABEL: Record<Risk, string> = { identity: 'Identity', read: 'Read', write: 'Write', admin: 'Admin' };

/**
 * Scopes grouped by category with name, description and risk badge. Optional scopes are
 * checkboxes (`optional_scope`), on by default; already granted ones are marked, not asked.
 * Without `form`, a read-only list (connected apps).
 */
export function ScopeList({ groups, form = false }: { groups: ScopeGroupItem[]; form?: boolean }) {
  return (
    <div class="scope-list">
      {groups.map((g) => (
        <div class="scope-group" key={g.category}>
          <h3>{g.category}</h3>
          {g.scopes.map((s) => (
            <div class="scope" key={s.id} data-scope={s.id}>
              {form && s.status === 'optional' ? (
                <input type="checkbox" name="optional_scope" value={s.id} id={`scope-${s.id}`} checked />
              ) : (
                <span class="scope-mark" aria-hidden="true">
                  {s.status === 'granted' ? '✓' : '•'}
                </span>
              )}
              <div>
                <label class="scope-label" for={form && s.status === 'optional' ? `scope-${s.id}` : undefined}>
                  <span class="name">{s.name}</span> <span class={`badge ${s.risk}`}>{RISK_LABEL[s.risk]}</span>
                  {s.status === 'granted' && <span class="badge granted">Already granted</span>}
                  {s.status === 'optional' && <span class="badge optional">Optional</span>}
                </label>
                <div class="small muted">{s.description}</div>
                {s.lasting && (
                  <div class="small lasting">Lasting access: the app keeps this access until you revoke it.</div>
                )}
                <div class="small muted mono">{s.id}</div>
              </div>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

import type { ScopeCatalog } from '../../../shared/scopes/index.js';

export interface ScopePickerProps {
  catalog: ScopeCatalog;
  required: readonly string[];
  optional: readonly string[];
  /** Errors of `scopes` / `optional_scopes`, shown above the table. */
  error?: string | undefined;
}

/**
 * Every catalog scope grouped by category, with its name, id, description and risk tier, and
 * two checkboxes: "Required" (always asked) and "Optional" (the user may decline on the
 * consent page). Plain checkboxes named `scopes` / `optional_scopes`, so it works without JS.
 */
export function ScopePicker({ catalog, required, optional, error }: ScopePickerProps) {
  const groups = catalog.byCategory(catalog.all().map((s) => s.id));
  return (
    <fieldset class="scope-picker" aria-describedby={error ? 'scopes-error' : undefined}>
      <legend>Scopes</legend>
      <p class="hint">
        Ask only for what the app needs. Users see each scope and its risk on the consent page; optional scopes can be declined.
      </p>
      {error && (
        <p class="field-error" id="scopes-error">
          {error}
        </p>
      )}
      <table class="scope-table">
        <thead>
          <tr>
            <th scope="col">Scope</th>
            <th scope="col">Risk</th>
            <th scope="col" class="center">
              Required
            </th>
            <th scope="col" class="center">
              Optional
            </th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.category}>
            <tr class="category">
              <th scope="rowgroup" colSpan={4}>
                {g.category}
              </th>
            </tr>
            {g.scopes.map((s) => (
              <tr key={s.id}>
                <td>
                  <span class="name">{s.name}</span> <code class="muted">{s.id}</code>
                  <span class="hint">{s.description}</span>
                </td>
                <td>
                  <span class={`badge ${s.risk}`}>{s.risk}</span>
                </td>
                <td class="center">
                  <input type="checkbox" name="scopes" value={s.id} checked={required.includes(s.id)} aria-label={`${s.name}: required`} />
                </td>
                <td class="center">
                  <input
                    type="checkbox"
                    name="optional_scopes"
                    value={s.id}
                    checked={optional.includes(s.id)}
                    aria-label={`${s.name}: optional`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </fieldset>
  );
}

import { ROLES } from '../../../shared/api/index.js';

const HINTS: Record<(typeof ROLES)[number], string> = {
  admin: 'admin: manages members, settings and clients',
  developer: 'developer: manages OAuth clients',
  member: 'member: reads the account',
};

/** A `<select name="role">` of the three account roles. */
export function RoleSelect({ id, value, label }: { id: string; value: string; label?: string }) {
  return (
    <select id={id} name="role" aria-label={label}>
      {ROLES.map((r) => (
        <option key={r} value={r} selected={r === value}>
          {HINTS[r]}
        </option>
      ))}
    </select>
  );
}

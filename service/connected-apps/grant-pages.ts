import { z } from 'zod';
import { ValidationFailed } from '../../shared/errors/index.js';
import { GRANT_PAGE_SIZE, type GrantCursor, type GrantListing, type GrantPage } from '../storage/stores/grants-store.js';

/** `?limit=&cursor=` of the grants listings: a page size and where the previous page ended. */
export const grantListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).optional().describe(`Grants per page (1-200, default ${GRANT_PAGE_SIZE}).`),
    cursor: z.string().min(1).max(400).optional().describe('`next_cursor` of the previous page.'),
  })
  .strict();

/** Opaque to clients: base64url of `<created_at ms>.<grant id>` of the last grant shown. */
function encodeGrantCursor(g: GrantCursor): string {
  return Buffer.from(`${g.createdAt}.${g.id}`, 'utf8').toString('base64url');
}

function decodeGrantCursor(cursor: string): GrantCursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const dot = text.indexOf('.');
  const createdAt = Number(text.slice(0, dot));
  const id = text.slice(dot + 1);
  if (dot < 1 || !Number.isSafeInteger(createdAt) || id === '') throw new ValidationFailed('cursor is not a next_cursor of this listing', { field: 'cursor' });
  return { createdAt, id };
}

/** Reads one page plus one grant more, to know whether another page follows. */
export async function readGrantPage(
  list: (page: GrantPage) => Promise<GrantListing[]>,
  query: { limit?: number | undefined; cursor?: string | undefined },
): Promise<{ grants: GrantListing[]; nextCursor: string | null }> {
  const limit = query.limit ?? GRANT_PAGE_SIZE;
  const rows = await list({ limit: limit + 1, after: query.cursor === undefined ? undefined : decodeGrantCursor(query.cursor) });
  const grants = rows.slice(0, limit);
  return { grants, nextCursor: rows.length > limit ? encodeGrantCursor(grants[grants.length - 1]!) : null };
}

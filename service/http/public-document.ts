import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { HeaderFields } from './security-headers.js';

/** One serialised state of a public document: the bytes and the header fields that describe them. */
export interface Representation {
  body: Buffer;
  /** Strong entity tag of `body` (RFC 9110 §8.8.3). */
  etag: string;
  /** Cache-Control, Content-Type, Content-Length and ETag. */
  fields: HeaderFields;
  /** What a 304 repeats of them (RFC 9110 §15.4.5): Cache-Control and ETag. */
  notModifiedFields: HeaderFields;
}

/**
 * A document every client may fetch and cache (discovery metadata, JWKS). `current()` is cheap
 * while the document is unchanged: it hands back the same Representation, serialised once.
 */
export interface PublicDocument {
  current(): Representation | Promise<Representation>;
}

/** Serialises `value` as JSON once, with a strong ETag over the bytes. */
export function jsonRepresentation(value: unknown, o: { contentType: string; cacheControl: string }): Representation {
  const body = Buffer.from(JSON.stringify(value));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return {
    body,
    etag,
    fields: ['Cache-Control', o.cacheControl, 'Content-Type', o.contentType, 'Content-Length', String(body.length), 'ETag', etag],
    notModifiedFields: ['Cache-Control', o.cacheControl, 'ETag', etag],
  };
}

/**
 * RFC 9110 §13.1.2: If-None-Match matches any listed tag by weak comparison, or `*`; then GET
 * and HEAD get 304 Not Modified instead of the body.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  for (const listed of header.split(',')) {
    const tag = listed.trim();
    if (tag === etag || tag === '*' || tag === `W/${etag}`) return true;
  }
  return false;
}

/**
 * Answers GET or HEAD with the representation: 304 when If-None-Match matches, else 200 with
 * the body (Node sends none for HEAD; Content-Length still describes it).
 */
export function writeRepresentation(req: IncomingMessage, res: ServerResponse, rep: Representation): void {
  if (matchesIfNoneMatch(req.headers['if-none-match'], rep.etag)) {
    res.writeHead(304, rep.notModifiedFields as string[]).end();
    return;
  }
  res.writeHead(200, rep.fields as string[]).end(rep.body);
}

/** The representation with `leading` fields (security and CORS headers) before its own, for one `writeHead`. */
export function withLeadingFields(rep: Representation, leading: HeaderFields): Representation {
  return { ...rep, fields: [...leading, ...rep.fields], notModifiedFields: [...leading, ...rep.notModifiedFields] };
}

/** The same document through Express, for what the fast path hands on (a query string, a failed read). */
export function serveDocument(doc: PublicDocument): RequestHandler {
  return async (req, res) => {
    writeRepresentation(req, res, await doc.current());
  };
}

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { withLeadingFields, writeRepresentation, type PublicDocument, type Representation } from './public-document.js';
import type { RequestObserver } from './request-observer.js';
import type { HeaderFields } from './security-headers.js';

/**
 * The server's request listener: GET, HEAD and OPTIONS of the public documents (discovery
 * metadata, JWKS) are answered here, from pre-serialised bodies and precomputed header fields,
 * before the Express app, whose per-request set-up alone costs several times a whole answer.
 * The answer is the one Express would give (security and CORS headers, ETag and 304, the
 * metric, the log line). Everything else goes to `app` untouched: other paths, the same path
 * with a query string or in another spelling, other methods (405 with `Allow` from the error
 * mapper), and a document that cannot be read (the Express route reads it again and the error
 * mapper answers a failure).
 */
export function withDocumentFastPath(
  app: RequestListener,
  o: {
    /** By exact request target: `/.well-known/jwks.json`, not `…?x` (that goes to `app`). */
    documents: ReadonlyMap<string, PublicDocument>;
    observer: RequestObserver;
    /** Security and CORS fields: before a document's own on GET/HEAD, alone on a preflight. */
    fields: HeaderFields;
    preflight: HeaderFields;
  },
): RequestListener {
  const prepared = new WeakMap<Representation, Representation>();
  const send = (req: IncomingMessage, res: ServerResponse, rep: Representation) => {
    let full = prepared.get(rep);
    if (!full) prepared.set(rep, (full = withLeadingFields(rep, o.fields)));
    writeRepresentation(req, res, full);
  };

  return (req, res) => {
    const doc = o.documents.get(req.url!);
    const method = req.method;
    if (doc === undefined || (method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS')) {
      app(req, res);
      return;
    }
    // The route label is the path itself, as Express's route pattern would be.
    o.observer.observe(req, res, req.url!);
    if (method === 'OPTIONS') {
      res.writeHead(204, o.preflight as string[]).end();
      return;
    }
    const rep = doc.current();
    if (rep instanceof Promise) rep.then((r) => send(req, res, r), () => app(req, res));
    else send(req, res, rep);
  };
}

import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** Response header fields as `[name, value, name, value, …]`, the form `writeHead` takes. */
export type HeaderFields = readonly string[];

/**
 * The security headers of every response, as helmet sets them (see `configuredHelmet`). helmet
 * stays the source of truth, but each of its dozen chained middlewares sets one constant header,
 * so they run once at start-up against a recording response and every request gets the
 * recorded fields in one step.
 */
export function securityHeaderFields(opts: { https: boolean }): HeaderFields {
  return recordHeaders(configuredHelmet(opts));
}

/** Sets the recorded security header fields on every response, in one middleware. */
export function securityHeaders(fields: HeaderFields): RequestHandler {
  return (_req, res, next) => {
    for (let i = 0; i < fields.length; i += 2) res.setHeader(fields[i]!, fields[i + 1]!);
    next();
  };
}

/**
 * helmet with a CSP that allows no inline script or style anywhere (consent and login pages
 * included) and forbids framing (RFC 9700 §4.16; docs/security.md K3: both `frame-ancestors 'none'`
 * and `X-Frame-Options: DENY`). Logos are https images from anywhere.
 */
export function configuredHelmet(opts: { https: boolean }): ReturnType<typeof helmet> {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'https:', 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(opts.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: opts.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // same-origin, not no-referrer: under no-referrer browsers send `Origin: null` on our own
    // form POSTs (Fetch "serialize a request origin"), which the cross-site check must refuse;
    // other sites still get no Referer (the consent page URL never leaks to the app).
    referrerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

/**
 * Runs a middleware once against a response that only records `setHeader`. A middleware that
 * reads the request (a per-request CSP nonce, say), removes a header we would ever set, or does
 * not finish synchronously cannot be precomputed: start-up fails rather than send wrong headers.
 */
function recordHeaders(middleware: ReturnType<typeof helmet>): HeaderFields {
  const fields: string[] = [];
  const refuse = (what: string) => {
    throw new TypeError(`security headers cannot be precomputed: helmet ${what}`);
  };
  const req = new Proxy({}, { get: (_t, key) => refuse(`reads the request (${String(key)})`) });
  const res = {
    setHeader: (name: string, value: unknown) => {
      if (typeof value !== 'string') refuse(`sets ${name} to a non-string`);
      fields.push(name, value as string);
    },
    // helmet's X-Powered-By step removes that header; the app never sets it (x-powered-by is disabled).
    removeHeader: (name: string) => {
      if (name.toLowerCase() !== 'x-powered-by') refuse(`removes ${name}`);
    },
  };
  let done = false;
  middleware(req as never, res as never, (err?: unknown) => {
    if (err) throw err;
    done = true;
  });
  if (!done) refuse('did not finish synchronously');
  return fields;
}

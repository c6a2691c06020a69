import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * helmet with a CSP that allows no inline script or style anywhere (consent and login pages
 * included) and forbids framing (RFC 9700 §4.16; SECURITY.md K3: both `frame-ancestors 'none'`
 * and `X-Frame-Options: DENY`). Logos are https images from anywhere.
 */
export function securityHeaders(opts: { https: boolean }): RequestHandler {
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

/** Why a lookup gave no usable answer this time; none of them means "absent". */
export type TemporaryReason = 'servfail' | 'refused' | 'timeout' | 'truncated_tcp_failed' | 'malformed' | 'cname_loop';

/**
 * What one resolver said about the TXT records at a name.
 * - `found`: TXT records, each record's character-strings joined with '' (RFC 1035 §3.3.14,
 *   RFC 7208 §3.3), and the CNAME targets followed to reach them (empty if none).
 * - `nxdomain` / `nodata`: a definite "no such record" (RFC 2308).
 * - `temporary`: no trustworthy answer; retry later.
 */
export type TxtLookup =
  | { status: 'found'; records: string[]; chain: string[] }
  | { status: 'nxdomain' | 'nodata' }
  | { status: 'temporary'; reason: TemporaryReason };

/** A {@link TxtLookup} with the resolver (`ip:port`) that gave it. */
export type ResolverTxtLookup = TxtLookup & { resolver: string };

/** RFC 1034 §3.6.2 allows chains; we follow at most this many CNAME links (AWS ACM allows 5). */
export const MAX_CNAME_LINKS = 8;

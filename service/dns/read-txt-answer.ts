import { RCODE } from './dns-message.js';
import type { DecodedReply, ReplyRecord } from './dns-reply.js';
import { MAX_CNAME_LINKS, type TxtLookup } from './txt-lookup.js';

/** What one reply means for the TXT records at `name`, or which CNAME target to ask next. */
export type ReplyMeaning = TxtLookup | { status: 'follow'; target: string; chain: string[] };

/**
 * Reads a reply to a TXT query for `name` (lowercase, no trailing dot). Owner names compare
 * case-insensitively (RFC 4343), folding A-Z only: dns-packet reads labels as UTF-8, and a Unicode
 * case mapping would let a non-ASCII label pass for ours (U+212A KELVIN SIGN lowercases to 'k').
 * CNAMEs in the answer section are followed (RFC 1034 §3.6.2); if the chain ends at a name without
 * TXT data in this reply, the caller asks for that name itself. `chain` holds the links already
 * followed by earlier queries.
 */
export function readTxtAnswer(reply: DecodedReply, name: string, chain: readonly string[]): ReplyMeaning {
  const { rcode, answers } = reply;
  if (rcode === RCODE.SERVFAIL) return { status: 'temporary', reason: 'servfail' };
  if (rcode === RCODE.REFUSED) return { status: 'temporary', reason: 'refused' };
  if (rcode === RCODE.FORMERR) return { status: 'temporary', reason: 'malformed' };
  if (rcode !== RCODE.NOERROR && rcode !== RCODE.NXDOMAIN) return { status: 'temporary', reason: 'servfail' };

  const links = [...chain];
  let current = name;
  for (;;) {
    const records: string[] = [];
    for (const a of answers) if (a.type === 'TXT' && sameName(a.name, current)) records.push(a.text);
    if (records.length > 0) return { status: 'found', records, chain: links };
    const cname = answers.find((a): a is Extract<ReplyRecord, { type: 'CNAME' }> => a.type === 'CNAME' && sameName(a.name, current));
    if (!cname) break;
    current = cname.target.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
    if (links.includes(current) || current === name || links.length >= MAX_CNAME_LINKS) return { status: 'temporary', reason: 'cname_loop' };
    links.push(current);
  }
  // RFC 6604 §3: with a CNAME chain, the RCODE speaks about the last name in it.
  if (rcode === RCODE.NXDOMAIN) return { status: 'nxdomain' };
  if (links.length > chain.length) return { status: 'follow', target: current, chain: links };
  return { status: 'nodata' };
}

/** Whether `decoded` is `lower` (already lowercase) with ASCII letters folded and nothing else. */
function sameName(decoded: string, lower: string): boolean {
  if (decoded.length !== lower.length) return false;
  for (let i = 0; i < decoded.length; i++) {
    const c = decoded.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

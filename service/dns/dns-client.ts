import { randomBytes } from 'node:crypto';
import { encodeTxtQuery, isTruncated } from './dns-message.js';
import { decodeReply } from './dns-reply.js';
import { exchangeTcp } from './dns-tcp.js';
import { readTxtAnswer, type ReplyMeaning } from './read-txt-answer.js';
import { formatResolver, type ResolverAddress } from './resolver-list.js';
import { MAX_CNAME_LINKS, type ResolverTxtLookup, type TxtLookup } from './txt-lookup.js';
import { exchangeUdp } from './udp-exchange.js';

export interface DnsClientOptions {
  /** Every resolver is asked; callers decide how to combine the answers. */
  resolvers: readonly ResolverAddress[];
  /** Per exchange (UDP wait, then TCP wait if truncated). */
  timeoutMs: number;
  /** Random bytes for query ids and 0x20 case; node:crypto by default. */
  random?: (size: number) => Buffer;
}

/** Our own stub resolver on dns-packet (docs/architecture.md#domain-verification). */
export interface DnsClient {
  /** TXT records at `name` as each resolver sees them, in the order of `resolvers`, asked in parallel. */
  queryTxt(name: string): Promise<ResolverTxtLookup[]>;
}

export function createDnsClient(options: DnsClientOptions): DnsClient {
  const random = options.random ?? randomBytes;
  if (options.resolvers.length === 0) throw new TypeError('createDnsClient needs at least one resolver');
  const labels = options.resolvers.map(formatResolver);

  /** One query and its reply, over UDP and over TCP when truncated (RFC 7766 §5). */
  async function ask(resolver: ResolverAddress, name: string, chain: string[]): Promise<ReplyMeaning> {
    // A random id and 0x20 case the reply must echo, from a random port (RFC 5452 §9.2).
    const query = encodeTxtQuery(name, random);
    if (query === undefined) return { status: 'temporary', reason: 'malformed' };
    let reply = await exchangeUdp(resolver, query, options.timeoutMs);
    if (reply === undefined) return { status: 'temporary', reason: 'timeout' };
    // RFC 1035 §4.2.1 / RFC 7766: a truncated RRset is neither "present" nor "absent"; ask over TCP.
    if (isTruncated(reply)) {
      reply = await exchangeTcp(resolver, query, options.timeoutMs);
      if (reply === undefined) return { status: 'temporary', reason: 'truncated_tcp_failed' };
    }
    const decoded = decodeReply(reply);
    if (decoded === undefined) return { status: 'temporary', reason: 'malformed' };
    return readTxtAnswer(decoded, name, chain);
  }

  async function lookup(resolver: ResolverAddress, name: string): Promise<TxtLookup> {
    let meaning = await ask(resolver, name, []);
    // The resolver answered with a CNAME but not the target's records: ask for the target.
    while (meaning.status === 'follow') {
      if (meaning.chain.length > MAX_CNAME_LINKS) return { status: 'temporary', reason: 'cname_loop' };
      meaning = await ask(resolver, meaning.target, meaning.chain);
    }
    return meaning;
  }

  return {
    queryTxt(name) {
      const canonical = name.toLowerCase().replace(/\.$/, '');
      return Promise.all(options.resolvers.map((r, i) => lookup(r, canonical).then((l) => ({ ...l, resolver: labels[i]! }))));
    },
  };
}

import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import * as packet from 'dns-packet';
import type { Answer, DecodedPacket } from 'dns-packet';
import type { ResolverAddress } from '../../service/dns/resolver-list.js';

export type Rcode = 'NOERROR' | 'FORMERR' | 'SERVFAIL' | 'NXDOMAIN' | 'REFUSED';
const RCODES: Record<Rcode, number> = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 };

/** A forged reply sent before the real one, from the responder's own address and port. */
export type Spoof = 'wrong_id' | 'wrong_case' | 'wrong_name';

/** How the responder treats queries for one name (lowercase, no trailing dot). */
export interface ResponderRule {
  rcode?: Rcode;
  /** TXT records, each a list of character-strings. */
  txt?: string[][];
  /** Answer with a CNAME to this name (plus the target's records when `followCnames`). */
  cname?: string;
  /** Send the real reply cut short after its question, so it cannot be decoded. */
  malformed?: boolean;
  /** Never answer for real (the client times out); forged replies are still sent. */
  drop?: boolean;
  /** Hold every UDP reply this long (a slow resolver), so concurrent checks overlap for sure. */
  delayMs?: number;
  /** Over UDP: TC=1 and only the first TXT record; the full answer comes over TCP. */
  truncate?: boolean;
  /** Forged replies claiming `spoofTxt` (default: no records, NXDOMAIN) to send first. */
  spoof?: Spoof[];
  spoofTxt?: string[][];
}

export interface ResponderOptions {
  rules: Record<string, ResponderRule>;
  /** Put the CNAME target's records in the same reply, as a recursive resolver does (default true). */
  followCnames?: boolean;
  /** Listen on TCP too (default true); false makes TCP connections fail. */
  tcp?: boolean;
}

export interface SeenQuery {
  /** The question name exactly as received (0x20 case included). */
  name: string;
  id: number;
  transport: 'udp' | 'tcp';
  /** RD flag of the query. */
  recursionDesired: boolean;
  /** EDNS0 UDP payload size the query advertised (RFC 6891), or null without an OPT record. */
  ednsPayload: number | null;
}

export interface DnsResponder {
  resolver: ResolverAddress;
  queries: SeenQuery[];
  /** How many forged replies were sent (so a test can show they were there to be ignored). */
  readonly forgedSent: number;
  setRules(rules: Record<string, ResponderRule>): void;
  close(): Promise<void>;
}

/**
 * An in-process DNS server built on dns-packet, for what a real server will not do on request:
 * truncation, SERVFAIL/REFUSED, silence, spoofed replies racing the real one, and two resolvers
 * that disagree (two instances with different rules). Unknown names get NXDOMAIN.
 */
export async function startDnsResponder(options: ResponderOptions): Promise<DnsResponder> {
  let rules = options.rules;
  const followCnames = options.followCnames ?? true;
  const queries: SeenQuery[] = [];
  let forgedSent = 0;
  const { udp, tcp } = await bindUdpAndTcp(options.tcp ?? true, (q) => reply(q, 'tcp'));
  const port = udp.address().port;

  function reply(query: DecodedPacket, transport: 'udp' | 'tcp'): Buffer[] | undefined {
    const question = query.questions?.[0];
    if (!question) return undefined;
    const opt = query.additionals?.find((a) => a.type === 'OPT');
    queries.push({
      name: question.name,
      id: query.id ?? 0,
      transport,
      recursionDesired: query.flag_rd,
      ednsPayload: opt && 'udpPayloadSize' in opt ? opt.udpPayloadSize : null,
    });
    const rule = rules[question.name.toLowerCase().replace(/\.$/, '')];
    const forged = transport === 'udp' ? (rule?.spoof ?? []).map((s) => spoofed(query, s, rule?.spoofTxt)) : [];
    forgedSent += forged.length;
    if (rule?.drop) return forged;
    const { rcode, answers } = resolve(question.name, rule);
    const truncated = transport === 'udp' && rule?.truncate === true;
    const real = encode(query, question, rcode, truncated ? answers.slice(0, 1) : answers, truncated);
    return [...forged, rule?.malformed ? real.subarray(0, real.length - 3) : real];
  }

  /** Answers for `name`, following CNAMEs into the same reply when asked to. */
  function resolve(name: string, rule: ResponderRule | undefined, depth = 0): { rcode: number; answers: Answer[] } {
    if (!rule) return { rcode: RCODES.NXDOMAIN, answers: [] };
    if (rule.cname !== undefined) {
      const link: Answer = { type: 'CNAME', name, ttl: 60, class: 'IN', data: rule.cname };
      if (!followCnames || depth > 20) return { rcode: RCODES.NOERROR, answers: [link] };
      const next = resolve(rule.cname, rules[rule.cname.toLowerCase()], depth + 1);
      return { rcode: next.rcode, answers: [link, ...next.answers] };
    }
    const answers: Answer[] = (rule.txt ?? []).map((strings) => ({ type: 'TXT', name, ttl: 60, class: 'IN', data: strings }));
    return { rcode: RCODES[rule.rcode ?? 'NOERROR'], answers };
  }

  udp.on('message', (msg: Buffer, rinfo: RemoteInfo) => {
    let query: DecodedPacket;
    try {
      query = packet.decode(msg);
    } catch {
      return;
    }
    const delay = rules[query.questions?.[0]?.name.toLowerCase().replace(/\.$/, '') ?? '']?.delayMs ?? 0;
    const send = () => {
      for (const out of reply(query, 'udp') ?? []) udp.send(out, rinfo.port, rinfo.address);
    };
    if (delay > 0) setTimeout(send, delay);
    else send();
  });

  return {
    resolver: { host: '127.0.0.1', port },
    queries,
    get forgedSent() {
      return forgedSent;
    },
    setRules(next) {
      rules = next;
    },
    async close() {
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      if (tcp) await new Promise<void>((resolve) => tcp!.close(() => resolve()));
    },
  };
}

function encode(query: DecodedPacket, question: packet.Question, rcode: number, answers: Answer[], truncated: boolean): Buffer {
  const flags = packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | (truncated ? packet.TRUNCATED_RESPONSE : 0) | rcode;
  return packet.encode({ type: 'response', id: query.id ?? 0, flags, questions: [question], answers });
}

function spoofed(query: DecodedPacket, how: Spoof, txt: string[][] | undefined): Buffer {
  const q = query.questions![0]!;
  const name = how === 'wrong_case' ? swapCase(q.name) : how === 'wrong_name' ? `x${q.name}` : q.name;
  const id = how === 'wrong_id' ? ((query.id ?? 0) + 1) & 0xffff : (query.id ?? 0);
  const answers: Answer[] = (txt ?? []).map((strings) => ({ type: 'TXT', name, ttl: 60, class: 'IN', data: strings }));
  return encode({ ...query, id }, { ...q, name }, txt ? RCODES.NOERROR : RCODES.NXDOMAIN, answers, false);
}

function swapCase(s: string): string {
  return [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** UDP on a random loopback port and, if wanted, TCP on the same number (retried if it is taken). */
async function bindUdpAndTcp(withTcp: boolean, answer: (q: DecodedPacket) => Buffer[] | undefined): Promise<{ udp: Socket; tcp?: Server }> {
  for (let attempt = 0; ; attempt++) {
    const udp = createSocket('udp4');
    await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
    if (!withTcp) return { udp };
    try {
      return { udp, tcp: await listenTcp(udp.address().port, answer) };
    } catch (e) {
      udp.close();
      if (attempt >= 10) throw e;
    }
  }
}

/** TCP on the same port, 2-byte length framing (RFC 1035 §4.2.2). */
function listenTcp(port: number, answer: (q: DecodedPacket) => Buffer[] | undefined): Promise<Server> {
  const server = createServer((conn) => {
    let buf = Buffer.alloc(0);
    conn.on('error', () => {});
    conn.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        const size = buf.readUInt16BE(0);
        const msg = buf.subarray(2, 2 + size);
        buf = buf.subarray(2 + size);
        let query: DecodedPacket;
        try {
          query = packet.decode(msg);
        } catch {
          conn.destroy();
          return;
        }
        for (const out of answer(query) ?? []) {
          const len = Buffer.alloc(2);
          len.writeUInt16BE(out.length);
          conn.write(Buffer.concat([len, out]));
        }
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}


import { mixCase } from './mix-case.js';

/** RFC 1035 §4.1.1 response codes we tell apart. */
export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

/** RFC 1035 §3.2.2 / RFC 6891 §6.1.1 type codes, and class IN. */
export const TYPE = { CNAME: 5, TXT: 16, OPT: 41 } as const;
export const CLASS_IN = 1;

export const HEADER_BYTES = 12;
/** DNS Flag Day 2020: a 1232-byte EDNS buffer keeps UDP answers below fragmentation (RFC 9715). */
export const EDNS_UDP_PAYLOAD = 1232;
/** RFC 1035 §2.3.4: labels of 63 octets at most, names of 255 octets at most on the wire. */
const MAX_LABEL = 63;
const MAX_NAME = 255;
const RECURSION_DESIRED = 0x0100;
const TRUNCATED = 0x0200;
/** Question tail (QTYPE, QCLASS) plus the EDNS0 OPT record (RFC 6891 §6.1.2) with no options. */
const TAIL_BYTES = 4 + 11;

/**
 * A TXT/IN query with RD set and an EDNS0 OPT record (RFC 6891), each ASCII letter of `name` in a
 * random case (0x20, see mix-case.ts) and id 0: the UDP pool writes an id that is unique on the
 * socket it uses. This is the only message we send, so it is written by hand, byte by byte.
 * Undefined when `name` cannot go on the wire: an empty or over-long label, a name over 255
 * octets, or a character outside printable ASCII or a backslash (decodeReply escapes odd label
 * bytes that way, so such a CNAME target is never asked for under another name).
 */
export function encodeTxtQuery(name: string, random: (size: number) => Buffer): Buffer | undefined {
  const nameBytes = name.length + 2;
  if (name.length === 0 || nameBytes > MAX_NAME) return undefined;
  const query = Buffer.allocUnsafe(HEADER_BYTES + nameBytes + TAIL_BYTES);
  query.writeUInt32BE(RECURSION_DESIRED, 0); // id 0, flags: RD
  query.writeUInt32BE(0x00010000, 4); // QDCOUNT 1, ANCOUNT 0
  query.writeUInt32BE(0x00000001, 8); // NSCOUNT 0, ARCOUNT 1
  // Labels: each length byte takes the place of the dot before its label.
  let lengthAt = HEADER_BYTES;
  for (let i = 0; i <= name.length; i++) {
    const c = i === name.length ? 0x2e : name.charCodeAt(i);
    if (c === 0x2e) {
      const length = HEADER_BYTES + i - lengthAt;
      if (length === 0 || length > MAX_LABEL) return undefined;
      query[lengthAt] = length;
      lengthAt = HEADER_BYTES + i + 1;
    } else if (c <= 0x20 || c >= 0x7f || c === 0x5c) {
      return undefined;
    } else {
      query[HEADER_BYTES + i + 1] = c;
    }
  }
  const end = HEADER_BYTES + nameBytes;
  query[end - 1] = 0;
  mixCase(query, HEADER_BYTES + 1, end - 1, random);
  query.writeUInt32BE((TYPE.TXT << 16) | CLASS_IN, end);
  // OPT: root owner, TYPE 41, CLASS = UDP payload size, TTL = extended RCODE 0, version 0, DO 0, RDLEN 0.
  query[end + 4] = 0;
  query.writeUInt16BE(TYPE.OPT, end + 5);
  query.writeUInt16BE(EDNS_UDP_PAYLOAD, end + 7);
  query.writeUInt32BE(0, end + 9);
  query.writeUInt16BE(0, end + 13);
  return query;
}

/**
 * Whether `reply` answers `query`: a response (QR=1, opcode QUERY) with the same id and exactly one
 * question whose bytes equal ours, i.e. the same name in the same letter case (0x20), type and
 * class. RFC 5452 §9.1 lists id, question and addresses; the UDP socket is connected to the
 * resolver, so the kernel already drops datagrams from any other address or port. Reads `reply`
 * only within its length, so any datagram at all can be passed.
 */
export function answersQuery(query: Buffer, reply: Buffer): boolean {
  const questionEnd = HEADER_BYTES + questionLength(query);
  if (reply.length < questionEnd) return false;
  const sameId = reply[0] === query[0] && reply[1] === query[1];
  const isResponse = (reply[2]! & 0x80) !== 0 && (reply[2]! & 0x78) === 0;
  const oneQuestion = reply[4] === 0 && reply[5] === 1;
  return sameId && isResponse && oneQuestion && reply.compare(query, HEADER_BYTES, questionEnd, HEADER_BYTES, questionEnd) === 0;
}

/** Bytes of the (uncompressed) first question we wrote: labels, root byte, QTYPE, QCLASS. */
function questionLength(query: Buffer): number {
  let at = HEADER_BYTES;
  while (query[at]! !== 0) at += query[at]! + 1;
  return at + 1 + 4 - HEADER_BYTES;
}

export function isTruncated(reply: Buffer): boolean {
  return (reply.readUInt16BE(2) & TRUNCATED) !== 0;
}

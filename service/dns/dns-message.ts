import * as packet from 'dns-packet';
import { mixCase } from './mix-case.js';

/** RFC 1035 §4.1.1 response codes we tell apart. */
export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

const HEADER_BYTES = 12;
/** DNS Flag Day 2020: a 1232-byte EDNS buffer keeps UDP answers below fragmentation (RFC 9715). */
const EDNS_UDP_PAYLOAD = 1232;
/** RFC 1035 §2.3.4: labels of 63 octets at most, names of 255 octets at most on the wire. */
const MAX_LABEL = 63;
const MAX_NAME = 255;

/**
 * A TXT/IN query with RD set and an EDNS0 OPT record (RFC 6891), written by dns-packet, with each
 * ASCII letter of `name` in a random case (0x20, see mix-case.ts) and a full-range random id
 * (RFC 5452 §9.2). Undefined when `name` cannot go on the wire as it reads.
 */
export function encodeTxtQuery(name: string, random: (size: number) => Buffer): Buffer | undefined {
  if (!isWireName(name)) return undefined;
  const mixed = mixCase(name, random);
  return packet.encode({
    type: 'query',
    id: random(2).readUInt16BE(0),
    flags: packet.RECURSION_DESIRED,
    questions: [{ type: 'TXT', class: 'IN', name: mixed }],
    additionals: [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_UDP_PAYLOAD, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
  });
}

/**
 * Whether dns-packet writes `name` as exactly the labels it reads as: no empty label (so no leading,
 * trailing or double dot, which dns-packet would drop or write as a root byte mid-name), labels of
 * 1-63 and names of at most 255 octets (dns-packet writes any length into one length byte), and
 * only printable ASCII without a backslash. A CNAME target with other bytes (dns-packet reads
 * labels as UTF-8) is not asked for under a name that differs from it.
 */
function isWireName(name: string): boolean {
  if (name.length === 0 || name.length + 2 > MAX_NAME) return false;
  let labelStart = 0;
  for (let i = 0; i <= name.length; i++) {
    const c = i === name.length ? 0x2e : name.charCodeAt(i);
    if (c === 0x2e) {
      const length = i - labelStart;
      if (length === 0 || length > MAX_LABEL) return false;
      labelStart = i + 1;
    } else if (c <= 0x20 || c >= 0x7f || c === 0x5c) {
      return false;
    }
  }
  return true;
}

/**
 * Whether `reply` answers `query`: a response (QR=1, opcode QUERY) with the same id and exactly one
 * question whose bytes equal ours, i.e. the same name in the same letter case (0x20), type and
 * class. RFC 5452 §9.1 lists id, question and addresses; the UDP socket is connected to the
 * resolver, so the kernel already drops datagrams from any other address or port. A byte
 * comparison, not a parse (the question is the first name of a message, so it is never
 * compressed); it reads `reply` only within its length, so any datagram at all can be passed.
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

/** The TC bit, read before decoding: a truncated reply is asked again over TCP, not decoded. */
export function isTruncated(reply: Buffer): boolean {
  return (reply.readUInt16BE(2) & packet.TRUNCATED_RESPONSE) !== 0;
}

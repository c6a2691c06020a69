import * as packet from 'dns-packet';

/** RFC 1035 §4.1.1 response codes we tell apart. */
export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

const HEADER_BYTES = 12;
/** DNS Flag Day 2020: a 1232-byte EDNS buffer keeps UDP answers below fragmentation (RFC 9715). */
export const EDNS_UDP_PAYLOAD = 1232;

/** A TXT/IN query with RD set and an EDNS0 OPT record (RFC 6891). `name` is sent as given. */
export function encodeTxtQuery(name: string, id: number): Buffer {
  return packet.encode({
    type: 'query',
    id,
    flags: packet.RECURSION_DESIRED,
    questions: [{ type: 'TXT', class: 'IN', name }],
    additionals: [{ type: 'OPT', name: '.', udpPayloadSize: EDNS_UDP_PAYLOAD, extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }],
  });
}

/**
 * Whether `reply` answers `query`: a response (QR=1, opcode QUERY) with the same id and exactly one
 * question whose bytes equal ours, i.e. the same name in the same letter case (0x20), type and
 * class. RFC 5452 §9.1 lists id, question and addresses; the UDP socket is connected to the
 * resolver, so the kernel already drops datagrams from any other address or port.
 */
export function answersQuery(query: Buffer, reply: Buffer): boolean {
  const questionEnd = HEADER_BYTES + questionLength(query);
  if (reply.length < questionEnd) return false;
  const sameId = reply.readUInt16BE(0) === query.readUInt16BE(0);
  const flags = reply.readUInt16BE(2);
  const isResponse = (flags & 0x8000) !== 0 && ((flags >> 11) & 0xf) === 0;
  const oneQuestion = reply.readUInt16BE(4) === 1;
  return sameId && isResponse && oneQuestion && reply.subarray(HEADER_BYTES, questionEnd).equals(query.subarray(HEADER_BYTES, questionEnd));
}

/** Bytes of the (uncompressed) first question we wrote: labels, root byte, QTYPE, QCLASS. */
function questionLength(query: Buffer): number {
  let at = HEADER_BYTES;
  while (query[at]! !== 0) at += query[at]! + 1;
  return at + 1 + 4 - HEADER_BYTES;
}

export function isTruncated(reply: Buffer): boolean {
  return (reply.readUInt16BE(2) & packet.TRUNCATED_RESPONSE) !== 0;
}

/** The decoded reply with its full RCODE (RFC 6891 §6.1.3: upper 8 bits live in the OPT record). */
export function decodeReply(reply: Buffer): { rcode: number; message: packet.DecodedPacket } {
  const message = packet.decode(reply);
  // dns-packet does not bounds-check RDATA (a cut-short TXT string decodes as a shorter one), so
  // the message must account for every byte of the reply, no more and no less.
  if (packet.decode.bytes !== reply.length) throw new Error(`reply is ${reply.length} bytes, its records claim ${packet.decode.bytes}`);
  // @types/dns-packet has no `rcode`: it is the low 4 bits of the header flags.
  const low = (message.flags ?? 0) & 0x0f;
  const opt = message.additionals?.find((a) => a.type === 'OPT');
  const high = opt && 'extendedRcode' in opt ? opt.extendedRcode : 0;
  return { rcode: (high << 4) | low, message };
}

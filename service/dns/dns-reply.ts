import * as packet from 'dns-packet';

/** An answer-section record a TXT lookup needs; dns-packet reads the others, and they are skipped. */
export type ReplyRecord =
  /** `text`: the record's character-strings joined with nothing (RFC 1035 §3.3.14, RFC 7208 §3.3), UTF-8. */
  | { type: 'TXT'; name: string; text: string }
  | { type: 'CNAME'; name: string; target: string };

export interface DecodedReply {
  /** The full RCODE: low 4 bits from the header, upper 8 from the OPT record (RFC 6891 §6.1.3). */
  rcode: number;
  /** TXT records of class IN and CNAME records from the answer section, in order. */
  answers: ReplyRecord[];
}

/**
 * Decodes, with dns-packet, a reply that the UDP or TCP exchange already matched to our query
 * (id, question, 0x20 case). Names are as dns-packet gives them: labels read as UTF-8, joined with
 * dots, no trailing dot. Undefined, never an exception, for anything dns-packet refuses (a name or
 * record running past the end, a compression pointer that does not point backwards, RFC 1035
 * §4.1.4, so no loops; a reserved label type; a name over 255 octets; a TXT character-string
 * running past its record), and for a reply its records do not account for exactly, no more and
 * no less: dns-packet reads some records past their bounds without failing (a TXT record cut short
 * at the end), and moves past a CNAME by its name, not its RDLENGTH. A CNAME whose RDLENGTH
 * disagrees with its name mid-reply can thus still decode, as other records: only a sender that
 * matched our id, port and 0x20 question could send it, and it could send such records plainly.
 * The caller reports undefined as a temporary failure ('malformed').
 */
export function decodeReply(reply: Buffer): DecodedReply | undefined {
  let message: packet.DecodedPacket;
  try {
    message = packet.decode(reply);
  } catch {
    return undefined;
  }
  if (packet.decode.bytes !== reply.length) return undefined;
  const answers: ReplyRecord[] = [];
  for (const a of message.answers ?? []) {
    // Class IN exactly: dns-packet folds the top class bit (mDNS cache-flush) into `flush`.
    if (a.type === 'TXT' && a.class === 'IN' && !a.flush) answers.push({ type: 'TXT', name: a.name, text: joinStrings(a.data) });
    else if (a.type === 'CNAME') answers.push({ type: 'CNAME', name: a.name, target: a.data });
  }
  // @types/dns-packet has no `rcode` number: it is the low 4 bits of the header flags.
  const opt = message.additionals?.find((a) => a.type === 'OPT');
  const high = opt?.type === 'OPT' ? opt.extendedRcode : 0;
  return { rcode: (high << 4) | ((message.flags ?? 0) & 0x0f), answers };
}

/** RFC 1035 §3.3.14: one TXT record is one or more <character-string>s; they join with nothing. */
function joinStrings(data: packet.TxtData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (typeof data === 'string') return data;
  if (data.length === 1 && Buffer.isBuffer(data[0])) return data[0].toString('utf8');
  return Buffer.concat(data.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p)))).toString('utf8');
}

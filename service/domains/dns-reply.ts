import { CLASS_IN, HEADER_BYTES, TYPE } from './dns-message.js';

/** An answer-section record a TXT lookup needs; every other record is checked for shape and skipped. */
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

class Malformed extends Error {}
const MAX_NAME = 255;

/**
 * Reads a reply that the UDP pool or TCP exchange already matched to our query (id, question, 0x20
 * case). Names come back in presentation form (RFC 1035 §5.1): printable ASCII as is, a dot or
 * backslash inside a label as `\.` / `\\`, any other byte as `\DDD`, labels joined with dots and no
 * trailing dot (the root is ''), so a name compares as text and no label can pass for two.
 * Undefined for anything malformed, which the caller reports as a temporary failure: a name or
 * record that runs past its bounds, a compression pointer that does not point backwards (RFC 1035
 * §4.1.4, so no loops), a reserved label type, a name over 255 octets, TXT data its
 * character-strings do not fill exactly, or bytes left over after the last record.
 */
export function decodeReply(reply: Buffer): DecodedReply | undefined {
  try {
    return read(reply);
  } catch (e) {
    if (e instanceof Malformed) return undefined;
    throw e;
  }
}

function read(buf: Buffer): DecodedReply {
  need(buf, 0, HEADER_BYTES);
  const counts = [buf.readUInt16BE(4), buf.readUInt16BE(6), buf.readUInt16BE(8), buf.readUInt16BE(10)] as const;
  let rcode = buf[3]! & 0x0f;
  let sawOpt = false;
  let at = HEADER_BYTES;
  for (let q = 0; q < counts[0]; q++) at = need(buf, skipName(buf, at), 4);
  const answers: ReplyRecord[] = [];
  for (let section = 1; section <= 3; section++) {
    for (let r = 0; r < counts[section]!; r++) {
      const nameAt = at;
      const fixed = skipName(buf, at);
      const rdata = need(buf, fixed, 10);
      const type = buf.readUInt16BE(fixed);
      const klass = buf.readUInt16BE(fixed + 2);
      const end = need(buf, rdata, buf.readUInt16BE(fixed + 8));
      if (section === 1 && type === TYPE.TXT && klass === CLASS_IN) {
        answers.push({ type: 'TXT', name: readName(buf, nameAt).name, text: readText(buf, rdata, end) });
      } else if (section === 1 && type === TYPE.CNAME) {
        const target = readName(buf, rdata);
        if (target.end !== end) throw new Malformed('CNAME data is not one name');
        answers.push({ type: 'CNAME', name: readName(buf, nameAt).name, target: target.name });
      } else if (section === 3 && type === TYPE.OPT && !sawOpt) {
        sawOpt = true;
        rcode |= buf[fixed + 4]! << 4; // extended RCODE: the TTL field's first octet
      }
      at = end;
    }
  }
  if (at !== buf.length) throw new Malformed(`reply is ${buf.length} bytes, its records end at ${at}`);
  return { rcode, answers };
}

/** Offset `length` bytes past `at`, if the buffer holds them. */
function need(buf: Buffer, at: number, length: number): number {
  if (at + length > buf.length) throw new Malformed('runs past the end');
  return at + length;
}

/** Where the name at `at` ends in place (after its root byte or its pointer), checking its shape. */
function skipName(buf: Buffer, at: number): number {
  return walkName(buf, at, undefined);
}

function readName(buf: Buffer, at: number): { name: string; end: number } {
  const labels: string[] = [];
  const end = walkName(buf, at, labels);
  return { name: labels.join('.'), end };
}

/**
 * Walks the labels of the name at `at`, following compression pointers (each strictly before the
 * label sequence it continues), and pushes each label in presentation form onto `labels` if given.
 * Returns the offset just past the name's bytes in place.
 */
function walkName(buf: Buffer, at: number, labels: string[] | undefined): number {
  let end = -1;
  let start = at;
  let octets = 1;
  for (;;) {
    need(buf, at, 1);
    const length = buf[at]!;
    if (length === 0) return end < 0 ? at + 1 : end;
    const kind = length & 0xc0;
    if (kind === 0xc0) {
      need(buf, at, 2);
      const target = buf.readUInt16BE(at) & 0x3fff;
      if (target >= start) throw new Malformed('compression pointer does not point backwards');
      if (end < 0) end = at + 2;
      // Nothing but the name we already know ends here, unless we need its labels.
      if (!labels) return end;
      at = start = target;
      continue;
    }
    if (kind !== 0) throw new Malformed('reserved label type');
    octets += length + 1;
    if (octets > MAX_NAME) throw new Malformed('name over 255 octets');
    const next = need(buf, at + 1, length);
    labels?.push(presentLabel(buf, at + 1, next));
    at = next;
  }
}

/** RFC 1035 §5.1 escapes, so the text is ASCII and names the exact bytes. */
function presentLabel(buf: Buffer, from: number, to: number): string {
  let plain = true;
  for (let i = from; i < to && plain; i++) {
    const c = buf[i]!;
    plain = c > 0x20 && c < 0x7f && c !== 0x2e && c !== 0x5c;
  }
  if (plain) return buf.toString('latin1', from, to);
  let out = '';
  for (let i = from; i < to; i++) {
    const c = buf[i]!;
    if (c === 0x2e || c === 0x5c) out += `\\${String.fromCharCode(c)}`;
    else if (c > 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else out += `\\${String(c).padStart(3, '0')}`;
  }
  return out;
}

/** RFC 1035 §3.3.14: one or more <character-string>s filling the RDATA exactly, joined with nothing. */
function readText(buf: Buffer, from: number, to: number): string {
  if (from < to && from + 1 + buf[from]! === to) return buf.toString('utf8', from + 1, to);
  const parts: Buffer[] = [];
  for (let at = from; at < to; ) {
    const next = at + 1 + buf[at]!;
    if (next > to) throw new Malformed('character-string runs past its record');
    parts.push(buf.subarray(at + 1, next));
    at = next;
  }
  return Buffer.concat(parts).toString('utf8');
}

import * as packet from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { answersQuery, encodeTxtQuery } from '../../../../service/dns/dns-message.js';

/** A random source that hands out `byte` again and again. */
const constant = (byte: number) => (size: number) => Buffer.alloc(size, byte);
const seeded = (seed: number) => (size: number) => Buffer.from(Array.from({ length: size }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));

function query(name: string, id = 0x1234, random = seeded(7)): Buffer {
  const q = encodeTxtQuery(name, random)!;
  q.writeUInt16BE(id, 0);
  return q;
}

/** A reply to `q` as a resolver writes it: same id and question bytes, QR=1, RA, one TXT record. */
function replyTo(q: Buffer, edit: (r: Buffer) => void = () => {}): Buffer {
  const asked = packet.decode(q);
  const r = packet.encode({
    type: 'response',
    id: asked.id ?? 0,
    flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE,
    questions: asked.questions,
    answers: [{ type: 'TXT', name: asked.questions![0]!.name, data: ['v'] }],
  });
  edit(r);
  return r;
}

describe('encodeTxtQuery', () => {
  it('writes a TXT/IN query with RD and an EDNS0 OPT record (1232 bytes, version 0, DO clear), as dns-packet reads it', () => {
    const q = query('_consentry-challenge.app.example.com', 0xbeef);
    const decoded = packet.decode(q);
    expect(packet.decode.bytes).toBe(q.length);
    expect(decoded).toMatchObject({ id: 0xbeef, type: 'query', flag_rd: true, flag_qr: false, opcode: 'QUERY', answers: [], authorities: [] });
    expect(decoded.questions).toEqual([{ name: expect.any(String), type: 'TXT', class: 'IN' }]);
    expect(decoded.questions![0]!.name.toLowerCase()).toBe('_consentry-challenge.app.example.com');
    expect(decoded.additionals).toEqual([
      expect.objectContaining({ type: 'OPT', name: '.', udpPayloadSize: 1232, extendedRcode: 0, ednsVersion: 0, flag_do: false, options: [] }),
    ]);
  });

  it('0x20: sets each letter upper or lower case from one random bit, and leaves digits, hyphens and underscores alone', () => {
    expect(packet.decode(query('_ab-9.cd', 0, constant(0xff))).questions![0]!.name).toBe('_AB-9.CD');
    expect(packet.decode(query('_AB-9.CD', 0, constant(0))).questions![0]!.name).toBe('_ab-9.cd');
    // Bit k of the random bytes decides the k-th character of the name.
    expect(packet.decode(query('abcdefghij', 0, () => Buffer.from([0b01010101, 0b10]))).questions![0]!.name).toBe('AbCdEfGhiJ');
  });

  it('0x20: gives a long name many different spellings', () => {
    const random = seeded(42);
    const spellings = new Set(Array.from({ length: 50 }, () => packet.decode(query('abcdefghijklmnop.example.com', 0, random)).questions![0]!.name));
    expect(spellings.size).toBe(50);
  });

  it('accepts labels of 63 octets and names of 255 octets on the wire', () => {
    const label63 = 'a'.repeat(63);
    const name253 = [label63, label63, label63, 'b'.repeat(61)].join('.');
    expect(name253).toHaveLength(253);
    expect(packet.decode(query(name253)).questions![0]!.name.toLowerCase()).toBe(name253);
  });

  it.each([
    ['an empty name', ''],
    ['an empty label', 'a..example'],
    ['a leading dot', '.example'],
    ['a trailing dot', 'example.'],
    ['a 64-octet label', `${'a'.repeat(64)}.example`],
    ['a name of 256 octets', ['a'.repeat(63), 'a'.repeat(63), 'a'.repeat(63), 'a'.repeat(62)].join('.')],
    ['a space', 'a b.example'],
    ['a non-ASCII character', 'bücher.example'],
    ['a control character', 'a\u0000.example'],
    ['a backslash', 'a\\.b.example'],
    ['the root (a CNAME target dns-packet reads as ".")', '.'],
  ])('refuses %s', (_, name) => {
    expect(encodeTxtQuery(name, seeded(1))).toBeUndefined();
  });
});

describe('answersQuery', () => {
  const q = query('_consentry-challenge.app.example.com');

  it('accepts a response with our id and our question, letter case included', () => {
    expect(answersQuery(q, replyTo(q))).toBe(true);
  });

  it.each([
    ['another id', (r: Buffer) => r.writeUInt16BE(0x1235, 0)],
    ['QR clear (a query, not a response)', (r: Buffer) => (r[2]! &= 0x7f)],
    ['another opcode', (r: Buffer) => (r[2]! |= 0x10)],
    ['two questions', (r: Buffer) => r.writeUInt16BE(2, 4)],
    ['no question', (r: Buffer) => r.writeUInt16BE(0, 4)],
    ['another letter case (0x20)', (r: Buffer) => (r[14]! ^= 0x20)],
    ['another name', (r: Buffer) => (r[15]! = 0x78)],
    ['another type', (r: Buffer) => r.writeUInt16BE(1, 12 + 38)],
    ['another class', (r: Buffer) => r.writeUInt16BE(3, 12 + 40)],
  ])('refuses a reply with %s', (_, edit) => {
    expect(answersQuery(q, replyTo(q, edit))).toBe(false);
  });

  it('refuses every reply cut short before the end of its question, and never reads past it', () => {
    const r = replyTo(q);
    const questionEnd = 12 + 38 + 4;
    for (let n = 0; n < questionEnd; n++) expect(answersQuery(q, r.subarray(0, n))).toBe(false);
    expect(answersQuery(q, r.subarray(0, questionEnd))).toBe(true);
  });

  it('never throws on random datagrams', () => {
    const random = seeded(3);
    for (let i = 0; i < 2000; i++) {
      const junk = random(i % 80);
      expect(typeof answersQuery(q, junk)).toBe('boolean');
    }
  });
});

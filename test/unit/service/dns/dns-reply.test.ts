import * as packet from 'dns-packet';
import type { Answer } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { decodeReply } from '../../../../service/dns/dns-reply.js';

const NAME = '_consentry-challenge.app.example.com';
const seeded = (seed: number) => (size: number) => Buffer.from(Array.from({ length: size }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));

/** A reply as dns-packet writes it (no name compression). */
function reply(options: { rcode?: number; answers?: Answer[]; authorities?: Answer[]; additionals?: Answer[] } = {}): Buffer {
  return packet.encode({
    type: 'response',
    id: 7,
    flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | (options.rcode ?? 0),
    questions: [{ type: 'TXT', class: 'IN', name: NAME }],
    answers: options.answers ?? [],
    authorities: options.authorities ?? [],
    additionals: options.additionals ?? [],
  });
}
const txt = (data: string[], name = NAME): Answer => ({ type: 'TXT', name, ttl: 60, class: 'IN', data });
const opt = (extendedRcode: number): Answer => ({ type: 'OPT', name: '.', udpPayloadSize: 1232, extendedRcode, ednsVersion: 0, flags: 0, flag_do: false, options: [] });

/** Header + question `a.example` (offset 12) + the given records, written by hand to use compression pointers. */
function compressed(ancount: number, records: number[]): Buffer {
  const question = [1, 0x61, 7, ...Buffer.from('example'), 0, 0, 16, 0, 1];
  return Buffer.from([0, 7, 0x81, 0x80, 0, 1, 0, ancount, 0, 0, 0, 0, ...question, ...records]);
}
/** A record: owner bytes, TYPE, CLASS IN, TTL 60, RDLENGTH, RDATA. */
const record = (owner: number[], type: number, rdata: number[]) => [...owner, 0, type, 0, 1, 0, 0, 0, 60, rdata.length >> 8, rdata.length & 0xff, ...rdata];
const TO_QUESTION = [0xc0, 12];

describe('decodeReply', () => {
  describe('reads what dns-packet writes', () => {
    it('a TXT record, its character-strings joined with nothing (RFC 7208 §3.3)', () => {
      expect(decodeReply(reply({ answers: [txt(['v=spf1 -all']), txt(['consentry-verification=', 'abc'])] }))).toEqual({
        rcode: 0,
        answers: [
          { type: 'TXT', name: NAME, text: 'v=spf1 -all' },
          { type: 'TXT', name: NAME, text: 'consentry-verification=abc' },
        ],
      });
    });

    it('a 300-byte value split at 255 bytes, an empty string and an empty record', () => {
      const long = 'x'.repeat(300);
      expect(decodeReply(reply({ answers: [txt([long.slice(0, 255), long.slice(255)]), txt(['']), txt([])] }))?.answers).toEqual([
        { type: 'TXT', name: NAME, text: long },
        { type: 'TXT', name: NAME, text: '' },
        { type: 'TXT', name: NAME, text: '' },
      ]);
    });

    it('UTF-8 text as UTF-8', () => {
      expect(decodeReply(reply({ answers: [txt(['bücher ✓'])] }))?.answers[0]).toEqual({ type: 'TXT', name: NAME, text: 'bücher ✓' });
    });

    it('CNAME records with their targets, keeping the letter case of owner names', () => {
      const answers: Answer[] = [
        { type: 'CNAME', name: '_Consentry-Challenge.App.Example.com', ttl: 60, class: 'IN', data: 'Tokens.Provider.example' },
        txt(['v'], 'Tokens.Provider.example'),
      ];
      expect(decodeReply(reply({ answers }))?.answers).toEqual([
        { type: 'CNAME', name: '_Consentry-Challenge.App.Example.com', target: 'Tokens.Provider.example' },
        { type: 'TXT', name: 'Tokens.Provider.example', text: 'v' },
      ]);
    });

    it('skips other records: A answers, TXT of another class, authority and additional records', () => {
      const got = decodeReply(
        reply({
          answers: [{ type: 'A', name: NAME, ttl: 60, class: 'IN', data: '192.0.2.1' }, { ...txt(['chaos']), class: 'CH' } as Answer, txt(['in'])],
          authorities: [{ type: 'SOA', name: 'example.com', ttl: 60, class: 'IN', data: { mname: 'ns.example.com', rname: 'h.example.com', serial: 1, refresh: 1, retry: 1, expire: 1, minimum: 1 } }],
          additionals: [txt(['not an answer'])],
        }),
      );
      expect(got).toEqual({ rcode: 0, answers: [{ type: 'TXT', name: NAME, text: 'in' }] });
    });

    it.each([
      ['NXDOMAIN', 3, undefined, 3],
      ['SERVFAIL', 2, undefined, 2],
      ['REFUSED', 5, undefined, 5],
      ['BADVERS (RFC 6891 §6.1.3: upper 8 bits in the OPT record)', 0, opt(1), 16],
      ['an extended RCODE over a low one', 2, opt(3), 50],
      ['NOERROR with an OPT record', 0, opt(0), 0],
    ])('the full RCODE of %s', (_, rcode, o, full) => {
      expect(decodeReply(reply({ rcode, additionals: o ? [o] : [] }))?.rcode).toBe(full);
    });
  });

  describe('compressed names (RFC 1035 §4.1.4)', () => {
    it('follows a pointer to the question, and a label before a pointer', () => {
      const got = decodeReply(
        compressed(2, [
          ...record(TO_QUESTION, 5, [3, ...Buffer.from('www'), ...TO_QUESTION]),
          ...record([3, ...Buffer.from('www'), ...TO_QUESTION], 16, [1, 0x76]),
        ]),
      );
      expect(got?.answers).toEqual([
        { type: 'CNAME', name: 'a.example', target: 'www.a.example' },
        { type: 'TXT', name: 'www.a.example', text: 'v' },
      ]);
    });

    it('follows a pointer that points to a pointer further back', () => {
      const first = record(TO_QUESTION, 16, [1, 0x31]); // owner at offset 27
      const got = decodeReply(compressed(2, [...first, ...record([0xc0, 27], 16, [1, 0x32])]));
      expect(got?.answers.map((a) => a.name)).toEqual(['a.example', 'a.example']);
    });
  });

  describe('refuses malformed replies (undefined, never an exception)', () => {
    const good = reply({ answers: [txt(['consentry-verification=', 'abc']), { type: 'CNAME', name: NAME, ttl: 1, class: 'IN', data: 'x.example' }], additionals: [opt(0)] });

    it('the well-formed reply these cut', () => {
      expect(decodeReply(good)?.answers).toHaveLength(2);
    });

    it('cut short at every length', () => {
      for (let n = 0; n < good.length; n++) expect(decodeReply(good.subarray(0, n))).toBeUndefined();
    });

    it('with a byte left over after the last record', () => {
      expect(decodeReply(Buffer.concat([good, Buffer.from([0])]))).toBeUndefined();
    });

    it('with more records counted than present', () => {
      const r = Buffer.from(good);
      r.writeUInt16BE(3, 6);
      expect(decodeReply(r)).toBeUndefined();
      r.writeUInt16BE(0xffff, 6);
      expect(decodeReply(r)).toBeUndefined();
    });

    it.each([
      ['a character-string running past its record', record(TO_QUESTION, 16, [5, 0x61])],
      ['TXT data its strings do not fill', record(TO_QUESTION, 16, [1, 0x61, 3, 0x62])],
      ['CNAME data longer than its name', record(TO_QUESTION, 5, [1, 0x62, 0, 0])],
      ['CNAME data shorter than its name', record(TO_QUESTION, 5, [1, 0x62])],
      ['a pointer to itself', record([0xc0, 27], 16, [1, 0x76])],
      ['a pointer forwards', record([0xc0, 40], 16, [1, 0x76])],
      ['a pointer into its own labels', record([1, 0x62, 0xc0, 27], 16, [1, 0x76])],
      ['a reserved label type (0x40)', record([0x41, 0x62, 0], 16, [1, 0x76])],
      ['a reserved label type (0x80)', record([0x81, 0x62, 0], 16, [1, 0x76])],
      ['a pointer cut after one byte', [0xc0]],
    ])('with %s', (_, bytes) => {
      expect(decodeReply(compressed(1, bytes))).toBeUndefined();
    });

    it('with a name over 255 octets, also when built from pointers', () => {
      const label = [63, ...Buffer.alloc(63, 0x61)];
      expect(decodeReply(compressed(1, record([...label, ...label, ...label, ...label, 0], 16, [1, 0x76])))).toBeUndefined();
      // Three 64-byte labels then a pointer to the question (11 bytes): 203 octets, fine.
      expect(decodeReply(compressed(1, record([...label, ...label, ...label, ...TO_QUESTION], 16, [1, 0x76])))?.answers).toHaveLength(1);
      // A fourth label reached through a pointer makes it 267.
      const owners = [...record([...label, ...TO_QUESTION], 16, [1, 0x76])]; // owner at 27: one label and a pointer
      const chained = record([...label, ...label, ...label, 0xc0, 27], 16, [1, 0x76]);
      expect(decodeReply(compressed(2, [...owners, ...chained]))).toBeUndefined();
    });

    it('never throws on random bytes or on random changes to a good reply', () => {
      const random = seeded(11);
      for (let i = 0; i < 3000; i++) {
        const junk = random(i % 120);
        expect(() => decodeReply(junk)).not.toThrow();
        const mutated = Buffer.from(good);
        for (const b of random(1 + (i % 4))) mutated[b % mutated.length] = random(1)[0]!;
        const got = decodeReply(mutated);
        expect(got === undefined || Array.isArray(got.answers)).toBe(true);
      }
    });
  });
});

import * as packet from 'dns-packet';
import type { Answer } from 'dns-packet';
import { describe, expect, it } from 'vitest';
import { decodeReply } from '../../../../service/dns/dns-reply.js';
import { readTxtAnswer } from '../../../../service/dns/read-txt-answer.js';

const NAME = '_consentry-challenge.app.example.com';

/** What readTxtAnswer makes of a NOERROR reply to NAME with `answers`, decoded as the client decodes it. */
function meaning(answers: Answer[]) {
  const wire = packet.encode({ type: 'response', id: 1, flags: packet.RECURSION_AVAILABLE, questions: [{ type: 'TXT', class: 'IN', name: NAME }], answers });
  return readTxtAnswer(decodeReply(wire)!, NAME, []);
}
const txt = (name: string, value: string): Answer => ({ type: 'TXT', name, ttl: 60, class: 'IN', data: [value] });
const cname = (name: string, target: string): Answer => ({ type: 'CNAME', name, ttl: 60, class: 'IN', data: target });

describe('readTxtAnswer', () => {
  it('takes owner names in any ASCII letter case as ours (RFC 4343)', () => {
    expect(meaning([txt(NAME.toUpperCase(), 'v')])).toEqual({ status: 'found', records: ['v'], chain: [] });
  });

  it('folds ASCII letters only, so a non-ASCII label that lowercases to ours is another name', () => {
    // U+212A KELVIN SIGN: 'K'.toLowerCase() === 'k'.
    const kelvin = '\u212a.example.com';
    const wire = packet.encode({ type: 'response', id: 1, questions: [{ type: 'TXT', name: 'k.example.com' }], answers: [txt(kelvin, 'v'), cname(kelvin, 'x.example')] });
    expect(readTxtAnswer(decodeReply(wire)!, 'k.example.com', [])).toEqual({ status: 'nodata' });
  });

  it('follows a CNAME to a target in the reply, lowercasing the target', () => {
    expect(meaning([cname(NAME, 'Tokens.Provider.Example'), txt('tokens.provider.example', 'v')])).toEqual({
      status: 'found',
      records: ['v'],
      chain: ['tokens.provider.example'],
    });
  });

  it('asks for a CNAME target whose records are not in the reply', () => {
    expect(meaning([cname(NAME, 'tokens.provider.example')])).toEqual({ status: 'follow', target: 'tokens.provider.example', chain: ['tokens.provider.example'] });
  });

  it('stops on a CNAME loop inside one reply', () => {
    expect(meaning([cname(NAME, 'a.example'), cname('a.example', NAME)])).toEqual({ status: 'temporary', reason: 'cname_loop' });
  });
});

import { connect } from 'node:net';
import { answersQuery } from './dns-message.js';
import type { ResolverAddress } from './resolver-list.js';

/**
 * Sends `query` over TCP with the 2-byte length prefix (RFC 1035 §4.2.2, RFC 7766 §8) and reads one
 * framed reply. Resolves undefined when the connection fails, times out, closes early or the reply
 * does not answer the query: the caller then reports a temporary failure, never "absent".
 */
export function exchangeTcp(resolver: ResolverAddress, query: Buffer, timeoutMs: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host: resolver.host, port: resolver.port });
    let received = Buffer.alloc(0);
    let done = false;
    const finish = (reply: Buffer | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(reply);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    socket.on('error', () => finish(undefined));
    socket.on('close', () => finish(undefined));
    socket.on('connect', () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(query.length);
      socket.write(Buffer.concat([length, query]));
    });
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const size = received.readUInt16BE(0);
      if (received.length < 2 + size) return;
      const reply = received.subarray(2, 2 + size);
      finish(answersQuery(query, reply) ? reply : undefined);
    });
  });
}

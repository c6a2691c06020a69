import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';
import { answersQuery } from './dns-message.js';
import type { ResolverAddress } from './resolver-list.js';

/**
 * Sends `query` over UDP from a socket of its own and resolves with the first datagram that
 * answers it (dns-message.ts `answersQuery`: same id, a response, exactly our question in our
 * 0x20 letter case), or undefined on timeout or a socket error; never rejects.
 *
 * The socket binds port 0, so the kernel gives each query its own random ephemeral port
 * (RFC 5452 §9.2: an unpredictable source port and id per query), and is connected to the
 * resolver, so the kernel drops datagrams from any other address or port. A datagram that does
 * not answer the query (wrong id, wrong question or case, garbage) is ignored, so a spoofed
 * reply racing the real one changes nothing (docs/security.md D14). ICMP port unreachable
 * arrives as a socket error and ends the wait at once. The socket and the timer are gone as soon
 * as the exchange ends, so a finished lookup holds nothing open.
 */
export function exchangeUdp(resolver: ResolverAddress, query: Buffer, timeoutMs: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const socket = createSocket({ type: isIP(resolver.host) === 6 ? 'udp6' : 'udp4' });
    let done = false;
    const finish = (reply: Buffer | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        socket.close();
      } catch {
        // Already closed by Node after an error; nothing may throw out of a socket's handlers.
      }
      resolve(reply);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    socket.on('error', () => finish(undefined));
    socket.on('message', (msg: Buffer) => {
      if (answersQuery(query, msg)) finish(msg);
    });
    socket.connect(resolver.port, resolver.host, () => {
      socket.send(query, (err) => {
        if (err) finish(undefined);
      });
    });
  });
}

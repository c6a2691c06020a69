import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';
import { answersQuery } from './dns-message.js';
import type { ResolverAddress } from './resolver-list.js';

/**
 * Sends `query` over UDP from a fresh socket on a kernel-chosen random port (RFC 5452 §9.2: an
 * unpredictable source port per query) and waits for the first datagram that answers it. Every
 * other datagram — wrong id, wrong question, wrong 0x20 case, garbage — is ignored while waiting,
 * so a spoofed reply that races the real one changes nothing. Resolves undefined on timeout or a
 * socket error (e.g. ICMP port unreachable).
 */
export function exchangeUdp(resolver: ResolverAddress, query: Buffer, timeoutMs: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const socket = createSocket({ type: isIP(resolver.host) === 6 ? 'udp6' : 'udp4' });
    let done = false;
    const finish = (reply: Buffer | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.close();
      resolve(reply);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    socket.on('error', () => finish(undefined));
    socket.on('message', (msg) => {
      if (answersQuery(query, msg)) finish(msg);
    });
    // Port 0: the kernel picks a random ephemeral port. connect() makes the kernel drop datagrams
    // from any address or port other than the resolver's.
    socket.bind(0, () => {
      socket.connect(resolver.port, resolver.host, () => {
        socket.send(query, (sendErr) => {
          if (sendErr) finish(undefined);
        });
      });
    });
  });
}

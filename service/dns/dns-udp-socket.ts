import { createSocket, type Socket } from 'node:dgram';
import { isIP } from 'node:net';
import type { Expiring } from './deadline-queue.js';
import { answersQuery, HEADER_BYTES } from './dns-message.js';
import type { ResolverAddress } from './resolver-list.js';

/** One query in flight: its bytes (id included) and who waits for the reply. */
export class Exchange implements Expiring {
  settled = false;
  readonly deadline: number;

  constructor(
    readonly id: number,
    readonly query: Buffer,
    readonly socket: DnsUdpSocket,
    readonly timeoutMs: number,
    readonly resolve: (reply: Buffer | undefined) => void,
  ) {
    this.deadline = performance.now() + timeoutMs;
  }

  expire(): void {
    this.socket.settle(this, undefined);
  }
}

export interface DnsUdpSocketEvents {
  /** `e` got its reply, timed out or failed; it is no longer in flight. */
  settled(e: Exchange): void;
  /** The socket failed; what was in flight on it is settled next, then it closes. */
  failed(socket: DnsUdpSocket): void;
}

/**
 * One UDP socket connected to one resolver, with several queries in flight told apart by id (as
 * c-ares does). Port 0: the kernel binds a random ephemeral port. connect() makes the kernel drop
 * datagrams from anyone but the resolver; a datagram that answers no outstanding query (wrong id,
 * wrong question, wrong 0x20 case, garbage) is ignored, so a spoofed reply that races the real one
 * changes nothing (SECURITY.md D14). An error on the socket (ICMP port unreachable, a failed send)
 * settles everything in flight on it with no reply, and closes it.
 */
export class DnsUdpSocket {
  /** Outstanding queries by DNS id; the pool never puts one id in flight twice on a socket. */
  readonly inFlight = new Map<number, Exchange>();
  /** Queries served so far, for rotating ports. */
  uses = 0;
  /** Out of the pool (used up, failed or idle): closes once nothing is in flight. */
  retired = false;
  idleSince = 0;
  private readonly socket: Socket;
  private connected = false;
  private closed = false;
  /** Added since the last flush, or before connect() finished. */
  private unsent: Exchange[] = [];

  constructor(resolver: ResolverAddress, private readonly events: DnsUdpSocketEvents) {
    this.socket = createSocket({ type: isIP(resolver.host) === 6 ? 'udp6' : 'udp4' });
    this.socket.unref();
    this.socket.connect(resolver.port, resolver.host, () => {
      this.connected = true;
      this.flush();
    });
    // Also send errors: flush() passes no callback, so a failed send is emitted here.
    this.socket.on('error', () => this.fail());
    this.socket.on('message', (msg: Buffer) => {
      if (msg.length < HEADER_BYTES) return;
      const e = this.inFlight.get((msg[0]! << 8) | msg[1]!);
      if (e && answersQuery(e.query, msg)) this.settle(e, msg);
    });
  }

  /** Puts `e` in flight; its query goes out at the next flush(). True if nothing was waiting to go out. */
  add(e: Exchange): boolean {
    this.uses++;
    this.inFlight.set(e.id, e);
    return this.unsent.push(e) === 1;
  }

  /** Sends what was added since the last flush, back to back (once connected). */
  flush(): void {
    if (!this.connected || this.closed || this.unsent.length === 0) return;
    const batch = this.unsent;
    this.unsent = [];
    for (const e of batch) {
      if (e.settled) continue;
      try {
        this.socket.send(e.query);
      } catch {
        this.settle(e, undefined);
      }
    }
  }

  settle(e: Exchange, reply: Buffer | undefined): void {
    if (e.settled) return;
    e.settled = true;
    this.inFlight.delete(e.id);
    e.resolve(reply);
    this.events.settled(e);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.socket.close();
    } catch {
      // Node already closed it; nothing may throw out of a socket's event handlers.
    }
  }

  private fail(): void {
    this.events.failed(this);
    for (const e of [...this.inFlight.values()]) this.settle(e, undefined);
    this.close();
  }
}

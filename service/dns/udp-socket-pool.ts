import { createDeadlineQueue, type DeadlineQueue } from './deadline-queue.js';
import { DnsUdpSocket, Exchange } from './dns-udp-socket.js';
import type { ResolverAddress } from './resolver-list.js';

/** Sockets per resolver in use at once. */
const SOCKETS_PER_RESOLVER = 4;
/** A socket's port answers at most this many queries, then a fresh random port takes over. */
const QUERIES_PER_SOCKET = 32;
/** An idle socket is closed after this long, so a quiet process holds no ports. */
const IDLE_CLOSE_MS = 1000;

/** Sends `query` (its id is written here) and resolves with the reply that answers it, or undefined. */
export type UdpExchange = (resolver: ResolverAddress, query: Buffer, timeoutMs: number) => Promise<Buffer | undefined>;

/**
 * UDP exchanges over a small pool of connected sockets per resolver (dns-udp-socket.ts), several
 * queries in flight on each. A socket per query (bind, connect, send, close) cost more than the
 * query itself, and two resolvers per host doubled it. RFC 5452 §9.2 asks for an unpredictable
 * source port per query; here every socket gets its own kernel-chosen random port and serves at
 * most QUERIES_PER_SOCKET queries (and closes when idle), so an off-path attacker still has to
 * guess a random port, a random 16-bit id (from `random`, unique among the socket's outstanding
 * queries) and the 0x20 case of the name, while a port is reused for a short burst only. Resolves
 * undefined on timeout or a socket error.
 *
 * Queries made in one turn of the event loop go out together at its end (setImmediate): a send
 * that has to wake a sleeping resolver costs several times one that finds it awake, and with many
 * lookups in flight each batch of replies starts a batch of queries.
 */
export function createUdpSocketPool(random: (size: number) => Buffer): UdpExchange {
  const pools = new Map<string, DnsUdpSocket[]>();
  const deadlines = new Map<number, DeadlineQueue>();
  /** Sockets with queries to send at the end of this turn of the event loop. */
  let toFlush: DnsUdpSocket[] = [];
  let idleTimer: NodeJS.Timeout | undefined;
  const events = {
    settled(e: Exchange) {
      deadlines.get(e.timeoutMs)?.prune();
      const s = e.socket;
      if (s.inFlight.size > 0) return;
      if (s.retired) {
        s.close();
      } else {
        s.idleSince = performance.now();
        idleTimer ??= setTimeout(closeIdle, IDLE_CLOSE_MS).unref();
      }
    },
    failed: (s: DnsUdpSocket) => retire(s),
  };

  /** One timer for every pool: closes sockets idle for IDLE_CLOSE_MS, and comes back while any is open. */
  function closeIdle() {
    idleTimer = undefined;
    const now = performance.now();
    let open = 0;
    for (const pool of pools.values()) {
      for (const s of [...pool]) if (s.inFlight.size === 0 && now - s.idleSince >= IDLE_CLOSE_MS) retire(s);
      open += pool.length;
    }
    if (open > 0) idleTimer = setTimeout(closeIdle, IDLE_CLOSE_MS).unref();
  }

  /** Out of the pool; it still answers what is in flight, then closes. */
  function retire(s: DnsUdpSocket) {
    if (s.retired) return;
    s.retired = true;
    for (const pool of pools.values()) {
      const i = pool.indexOf(s);
      if (i >= 0) pool.splice(i, 1);
    }
    if (s.inFlight.size === 0) s.close();
  }

  function scheduleFlush(s: DnsUdpSocket) {
    if (toFlush.push(s) === 1) setImmediate(flush);
  }

  function flush() {
    const sockets = toFlush;
    toFlush = [];
    for (const s of sockets) s.flush();
  }

  function pick(resolver: ResolverAddress): DnsUdpSocket {
    const key = `${resolver.host}|${resolver.port}`;
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = []));
    if (pool.length >= SOCKETS_PER_RESOLVER) return pool[Math.floor(Math.random() * pool.length)]!;
    const s = new DnsUdpSocket(resolver, events);
    pool.push(s);
    return s;
  }

  /** RFC 5452 §9.2: a full-range random id, drawn again while it is outstanding on this socket. */
  function freshId(s: DnsUdpSocket): number {
    for (;;) {
      const id = random(2).readUInt16BE(0);
      if (!s.inFlight.has(id)) return id;
    }
  }

  return (resolver, query, timeoutMs) =>
    new Promise((resolve) => {
      const socket = pick(resolver);
      const id = freshId(socket);
      query.writeUInt16BE(id, 0);
      const e = new Exchange(id, query, socket, timeoutMs, resolve);
      (deadlines.get(timeoutMs) ?? deadlines.set(timeoutMs, createDeadlineQueue()).get(timeoutMs)!).add(e);
      if (socket.add(e)) scheduleFlush(socket);
      if (socket.uses >= QUERIES_PER_SOCKET) retire(socket);
    });
}

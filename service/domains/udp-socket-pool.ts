import { createSocket, type Socket } from 'node:dgram';
import { isIP } from 'node:net';
import { answersQuery } from './dns-message.js';
import { formatResolver, type ResolverAddress } from './resolver-list.js';

/** Sockets per resolver in use at once. */
const SOCKETS_PER_RESOLVER = 4;
/** A socket's port answers at most this many queries, then a fresh random port takes over. */
const QUERIES_PER_SOCKET = 32;
/** An idle socket is closed after this long, so a quiet process holds no ports. */
const IDLE_CLOSE_MS = 1000;

interface Waiter {
  query: Buffer;
  resolve(reply: Buffer | undefined): void;
}

interface PooledSocket {
  socket: Socket;
  ready: Promise<boolean>;
  /** Outstanding queries by DNS id (two may share an id; the question and 0x20 case tell them apart). */
  waiting: Map<number, Waiter[]>;
  pending: number;
  uses: number;
  idle: NodeJS.Timeout | undefined;
}

export type UdpExchange = (resolver: ResolverAddress, query: Buffer, timeoutMs: number) => Promise<Buffer | undefined>;

/**
 * UDP exchanges over a small pool of connected sockets per resolver. A socket per query (bind,
 * connect, send, close) cost more than the query itself, and two resolvers per host doubled it.
 * RFC 5452 §9.2 asks for an unpredictable source port per query; here every socket gets its own
 * kernel-chosen random port and serves at most QUERIES_PER_SOCKET queries (and closes when idle),
 * so an off-path attacker still has to guess a random port, the random 16-bit id and the 0x20
 * case of the name, while a port is reused for a short burst only. connect() makes the kernel drop
 * datagrams from anyone but the resolver; a datagram that answers no outstanding query (wrong id,
 * wrong question, wrong case, garbage) is ignored, so a spoofed reply that races the real one
 * changes nothing. Resolves undefined on timeout or a socket error (e.g. ICMP port unreachable).
 */
export function createUdpSocketPool(): UdpExchange {
  const pools = new Map<string, PooledSocket[]>();

  /** Takes `s` out of the pool; it closes once its last outstanding query is answered. */
  function detach(pool: PooledSocket[], s: PooledSocket) {
    const i = pool.indexOf(s);
    if (i >= 0) pool.splice(i, 1);
  }

  function close(s: PooledSocket) {
    clearTimeout(s.idle);
    try {
      s.socket.close();
    } catch {
      // already closed
    }
  }

  function open(resolver: ResolverAddress, pool: PooledSocket[]): PooledSocket {
    const socket = createSocket({ type: isIP(resolver.host) === 6 ? 'udp6' : 'udp4' });
    socket.unref();
    const s: PooledSocket = { socket, waiting: new Map(), pending: 0, uses: 0, idle: undefined, ready: Promise.resolve(false) };
    // Port 0 (implicit in connect): the kernel picks a random ephemeral port.
    s.ready = new Promise((resolve) => {
      socket.once('error', () => resolve(false));
      socket.connect(resolver.port, resolver.host, () => resolve(true));
    });
    socket.on('error', () => {
      detach(pool, s);
      for (const ws of s.waiting.values()) for (const w of ws) w.resolve(undefined);
      s.waiting.clear();
      close(s);
    });
    socket.on('message', (msg) => {
      if (msg.length < 2) return;
      const ws = s.waiting.get(msg.readUInt16BE(0));
      const w = ws?.find((x) => answersQuery(x.query, msg));
      if (w) w.resolve(msg);
    });
    pool.push(s);
    return s;
  }

  function pick(resolver: ResolverAddress): { s: PooledSocket; pool: PooledSocket[] } {
    const key = formatResolver(resolver);
    let pool = pools.get(key);
    if (!pool) pools.set(key, (pool = []));
    let s = pool.length < SOCKETS_PER_RESOLVER ? open(resolver, pool) : pool[Math.floor(Math.random() * pool.length)]!;
    if (++s.uses >= QUERIES_PER_SOCKET) detach(pool, s);
    return { s, pool };
  }

  return async (resolver, query, timeoutMs) => {
    const { s, pool } = pick(resolver);
    clearTimeout(s.idle);
    s.pending++;
    const id = query.readUInt16BE(0);
    const reply = await new Promise<Buffer | undefined>((resolve) => {
      let done = false;
      const waiter: Waiter = {
        query,
        resolve(reply) {
          if (done) return;
          done = true;
          clearTimeout(timer);
          const ws = s.waiting.get(id);
          const rest = ws?.filter((w) => w !== waiter) ?? [];
          if (rest.length) s.waiting.set(id, rest);
          else s.waiting.delete(id);
          resolve(reply);
        },
      };
      const timer = setTimeout(() => waiter.resolve(undefined), timeoutMs);
      s.waiting.set(id, [...(s.waiting.get(id) ?? []), waiter]);
      void s.ready.then((ok) => {
        if (!ok) return waiter.resolve(undefined);
        s.socket.send(query, (err) => {
          if (err) waiter.resolve(undefined);
        });
      });
    });
    s.pending--;
    if (s.pending === 0) {
      if (!pool.includes(s)) close(s);
      else
        s.idle = setTimeout(() => {
          detach(pool, s);
          close(s);
        }, IDLE_CLOSE_MS).unref();
    }
    return reply;
  };
}

import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { spawnServe } from '../../helpers/spawn-serve.js';
import { sqliteUrl } from '../../helpers/test-databases.js';

vi.setConfig({ testTimeout: 120_000 });

const DELAY_MS = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number | string;
  connection: string | undefined;
  at: number;
}

/** GET over `agent`; a reset or refusal is an answer too (its error code). */
function get(port: number, path: string, agent: Agent | false, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, at: Date.now() }));
      res.on('error', (err: NodeJS.ErrnoException) => resolve({ status: err.code ?? err.message, connection: undefined, at: Date.now() }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ status: err.code ?? err.message, connection: undefined, at: Date.now() }));
    req.end();
  });
}

/** Everything the server sends on `socket` until it closes it, or the error that ended it. */
function readUntilClosed(socket: Socket): Promise<{ text: string; error?: string }> {
  let text = '';
  socket.on('data', (d) => (text += String(d)));
  return new Promise((resolve) => {
    socket.on('error', (err: NodeJS.ErrnoException) => resolve({ text, error: err.code }));
    socket.on('close', () => resolve({ text }));
  });
}

/** A keep-alive connection that has had one answer and now sits idle. */
async function idleConnection(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write('GET /healthz HTTP/1.1\r\nHost: consentry.test\r\n\r\n');
  await once(socket, 'data');
  return socket;
}

/** SIGTERM as a load balancer needs it (docs/security.md RL6). */
describe('consentry serve on SIGTERM under keep-alive load', () => {
  it('answers readiness 503 first while serving, closes every connection after its answer, cuts and resets nothing, and exits once the last answer is written', async () => {
    const { child, url, output } = await spawnServe({ DATABASE_URL: sqliteUrl(), LOG_LEVEL: 'info', SHUTDOWN_DELAY_SECONDS: String(DELAY_MS / 1000) });
    const exited = once(child, 'exit');
    const port = Number(new URL(url).port);

    // Clients on keep-alive connections, each request reading a (bogus) session from the database.
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    let loadStopsAt = Infinity;
    const answers: Answer[] = [];
    const loop = async () => {
      while (Date.now() < loadStopsAt) answers.push(await get(port, '/login', agent, { cookie: `consentry_session=${'s'.repeat(43)}` }));
    };
    const load = Promise.all([loop(), loop(), loop(), loop()]);
    const idle = await Promise.all([idleConnection(port), idleConnection(port)]);
    await sleep(300);

    const signalledAt = Date.now();
    child.kill('SIGTERM');
    // Readiness as a load balancer probes it, on fresh connections, until the port closes.
    const readiness: Answer[] = [];
    const probing = (async () => {
      for (;;) {
        const r = await get(port, '/readyz', false);
        readiness.push(r);
        if (r.status === 503 && loadStopsAt === Infinity) loadStopsAt = Date.now() + DELAY_MS / 3; // it notices, then stops sending
        if (typeof r.status === 'string') return;
        await sleep(50);
      }
    })();
    // Requests on connections that were idle when the signal came.
    await sleep(100);
    const onIdle = idle.map((socket) => {
      const read = readUntilClosed(socket);
      socket.write('GET /healthz HTTP/1.1\r\nHost: consentry.test\r\n\r\n');
      return read;
    });
    // A request whose body is still arriving when the port closes.
    const slow = connect(port, '127.0.0.1');
    await once(slow, 'connect');
    const slowRead = readUntilClosed(slow);
    const body = 'grant_type=refresh_token&refresh_token=unknown';
    slow.write(`POST /oauth2/token HTTP/1.1\r\nHost: consentry.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
    await sleep(DELAY_MS + 300 - (Date.now() - signalledAt));
    slow.write(body.slice(10));

    await load;
    await probing;
    const [idleAnswers, slowAnswer] = [await Promise.all(onIdle), await slowRead];
    const [code] = await exited;
    const exitedAt = Date.now();
    agent.destroy();

    // Nothing reset or cut: every load request got its answer; after the signal, each one
    // closed its connection.
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(answers.filter((a) => a.at > signalledAt + 100 && a.connection !== 'close')).toEqual([]);
    expect(answers.filter((a) => a.at > signalledAt).length).toBeGreaterThan(0);
    // Readiness: 503 while still serving, and only then the port closes (refused).
    const shape = readiness.map((r) => (r.status === 503 ? 503 : typeof r.status === 'string' ? 'refused' : r.status));
    expect(shape.at(-1)).toBe('refused');
    expect(new Set(shape.slice(0, -1))).toEqual(new Set([503]));
    expect(readiness.at(-1)!.status).toBe('ECONNREFUSED');
    // The idle connections answered, then closed; the slow request was answered in full.
    for (const r of idleAnswers) {
      expect(r.error).toBeUndefined();
      expect(r.text).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*Connection: close\r\n[^]*\r\n\r\n\{"status":"ok"\}$/);
    }
    expect(slowAnswer.error).toBeUndefined();
    expect(slowAnswer.text).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n[^]*Connection: close\r\n[^]*"error":"invalid_client"/);
    // Exit once the last answer is written: not after a keep-alive timeout (5 s) ran out.
    expect(code).toBe(0);
    const lastAnswer = Math.max(...answers.map((a) => a.at), signalledAt + DELAY_MS);
    expect(exitedAt - lastAnswer).toBeLessThan(5000);
    const messages = output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg: string; req?: unknown })
      .filter((l) => l.req === undefined)
      .map((l) => l.msg);
    expect(messages.slice(messages.indexOf('shutting down'))).toEqual([
      'shutting down',
      'draining: /readyz answers 503, requests are still served until the port closes',
      'port closed: idle connections closed, waiting for the requests in flight',
      'stopped: every response written, database closed',
    ]);
  });
});

import { once } from 'node:events';
import type { RequestListener, Server, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export interface Drain {
  /** The server's request listener: `listener` with in-flight responses tracked. */
  listener: RequestListener;
  /**
   * The shutdown sequence a load balancer expects (docs/security.md RL6), resolved once the
   * last response is written and every connection is closed:
   *
   * 1. `onDraining()` (readiness turns 503) and, from now on, `Connection: close` on every
   *    response, those in flight included, so each keep-alive connection ends after its current
   *    answer instead of being cut or reset later;
   * 2. serve as usual for `delayMs`, while the load balancer notices and stops sending;
   * 3. close the listening socket and the idle keep-alive connections;
   * 4. wait for the requests in flight, at most `timeoutMs`, then cut what is left.
   */
  drain(o: { delayMs: number; timeoutMs: number; onDraining(): void }): Promise<void>;
}

export function createDrain(server: Server, listener: RequestListener, logger: Logger): Drain {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  function answered(this: ServerResponse) {
    inFlight.delete(this);
  }

  return {
    listener(req, res) {
      if (closing) {
        res.setHeader('Connection', 'close');
      } else {
        inFlight.add(res);
        res.once('close', answered);
      }
      listener(req, res);
    },

    async drain({ delayMs, timeoutMs, onDraining }) {
      onDraining();
      closing = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      inFlight.clear();
      logger.info({ delay_ms: delayMs }, 'draining: /readyz answers 503, requests are still served until the port closes');
      await new Promise((resolve) => setTimeout(resolve, delayMs));

      const closed = once(server, 'close');
      server.close();
      server.closeIdleConnections();
      logger.info('port closed: idle connections closed, waiting for the requests in flight');
      const cut = setTimeout(() => {
        logger.warn({ timeout_ms: timeoutMs }, 'requests still in flight after the shutdown timeout: connections cut');
        server.closeAllConnections();
      }, timeoutMs);
      await closed;
      clearTimeout(cut);
    },
  };
}

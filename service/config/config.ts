import { z } from 'zod';
import { parseResolverList } from '../dns/resolver-list.js';
import { DATABASE_TIMEOUT_DEFAULTS } from '../storage/database.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const seconds = (def: number) => z.coerce.number().int().min(1).max(31_536_000).default(def);

/**
 * Every configuration key Consentry reads, parsed once from the environment by main.ts.
 * The README's configuration table is this schema's `.describe()` texts.
 */
export const configSchema = z
  .object({
    HOST: z.string().min(1).default('127.0.0.1').describe('Interface to listen on.'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8080).describe('TCP port to listen on (0 = any free port).'),
    PUBLIC_URL: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Public base URL and OAuth issuer, e.g. https://auth.example.com. Default http://HOST:PORT.'),
    DATABASE_URL: z
      .string()
      .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'must start with sqlite: or postgres://')
      .default('sqlite:./data/consentry.db')
      .describe('sqlite:<file> (default ./data/consentry.db, WAL) or postgres://user:pass@host:port/db.'),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(60_000)
      .default(DATABASE_TIMEOUT_DEFAULTS.connectMs)
      .describe('PostgreSQL: longest wait for a connection (a new one, or a free one of the pool of 10); past it the request answers 503.'),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(600_000)
      .default(DATABASE_TIMEOUT_DEFAULTS.statementMs)
      .describe('PostgreSQL: the server cancels a statement running longer (statement_timeout), a server that answers nothing is given up 1 s later; the request answers 503.'),
    SCOPE_CATALOG: z.string().min(1).optional().describe('Path of a JSON scope catalog replacing the built-in one; validated at start.'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level.'),
    SIGNUP_ENABLED: bool.default(true).describe('Whether anyone may create a user (and their own account) at /signup.'),
    DEMO_SEED: bool.default(true).describe('Seed a clearly labelled demo dataset on the first start of an empty database.'),
    TRUST_PROXY: bool.default(false).describe('Trust X-Forwarded-* from a reverse proxy (needed for per-IP rate limits behind one).'),
    SESSION_TTL_SECONDS: seconds(43_200).describe('Lifetime of a dashboard sign-in session.'),
    ACCESS_TOKEN_TTL_SECONDS: seconds(300).describe('Lifetime of JWT access tokens (short: JWTs verify offline until exp).'),
    CODE_TTL_SECONDS: z.coerce.number().int().min(5).max(60).default(60).describe('Lifetime of authorization codes (at most 60 s).'),
    REFRESH_TOKEN_IDLE_TTL_SECONDS: seconds(2_592_000).describe('A refresh token unused this long expires.'),
    REFRESH_TOKEN_ABSOLUTE_TTL_SECONDS: seconds(7_776_000).describe('No refresh chain lives longer than this.'),
    REFRESH_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(0).describe('Grace window in which a just-rotated refresh token may be replayed (concurrent refresh); 0 = off.'),
    DNS_RESOLVERS: z
      .string()
      .optional()
      .superRefine((v, ctx) => {
        if (v === undefined) return;
        try {
          parseResolverList(v);
        } catch (e) {
          ctx.addIssue({ code: 'custom', message: (e as Error).message });
        }
      })
      .describe('Comma-separated ip:port DNS resolvers (IPv6 as [::1]:53) that must all agree before a domain counts as verified. Default: the system resolvers.'),
    SHUTDOWN_DELAY_SECONDS: z.coerce
      .number()
      .min(0)
      .max(300)
      .default(5)
      .describe('After SIGTERM, how long /readyz answers 503 while requests are still served, before the port closes (at least your load balancer\'s detection time).'),
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce
      .number()
      .min(0)
      .max(300)
      .default(10)
      .describe('After the port closes, how long requests in flight may still take before their connections are cut.'),
    VERIFICATION_TIMEOUT_SECONDS: seconds(172_800).describe('A pending domain verification with no success for this long since it started becomes failed.'),
  })
  .strict();

export type Config = z.infer<typeof configSchema> & { PUBLIC_URL: string };

/** Keys we own; anything else in the environment is ignored. */
const KEYS = Object.keys(configSchema.shape) as Array<keyof typeof configSchema.shape>;

/** Parse the environment once; throw one line naming the first bad key. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const picked: Record<string, string> = {};
  for (const key of KEYS) {
    const v = env[key];
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`invalid configuration: ${String(issue.path[0])}: ${issue.message}`);
  }
  const c = parsed.data;
  const publicUrl = (c.PUBLIC_URL ?? `http://${c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST}:${c.PORT}`).replace(/\/+$/, '');
  return { ...c, PUBLIC_URL: publicUrl };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

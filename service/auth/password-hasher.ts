import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id (a const enum, which verbatimModuleSyntax cannot inline).
const ARGON2ID = 2;

/** Memory-hard password hashing (argon2id, OWASP parameters: 19 MiB, 2 passes). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Verifies; for an unknown user pass `undefined` and a dummy hash is checked so timing matches. */
  verify(stored: string | undefined, password: string): Promise<boolean>;
}

export function createPasswordHasher(opts: { memoryCost?: number; timeCost?: number } = {}): PasswordHasher {
  const params = { algorithm: ARGON2ID as never, memoryCost: opts.memoryCost ?? 19_456, timeCost: opts.timeCost ?? 2, parallelism: 1 };
  let dummy: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, params),
    async verify(stored, password) {
      if (stored === undefined) {
        dummy ??= hash('consentry-dummy-password', params);
        await verify(await dummy, password).catch(() => false);
        return false;
      }
      return verify(stored, password).catch(() => false);
    },
  };
}

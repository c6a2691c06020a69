import { z } from 'zod';
import { Conflict } from '../../shared/errors/index.js';
import { displayText } from '../../shared/oauth/display-text.js';
import { newPasswordSchema } from './signup-input.js';
import type { Deps } from '../deps.js';
import { parseInput } from '../http/parse-input.js';
import type { User } from '../storage/stores/users-store.js';
import { emailSchema } from './account-input.js';

/** The same rules as the sign-up form (service/auth/signup-input.ts), for the CLI and the demo seed. */
export const newUserInput = z.object({ email: emailSchema, name: displayText(1, 80), password: newPasswordSchema });

/** Creates a user with an argon2id hash of `password`; 409 when the email already has a user. */
export async function createUserWithPassword(
  deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'passwords'>,
  input: z.input<typeof newUserInput>,
): Promise<User> {
  const { email, name, password } = parseInput(newUserInput, input);
  const now = deps.clock.now();
  const user = await deps.stores.users.create({
    id: deps.random.orderedId(now),
    email,
    name,
    passwordHash: await deps.passwords.hash(password),
    createdAt: now,
    disabled: false,
  });
  if (!user) throw new Conflict(`a user with email ${email} already exists`, { field: 'email' });
  return user;
}

import { authenticateClientSecret } from '../../service/clients/verify-client-secret.js';
import type { Deps } from '../../service/deps.js';

/** Whether `secret` currently authenticates the client (what the token endpoint checks). */
export async function verifyClientSecret(deps: Deps, clientId: string, secret: string): Promise<boolean> {
  return (await authenticateClientSecret(deps, clientId, secret)) !== undefined;
}

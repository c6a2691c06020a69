import { ValidationFailed } from '../../shared/errors/index.js';

export type HostRejection = 'empty' | 'ip_literal' | 'port' | 'empty_label' | 'invalid' | 'public_suffix';

/** The client_uri host cannot be verified; a 400 naming `client_uri` when it reaches the mapper. */
export class HostRejected extends ValidationFailed {
  constructor(
    readonly reason: HostRejection,
    description: string,
  ) {
    super(description, { field: 'client_uri' });
  }
}

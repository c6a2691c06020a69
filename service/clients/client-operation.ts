/** Who asks for a client operation, and on which account (every operation takes these). */
export interface ClientOperationContext {
  accountId: string;
  actorUserId: string;
  ip: string | null;
}

/** A client with its live secrets, and the secret value when this operation issued one. */
export interface ClientResult<C> {
  client: C;
  /** Present only in the response to create, rotate, or a change to a confidential method. */
  clientSecret?: string;
}

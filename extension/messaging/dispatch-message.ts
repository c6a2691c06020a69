import { MESSAGES, messageSchema, type Message, type MessageResults, type MessageType, type Reply } from './protocol.js';
import { senderContext, type ExtensionIdentity, type SenderInfo } from './sender-context.js';

/** What a handler learns about the sender: for a content script, its tab. */
export interface HandlerSender {
  readonly tabId?: number;
}

/** One handler per message type. */
export type MessageHandlers = {
  readonly [T in MessageType]: (message: Message<T>, sender: HandlerSender) => Promise<MessageResults[T]>;
};

/**
 * The background's `runtime.onMessage` listener: parses the message with its schema, checks the
 * sender may send it, and runs its handler. It never throws and never sends back an exception's
 * text, so a malformed or forged message changes nothing and learns nothing (docs/security.md X4).
 */
export function createMessageDispatcher(handlers: MessageHandlers, self: ExtensionIdentity, onError: (error: unknown) => void = () => {}) {
  return async (message: unknown, sender: SenderInfo): Promise<Reply> => {
    const parsed = messageSchema.safeParse(message);
    if (!parsed.success) return { ok: false, error: 'invalid_message' };
    const access = senderContext(sender, self);
    if (access === undefined || MESSAGES[parsed.data.type].access !== access) return { ok: false, error: 'forbidden' };
    try {
      const handler = handlers[parsed.data.type] as (m: Message, s: HandlerSender) => Promise<MessageResults[MessageType]>;
      const tabId = access === 'content-script' ? sender.tab?.id : undefined;
      return { ok: true, value: await handler(parsed.data, tabId === undefined ? {} : { tabId }) };
    } catch (error) {
      onError(error);
      return { ok: false, error: 'failed' };
    }
  };
}

import { browser } from '#imports';
import type { Message, MessageResults, MessageType, Reply } from './protocol.js';

/** A message the background refused; `reason` is the protocol's error code. */
export class MessageRefused extends Error {
  constructor(readonly reason: string) {
    super(`The extension's background refused the request (${reason}).`);
    this.name = 'MessageRefused';
  }
}

/** Sends one protocol message to the background and returns its answer, typed by message type. */
export async function sendMessage<T extends MessageType>(message: Message<T> & { readonly type: T }): Promise<MessageResults[T]> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new MessageRefused('no_answer');
  if (!reply.ok) throw new MessageRefused(reply.error);
  return reply.value;
}

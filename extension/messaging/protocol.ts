import { z } from 'zod';
import type { HistoryEntry, Inspection } from '../../shared/inspector/inspection.js';
import type { NavigationStart, NavigationStep } from '../../shared/inspector/navigation.js';
import { EXPORT_FORMATS, type ExportFile } from '../history/export-history.js';
import type { Settings } from '../storage/items.js';

/**
 * The extension's one message protocol: every message the background answers, its schema (every
 * incoming message is parsed with it, unknown keys rejected) and who may send it. `extension-page`
 * messages come only from the extension's own pages (popup, history, developer view, options);
 * `content-script` ones only from the in-page panel, and answer only about the sender's own tab.
 */
const tabId = z.number().int().min(0).max(2 ** 31 - 1);
const providerId = z.string().regex(/^[a-z0-9-]{1,40}$/);

export const MESSAGES = {
  'tab.view': { access: 'extension-page', schema: z.object({ type: z.literal('tab.view'), tabId }).strict() },
  'panel.view': { access: 'content-script', schema: z.object({ type: z.literal('panel.view') }).strict() },
  'history.list': {
    access: 'extension-page',
    schema: z.object({ type: z.literal('history.list'), query: z.string().max(200) }).strict(),
  },
  'history.clear': { access: 'extension-page', schema: z.object({ type: z.literal('history.clear') }).strict() },
  'history.export': {
    access: 'extension-page',
    schema: z.object({ type: z.literal('history.export'), format: z.enum(EXPORT_FORMATS) }).strict(),
  },
  'settings.get': { access: 'extension-page', schema: z.object({ type: z.literal('settings.get') }).strict() },
  'settings.panel': {
    access: 'extension-page',
    schema: z.object({ type: z.literal('settings.panel'), provider: providerId, enabled: z.boolean() }).strict(),
  },
} as const;

export type MessageType = keyof typeof MESSAGES;
/** Where a message may come from. */
export type MessageAccess = (typeof MESSAGES)[MessageType]['access'];
/** The message of one type, as sent. */
export type Message<T extends MessageType = MessageType> = z.infer<(typeof MESSAGES)[T]['schema']>;

/** The whole incoming message, parsed in one step: the `type` picks the schema. */
export const messageSchema = z.discriminatedUnion('type', [
  MESSAGES['tab.view'].schema,
  MESSAGES['panel.view'].schema,
  MESSAGES['history.list'].schema,
  MESSAGES['history.clear'].schema,
  MESSAGES['history.export'].schema,
  MESSAGES['settings.get'].schema,
  MESSAGES['settings.panel'].schema,
]);

/** A navigation step as pages see it: where, without the query (its values stay in the background). */
export interface StepView {
  readonly event: NavigationStep['event'];
  readonly location: string;
  readonly at: number;
  readonly serverRedirect?: boolean;
  readonly error?: string;
}

/** What the popup and the developer view show for one tab. */
export interface TabView {
  readonly inspection?: Inspection;
  readonly chain?: {
    readonly start: NavigationStart;
    /** Host of the page that opened the tab or held the link. */
    readonly openerHost?: string;
    readonly popup: boolean;
    readonly steps: readonly StepView[];
  };
  /** Earlier requests of the same app, newest first. */
  readonly appHistory: readonly HistoryEntry[];
  /** Whether the in-page panel is on for the inspection's provider. */
  readonly panelEnabled: boolean;
}

/** What the in-page panel shows: the tab's inspection without its URL and decoded parameters. */
export interface PanelView {
  readonly inspection?: Omit<Inspection, 'parameters' | 'url'>;
}

export interface HistoryList {
  /** Matching entries, newest first. */
  readonly entries: readonly HistoryEntry[];
  /** Entries in the history in all. */
  readonly total: number;
  readonly limit: number;
}

/** The answer to each message type. */
export interface MessageResults {
  'tab.view': TabView;
  'panel.view': PanelView;
  'history.list': HistoryList;
  'history.clear': { readonly deleted: number };
  'history.export': ExportFile;
  'settings.get': Settings;
  'settings.panel': Settings;
}

/** Why the background refused a message. Nothing else about the failure is sent back. */
export const REPLY_ERRORS = ['invalid_message', 'forbidden', 'failed'] as const;
export type ReplyError = (typeof REPLY_ERRORS)[number];

/** The background's reply to any message. */
export type Reply<T extends MessageType = MessageType> = { readonly ok: true; readonly value: MessageResults[T] } | { readonly ok: false; readonly error: ReplyError };

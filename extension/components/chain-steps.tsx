import type { TabView } from '../messaging/protocol.js';

const EVENTS = { before: 'asked for', committed: 'loaded', error: 'failed' } as const;

/** The tab's navigation chain, oldest first, without query values. */
export function ChainSteps({ chain }: { chain: NonNullable<TabView['chain']> }) {
  return (
    <>
      <p>
        Started by: <strong data-start={chain.start}>{chain.start}</strong>
        {chain.openerHost && ` from ${chain.openerHost}`}
        {chain.popup && ' (popup window)'}
      </p>
      <ol class="chain">
        {chain.steps.map((s, i) => (
          <li key={`${s.at}-${i}`} data-event={s.event}>
            {EVENTS[s.event]} <span class="mono">{s.location}</span>
            {s.serverRedirect && ' (after a server redirect)'}
            {s.error && <span class="mono"> {s.error}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}

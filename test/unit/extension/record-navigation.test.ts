import { describe, expect, it } from 'vitest';
import type { NavigationEvent } from '../../../extension/navigation/navigation-event.js';
import { navigationStart } from '../../../extension/navigation/navigation-start.js';
import { MAX_CHAIN_STEPS, recordNavigation } from '../../../extension/navigation/record-navigation.js';
import type { TabRecord } from '../../../extension/tabs/tab-record.js';

const AUTH = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=app&response_type=code&scope=openid';
const SIGN_IN = 'https://accounts.google.com/v3/signin/identifier';
const MAIL = 'https://mail.example.test/inbox';

const before = (url: string, at = 1): NavigationEvent => ({ kind: 'before', tabId: 7, url, at });
const committed = (url: string, transition: string | undefined, qualifiers: string[] = [], at = 2): NavigationEvent => ({
  kind: 'committed',
  tabId: 7,
  url,
  at,
  ...(transition !== undefined && { transition }),
  qualifiers,
});

/** Feeds events in order, as the background does. */
function replay(events: NavigationEvent[], start?: TabRecord): TabRecord {
  return events.reduce<TabRecord | undefined>((record, event) => recordNavigation(record, event), start)!;
}

describe('navigationStart', () => {
  it('reads the start of a navigation from its transition type and qualifiers, qualifiers first', () => {
    expect(navigationStart('typed', ['from_address_bar'])).toBe('typed');
    expect(navigationStart('auto_bookmark', [])).toBe('typed');
    expect(navigationStart('link', [])).toBe('link');
    expect(navigationStart('form_submit', [])).toBe('link');
    expect(navigationStart('link', ['client_redirect'])).toBe('redirect');
    expect(navigationStart('typed', ['forward_back'])).toBe('reload');
    expect(navigationStart('reload', [])).toBe('reload');
    expect(navigationStart('auto_toplevel', [])).toBe('external');
    expect(navigationStart(undefined, [])).toBe('unknown');
    expect(navigationStart('manual_subframe', [])).toBe('unknown');
  });
});

describe('recordNavigation', () => {
  it('keeps the first URL of a request that the server redirected to its sign-in page', () => {
    const record = replay([before(AUTH, 10), committed(SIGN_IN, 'typed', ['from_address_bar', 'server_redirect'], 20)]);
    expect(record).toEqual({
      chain: {
        start: 'typed',
        popup: false,
        steps: [
          { event: 'before', url: AUTH, at: 10 },
          { event: 'committed', url: SIGN_IN, at: 20, serverRedirect: true },
        ],
      },
      lastUrl: SIGN_IN,
    });
  });

  it('starts a new chain at a link followed from an ordinary page, naming that page as the opener', () => {
    const mailPage = replay([before(MAIL), committed(MAIL, 'typed', ['from_address_bar'])]);
    const record = replay([before('https://microsoft.com/devicelogin', 5), committed('https://microsoft.com/devicelogin', 'link', [], 6)], mailPage);
    expect(record.chain).toEqual({
      start: 'link',
      openerUrl: MAIL,
      popup: false,
      steps: [
        { event: 'before', url: 'https://microsoft.com/devicelogin', at: 5 },
        { event: 'committed', url: 'https://microsoft.com/devicelogin', at: 6, serverRedirect: false },
      ],
    });
  });

  it('goes on through the links and form posts of a flow that holds a request, and restarts when the user types', () => {
    const inFlow: TabRecord = { ...replay([before(AUTH), committed(SIGN_IN, 'link', ['server_redirect'])]), inspection: {} as TabRecord['inspection'] };
    const posted = replay([before(`${SIGN_IN}/password`, 3), committed(`${SIGN_IN}/password`, 'form_submit', [], 4)], inFlow);
    expect(posted.chain.steps.map((s) => s.event)).toEqual(['before', 'committed', 'before', 'committed']);
    expect(posted.inspection).toBe(inFlow.inspection);

    const typed = replay([before('https://news.example.test/', 5), committed('https://news.example.test/', 'typed', ['from_address_bar'], 6)], posted);
    expect(typed.inspection).toBeUndefined();
    expect(typed.chain).toEqual({
      start: 'typed',
      popup: false,
      steps: [
        { event: 'before', url: 'https://news.example.test/', at: 5 },
        { event: 'committed', url: 'https://news.example.test/', at: 6, serverRedirect: false },
      ],
    });
  });

  it('keeps a client redirect in the chain it came from', () => {
    const app = replay([before('https://app.example.test/'), committed('https://app.example.test/', 'typed')]);
    const record = replay([before(AUTH, 3), committed(AUTH, 'link', ['client_redirect'], 4)], app);
    expect(record.chain.start).toBe('typed');
    expect(record.chain.steps.map((s) => s.url)).toEqual(['https://app.example.test/', 'https://app.example.test/', AUTH, AUTH]);
  });

  it('records a tab a page opened as an `opened` chain with the opener page, and its failed load', () => {
    const opener = replay([before('https://blog.example.test/post'), committed('https://blog.example.test/post', 'link')]);
    const opened = recordNavigation(undefined, { kind: 'opened', tabId: 8, sourceTabId: 7, url: AUTH, at: 1, popup: true }, opener);
    const record = replay(
      [
        { kind: 'before', tabId: 8, url: AUTH, at: 2 },
        { kind: 'error', tabId: 8, url: 'http://localhost:8400/?code=abc&state=xyz', at: 3, error: 'net::ERR_CONNECTION_REFUSED' },
      ],
      opened,
    );
    expect(record).toEqual({
      chain: {
        start: 'opened',
        openerUrl: 'https://blog.example.test/post',
        popup: true,
        steps: [
          { event: 'before', url: AUTH, at: 2 },
          { event: 'error', url: 'http://localhost:8400/?code=abc&state=xyz', at: 3, error: 'net::ERR_CONNECTION_REFUSED' },
        ],
      },
    });
    // The opened tab's first commit belongs to its own chain, even though it is a link transition.
    expect(recordNavigation(opened, committed(AUTH, 'link')).chain.start).toBe('opened');
  });

  it('keeps the first step and the newest ones when a chain grows past its cap', () => {
    let record: TabRecord = { ...replay([before(AUTH, 0)]), inspection: {} as TabRecord['inspection'] };
    for (let i = 1; i <= 100; i++) record = recordNavigation(record, before(`https://accounts.google.com/step/${i}`, i));
    expect(record.chain.steps).toHaveLength(MAX_CHAIN_STEPS);
    expect(record.chain.steps[0]!.url).toBe(AUTH);
    expect(record.chain.steps[1]!.url).toBe(`https://accounts.google.com/step/${100 - MAX_CHAIN_STEPS + 2}`);
    expect(record.chain.steps.at(-1)!.url).toBe('https://accounts.google.com/step/100');
  });

  it('keeps the history write of the previous chain, so a reloaded consent page is recorded once', () => {
    const recorded: TabRecord = { ...replay([before(AUTH), committed(AUTH, 'typed')]), recorded: { key: 'k', at: 2 } };
    const reloaded = replay([before(AUTH, 3), committed(AUTH, 'reload', [], 4)], recorded);
    expect(reloaded.chain.start).toBe('reload');
    expect(reloaded.recorded).toEqual({ key: 'k', at: 2 });
  });
});

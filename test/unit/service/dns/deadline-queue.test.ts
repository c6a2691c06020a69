import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeadlineQueue, type Expiring } from '../../../../service/dns/deadline-queue.js';

function item(timeoutMs: number, expired: string[], name: string): Expiring {
  const it: Expiring = {
    deadline: performance.now() + timeoutMs,
    settled: false,
    expire() {
      it.settled = true;
      expired.push(name);
    },
  };
  return it;
}

describe('createDeadlineQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('expires each unsettled item at its deadline, in order, with one timer for all of them', () => {
    const queue = createDeadlineQueue();
    const expired: string[] = [];
    queue.add(item(100, expired, 'a'));
    vi.advanceTimersByTime(30);
    queue.add(item(100, expired, 'b'));
    queue.add(item(100, expired, 'c'));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(69);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['a']);
    vi.advanceTimersByTime(29);
    expect(expired).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['a', 'b', 'c']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never expires a settled item, and lets the timer go once nothing is left to expire', () => {
    const queue = createDeadlineQueue();
    const expired: string[] = [];
    const a = item(100, expired, 'a');
    const b = item(100, expired, 'b');
    queue.add(a);
    queue.add(b);
    a.settled = true;
    queue.prune();
    vi.advanceTimersByTime(100);
    expect(expired).toEqual(['b']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('drops its timer as soon as every item is settled, so nothing holds the process open', () => {
    const queue = createDeadlineQueue();
    const a = item(5000, [], 'a');
    queue.add(a);
    expect(vi.getTimerCount()).toBe(1);
    a.settled = true;
    queue.prune();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps working after it empties', () => {
    const queue = createDeadlineQueue();
    const expired: string[] = [];
    const a = item(50, expired, 'a');
    queue.add(a);
    a.settled = true;
    queue.prune();
    vi.advanceTimersByTime(50);
    queue.add(item(50, expired, 'b'));
    vi.advanceTimersByTime(50);
    expect(expired).toEqual(['b']);
  });

  it('expires only the one unsettled item among thousands settled before it', () => {
    const queue = createDeadlineQueue();
    const expired: string[] = [];
    const items = Array.from({ length: 5000 }, (_, i) => item(1000, expired, String(i)));
    for (const x of items) queue.add(x);
    for (const x of items.slice(0, 4999)) {
      x.settled = true;
      queue.prune();
    }
    vi.advanceTimersByTime(1000);
    expect(expired).toEqual(['4999']);
  });
});

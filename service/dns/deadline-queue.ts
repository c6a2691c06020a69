/** Something that times out unless settled first. */
export interface Expiring {
  /** performance.now() at which it expires. */
  deadline: number;
  settled: boolean;
  expire(): void;
}

export interface DeadlineQueue {
  /** Adds `item`; its deadline must not be earlier than any added before (one fixed timeout). */
  add(item: Expiring): void;
  /** Call after settling an item, so settled items at the front are let go at once. */
  prune(): void;
}

/**
 * Timeouts for many concurrent exchanges with one timer instead of a setTimeout per query: with a
 * single timeout length, items expire in the order they were added, so the one timer waits for the
 * first unsettled item. The timer is ref'd, as a per-query timer was, so a pending query keeps the
 * process alive until it is answered or expires, and cleared once nothing is pending.
 */
export function createDeadlineQueue(): DeadlineQueue {
  let items: Expiring[] = [];
  let head = 0;
  let timer: NodeJS.Timeout | undefined;

  function prune() {
    while (head < items.length && items[head]!.settled) head++;
    if (head === items.length) {
      items = [];
      head = 0;
      // Nothing left to wait for: a finished lookup must not hold the process open until its timeout.
      clearTimeout(timer);
      timer = undefined;
    } else if (head > 1024 && head * 2 > items.length) {
      items = items.slice(head);
      head = 0;
    }
  }

  function arm() {
    if (timer !== undefined || head === items.length) return;
    timer = setTimeout(fire, Math.max(0, items[head]!.deadline - performance.now()));
  }

  function fire() {
    timer = undefined;
    const now = performance.now();
    while (head < items.length && (items[head]!.settled || items[head]!.deadline <= now)) {
      const item = items[head++]!;
      if (!item.settled) item.expire();
    }
    prune();
    arm();
  }

  return {
    add(item) {
      items.push(item);
      arm();
    },
    prune,
  };
}

/** Time as a port, so tests control it (CONTRIBUTING.md#ports). Milliseconds since the epoch. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

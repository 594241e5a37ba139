/**
 * A sliding one-minute window of attempts per key (an email, an address).
 * Held in memory, so with several server processes each counts its own
 * attempts: the effective limit is the per-process limit times the processes.
 */
const WINDOW_MS = 60_000;
/** Keys kept at most; beyond, the oldest windows are dropped first. */
const MAX_KEYS = 100_000;

export class RateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt; null when allowed, else the seconds until the next one would be. */
  hit(key: string): number | null {
    const now = this.now();
    const recent = (this.attempts.get(key) ?? []).filter((at) => at > now - WINDOW_MS);
    if (recent.length >= this.perMinute) {
      this.attempts.set(key, recent);
      return Math.max(1, Math.ceil((recent[0]! + WINDOW_MS - now) / 1000));
    }
    recent.push(now);
    this.attempts.delete(key); // re-inserted last: Map order is then oldest-first
    this.attempts.set(key, recent);
    if (this.attempts.size > MAX_KEYS) this.attempts.delete(this.attempts.keys().next().value!);
    return null;
  }
}

// GHL's limits per (app, location or company): a sliding burst window and a daily (UTC day) count, with the five
// X-RateLimit-* headers on every API answer. Also observes the largest burst any key sent (stats.maxBurstObserved).
import type { Headers } from './http.js'
import type { Clock } from './state.js'
import type { RateLimitOptions, SandboxStats } from './types.js'

const DAY_MS = 86_400_000
/** Window used to observe bursts when limiting is off. */
const OBSERVE_WINDOW_MS = 10_000

/** Timestamps in a growing array with a moving head: O(1) amortised push and expiry. */
class Log {
  private items: number[] = []
  private head = 0

  /** Drops entries at or before `cutoff`, returns how many remain. */
  prune (cutoff: number): number {
    const items = this.items
    let head = this.head
    while (head < items.length && items[head] <= cutoff) head++
    if (head > 1024 && head * 2 > items.length) {
      this.items = items.slice(head)
      head = 0
    }
    this.head = head
    return this.items.length - head
  }

  push (t: number): void {
    this.items.push(t)
  }

  oldest (): number {
    return this.items[this.head]
  }
}

interface Bucket {
  accepted: Log
  seen: Log
  day: number
  dayCount: number
}

export interface RateDecision {
  allowed: boolean
  /** undefined when limiting is off */
  headers?: Headers
  /** seconds, when refused */
  retryAfter?: number
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>()
  private readonly windowMs: number

  constructor (
    private readonly cfg: RateLimitOptions | false,
    private readonly clock: Clock,
    private readonly stats: SandboxStats
  ) {
    this.windowMs = cfg === false ? OBSERVE_WINDOW_MS : cfg.windowMs
  }

  /** Headers for answers that cannot be attributed to a key (no valid token): the full budget. */
  idleHeaders (): Headers | undefined {
    const cfg = this.cfg
    if (cfg === false) return undefined
    return {
      'x-ratelimit-limit-daily': cfg.daily,
      'x-ratelimit-daily-remaining': cfg.daily,
      'x-ratelimit-interval-milliseconds': cfg.windowMs,
      'x-ratelimit-max': cfg.burst,
      'x-ratelimit-remaining': cfg.burst
    }
  }

  #bucket (key: string, now: number): Bucket {
    let b = this.buckets.get(key)
    if (b === undefined) {
      b = { accepted: new Log(), seen: new Log(), day: Math.floor(now / DAY_MS), dayCount: 0 }
      this.buckets.set(key, b)
    }
    return b
  }

  /**
   * Sets what is left of `key`'s daily budget for the rest of today (the count of requests already accepted today
   * becomes daily - remaining); returns the remaining set, or undefined when limiting is off.
   */
  setDailyRemaining (key: string, remaining: number): number | undefined {
    const cfg = this.cfg
    if (cfg === false) return undefined
    const now = this.clock.now()
    const b = this.#bucket(key, now)
    b.day = Math.floor(now / DAY_MS)
    b.dayCount = cfg.daily - Math.max(0, Math.min(cfg.daily, Math.floor(remaining)))
    return cfg.daily - b.dayCount
  }

  /** Counts one request of `key` and decides whether it may proceed. */
  take (key: string): RateDecision {
    const now = this.clock.now()
    const b = this.#bucket(key, now)
    const cutoff = now - this.windowMs
    const seen = b.seen.prune(cutoff) + 1
    b.seen.push(now)
    if (seen > this.stats.maxBurstObserved) this.stats.maxBurstObserved = seen

    const cfg = this.cfg
    if (cfg === false) return { allowed: true }

    const day = Math.floor(now / DAY_MS)
    if (day !== b.day) {
      b.day = day
      b.dayCount = 0
    }
    const inWindow = b.accepted.prune(cutoff)
    let retryAfter: number | undefined
    if (b.dayCount >= cfg.daily) retryAfter = Math.ceil(((day + 1) * DAY_MS - now) / 1000)
    else if (inWindow >= cfg.burst) retryAfter = Math.ceil((b.accepted.oldest() + cfg.windowMs - now) / 1000)
    const allowed = retryAfter === undefined
    if (allowed) {
      b.accepted.push(now)
      b.dayCount++
    }
    const headers: Headers = {
      'x-ratelimit-limit-daily': cfg.daily,
      'x-ratelimit-daily-remaining': cfg.daily - b.dayCount,
      'x-ratelimit-interval-milliseconds': cfg.windowMs,
      'x-ratelimit-max': cfg.burst,
      'x-ratelimit-remaining': Math.max(0, cfg.burst - inWindow - (allowed ? 1 : 0))
    }
    if (!allowed) headers['retry-after'] = Math.max(1, retryAfter ?? 1)
    return allowed ? { allowed, headers } : { allowed, headers, retryAfter: Math.max(1, retryAfter ?? 1) }
  }
}

// A connection's two GHL budgets as one view (fastify.ghl.rateBudget(locationId), /status, the admin page): the burst
// window (fleet-wide or this instance's) and the daily count with its reserve, below which background work waits.
import type { RateLimitState } from './rate-limiter.js'

/** GHL's daily limit per app and location, assumed until GHL reports X-RateLimit-Limit-Daily. */
export const DEFAULT_DAILY_LIMIT = 200_000
/** The default reserve: 5 % of the daily limit is kept for live calls. */
export const DEFAULT_DAILY_RESERVE = 0.05

export interface RateBudget {
  connection: string
  burst: {
    /** 'fleet': shared by every instance through the database; 'instance': this process limits itself; 'off'. */
    mode: 'fleet' | 'instance' | 'off'
    max: number
    windowMs: number
    /** X-RateLimit-Remaining of GHL's last answer (fleet-wide truth), or null before any. */
    remaining: number | null
    /** Slots this instance holds right now (fleet: leased and unused; instance: free by its own count). */
    available: number
    inFlight: number
    queued: number
    /** Until when calls wait after a 429 (ISO time), or null. */
    pausedUntil: string | null
  }
  daily: {
    /** X-RateLimit-Daily-Remaining as last reported (by GHL to this instance, or by a peer through the table). */
    remaining: number | null
    limit: number
    /** Requests kept for live calls: below it the outbox relay parks the connection's jobs. */
    reserve: number
    reserveReached: boolean
  }
  /** When GHL last reported rate-limit headers to this instance (ISO time), or null. */
  observedAt: string | null
}

/** The reserve in requests: a fraction (< 1) of the daily limit, or a count. */
export function reserveOf (dailyReserve: number, dailyLimit: number | null): number {
  const limit = dailyLimit ?? DEFAULT_DAILY_LIMIT
  return dailyReserve < 1 ? Math.ceil(limit * dailyReserve) : Math.floor(dailyReserve)
}

const DAY_MS = 86_400_000

/**
 * Below the reserve by GHL's last word today: the daily count only goes down within a UTC day, so what it said stays
 * true until midnight (UTC), when GHL starts a new day.
 */
export function reserveReached (state: Pick<RateLimitState, 'dailyRemaining' | 'dailyLimit' | 'observedAt'>, dailyReserve: number, now = Date.now()): boolean {
  if (state.dailyRemaining === null || state.observedAt === null || Math.floor(state.observedAt / DAY_MS) !== Math.floor(now / DAY_MS)) return false
  return state.dailyRemaining < reserveOf(dailyReserve, state.dailyLimit)
}

export function describeBudget (connection: string, state: RateLimitState, dailyReserve: number): RateBudget {
  const iso = (ms: number | null): string | null => ms === null ? null : new Date(ms).toISOString()
  return {
    connection,
    burst: {
      mode: !state.enabled ? 'off' : state.fleet === true ? 'fleet' : 'instance',
      max: state.serverMax ?? state.max,
      windowMs: state.serverIntervalMs ?? state.windowMs,
      remaining: state.serverRemaining,
      available: state.fleet === true ? state.leased ?? 0 : state.remaining,
      inFlight: state.inFlight,
      queued: state.queued,
      pausedUntil: iso(state.blockedUntil)
    },
    daily: {
      remaining: state.dailyRemaining,
      limit: state.dailyLimit ?? DEFAULT_DAILY_LIMIT,
      reserve: reserveOf(dailyReserve, state.dailyLimit),
      reserveReached: reserveReached(state, dailyReserve)
    },
    observedAt: iso(state.observedAt)
  }
}

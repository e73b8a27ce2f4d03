// Checks of the client's numeric and breaker options (each failure names the option), and query encoding.
import { GhlConfigError } from '../errors.js'
import type { BreakerSettings } from './breaker.js'
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './rate-limiter.js'
import { DEFAULT_RETRY, type RetrySettings } from './retry.js'
import { DEFAULT_TIMEOUTS, type TimeoutSettings } from './transport.js'
import type { QueryValue } from './types.js'

export const DEFAULT_RATE_LIMIT_BUDGET_MS = 30_000
export const DEFAULT_IDLE_EVICT_MS = 10 * 60_000

export interface ClientOptionsInput {
  timeouts?: Partial<TimeoutSettings>
  retry?: Partial<RetrySettings>
  rateLimit?: Partial<RateLimitSettings> | false
  rateLimitBudgetMs?: number
  idleEvictMs?: number
  breaker?: BreakerSettings | false
}

export interface ClientSettings {
  timeouts: TimeoutSettings
  retry: RetrySettings
  rateLimit: RateLimitSettings | false
  rateLimitBudgetMs: number
  idleEvictMs: number
}

export function positive (value: unknown, name: string, allowZero = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new GhlConfigError(`options.${name} must be a ${allowZero ? 'non-negative' : 'positive'} number`)
  }
  return value
}

function integerAtLeast (value: unknown, name: string, min: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min)) {
    throw new GhlConfigError(`options.${name} must be an integer ≥ ${min}`)
  }
}

/** opossum takes anything; a bad value would only show later (a 1 ms rotation timer, a circuit that never opens). */
export function checkBreaker (b: BreakerSettings): void {
  if (b.resetTimeout !== undefined) positive(b.resetTimeout, 'breaker.resetTimeout')
  if (b.rollingCountTimeout !== undefined) positive(b.rollingCountTimeout, 'breaker.rollingCountTimeout')
  const p = b.errorThresholdPercentage
  if (p !== undefined && (typeof p !== 'number' || !Number.isFinite(p) || p <= 0 || p > 100)) {
    throw new GhlConfigError('options.breaker.errorThresholdPercentage must be a number above 0 and at most 100')
  }
  integerAtLeast(b.volumeThreshold, 'breaker.volumeThreshold', 0)
  integerAtLeast(b.rollingCountBuckets, 'breaker.rollingCountBuckets', 1)
  integerAtLeast(b.capacity, 'breaker.capacity', 1)
  if (b.allowWarmUp !== undefined && typeof b.allowWarmUp !== 'boolean') throw new GhlConfigError('options.breaker.allowWarmUp must be a boolean')
}

export function encodeQuery (query: Record<string, QueryValue>): string {
  let out = ''
  for (const key in query) {
    const value = query[key]
    if (value === undefined || value === null) continue
    const k = encodeURIComponent(key)
    if (Array.isArray(value)) {
      for (const item of value) out += (out === '' ? '' : '&') + k + '=' + encodeURIComponent(String(item))
    } else {
      out += (out === '' ? '' : '&') + k + '=' + encodeURIComponent(String(value))
    }
  }
  return out
}


/** The client's options with defaults applied, each checked (GHL_CONFIG naming the option). */
export function clientSettings (options: ClientOptionsInput): ClientSettings {
  const timeouts: TimeoutSettings = { ...DEFAULT_TIMEOUTS, ...options.timeouts }
  positive(timeouts.connectMs, 'timeouts.connectMs')
  positive(timeouts.headersMs, 'timeouts.headersMs')
  positive(timeouts.bodyMs, 'timeouts.bodyMs')
  positive(timeouts.requestMs, 'timeouts.requestMs', true)

  const retry: RetrySettings = { ...DEFAULT_RETRY, ...options.retry }
  if (!Number.isInteger(retry.attempts) || retry.attempts < 1) throw new GhlConfigError('options.retry.attempts must be an integer ≥ 1')
  positive(retry.baseMs, 'retry.baseMs', true)
  positive(retry.capMs, 'retry.capMs', true)

  const rateLimit: RateLimitSettings | false = options.rateLimit === false ? false : { ...DEFAULT_RATE_LIMIT, ...options.rateLimit }
  if (rateLimit !== false) {
    if (!Number.isInteger(rateLimit.max) || rateLimit.max < 1) throw new GhlConfigError('options.rateLimit.max must be an integer ≥ 1')
    positive(rateLimit.windowMs, 'rateLimit.windowMs')
    if (rateLimit.marginMs !== undefined) positive(rateLimit.marginMs, 'rateLimit.marginMs', true)
  }
  const rateLimitBudgetMs = positive(options.rateLimitBudgetMs ?? DEFAULT_RATE_LIMIT_BUDGET_MS, 'rateLimitBudgetMs', true)
  const idleEvictMs = positive(options.idleEvictMs ?? DEFAULT_IDLE_EVICT_MS, 'idleEvictMs')
  if (options.breaker !== undefined && options.breaker !== false && (options.breaker === null || typeof options.breaker !== 'object')) {
    throw new GhlConfigError('options.breaker must be an object of opossum options or false')
  }
  if (options.breaker !== undefined && options.breaker !== false) checkBreaker(options.breaker)

  return { timeouts, retry, rateLimit, rateLimitBudgetMs, idleEvictMs }
}

// The plugin's `rateLimit` option, normalised: `{ max, windowMs, marginMs, dailyReserve, fleet, budgetMs }` or false.
// Each bad value fails registration naming the option; unknown keys are refused by name. The older top-level
// `rateLimitBudgetMs` still works (rateLimit.budgetMs wins when both are given).
import { rateBudgetOf, type RateBudgetStore } from '../db/rate-budget-store.js'
import { DEFAULT_RATE_LIMIT_BUDGET_MS } from './client/options.js'
import { DEFAULT_DAILY_RESERVE } from './client/rate-budget.js'
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from './client/rate-limiter.js'
import { checkKeys } from './config-keys.js'
import { GhlConfigError } from './errors.js'

export const RATE_LIMIT_KEYS = ['max', 'windowMs', 'marginMs', 'dailyReserve', 'fleet', 'budgetMs'] as const

export interface RateLimitOptions extends Partial<RateLimitSettings> {
  /**
   * Daily requests kept for live calls: below it the outbox relay parks the location's jobs (no attempt used) while
   * direct calls go on. A fraction of GHL's daily limit (< 1) or a count of requests (≥ 1). Default 0.05 (5 %).
   */
  dailyReserve?: number
  /**
   * true (default): one budget per connection for every instance on the database (leased through Postgres);
   * false: each process limits itself to the whole budget (a single instance, or a host store without rateBudget()).
   */
  fleet?: boolean
  /** How long one call may wait out GHL 429s (its own or a shared pause) before GHL_RATE_LIMITED. Default 30 000. */
  budgetMs?: number
}

export interface RateLimitConfig {
  /** The burst limit, or false: no client-side limit (GHL's headers are still recorded). */
  limit: RateLimitSettings | false
  fleet: boolean
  /** Whether fleet was asked for explicitly (then a store without a shared budget is a configuration error). */
  fleetExplicit: boolean
  dailyReserve: number
  budgetMs: number
}

function fail (option: string, message: string): never {
  throw new GhlConfigError(`options.${option} ${message}`)
}

function nonNegative (value: unknown, option: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(option, 'must be a non-negative number')
  return value
}

export function rateLimitConfig (value: unknown, legacyBudgetMs?: unknown): RateLimitConfig {
  let budgetMs = legacyBudgetMs === undefined ? DEFAULT_RATE_LIMIT_BUDGET_MS : nonNegative(legacyBudgetMs, 'rateLimitBudgetMs')
  if (value === false) return { limit: false, fleet: false, fleetExplicit: false, dailyReserve: DEFAULT_DAILY_RESERVE, budgetMs }
  if (value === undefined) value = {}
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('rateLimit', 'must be an object or false')
  const o = value as Record<string, unknown>
  checkKeys(o, RATE_LIMIT_KEYS, 'rateLimit')
  const max = o.max ?? DEFAULT_RATE_LIMIT.max
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 1) fail('rateLimit.max', 'must be an integer ≥ 1')
  const windowMs = o.windowMs ?? DEFAULT_RATE_LIMIT.windowMs
  if (typeof windowMs !== 'number' || !Number.isFinite(windowMs) || windowMs <= 0) fail('rateLimit.windowMs', 'must be a positive number')
  const limit: RateLimitSettings = { max, windowMs }
  if (o.marginMs !== undefined) limit.marginMs = nonNegative(o.marginMs, 'rateLimit.marginMs')
  let dailyReserve = DEFAULT_DAILY_RESERVE
  if (o.dailyReserve !== undefined) {
    dailyReserve = nonNegative(o.dailyReserve, 'rateLimit.dailyReserve')
    if (dailyReserve >= 1 && !Number.isInteger(dailyReserve)) fail('rateLimit.dailyReserve', 'must be a fraction of the daily limit (below 1) or a whole number of requests')
  }
  if (o.fleet !== undefined && typeof o.fleet !== 'boolean') fail('rateLimit.fleet', 'must be a boolean')
  if (o.budgetMs !== undefined) budgetMs = nonNegative(o.budgetMs, 'rateLimit.budgetMs')
  return { limit, fleet: o.fleet !== false, fleetExplicit: o.fleet === true, dailyReserve, budgetMs }
}

/** The store's shared budget when the fleet mode is on (undefined: per-process); fleet: true without one fails. */
export function fleetBudgetStore (config: RateLimitConfig, store: object): RateBudgetStore | undefined {
  if (config.limit === false || !config.fleet) return undefined
  const budget = rateBudgetOf(store)
  if (budget === undefined && config.fleetExplicit) {
    fail('rateLimit.fleet', 'needs a store that keeps the fleet\'s rate budget (the built-in Postgres or PGlite store); this TokenStore has no rateBudget(): set fleet: false')
  }
  return budget
}

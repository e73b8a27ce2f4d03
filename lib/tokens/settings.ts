// The token manager's options, their defaults, and the settings object they are normalised into once.
import type { ConnectionStatus, TokenStore } from '../../db/types.js'
import type { RetrySettings } from '../client/retry.js'
import type { KeyRing } from './crypto.js'
import { GhlConfigError } from '../errors.js'
import type { GhlEventEmitter } from '../events.js'
import { silentLogger, type GhlLogger } from '../logger.js'
import type { OAuthClient } from './oauth-client.js'

/** The location is not active at GHL (ghl_connections_status_check allows it since migration 0001). */
export const SUSPENDED: ConnectionStatus = 'suspended'

export const DEFAULT_REFRESH_WINDOW_S = 300
export const DEFAULT_LOCK_TIMEOUT_MS = 20_000
export const DEFAULT_LOCK_IDLE_TIMEOUT_MS = 30_000
export const DEFAULT_REFRESH_RETRY: Readonly<RetrySettings> = Object.freeze({ attempts: 4, baseMs: 250, capMs: 4000 })
export const DEFAULT_FAILURE_COOLDOWN_MS = 30_000
export const DEFAULT_INTERRUPTED_REFRESH_GRACE_MS = 2000
/** GHL refused this instance's client credentials: they will not fix themselves, so ask again only this often. */
export const DEFAULT_CONFIG_ERROR_COOLDOWN_MS = 5 * 60_000
/** An unknown 4xx from the token endpoint: transient until a refresh token is proven dead, but retried slowly. */
export const DEFAULT_UNKNOWN_REJECTION_COOLDOWN_MS = 15 * 60_000
/** "Location is not active": the location's state, retried on a slow schedule. */
export const DEFAULT_LOCATION_INACTIVE_RETRY_MS = 60 * 60_000
/** A token-endpoint 429 whose Retry-After is at most this is waited out within the refresh; a longer one cools down. */
export const DEFAULT_RATE_LIMIT_INLINE_WAIT_MS = 5000
export const DEFAULT_REAUTH_URL = '/api/integrations/ghl/auth-url'

export interface TokenManagerOptions {
  store: TokenStore
  keyRing: KeyRing
  oauth: OAuthClient
  events: GhlEventEmitter
  log?: GhlLogger
  defaultConnection?: string
  /** A token is refreshed once it has less than this left. Default 300 s. */
  refreshWindowSeconds?: number
  /** Longest wait for another instance's refresh lock. Default 20 s (longer than the token call's timeout). */
  lockTimeoutMs?: number
  /** The database ends a lock holder's session that stays idle in its transaction this long. Default 30 s. */
  lockIdleTimeoutMs?: number
  /** Attempts of one refresh on 5xx / network failures (the first included), with full-jitter backoff. */
  refreshRetry?: Partial<RetrySettings>
  /** After a refresh failed every attempt, no new attempt for this long (the current token is served). Default 30 s. */
  failureCooldownMs?: number
  /**
   * A refresh another instance started this recently and never stored may still be stored: it may hold GHL's answer
   * and be retrying the write (its database connection died). Using the stored refresh token before then would spend
   * a dead token and lose the connection, so refreshes wait this long after such a mark. Default 2 s; 0 turns it off.
   */
  interruptedRefreshGraceMs?: number
  /** After GHL refused this instance's client credentials (invalid_client), no new attempt for this long. Default 5 min. */
  configErrorCooldownMs?: number
  /** After an unknown 4xx from the token endpoint, no new attempt for this long. Default 15 min. */
  unknownRejectionCooldownMs?: number
  /** After "Location is not active", the next attempt waits this long. Default 1 h. */
  locationInactiveRetryMs?: number
  /** A 429 from the token endpoint with a Retry-After up to this is waited out inside the refresh. Default 5 s. */
  rateLimitInlineWaitMs?: number
  /** Shown in GHL_REAUTH_REQUIRED messages. */
  reauthUrl?: string
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

const defaultSleep = async (ms: number): Promise<void> => await new Promise((resolve) => { setTimeout(resolve, ms).unref() })

function positiveNumber (value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new GhlConfigError(`${name} must be a positive number`)
  return value
}

export type TokenSettings = ReturnType<typeof settingsOf>

export function settingsOf (options: TokenManagerOptions) {
  const { store, keyRing, oauth, events } = options
  const retry: RetrySettings = { ...DEFAULT_REFRESH_RETRY, ...options.refreshRetry }
  return {
    store,
    keyRing,
    oauth,
    events,
    log: options.log ?? silentLogger,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
    windowMs: positiveNumber(options.refreshWindowSeconds ?? DEFAULT_REFRESH_WINDOW_S, 'refreshWindowSeconds') * 1000,
    lockOptions: {
      lockTimeoutMs: positiveNumber(options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS, 'lockTimeoutMs'),
      idleTimeoutMs: positiveNumber(options.lockIdleTimeoutMs ?? DEFAULT_LOCK_IDLE_TIMEOUT_MS, 'lockIdleTimeoutMs')
    },
    retry,
    cooldownMs: options.failureCooldownMs ?? DEFAULT_FAILURE_COOLDOWN_MS,
    graceMs: options.interruptedRefreshGraceMs ?? DEFAULT_INTERRUPTED_REFRESH_GRACE_MS,
    configCooldownMs: positiveNumber(options.configErrorCooldownMs ?? DEFAULT_CONFIG_ERROR_COOLDOWN_MS, 'configErrorCooldownMs'),
    rejectionCooldownMs: positiveNumber(options.unknownRejectionCooldownMs ?? DEFAULT_UNKNOWN_REJECTION_COOLDOWN_MS, 'unknownRejectionCooldownMs'),
    inactiveRetryMs: positiveNumber(options.locationInactiveRetryMs ?? DEFAULT_LOCATION_INACTIVE_RETRY_MS, 'locationInactiveRetryMs'),
    inlineRateLimitMs: options.rateLimitInlineWaitMs ?? DEFAULT_RATE_LIMIT_INLINE_WAIT_MS,
    reauthUrl: options.reauthUrl ?? DEFAULT_REAUTH_URL
  }
}

export function safeMessage (err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

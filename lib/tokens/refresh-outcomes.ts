// A whole refresh: locked attempts with backoff, what each outcome does (cache, events, the fleet's notice), and when
// a refresh cannot finish, the cooldown and the fallback to the current token while it is still valid.
import type { ConnectionRow } from '../../db/types.js'
import { backoffDelay } from '../client/retry.js'
import { GhlConfigError, GhlNotConnectedError, GhlReauthRequiredError, GhlRefreshError } from '../errors.js'
import type { RefreshTrigger } from '../events.js'
import type { FleetNotify } from './fleet-notify.js'
import type { LockedAttempt, RefreshMode } from './locked-refresh.js'
import { oauthFailure } from './oauth-client.js'
import { safeMessage, type TokenSettings } from './settings.js'
import type { Cached, TokenCache } from './token-cache.js'
import type { TokenManager } from './types.js'
import { PersistFailure, type UnpersistedTokens } from './unpersisted-tokens.js'

type SweepOutcome = Awaited<ReturnType<TokenManager['refreshIfDue']>>

export type RefreshOutcomes = ReturnType<typeof createRefreshOutcomes>

export function createRefreshOutcomes (settings: TokenSettings, cache: TokenCache, fleet: FleetNotify, persist: UnpersistedTokens, attempt: LockedAttempt) {
  const { events, log, now, sleep, random, windowMs, retry, cooldownMs, reauthUrl } = settings
  const cooldownUntil = new Map<string, number>()

  function reauthError (connection: string, reason: string | null): Error {
    return new GhlReauthRequiredError(connection, reason ?? 'refresh token rejected', reauthUrl)
  }

  async function refresh (connection: string, mode: RefreshMode, trigger: RefreshTrigger): Promise<Cached> {
    const started = now()
    let lost = false
    let deferred = false
    for (let n = 1; ; n++) {
      let result
      try {
        result = await attempt(connection, mode, lost, false, !deferred)
      } catch (err) {
        if (err instanceof PersistFailure) {
          persist.keep(connection, err)
          emitRefreshed(connection, trigger, err.tokens.expiresAt, started)
          return cache.entries.get(connection) as Cached
        }
        return fallback(connection, trigger, err as Error, n, false)
      }
      if (!result.acquired) throw new Error('unreachable: a waiting lock was not acquired')
      const outcome = result.value
      switch (outcome.kind) {
        case 'current':
          cooldownUntil.delete(connection)
          return cache.remember(outcome.row)
        case 'refreshed': {
          cooldownUntil.delete(connection)
          const entry = cache.remember(outcome.row)
          emitRefreshed(connection, trigger, outcome.row.expiresAt as Date, started)
          await fleet.announce(connection, outcome.row.version, 'refreshed', outcome.row.expiresAt)
          return entry
        }
        case 'inactive':
          cache.remember(outcome.row)
          throw reauthError(connection, outcome.row.lastError)
        case 'deferred':
          // Not an attempt: the other instance's write lands (its tokens are then current) or the grace runs out.
          log.debug({ connection, until: new Date(outcome.until) }, 'GHL refresh waits for another instance\'s unstored refresh')
          await sleep(Math.max(10, outcome.until - now()))
          deferred = true
          n--
          break
        case 'reauth':
          await enterReauth(connection, outcome.reason)
          throw reauthError(connection, outcome.reason)
        case 'failed': {
          const kind = oauthFailure(outcome.error)?.kind
          lost ||= kind === 'lost'
          // A lost response may have consumed the refresh token: one more try tells, never a storm of them.
          const retryable = kind === 'lost' ? n < 2 : n < retry.attempts
          if (!retryable) return fallback(connection, trigger, outcome.error, n, true, outcome.row)
          events.emit('token:refresh_failed', { connection, trigger, error: outcome.error, attempt: n, willRetry: true })
          log.warn({ connection, attempt: n, err: outcome.error.message }, 'GHL token refresh failed; retrying')
          await sleep(backoffDelay(n - 1, retry, random))
        }
      }
    }
  }

  function emitRefreshed (connection: string, trigger: RefreshTrigger, expiresAt: Date, started: number): void {
    const durationMs = now() - started
    events.emit('token:refreshed', { connection, trigger, expiresAt, durationMs })
    log.info({ connection, trigger, expiresAt, durationMs }, 'GHL token refreshed')
  }

  /** A refresh that could not finish: keep serving the current token while it is valid; otherwise fail. */
  function fallback (connection: string, trigger: RefreshTrigger, error: Error, attemptNo: number, cool: boolean, row?: ConnectionRow): Cached {
    if (cool) cooldownUntil.set(connection, now() + cooldownMs)
    events.emit('token:refresh_failed', { connection, trigger, error, attempt: attemptNo, willRetry: false })
    const entry = row === undefined ? cache.entries.get(connection) : cache.remember(row)
    if (error instanceof GhlNotConnectedError || error instanceof GhlConfigError) throw error
    if (cache.usable(entry, 0)) {
      log.warn({ connection, err: error.message, until: new Date(entry.expiresAt) },
        `GHL token refresh failed; using current token until ${new Date(entry.expiresAt).toISOString()}`)
      return entry
    }
    log.error({ connection, err: error.message }, 'GHL token refresh failed and the current token has expired')
    throw error instanceof GhlRefreshError ? error : new GhlRefreshError(connection, error.message, { cause: error })
  }

  function fallbackQuiet (connection: string, trigger: RefreshTrigger, error: Error, row: ConnectionRow): Cached {
    cooldownUntil.set(connection, now() + cooldownMs)
    events.emit('token:refresh_failed', { connection, trigger, error, attempt: 1, willRetry: false })
    log.warn({ connection, err: error.message }, 'GHL scheduled token refresh failed; the next sweep retries')
    return cache.remember(row)
  }

  async function enterReauth (connection: string, reason: string): Promise<void> {
    const entry = cache.entries.get(connection)
    const wasActive = entry === undefined || entry.status === 'active'
    cache.entries.set(connection, { accessToken: null, expiresAt: null, version: entry?.version ?? 0, status: 'reauth_required', userType: entry?.userType ?? 'Location', lastError: reason })
    if (wasActive) {
      events.emit('token:reauth_required', { connection, reason })
      log.error({ connection, reason }, `GHL connection needs re-authorization; re-authorize at ${reauthUrl}`)
    }
    await fleet.announce(connection, entry?.version ?? 0, 'reauth_required')
  }

  async function refreshIfDue (connection: string, trigger: RefreshTrigger = 'scheduled'): Promise<SweepOutcome> {
    const coolUntil = cooldownUntil.get(connection)
    if ((coolUntil !== undefined && coolUntil > now()) || cache.inflight.has(connection)) return 'skipped'
    const peerExpiry = fleet.peerFresh.get(connection)
    if (peerExpiry !== undefined && peerExpiry - now() > windowMs) return 'skipped'
    let outcome: SweepOutcome = 'skipped'
    await cache.singleFlight(connection, async () => {
      const started = now()
      try {
        const result = await attempt(connection, { kind: 'due' }, false, true)
        if (!result.acquired) { outcome = 'busy'; return cache.entries.get(connection) ?? await cache.load(connection) }
        const value = result.value
        if (value.kind === 'refreshed') {
          outcome = 'refreshed'
          emitRefreshed(connection, trigger, value.row.expiresAt as Date, started)
          await fleet.announce(connection, value.row.version, 'refreshed', value.row.expiresAt)
          return cache.remember(value.row)
        }
        if (value.kind === 'deferred') { outcome = 'skipped'; return cache.remember(value.row) }
        if (value.kind === 'reauth') { outcome = 'failed'; await enterReauth(connection, value.reason); return cache.entries.get(connection) as Cached }
        if (value.kind === 'failed') { outcome = 'failed'; return fallbackQuiet(connection, trigger, value.error, value.row) }
        return cache.remember(value.row)
      } catch (err) {
        if (err instanceof PersistFailure) {
          outcome = 'refreshed'
          persist.keep(connection, err)
          emitRefreshed(connection, trigger, err.tokens.expiresAt, started)
          return cache.entries.get(connection) as Cached
        }
        outcome = 'failed'
        log.warn({ connection, err: safeMessage(err) }, 'GHL scheduled refresh failed')
        return cache.entries.get(connection) ?? { accessToken: null, expiresAt: null, version: 0, status: 'active', userType: 'Location', lastError: null }
      }
    })
    return outcome
  }

  return { cooldownUntil, refresh, refreshIfDue, enterReauth, reauthError }
}

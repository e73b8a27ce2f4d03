// A whole refresh: locked attempts with backoff, what each outcome does (cache, events, the fleet's notice), and when
// a refresh cannot finish, the cooldown (per kind of failure) and the fallback to the current token while it is still
// valid. Only a dead grant changes the connection's status; a wrong client secret is this instance's configuration
// error (loud, GHL_CONFIG), never the connection's.
import type { ConnectionRow } from '../../db/types.js'
import { backoffDelay } from '../client/retry.js'
import { GhlConfigError, GhlLocationSuspendedError, GhlNotConnectedError, GhlReauthRequiredError, GhlRefreshError } from '../errors.js'
import type { RefreshTrigger } from '../events.js'
import type { FleetNotify } from './fleet-notify.js'
import type { LockedAttempt, RefreshMode } from './locked-refresh.js'
import { failureReason, oauthFailure } from './token-failure.js'
import { safeMessage, SUSPENDED, type TokenSettings } from './settings.js'
import type { Cached, TokenCache } from './token-cache.js'
import type { TokenManager } from './types.js'
import { PersistFailure, type UnpersistedTokens } from './unpersisted-tokens.js'

type SweepOutcome = Awaited<ReturnType<TokenManager['refreshIfDue']>>

/** No refresh attempt before `until`; `error` is what callers get meanwhile once the current token is no longer usable. */
export interface Cooldown { until: number, error: Error }

/** A refresh's result: the entry to serve, and `failure` when no refresh happened (the entry is the current token). */
export type Refreshed = Cached & { failure?: Error }

/** After a failed attempt: another one after `waitMs`, or give up with no attempt for `coolMs`. */
type NextStep = { again: true, waitMs: number } | { again: false, coolMs: number, level: 'warn' | 'error' }

export type RefreshOutcomes = ReturnType<typeof createRefreshOutcomes>

export function createRefreshOutcomes (settings: TokenSettings, cache: TokenCache, fleet: FleetNotify, persist: UnpersistedTokens, attempt: LockedAttempt,
  agencyTokenFor: (companyId: string) => Promise<string>, onReauth: (connection: string) => void = () => {}) {
  const { store, events, log, now, sleep, random, windowMs, retry, cooldownMs, reauthUrl } = settings
  const cooldowns = new Map<string, Cooldown>()

  function reauthError (connection: string, reason: string | null): Error {
    return new GhlReauthRequiredError(connection, reason ?? 'refresh token rejected', reauthUrl)
  }

  function nextStep (error: Error, n: number): NextStep {
    const cause = oauthFailure(error)
    const backoff = (): number => backoffDelay(n - 1, retry, random)
    switch (cause?.kind) {
      // A lost response may have consumed the refresh token: one more try tells, never a storm of them.
      case 'lost': return n < 2 ? { again: true, waitMs: backoff() } : { again: false, coolMs: cooldownMs, level: 'warn' }
      case 'rate_limited': {
        const wait = cause.retryAfterMs ?? backoff()
        if (n < retry.attempts && wait <= settings.inlineRateLimitMs) return { again: true, waitMs: Math.max(wait, 10) }
        return { again: false, coolMs: Math.max(cooldownMs, cause.retryAfterMs ?? 0), level: 'warn' }
      }
      case 'invalid_client': return { again: false, coolMs: settings.configCooldownMs, level: 'error' }
      case 'location_inactive': return { again: false, coolMs: settings.inactiveRetryMs, level: 'warn' }
      // invalid_grant here: minting a location token (there is no refresh token to be dead)
      case 'rejected': case 'invalid_grant': return { again: false, coolMs: settings.rejectionCooldownMs, level: 'error' }
      default: // server, transient (404/408), unsent
        return n < retry.attempts ? { again: true, waitMs: backoff() } : { again: false, coolMs: cooldownMs, level: 'warn' }
    }
  }

  /** What callers see: GHL_CONFIG for this instance's rejected client credentials, GHL_REFRESH_FAILED (cause kept) else. */
  function callerError (connection: string, error: Error): Error {
    if (oauthFailure(error)?.kind === 'invalid_client') {
      return new GhlConfigError(`GHL refused this instance's client credentials (GHL_CLIENT_ID / GHL_CLIENT_SECRET) refreshing ${connection}: ` +
        'fix them and restart; the stored tokens are untouched and other instances keep using them', { cause: error })
    }
    if (error instanceof GhlRefreshError || error instanceof GhlConfigError || error instanceof GhlReauthRequiredError) return error
    return new GhlRefreshError(connection, error.message, { cause: error })
  }

  async function refresh (connection: string, mode: RefreshMode, trigger: RefreshTrigger): Promise<Refreshed> {
    const started = now()
    let lost = false
    let deferred = false
    let agencyToken: string | undefined
    for (let n = 1; ; n++) {
      let result
      try {
        result = await attempt(connection, mode, { lostBefore: lost, mayDefer: !deferred, agencyToken })
      } catch (err) {
        if (err instanceof PersistFailure) {
          persist.keep(connection, err)
          emitRefreshed(connection, trigger, err.tokens.expiresAt, started)
          return cache.entries.get(connection) as Cached
        }
        return fallback(connection, trigger, err as Error, n)
      }
      if (!result.acquired) throw new Error('unreachable: a waiting lock was not acquired')
      const outcome = result.value
      switch (outcome.kind) {
        case 'current':
          cooldowns.delete(connection)
          return cache.remember(outcome.row)
        case 'refreshed': {
          cooldowns.delete(connection)
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
        case 'mint':
          // Not an attempt either: the agency's token is fetched outside this connection's lock, then the lock is taken again.
          try {
            agencyToken = await agencyTokenFor(outcome.companyId)
          } catch (err) {
            await recordQuietly(connection, `the agency connection ${outcome.companyId} could not provide a token to mint this location token: ${safeMessage(err).slice(0, 200)}`)
            return fallback(connection, trigger, err as Error, n, { again: false, coolMs: cooldownMs, level: 'warn' }, outcome.row)
          }
          n--
          break
        case 'reauth':
          await enterReauth(connection, outcome.reason)
          throw reauthError(connection, outcome.reason)
        case 'suspended':
          events.emit('token:refresh_failed', { connection, trigger, error: outcome.error, attempt: n, willRetry: false })
          throw await enterSuspended(connection, outcome.reason, outcome.error, outcome.row)
        case 'failed': {
          lost ||= oauthFailure(outcome.error)?.kind === 'lost'
          const step = nextStep(outcome.error, n)
          if (!step.again) return fallback(connection, trigger, outcome.error, n, step, outcome.row)
          events.emit('token:refresh_failed', { connection, trigger, error: outcome.error, attempt: n, willRetry: true })
          log.warn({ connection, attempt: n, err: outcome.error.message }, 'GHL token refresh failed; retrying')
          await sleep(step.waitMs)
        }
      }
    }
  }

  async function recordQuietly (connection: string, reason: string): Promise<void> {
    try {
      await store.recordError(connection, reason)
    } catch (err) {
      log.warn({ connection, err: safeMessage(err) }, 'GHL could not record a refresh failure on the connection')
    }
  }

  function emitRefreshed (connection: string, trigger: RefreshTrigger, expiresAt: Date, started: number): void {
    const durationMs = now() - started
    events.emit('token:refreshed', { connection, trigger, expiresAt, durationMs })
    log.info({ connection, trigger, expiresAt, durationMs }, 'GHL token refreshed')
  }

  /** Said out loud: GHL refused this instance's client credentials. The connection's status is not touched. */
  function reportConfigError (connection: string, error: Error): void {
    const cause = oauthFailure(error)
    const reason = cause === undefined ? error.message : failureReason(cause)
    events.emit('token:config_error', { connection, reason, error })
    log.error({ connection, reason }, 'GHL refused this instance\'s client credentials (invalid_client): check GHL_CLIENT_ID / GHL_CLIENT_SECRET; ' +
      'the connection stays active for correctly configured instances')
  }

  /** A refresh that could not finish: keep serving the current token while it is valid (with `failure` set); otherwise fail. */
  function fallback (connection: string, trigger: RefreshTrigger, error: Error, attemptNo: number, step?: NextStep, row?: ConnectionRow): Refreshed {
    const failure = callerError(connection, error)
    if (step !== undefined && !step.again) cooldowns.set(connection, { until: now() + step.coolMs, error: failure })
    events.emit('token:refresh_failed', { connection, trigger, error: failure, attempt: attemptNo, willRetry: false })
    if (oauthFailure(error)?.kind === 'invalid_client') reportConfigError(connection, error)
    const entry = row === undefined ? cache.entries.get(connection) : cache.remember(row)
    if (error instanceof GhlNotConnectedError || error instanceof GhlConfigError) throw error
    const level = step !== undefined && !step.again ? step.level : 'warn'
    if (cache.usable(entry, 0)) {
      log[level]({ connection, err: failure.message, until: new Date(entry.expiresAt) },
        `GHL token refresh failed; using current token until ${new Date(entry.expiresAt).toISOString()}`)
      return { ...entry, failure }
    }
    log.error({ connection, err: failure.message }, 'GHL token refresh failed and the current token has expired')
    throw failure
  }

  /** While cooling down: the error for a caller whose token is no longer usable. */
  function coolingError (connection: string, cooldown: Cooldown): Error {
    if (cooldown.error instanceof GhlConfigError) return cooldown.error
    return new GhlRefreshError(connection, `refresh failed recently (${cooldown.error.message}); next attempt after ${new Date(cooldown.until).toISOString()}`, { cause: cooldown.error })
  }

  function fallbackQuiet (connection: string, trigger: RefreshTrigger, error: Error, row: ConnectionRow): Cached {
    const step = nextStep(error, Infinity)
    const failure = callerError(connection, error)
    cooldowns.set(connection, { until: now() + (step.again ? cooldownMs : step.coolMs), error: failure })
    events.emit('token:refresh_failed', { connection, trigger, error: failure, attempt: 1, willRetry: false })
    if (oauthFailure(error)?.kind === 'invalid_client') reportConfigError(connection, error)
    else log[step.again ? 'warn' : step.level]({ connection, err: failure.message }, 'GHL scheduled token refresh failed; a later sweep retries')
    return cache.remember(row)
  }

  /**
   * "Location is not active": the row is `suspended` (the grant is fine); no attempt before the slow schedule, callers
   * get GHL_LOCATION_SUSPENDED meanwhile, and the fleet drops its copies. Returns the error for callers.
   */
  async function enterSuspended (connection: string, reason: string, cause: Error, row: ConnectionRow): Promise<Error> {
    const until = now() + settings.inactiveRetryMs
    const error = new GhlLocationSuspendedError(connection, `next attempt after ${new Date(until).toISOString()} (${reason})`, { cause })
    cooldowns.set(connection, { until, error })
    const entry = cache.entries.get(connection)
    const was = entry?.status
    cache.entries.set(connection, { accessToken: null, expiresAt: null, version: row.version, status: SUSPENDED, userType: row.userType, lastError: reason })
    if (was !== SUSPENDED) {
      events.emit('token:suspended', { connection, reason })
      log.warn({ connection, reason, retryAt: new Date(until) }, 'GHL location is not active: connection suspended, retried on a slow schedule')
    }
    await fleet.announce(connection, row.version, 'suspended')
    return error
  }

  /** The error for a caller of a suspended connection while it waits for its next attempt. */
  function suspendedError (connection: string, reason: string | null): Error {
    const cooling = cooldowns.get(connection)
    if (cooling !== undefined && cooling.error instanceof GhlLocationSuspendedError) return cooling.error
    return new GhlLocationSuspendedError(connection, reason ?? 'GHL says the location is not active')
  }

  async function enterReauth (connection: string, reason: string): Promise<void> {
    const entry = cache.entries.get(connection)
    const wasActive = entry === undefined || entry.status === 'active'
    onReauth(connection)
    cache.entries.set(connection, { accessToken: null, expiresAt: null, version: entry?.version ?? 0, status: 'reauth_required', userType: entry?.userType ?? 'Location', lastError: reason })
    if (wasActive) {
      events.emit('token:reauth_required', { connection, reason })
      log.error({ connection, reason }, `GHL connection needs re-authorization; re-authorize at ${reauthUrl}`)
    }
    await fleet.announce(connection, entry?.version ?? 0, 'reauth_required')
  }

  async function refreshIfDue (connection: string, trigger: RefreshTrigger = 'scheduled'): Promise<SweepOutcome> {
    const cooling = cooldowns.get(connection)
    if ((cooling !== undefined && cooling.until > now()) || cache.inflight.has(connection)) return 'skipped'
    const peerExpiry = fleet.peerFresh.get(connection)
    if (peerExpiry !== undefined && peerExpiry - now() > windowMs) return 'skipped'
    let outcome: SweepOutcome = 'skipped'
    await cache.singleFlight(connection, async () => {
      const started = now()
      try {
        let result = await attempt(connection, { kind: 'due' }, { tryOnly: true })
        if (result.acquired && result.value.kind === 'mint') {
          const { companyId, row } = result.value
          let agencyToken: string
          try {
            agencyToken = await agencyTokenFor(companyId)
          } catch (err) {
            outcome = 'failed'
            await recordQuietly(connection, `the agency connection ${companyId} could not provide a token to mint this location token: ${safeMessage(err).slice(0, 200)}`)
            return fallbackQuiet(connection, trigger, err as Error, row)
          }
          result = await attempt(connection, { kind: 'due' }, { tryOnly: true, agencyToken })
        }
        if (!result.acquired) { outcome = 'busy'; return cache.entries.get(connection) ?? await cache.load(connection) }
        const value = result.value
        if (value.kind === 'refreshed') {
          outcome = 'refreshed'
          cooldowns.delete(connection)
          emitRefreshed(connection, trigger, value.row.expiresAt as Date, started)
          await fleet.announce(connection, value.row.version, 'refreshed', value.row.expiresAt)
          return cache.remember(value.row)
        }
        if (value.kind === 'deferred') { outcome = 'skipped'; return cache.remember(value.row) }
        if (value.kind === 'reauth') { outcome = 'failed'; await enterReauth(connection, value.reason); return cache.entries.get(connection) as Cached }
        if (value.kind === 'failed') { outcome = 'failed'; return fallbackQuiet(connection, trigger, value.error, value.row) }
        if (value.kind === 'suspended') { outcome = 'failed'; await enterSuspended(connection, value.reason, value.error, value.row); return cache.entries.get(connection) as Cached }
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

  return { cooldowns, coolingError, refresh, refreshIfDue, enterReauth, reauthError, suspendedError }
}

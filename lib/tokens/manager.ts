// Keeps every connection's access token valid, refreshing each one exactly once per expiry across a fleet:
// in-process single-flight, then a Postgres advisory lock with the row read again after the lock (if another
// instance already refreshed, its token is used and GHL is not called). The call path reads from memory.
import { randomUUID } from 'node:crypto'
import type { ConnectionRow, TokenStore, UserType } from '../../db/types.js'
import { backoffDelay, type RetrySettings } from '../client/retry.js'
import type { KeyRing } from './crypto.js'
import { GhlConfigError, GhlNotConnectedError, GhlReauthRequiredError, GhlRefreshError } from '../errors.js'
import type { GhlEventEmitter, RefreshTrigger } from '../events.js'
import { silentLogger, type GhlLogger } from '../logger.js'
import { oauthFailure, type OAuthClient } from './oauth-client.js'
import { decryptRow, encryptNew, encryptWrite, viewOf } from './codec.js'
import type { ConnectionView, SeedInput, TokenManager, TokenResponse } from './types.js'

export const DEFAULT_REFRESH_WINDOW_S = 300
export const DEFAULT_LOCK_TIMEOUT_MS = 20_000
export const DEFAULT_LOCK_IDLE_TIMEOUT_MS = 30_000
export const DEFAULT_REFRESH_RETRY: Readonly<RetrySettings> = Object.freeze({ attempts: 4, baseMs: 250, capMs: 4000 })
export const DEFAULT_FAILURE_COOLDOWN_MS = 30_000
export const DEFAULT_INTERRUPTED_REFRESH_GRACE_MS = 2000
export const DEFAULT_REAUTH_URL = '/api/integrations/ghl/auth-url'
const PERSIST_RETRY: Readonly<RetrySettings> = Object.freeze({ attempts: Infinity, baseMs: 500, capMs: 30_000 })
const LOST_IN_TRANSIT = 'refresh response lost in transit'

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
  /** Shown in GHL_REAUTH_REQUIRED messages. */
  reauthUrl?: string
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

interface Cached {
  accessToken: string | null
  expiresAt: number | null
  version: number
  status: ConnectionRow['status']
  userType: UserType
  lastError: string | null
}

/** Rotated tokens this instance could not write: the stored refresh token is dead, these are the live ones. */
interface Unpersisted {
  baseVersion: number
  accessToken: string
  refreshToken: string
  expiresAt: Date
  scope: string | undefined
  attempt: number
  timer: NodeJS.Timeout | undefined
}

type RefreshMode = { kind: 'due' } | { kind: 'force' } | { kind: 'rejected', token: string }

type LockedOutcome =
  | { kind: 'current', row: ConnectionRow }
  | { kind: 'refreshed', row: ConnectionRow }
  | { kind: 'inactive', row: ConnectionRow }
  | { kind: 'reauth', reason: string }
  | { kind: 'failed', error: Error, row: ConnectionRow }
  /** Another instance's unstored refresh is recent: try again at `until` (epoch ms). */
  | { kind: 'deferred', until: number, row: ConnectionRow }

/** Thrown out of the lock callback so the transaction rolls back while the new tokens survive in memory. */
class PersistFailure extends Error {
  constructor (readonly tokens: Omit<Unpersisted, 'attempt' | 'timer'>, readonly original: unknown) { super('persist failed') }
}

/** NOTIFY payload: connection, row version, origin instance, reason; `e` is the new expiry (ms) of a refresh. */
interface FleetMessage { c: string, v: number, o: string, r: string, e?: number }

const defaultSleep = async (ms: number): Promise<void> => await new Promise((resolve) => { setTimeout(resolve, ms).unref() })

function positiveNumber (value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw new GhlConfigError(`${name} must be a positive number`)
  return value
}

function safeMessage (err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

export function createTokenManager (options: TokenManagerOptions): TokenManager {
  const { store, keyRing, oauth, events } = options
  const log = options.log ?? silentLogger
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? defaultSleep
  const random = options.random ?? Math.random
  const windowMs = positiveNumber(options.refreshWindowSeconds ?? DEFAULT_REFRESH_WINDOW_S, 'refreshWindowSeconds') * 1000
  const lockOptions = {
    lockTimeoutMs: positiveNumber(options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS, 'lockTimeoutMs'),
    idleTimeoutMs: positiveNumber(options.lockIdleTimeoutMs ?? DEFAULT_LOCK_IDLE_TIMEOUT_MS, 'lockIdleTimeoutMs')
  }
  const retry: RetrySettings = { ...DEFAULT_REFRESH_RETRY, ...options.refreshRetry }
  const cooldownMs = options.failureCooldownMs ?? DEFAULT_FAILURE_COOLDOWN_MS
  const graceMs = options.interruptedRefreshGraceMs ?? DEFAULT_INTERRUPTED_REFRESH_GRACE_MS
  const reauthUrl = options.reauthUrl ?? DEFAULT_REAUTH_URL
  const instanceId = randomUUID()

  const cache = new Map<string, Cached>()
  const inflight = new Map<string, Promise<Cached>>()
  const cooldownUntil = new Map<string, number>()
  const unpersisted = new Map<string, Unpersisted>()
  /** Cached after a LISTEN reconnect: notifications may have been missed, so read again, but still usable if the read fails. */
  const stale = new Set<string>()
  /** Connections other instances announced as refreshed, with the new expiry: a sweep skips them without a lock. */
  const peerFresh = new Map<string, number>()
  const loading = new Map<string, Promise<Cached>>()
  let subscription: { close: () => Promise<void> } | undefined
  let closed = false

  function connectionOf (connection: string | undefined): string {
    const id = connection ?? options.defaultConnection
    if (id === undefined || id === '') throw new GhlConfigError('no connection given and no default locationId configured')
    return id
  }

  function usable (entry: Cached | undefined, marginMs: number): entry is Cached & { accessToken: string, expiresAt: number } {
    return entry !== undefined && entry.status === 'active' && entry.accessToken !== null &&
      entry.expiresAt !== null && entry.expiresAt - now() > marginMs
  }

  function remember (row: ConnectionRow): Cached {
    const pending = unpersisted.get(row.id)
    const plain = decryptRow(keyRing, row)
    const entry: Cached = pending !== undefined && pending.baseVersion === row.version
      ? { accessToken: pending.accessToken, expiresAt: pending.expiresAt.getTime(), version: row.version, status: 'active', userType: row.userType, lastError: null }
      : { accessToken: plain.accessToken, expiresAt: row.expiresAt?.getTime() ?? null, version: row.version, status: row.status, userType: row.userType, lastError: row.lastError }
    cache.set(row.id, entry)
    stale.delete(row.id)
    return entry
  }

  function reauthError (connection: string, reason: string | null): Error {
    return new GhlReauthRequiredError(connection, reason ?? 'refresh token rejected', reauthUrl)
  }

  async function load (connection: string): Promise<Cached> {
    const row = await store.get(connection)
    if (row === null) throw new GhlNotConnectedError(connection, reauthUrl)
    return remember(row)
  }

  /** load() shared by concurrent callers: after an invalidation, 200 callers make one read, not 200. */
  function loadOnce (connection: string): Promise<Cached> {
    let running = loading.get(connection)
    if (running === undefined) {
      running = load(connection).finally(() => { loading.delete(connection) })
      loading.set(connection, running)
    }
    return running
  }

  async function announce (connection: string, version: number, reason: string, expiresAt?: Date | null): Promise<void> {
    const message: FleetMessage = { c: connection, v: version, o: instanceId, r: reason }
    if (expiresAt != null) message.e = expiresAt.getTime()
    try {
      await store.publish(JSON.stringify(message))
    } catch (err) {
      log.warn({ connection, err: safeMessage(err) }, 'GHL could not notify other instances of a token change')
    }
  }

  function onFleetMessage (raw: string): void {
    let message: FleetMessage
    try { message = JSON.parse(raw) as FleetMessage } catch { return }
    if (message.o === instanceId || typeof message.c !== 'string') return
    if (message.r === 'refreshed' && typeof message.e === 'number') peerFresh.set(message.c, message.e)
    else peerFresh.delete(message.c)
    const entry = cache.get(message.c)
    // The same version as cached is the token this instance already holds (read under the lock after the refresh).
    if (entry !== undefined && (typeof message.v !== 'number' || message.v > entry.version || message.r !== 'refreshed')) {
      cache.delete(message.c)
      events.emit('token:invalidated', { connection: message.c, reason: message.r })
    }
  }

  // ── persisting tokens whose write failed ────────────────────────────────────────────────────────────────────
  function keepUnpersisted (connection: string, failure: PersistFailure): void {
    const previous = unpersisted.get(connection)
    if (previous?.timer !== undefined) clearTimeout(previous.timer)
    const pending: Unpersisted = { ...failure.tokens, attempt: 0, timer: undefined }
    unpersisted.set(connection, pending)
    cache.set(connection, {
      accessToken: pending.accessToken, expiresAt: pending.expiresAt.getTime(), version: pending.baseVersion,
      status: 'active', userType: cache.get(connection)?.userType ?? 'Location', lastError: null
    })
    reportPersistFailure(connection, pending, failure.original)
  }

  function reportPersistFailure (connection: string, pending: Unpersisted, err: unknown): void {
    pending.attempt++
    const error = new Error(`could not store rotated tokens: ${safeMessage(err)}`)
    events.emit('token:persist_failed', { connection, error, attempt: pending.attempt })
    log.error({ connection, attempt: pending.attempt, err: safeMessage(err) },
      'GHL rotated tokens could not be written to the database; serving them from memory and retrying the write')
    scheduleRetry(connection, pending)
  }

  function scheduleRetry (connection: string, pending: Unpersisted): void {
    if (closed) return
    pending.timer = setTimeout(() => { void retryPersist(connection, pending) }, backoffDelay(pending.attempt - 1, PERSIST_RETRY, random) + 100)
    pending.timer.unref()
  }

  async function writePending (connection: string, pending: Unpersisted, write: (w: ReturnType<typeof encryptWrite>, v: number) => Promise<ConnectionRow | null>): Promise<ConnectionRow | null> {
    const row = await write(encryptWrite(keyRing, connection, pending.accessToken, pending.refreshToken, pending.expiresAt, pending.scope), pending.baseVersion)
    if (unpersisted.get(connection) === pending) unpersisted.delete(connection)
    return row
  }

  async function retryPersist (connection: string, pending: Unpersisted): Promise<void> {
    pending.timer = undefined
    if (closed || unpersisted.get(connection) !== pending) return
    try {
      const row = await writePending(connection, pending, async (w, v) => await store.writeTokens(connection, w, v))
      if (row !== null) {
        remember(row)
        log.info({ connection }, 'GHL rotated tokens written to the database after an earlier failure')
        await announce(connection, row.version, 'refreshed', row.expiresAt)
      } else {
        log.error({ connection }, 'GHL rotated tokens could not be written: the stored row changed meanwhile (re-authorized?)')
      }
    } catch (err) {
      reportPersistFailure(connection, pending, err)
    }
  }

  // ── one refresh attempt under the lock ──────────────────────────────────────────────────────────────────────
  function stillGood (row: ConnectionRow, mode: RefreshMode): boolean {
    const plain = decryptRow(keyRing, row)
    if (plain.accessToken === null || row.expiresAt === null) return false
    if (mode.kind === 'rejected') return plain.accessToken !== mode.token && row.expiresAt.getTime() > now()
    if (mode.kind === 'due') return row.expiresAt.getTime() - now() > windowMs
    return false
  }

  /**
   * When the row carries a refresh mark that nothing followed (no token write, no recorded answer), an instance died
   * mid-refresh: GHL may have rotated the stored refresh token with the answer lost. Its start time, else null.
   */
  function diedMidRefresh (row: ConnectionRow): Date | null {
    const mark = row.refreshStartedAt
    if (mark === null) return null
    if (row.refreshedAt !== null && row.refreshedAt >= mark) return null
    if (row.lastErrorAt !== null && row.lastErrorAt >= mark) return null
    return mark
  }

  async function attempt (connection: string, mode: RefreshMode, lostBefore: boolean, tryOnly: boolean, mayDefer = true) {
    // Everything the transaction writes is undone unless it commits: tokens GHL rotated in it, and unpersisted tokens
    // written in it, stay in memory (against the version committed before it) until the commit is known.
    let rotated: Omit<Unpersisted, 'attempt' | 'timer'> | undefined
    let flushed: Unpersisted | undefined
    let result
    try {
      result = await store.withRefreshLock(connection, { ...lockOptions, tryOnly }, async (handle): Promise<LockedOutcome> => {
        let row = handle.row
        if (row === null) throw new GhlNotConnectedError(connection, reauthUrl)
        const committedVersion = row.version
        const pending = unpersisted.get(connection)
        if (pending !== undefined && pending.baseVersion === row.version) {
          if (pending.timer !== undefined) clearTimeout(pending.timer)
          pending.timer = undefined
          flushed = pending
          row = await handle.writeTokens(encryptWrite(keyRing, connection, pending.accessToken, pending.refreshToken, pending.expiresAt, pending.scope), pending.baseVersion) ?? row
        }
        if (row.status !== 'active') return { kind: 'inactive', row }
        if (stillGood(row, mode)) return { kind: 'current', row }
        const interrupted = diedMidRefresh(row)
        if (interrupted !== null && mayDefer && !lostBefore) {
          // A skewed clock only shortens or lengthens the wait; a mark from the future counts as not recent.
          const since = now() - interrupted.getTime()
          if (since >= 0 && since < graceMs) return { kind: 'deferred', until: interrupted.getTime() + graceMs, row }
        }
        const refreshToken = decryptRow(keyRing, row).refreshToken
        if (refreshToken === null) {
          await handle.setStatus('reauth_required', 'no refresh token stored')
          return { kind: 'reauth', reason: 'no refresh token stored' }
        }
        await handle.markRefreshStarted()
        let response: TokenResponse
        try {
          response = await oauth.refresh(refreshToken, row.userType, connection)
        } catch (err) {
          const failure = oauthFailure(err)
          if (failure?.kind === 'invalid_grant' || failure?.kind === 'rejected') {
            const detail = failure.description ?? failure.error ?? `HTTP ${failure.status ?? '?'}`
            let reason = `GHL rejected the refresh token: ${detail}`
            if (failure.kind === 'invalid_grant') {
              const died = diedMidRefresh(row)
              if (lostBefore) reason = `${LOST_IN_TRANSIT}; then GHL answered invalid_grant`
              else if (died !== null) reason = `${LOST_IN_TRANSIT} (a refresh started at ${died.toISOString()} never finished: the instance running it stopped); then GHL answered invalid_grant`
            }
            await handle.setStatus('reauth_required', reason)
            return { kind: 'reauth', reason }
          }
          await handle.recordError(safeMessage(err))
          return { kind: 'failed', error: err as Error, row }
        }
        const expiresAt = new Date(now() + response.expires_in * 1000)
        const tokens = { baseVersion: committedVersion, accessToken: response.access_token, refreshToken: response.refresh_token ?? refreshToken, expiresAt, scope: response.scope }
        rotated = tokens
        try {
          const written = await handle.writeTokens(encryptWrite(keyRing, connection, tokens.accessToken, tokens.refreshToken, expiresAt, tokens.scope), row.version)
          if (written === null) throw new Error('the row changed during the refresh')
          return { kind: 'refreshed', row: written }
        } catch (err) {
          throw new PersistFailure(tokens, err)
        }
      })
    } catch (err) {
      if (err instanceof PersistFailure) throw err
      // e.g. COMMIT failed with the connection: what GHL rotated is not stored
      if (rotated !== undefined) throw new PersistFailure(rotated, err)
      if (flushed !== undefined && unpersisted.get(connection) === flushed && !closed) scheduleRetry(connection, flushed)
      throw err
    }
    if (flushed !== undefined && unpersisted.get(connection) === flushed) unpersisted.delete(connection)
    return result
  }

  // ── a whole refresh: attempts with backoff, outcomes, events ────────────────────────────────────────────────
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
          keepUnpersisted(connection, err)
          emitRefreshed(connection, trigger, err.tokens.expiresAt, started)
          return cache.get(connection) as Cached
        }
        return fallback(connection, trigger, err as Error, n, false)
      }
      if (!result.acquired) throw new Error('unreachable: a waiting lock was not acquired')
      const outcome = result.value
      switch (outcome.kind) {
        case 'current':
          cooldownUntil.delete(connection)
          return remember(outcome.row)
        case 'refreshed': {
          cooldownUntil.delete(connection)
          const entry = remember(outcome.row)
          emitRefreshed(connection, trigger, outcome.row.expiresAt as Date, started)
          await announce(connection, outcome.row.version, 'refreshed', outcome.row.expiresAt)
          return entry
        }
        case 'inactive':
          remember(outcome.row)
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
    const entry = row === undefined ? cache.get(connection) : remember(row)
    if (error instanceof GhlNotConnectedError || error instanceof GhlConfigError) throw error
    if (usable(entry, 0)) {
      log.warn({ connection, err: error.message, until: new Date(entry.expiresAt) },
        `GHL token refresh failed; using current token until ${new Date(entry.expiresAt).toISOString()}`)
      return entry
    }
    log.error({ connection, err: error.message }, 'GHL token refresh failed and the current token has expired')
    throw error instanceof GhlRefreshError ? error : new GhlRefreshError(connection, error.message, { cause: error })
  }

  async function enterReauth (connection: string, reason: string): Promise<void> {
    const entry = cache.get(connection)
    const wasActive = entry === undefined || entry.status === 'active'
    cache.set(connection, { accessToken: null, expiresAt: null, version: entry?.version ?? 0, status: 'reauth_required', userType: entry?.userType ?? 'Location', lastError: reason })
    if (wasActive) {
      events.emit('token:reauth_required', { connection, reason })
      log.error({ connection, reason }, `GHL connection needs re-authorization; re-authorize at ${reauthUrl}`)
    }
    await announce(connection, entry?.version ?? 0, 'reauth_required')
  }

  function singleFlight (connection: string, run: () => Promise<Cached>): Promise<Cached> {
    const running = inflight.get(connection)
    if (running !== undefined) return running
    const promise = run().finally(() => { inflight.delete(connection) })
    inflight.set(connection, promise)
    return promise
  }

  async function ensure (connection: string, trigger: RefreshTrigger): Promise<string> {
    let entry = cache.get(connection)
    if (entry === undefined) {
      entry = await loadOnce(connection)
    } else if (stale.has(connection)) {
      try {
        entry = await loadOnce(connection)
      } catch (err) {
        if (err instanceof GhlNotConnectedError || !usable(entry, 0)) throw err
        log.warn({ connection, err: safeMessage(err) }, 'GHL could not re-read the connection after a LISTEN reconnect; serving the token in memory')
        return entry.accessToken
      }
    }
    if (usable(entry, windowMs)) return entry.accessToken
    if (entry.status !== 'active') throw reauthError(connection, entry.lastError)
    const coolUntil = cooldownUntil.get(connection)
    if (coolUntil !== undefined && coolUntil > now()) {
      if (usable(entry, 0)) return entry.accessToken
      throw new GhlRefreshError(connection, `refresh failed recently; next attempt after ${new Date(coolUntil).toISOString()}`)
    }
    entry = await singleFlight(connection, async () => await refresh(connection, { kind: 'due' }, trigger))
    if (entry.accessToken === null || entry.status !== 'active') throw reauthError(connection, entry.lastError)
    return entry.accessToken
  }

  return {
    defaultConnection: options.defaultConnection,

    async getValidToken (connection) {
      const id = connectionOf(connection)
      const entry = cache.get(id)
      if (usable(entry, windowMs) && !stale.has(id)) return entry.accessToken
      return await ensure(id, 'window')
    },

    async refreshAfterUnauthorized (connection, rejectedToken) {
      const id = connectionOf(connection)
      const running = inflight.get(id)
      if (running !== undefined) {
        const after = await running.catch(() => undefined)
        if (after?.accessToken != null && after.accessToken !== rejectedToken) return after.accessToken
      }
      const entry = await singleFlight(id, async () => await refresh(id, { kind: 'rejected', token: rejectedToken }, '401'))
      if (entry.accessToken === null) throw reauthError(id, entry.lastError)
      return entry.accessToken
    },

    async markReauthRequired (connection, reason) {
      const id = connectionOf(connection)
      await store.setStatus(id, 'reauth_required', reason)
      await enterReauth(id, reason)
      return reauthError(id, reason)
    },

    async forceRefresh (connection) {
      const id = connectionOf(connection)
      cooldownUntil.delete(id)
      await singleFlight(id, async () => await refresh(id, { kind: 'force' }, 'manual'))
      const row = await store.get(id)
      if (row === null) throw new GhlNotConnectedError(id, reauthUrl)
      return viewOf(row)
    },

    async refreshIfDue (connection, trigger = 'scheduled') {
      const coolUntil = cooldownUntil.get(connection)
      if ((coolUntil !== undefined && coolUntil > now()) || inflight.has(connection)) return 'skipped'
      const peerExpiry = peerFresh.get(connection)
      if (peerExpiry !== undefined && peerExpiry - now() > windowMs) return 'skipped'
      let outcome: 'refreshed' | 'skipped' | 'busy' | 'failed' = 'skipped'
      await singleFlight(connection, async () => {
        const started = now()
        try {
          const result = await attempt(connection, { kind: 'due' }, false, true)
          if (!result.acquired) { outcome = 'busy'; return cache.get(connection) ?? await load(connection) }
          const value = result.value
          if (value.kind === 'refreshed') {
            outcome = 'refreshed'
            emitRefreshed(connection, trigger, value.row.expiresAt as Date, started)
            await announce(connection, value.row.version, 'refreshed', value.row.expiresAt)
            return remember(value.row)
          }
          if (value.kind === 'deferred') { outcome = 'skipped'; return remember(value.row) }
          if (value.kind === 'reauth') { outcome = 'failed'; await enterReauth(connection, value.reason); return cache.get(connection) as Cached }
          if (value.kind === 'failed') { outcome = 'failed'; return fallbackQuiet(connection, trigger, value.error, value.row) }
          return remember(value.row)
        } catch (err) {
          if (err instanceof PersistFailure) {
            outcome = 'refreshed'
            keepUnpersisted(connection, err)
            emitRefreshed(connection, trigger, err.tokens.expiresAt, started)
            return cache.get(connection) as Cached
          }
          outcome = 'failed'
          log.warn({ connection, err: safeMessage(err) }, 'GHL scheduled refresh failed')
          return cache.get(connection) ?? { accessToken: null, expiresAt: null, version: 0, status: 'active', userType: 'Location', lastError: null }
        }
      })
      return outcome
    },

    async listDue (limit, aheadMs = 0) {
      // A fresh list is the truth from here on; what peers announced before it is already in it.
      peerFresh.clear()
      const rows = await store.listDue(new Date(now() + windowMs + aheadMs), limit)
      return rows.map((row) => row.id)
    },

    async seed (input) {
      const userType = input.userType ?? (input.locationId === undefined && input.companyId !== undefined ? 'Company' : 'Location')
      const row = encryptNew(keyRing, {
        id: input.connection,
        userType,
        locationId: input.locationId ?? (userType === 'Location' ? input.connection : null),
        companyId: input.companyId ?? (userType === 'Company' ? input.connection : null),
        accessToken: input.accessToken ?? null,
        refreshToken: input.refreshToken,
        expiresAt: input.accessToken === undefined ? null : input.expiresAt ?? null
      })
      if (await store.insertIfAbsent(row)) return true
      // A row exists: the database is the source of truth. Only a connection that lost its grant takes new tokens.
      const existing = await store.get(input.connection)
      if (existing === null || existing.status === 'active') return false
      if (decryptRow(keyRing, existing).refreshToken === input.refreshToken) return false
      const saved = await store.saveAuthorization(row)
      remember(saved)
      await announce(saved.id, saved.version, 'authorized')
      return true
    },

    async saveAuthorization (response) {
      const userType: UserType = response.userType === 'Company' ? 'Company' : 'Location'
      const id = userType === 'Company' ? response.companyId : response.locationId
      if (id === undefined || id === '') throw new GhlRefreshError('authorization', `the token response names no ${userType === 'Company' ? 'companyId' : 'locationId'}`)
      const saved = await store.saveAuthorization(encryptNew(keyRing, {
        id,
        userType,
        locationId: response.locationId ?? null,
        companyId: response.companyId ?? null,
        scope: response.scope ?? null,
        accessToken: response.access_token,
        refreshToken: response.refresh_token,
        expiresAt: new Date(now() + response.expires_in * 1000)
      }))
      unpersisted.delete(id)
      cooldownUntil.delete(id)
      remember(saved)
      await announce(id, saved.version, 'authorized')
      return id
    },

    async revoke (connection, reason) {
      await store.setStatus(connection, 'revoked', reason)
      cache.delete(connection)
      await announce(connection, Number.MAX_SAFE_INTEGER, 'revoked')
    },

    async status (connection) {
      const row = await store.get(connectionOf(connection))
      return row === null ? null : viewOf(row)
    },

    async list () {
      return (await store.list()).map(viewOf)
    },

    async start () {
      subscription ??= await store.subscribe(onFleetMessage, { onReconnect: () => { peerFresh.clear(); for (const id of cache.keys()) stale.add(id) } })
    },

    async close () {
      closed = true
      for (const pending of unpersisted.values()) if (pending.timer !== undefined) clearTimeout(pending.timer)
      await Promise.allSettled([...inflight.values()])
      await subscription?.close()
      subscription = undefined
    }
  }

  function fallbackQuiet (connection: string, trigger: RefreshTrigger, error: Error, row: ConnectionRow): Cached {
    cooldownUntil.set(connection, now() + cooldownMs)
    events.emit('token:refresh_failed', { connection, trigger, error, attempt: 1, willRetry: false })
    log.warn({ connection, err: error.message }, 'GHL scheduled token refresh failed; the next sweep retries')
    return remember(row)
  }
}

// Keeps every connection's access token valid, refreshing each one exactly once per expiry across a fleet:
// in-process single-flight, then a Postgres advisory lock with the row read again after the lock (if another
// instance already refreshed, its token is used and GHL is not called). The call path reads from memory.
import type { UserType } from '../../db/types.js'
import { GhlConfigError, GhlNotConnectedError, GhlRefreshError } from '../errors.js'
import type { RefreshTrigger } from '../events.js'
import { decryptRow, encryptNew, viewOf } from './codec.js'
import { createCompanyIndex } from './company-index.js'
import { createFleetNotify } from './fleet-notify.js'
import { checkStoredKeys } from './key-check.js'
import { createLockedAttempt } from './locked-refresh.js'
import { createRefreshOutcomes } from './refresh-outcomes.js'
import { safeMessage, settingsOf, SUSPENDED, type TokenManagerOptions } from './settings.js'
import { createTokenCache } from './token-cache.js'
import type { TokenManager } from './types.js'
import { createUnpersistedTokens, type Unpersisted } from './unpersisted-tokens.js'

export {
  DEFAULT_FAILURE_COOLDOWN_MS,
  DEFAULT_INTERRUPTED_REFRESH_GRACE_MS,
  DEFAULT_LOCK_IDLE_TIMEOUT_MS,
  DEFAULT_LOCK_TIMEOUT_MS,
  DEFAULT_REAUTH_URL,
  DEFAULT_REFRESH_RETRY,
  DEFAULT_REFRESH_WINDOW_S,
  type TokenManagerOptions
} from './settings.js'

export function createTokenManager (options: TokenManagerOptions): TokenManager {
  const settings = settingsOf(options)
  const { store, keyRing, log, now, windowMs, reauthUrl } = settings
  const unpersisted = new Map<string, Unpersisted>()
  const companies = createCompanyIndex(store)
  const cache = createTokenCache(settings, unpersisted, companies.noteRow)
  const fleet = createFleetNotify(settings, cache, companies)
  const persist = createUnpersistedTokens(settings, unpersisted, cache, fleet)
  const attempt = createLockedAttempt(settings, unpersisted, persist)
  // A location token without a refresh token is minted again with its agency's token (obtained like any other).
  const agencyTokenFor = async (companyId: string): Promise<string> => await getValidToken(companyId)
  const { cooldowns, coolingError, refresh, refreshIfDue, enterReauth, reauthError, suspendedError } = createRefreshOutcomes(settings, cache, fleet, persist, attempt, agencyTokenFor, companies.forget)

  function connectionOf (connection: string | undefined): string {
    const id = connection ?? options.defaultConnection
    if (id === undefined || id === '') throw new GhlConfigError('no connection given and no default locationId configured')
    return id
  }

  async function ensure (connection: string, trigger: RefreshTrigger): Promise<string> {
    let entry = cache.entries.get(connection)
    if (entry === undefined) {
      entry = await cache.loadOnce(connection)
    } else if (cache.stale.has(connection)) {
      try {
        entry = await cache.loadOnce(connection)
      } catch (err) {
        if (err instanceof GhlNotConnectedError || !cache.usable(entry, 0)) throw err
        log.warn({ connection, err: safeMessage(err) }, 'GHL could not re-read the connection after a LISTEN reconnect; serving the token in memory')
        return entry.accessToken
      }
    }
    if (cache.usable(entry, windowMs)) return entry.accessToken
    if (entry.status === SUSPENDED) return await retrySuspended(connection, entry.lastError, trigger)
    if (entry.status !== 'active') throw reauthError(connection, entry.lastError)
    const cooling = cooldowns.get(connection)
    if (cooling !== undefined && cooling.until > now()) {
      if (cache.usable(entry, 0)) return entry.accessToken
      throw coolingError(connection, cooling)
    }
    entry = await cache.singleFlight(connection, async () => await refresh(connection, { kind: 'due' }, trigger))
    if (entry.accessToken === null || entry.status !== 'active') throw reauthError(connection, entry.lastError)
    return entry.accessToken
  }

  /** A suspended connection: GHL_LOCATION_SUSPENDED until its next attempt is due, then one refresh tells (single-flight). */
  async function retrySuspended (connection: string, reason: string | null, trigger: RefreshTrigger): Promise<string> {
    const cooling = cooldowns.get(connection)
    if (cooling !== undefined && cooling.until > now()) throw suspendedError(connection, reason)
    const entry = await cache.singleFlight(connection, async () => await refresh(connection, { kind: 'force' }, trigger))
    if (entry.failure !== undefined) throw entry.failure
    if (entry.accessToken === null || entry.status !== 'active') throw reauthError(connection, entry.lastError)
    return entry.accessToken
  }

  async function getValidToken (connection?: string): Promise<string> {
    const id = connectionOf(connection)
    const entry = cache.entries.get(id)
    if (cache.usable(entry, windowMs) && !cache.stale.has(id)) return entry.accessToken
    return await ensure(id, 'window')
  }

  return {
    defaultConnection: options.defaultConnection,

    getValidToken,

    async refreshAfterUnauthorized (connection, rejectedToken) {
      const id = connectionOf(connection)
      const running = cache.inflight.get(id)
      if (running !== undefined) {
        const after = await running.catch(() => undefined)
        if (after?.accessToken != null && after.accessToken !== rejectedToken) return after.accessToken
      }
      const entry = await cache.singleFlight(id, async () => await refresh(id, { kind: 'rejected', token: rejectedToken }, '401'))
      if (entry.accessToken === null) throw reauthError(id, entry.lastError)
      // No refresh happened (GHL unreachable, 429…): replaying the rejected token would only earn another 401.
      if (entry.failure !== undefined && entry.accessToken === rejectedToken) throw entry.failure
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
      cooldowns.delete(id)
      // Honest: when no refresh happened (every attempt failed), reject with the cause; the current token keeps serving calls.
      const result = await cache.singleFlight(id, async () => await refresh(id, { kind: 'force' }, 'manual'))
      if (result.failure !== undefined) throw result.failure
      const row = await store.get(id)
      if (row === null) throw new GhlNotConnectedError(id, reauthUrl)
      return viewOf(row)
    },

    refreshIfDue,

    async listDue (limit, aheadMs = 0) {
      // A fresh list is the truth from here on; what peers announced before it is already in it.
      fleet.peerFresh.clear()
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
      if (await store.insertIfAbsent(row)) {
        if (store.inMemory === true) {
          log.warn({ connection: input.connection }, 'GHL_REFRESH_TOKEN seeded an in-memory database: its first refresh spends the refresh token, ' +
            'which GHL then rotates; every other instance or process seeded with the same token loses the connection (invalid_grant), and ' +
            'this one loses the new token on restart. Set DATABASE_URL (shared Postgres) or options.dataDir')
        }
        if (userType === 'Company') companies.noteCompany(input.connection, row.companyId ?? input.connection)
        return true
      }
      // A row exists: the database is the source of truth. Only a connection that lost its grant takes new tokens.
      const existing = await store.get(input.connection)
      if (existing === null || existing.status === 'active') return false
      if (decryptRow(keyRing, existing).refreshToken === input.refreshToken) return false
      const saved = await store.saveAuthorization(row)
      cache.remember(saved)
      await fleet.announce(saved.id, saved.version, 'authorized', undefined, saved.userType === 'Company' ? saved.companyId ?? saved.id : undefined)
      return true
    },

    async saveAuthorization (response) {
      const userType: UserType = response.userType === 'Company' ? 'Company' : 'Location'
      const id = userType === 'Company' ? response.companyId : response.locationId
      if (id === undefined || id === '') throw new GhlRefreshError('authorization', `the token response names no ${userType === 'Company' ? 'companyId' : 'locationId'}`)
      const refreshToken = typeof response.refresh_token === 'string' && response.refresh_token !== '' ? response.refresh_token : null
      // Without a refresh token only a location token from its agency can be renewed (minted again through the agency).
      if (refreshToken === null && (userType !== 'Location' || response.companyId === undefined || response.companyId === '')) {
        throw new GhlRefreshError(id, 'the token response has no refresh_token (only a location token from an agency may lack one)')
      }
      const saved = await store.saveAuthorization(encryptNew(keyRing, {
        id,
        userType,
        locationId: response.locationId ?? null,
        companyId: response.companyId ?? null,
        scope: response.scope ?? null,
        accessToken: response.access_token,
        refreshToken,
        expiresAt: new Date(now() + response.expires_in * 1000)
      }))
      unpersisted.delete(id)
      cooldowns.delete(id)
      cache.remember(saved)
      await fleet.announce(id, saved.version, 'authorized', undefined, userType === 'Company' ? saved.companyId ?? id : undefined)
      return id
    },

    async revoke (connection, reason) {
      await store.setStatus(connection, 'revoked', reason)
      companies.forget(connection)
      cache.entries.delete(connection)
      await fleet.announce(connection, Number.MAX_SAFE_INTEGER, 'revoked')
    },

    async status (connection) {
      const row = await store.get(connectionOf(connection))
      return row === null ? null : viewOf(row)
    },

    async list () {
      return (await store.list()).map(viewOf)
    },

    agencyConnections: companies.list,

    async retrySuspended () {
      // The store has no query by status: count first (one aggregate), read the table only when some are suspended.
      const counts = await store.countByStatus()
      if (!(counts.suspended > 0)) return 0
      const suspended = (await store.list()).filter((row) => row.status === SUSPENDED).map((row) => row.id)
      let retried = 0
      for (const id of suspended) {
        const cooling = cooldowns.get(id)
        if (cooling !== undefined && cooling.until > now()) continue
        retried++
        await cache.singleFlight(id, async () => await refresh(id, { kind: 'force' }, 'scheduled')).catch(() => undefined)
      }
      return retried
    },

    async start () {
      await checkStoredKeys(store, keyRing)
      await fleet.listen()
    },

    async close () {
      persist.stop()
      await Promise.allSettled([...cache.inflight.values()])
      await fleet.stop()
    }
  }
}

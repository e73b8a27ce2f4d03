// One refresh attempt under the connection's advisory lock, with the row read again after the lock: if another
// instance already refreshed, its token is used and GHL is not called (a used refresh token is dead).
import type { ConnectionRow } from '../../db/types.js'
import { GhlNotConnectedError } from '../errors.js'
import { decryptRow, encryptWrite } from './codec.js'
import { failureReason, oauthFailure, type OAuthFailureCause } from './token-failure.js'
import { safeMessage, SUSPENDED, type TokenSettings } from './settings.js'
import type { TokenResponse } from './types.js'
import { PersistFailure, type Unpersisted, type UnpersistedTokens } from './unpersisted-tokens.js'

const LOST_IN_TRANSIT = 'refresh response lost in transit'

export type RefreshMode = { kind: 'due' } | { kind: 'force' } | { kind: 'rejected', token: string }

export interface AttemptOptions {
  /** An earlier attempt of this refresh got no answer (the stored refresh token may be spent). */
  lostBefore?: boolean
  /** Do not wait for a lock another instance holds. */
  tryOnly?: boolean
  /** May wait for another instance's unstored refresh (once per refresh). Default true. */
  mayDefer?: boolean
  /** The agency's access token, for a location token without a refresh token (minted through its agency). */
  agencyToken?: string
}

type LockedOutcome =
  | { kind: 'current', row: ConnectionRow }
  | { kind: 'refreshed', row: ConnectionRow }
  | { kind: 'inactive', row: ConnectionRow }
  | { kind: 'reauth', reason: string }
  | { kind: 'failed', error: Error, row: ConnectionRow }
  /** GHL says the location is not active: the row is now `suspended`. */
  | { kind: 'suspended', reason: string, error: Error, row: ConnectionRow }
  /** A location token without a refresh token: mint it again through the agency; attempt again with its token. */
  | { kind: 'mint', companyId: string, row: ConnectionRow }
  /** Another instance's unstored refresh is recent: try again at `until` (epoch ms). */
  | { kind: 'deferred', until: number, row: ConnectionRow }

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

export type LockedAttempt = ReturnType<typeof createLockedAttempt>

export function createLockedAttempt (settings: TokenSettings, unpersisted: Map<string, Unpersisted>, persist: UnpersistedTokens) {
  const { store, keyRing, oauth, now, windowMs, lockOptions, graceMs, reauthUrl } = settings

  function stillGood (row: ConnectionRow, mode: RefreshMode): boolean {
    // A suspended connection is only brought back by GHL answering again.
    if (row.status === SUSPENDED) return false
    const plain = decryptRow(keyRing, row)
    if (plain.accessToken === null || row.expiresAt === null) return false
    if (mode.kind === 'rejected') return plain.accessToken !== mode.token && row.expiresAt.getTime() > now()
    if (mode.kind === 'due') return row.expiresAt.getTime() - now() > windowMs
    return false
  }

  /** The words kept on the row for a failed token call: our classified reason and GHL's scrubbed message. */
  function reasonOf (err: unknown, failure: OAuthFailureCause | undefined): string {
    return failure === undefined ? `refresh failed: ${safeMessage(err).slice(0, 200)}` : failureReason(failure)
  }

  return async function attempt (connection: string, mode: RefreshMode, options: AttemptOptions = {}) {
    const { lostBefore = false, tryOnly = false, mayDefer = true, agencyToken } = options
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
        if (row.status !== 'active' && row.status !== SUSPENDED) return { kind: 'inactive', row }
        if (stillGood(row, mode)) return { kind: 'current', row }
        const interrupted = diedMidRefresh(row)
        if (interrupted !== null && mayDefer && !lostBefore) {
          // A skewed clock only shortens or lengthens the wait; a mark from the future counts as not recent.
          const since = now() - interrupted.getTime()
          if (since >= 0 && since < graceMs) return { kind: 'deferred', until: interrupted.getTime() + graceMs, row }
        }
        const refreshToken = decryptRow(keyRing, row).refreshToken
        const companyId = row.userType === 'Location' ? row.companyId : null
        if (refreshToken === null && companyId === null) {
          await handle.setStatus('reauth_required', 'no refresh token stored')
          return { kind: 'reauth', reason: 'no refresh token stored' }
        }
        if (refreshToken === null && agencyToken === undefined) return { kind: 'mint', companyId: companyId as string, row }
        await handle.markRefreshStarted()
        let response: TokenResponse
        try {
          response = refreshToken === null
            ? await oauth.locationToken(agencyToken as string, companyId as string, connection)
            : await oauth.refresh(refreshToken, row.userType, connection)
        } catch (err) {
          const failure = oauthFailure(err)
          // Only an answer proving the refresh token spent ends the connection (a minted token has none to spend).
          if (failure?.kind === 'invalid_grant' && refreshToken !== null) {
            let reason = failureReason(failure)
            const died = diedMidRefresh(row)
            if (lostBefore) reason = `${LOST_IN_TRANSIT}; then GHL answered invalid_grant`
            else if (died !== null) reason = `${LOST_IN_TRANSIT} (a refresh started at ${died.toISOString()} never finished: the instance running it stopped); then GHL answered invalid_grant`
            await handle.setStatus('reauth_required', reason)
            return { kind: 'reauth', reason }
          }
          if (failure?.kind === 'location_inactive') {
            const reason = reasonOf(err, failure)
            await handle.setStatus(SUSPENDED, reason)
            return { kind: 'suspended', reason, error: err as Error, row }
          }
          await handle.recordError(refreshToken === null ? `minting the location token through agency ${String(companyId)} failed: ${reasonOf(err, failure)}` : reasonOf(err, failure))
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
      if (flushed !== undefined && unpersisted.get(connection) === flushed) persist.scheduleRetry(connection, flushed)
      throw err
    }
    if (flushed !== undefined && unpersisted.get(connection) === flushed) unpersisted.delete(connection)
    return result
  }
}

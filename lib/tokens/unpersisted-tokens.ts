// Rotated tokens whose database write failed: served from memory while the write is retried with backoff.
import type { ConnectionRow } from '../../db/types.js'
import { backoffDelay, type RetrySettings } from '../client/retry.js'
import { encryptWrite } from './codec.js'
import type { FleetNotify } from './fleet-notify.js'
import { safeMessage, type TokenSettings } from './settings.js'
import type { TokenCache } from './token-cache.js'

// Capped below the interrupted-refresh grace (2 s): a peer that finds our refresh mark unfinished waits that long
// before spending the refresh token we already rotated, so our write must get a try inside every grace window.
const PERSIST_RETRY: Readonly<RetrySettings> = Object.freeze({ attempts: Infinity, baseMs: 250, capMs: 1000 })

/** Rotated tokens this instance could not write: the stored refresh token is dead, these are the live ones. */
export interface Unpersisted {
  baseVersion: number
  accessToken: string
  /** null: a location token minted through its agency. */
  refreshToken: string | null
  expiresAt: Date
  scope: string | undefined
  attempt: number
  timer: NodeJS.Timeout | undefined
}

/** Thrown out of the lock callback so the transaction rolls back while the new tokens survive in memory. */
export class PersistFailure extends Error {
  constructor (readonly tokens: Omit<Unpersisted, 'attempt' | 'timer'>, readonly original: unknown) { super('persist failed') }
}

export type UnpersistedTokens = ReturnType<typeof createUnpersistedTokens>

export function createUnpersistedTokens (settings: TokenSettings, unpersisted: Map<string, Unpersisted>, cache: TokenCache, fleet: FleetNotify) {
  const { store, keyRing, events, log, random } = settings
  let closed = false

  function keep (connection: string, failure: PersistFailure): void {
    const previous = unpersisted.get(connection)
    if (previous?.timer !== undefined) clearTimeout(previous.timer)
    const pending: Unpersisted = { ...failure.tokens, attempt: 0, timer: undefined }
    unpersisted.set(connection, pending)
    cache.entries.set(connection, {
      accessToken: pending.accessToken, expiresAt: pending.expiresAt.getTime(), version: pending.baseVersion,
      status: 'active', userType: cache.entries.get(connection)?.userType ?? 'Location', lastError: null
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
        cache.remember(row)
        log.info({ connection }, 'GHL rotated tokens written to the database after an earlier failure')
        await fleet.announce(connection, row.version, 'refreshed', row.expiresAt)
      } else {
        log.error({ connection }, 'GHL rotated tokens could not be written: the stored row changed meanwhile (re-authorized?)')
      }
    } catch (err) {
      reportPersistFailure(connection, pending, err)
    }
  }

  function stop (): void {
    closed = true
    for (const pending of unpersisted.values()) if (pending.timer !== undefined) clearTimeout(pending.timer)
  }

  return { keep, scheduleRetry, stop }
}

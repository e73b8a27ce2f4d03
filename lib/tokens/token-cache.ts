// The in-memory copy of each connection's token that the call path reads, with one shared database read after an
// invalidation and one shared in-flight refresh per connection (single-flight).
import type { ConnectionRow, UserType } from '../../db/types.js'
import { GhlNotConnectedError } from '../errors.js'
import { decryptRow } from './codec.js'
import type { TokenSettings } from './settings.js'

/** Waits before re-reading a row whose connection was cut (the pool hands out a fresh one). */
const LOST_CONNECTION_RETRY_MS = [25, 150] as const

/** The database connection under the query was lost (terminated backend, reset socket), not the query refused. */
function lostConnection (err: unknown): boolean {
  for (let e = err as { code?: unknown, message?: unknown, cause?: unknown } | undefined, depth = 0; e !== undefined && e !== null && depth < 4; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : ''
    if (code === '57P01' || code === '57P02' || code === '57P03' || code.startsWith('08') || code === 'ECONNRESET') return true
    if (typeof e.message === 'string' && /Connection terminated|terminating connection|connection (is )?closed/i.test(e.message)) return true
  }
  return false
}

export interface Cached {
  accessToken: string | null
  expiresAt: number | null
  version: number
  status: ConnectionRow['status']
  userType: UserType
  lastError: string | null
}

/** Rotated tokens whose write failed: they replace the row's (dead) tokens while the row is still at `baseVersion`. */
export interface PendingTokens {
  baseVersion: number
  accessToken: string
  expiresAt: Date
}

export type TokenCache = ReturnType<typeof createTokenCache>

/** `onRow` sees every row the cache takes in (the agency index learns of Company connections from it). */
export function createTokenCache (settings: TokenSettings, unpersisted: ReadonlyMap<string, PendingTokens>, onRow: (row: ConnectionRow) => void = () => {}) {
  const { store, keyRing, now, reauthUrl } = settings
  const entries = new Map<string, Cached>()
  const inflight = new Map<string, Promise<Cached & { failure?: Error }>>()
  /** Cached after a LISTEN reconnect: notifications may have been missed, so read again, but still usable if the read fails. */
  const stale = new Set<string>()
  const loading = new Map<string, Promise<Cached>>()

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
    entries.set(row.id, entry)
    stale.delete(row.id)
    onRow(row)
    return entry
  }

  async function load (connection: string): Promise<Cached> {
    const row = await readRow(connection)
    if (row === null) throw new GhlNotConnectedError(connection, reauthUrl)
    return remember(row)
  }

  /** A read is safe to repeat: a call that only needs the row survives a backend cut mid-query. */
  async function readRow (connection: string): Promise<ConnectionRow | null> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await store.get(connection)
      } catch (err) {
        if (attempt >= LOST_CONNECTION_RETRY_MS.length || !lostConnection(err)) throw err
        await new Promise((resolve) => setTimeout(resolve, LOST_CONNECTION_RETRY_MS[attempt]))
      }
    }
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

  /** One in-flight refresh per connection; joiners get its result (a `failure` on it says no refresh happened). */
  function singleFlight (connection: string, run: () => Promise<Cached & { failure?: Error }>): Promise<Cached & { failure?: Error }> {
    const running = inflight.get(connection)
    if (running !== undefined) return running
    const promise = run().finally(() => { inflight.delete(connection) })
    inflight.set(connection, promise)
    return promise
  }

  return { entries, inflight, stale, usable, remember, load, loadOnce, singleFlight }
}

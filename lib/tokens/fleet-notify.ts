// What instances tell each other through Postgres LISTEN/NOTIFY: a token change on one instance drops the
// in-memory copy on the others, so nobody keeps sending a token that was replaced.
import { randomUUID } from 'node:crypto'
import type { CompanyIndex } from './company-index.js'
import { safeMessage, type TokenSettings } from './settings.js'
import type { TokenCache } from './token-cache.js'

/**
 * NOTIFY payload: connection, row version, origin instance, reason; `e` is the new expiry (ms) of a refresh; `k` the
 * company id of an authorized agency (Company) connection.
 */
interface FleetMessage { c: string, v: number, o: string, r: string, e?: number, k?: string }

export type FleetNotify = ReturnType<typeof createFleetNotify>

export function createFleetNotify (settings: TokenSettings, cache: TokenCache, companies: CompanyIndex) {
  const { store, events, log } = settings
  const instanceId = randomUUID()
  /** Connections other instances announced as refreshed, with the new expiry: a sweep skips them without a lock. */
  const peerFresh = new Map<string, number>()
  let subscription: { close: () => Promise<void> } | undefined

  async function announce (connection: string, version: number, reason: string, expiresAt?: Date | null, agencyCompanyId?: string): Promise<void> {
    const message: FleetMessage = { c: connection, v: version, o: instanceId, r: reason }
    if (expiresAt != null) message.e = expiresAt.getTime()
    if (agencyCompanyId !== undefined) message.k = agencyCompanyId
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
    if (message.r === 'authorized' && typeof message.k === 'string') companies.noteCompany(message.c, message.k)
    else if (message.r === 'revoked' || message.r === 'reauth_required') companies.forget(message.c)
    const entry = cache.entries.get(message.c)
    // The same version as cached is the token this instance already holds (read under the lock after the refresh).
    if (entry !== undefined && (typeof message.v !== 'number' || message.v > entry.version || message.r !== 'refreshed')) {
      cache.entries.delete(message.c)
      events.emit('token:invalidated', { connection: message.c, reason: message.r })
    }
  }

  async function listen (): Promise<void> {
    subscription ??= await store.subscribe(onFleetMessage, { onReconnect: () => { peerFresh.clear(); companies.stale(); for (const id of cache.entries.keys()) cache.stale.add(id) } })
  }

  async function stop (): Promise<void> {
    await subscription?.close()
    subscription = undefined
  }

  return { peerFresh, announce, listen, stop }
}

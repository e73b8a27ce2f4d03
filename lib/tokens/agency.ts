// Location tokens through an agency (Company) connection, `POST /oauth/locationToken`: for forLocation(id) of a
// location that has no connection yet, and for INSTALL webhooks of locations under an agency install.
import type { TokenStore, UserType } from '../../db/types.js'
import type { GhlSettings } from '../config.js'
import { GhlNotConnectedError } from '../errors.js'
import type { GhlLogger } from '../logger.js'
import type { OAuthClient } from './oauth-client.js'
import type { TokenProvider } from './provider.js'
import type { TokenManager } from './types.js'

/** After an agency could not provide a location token, wait this long before asking again. */
const AGENCY_MISS_COOLDOWN_MS = 60_000
/** Most remembered misses (least recently missed forgotten first). */
const MAX_MISSES = 1000

export interface AgencyParts {
  store: TokenStore
  manager: TokenManager
  oauth: OAuthClient
  settings: Pick<GhlSettings, 'locationId' | 'apiVersion'>
  log: GhlLogger
  now: () => number
}

export function createAgency ({ store, manager, oauth, settings, log, now }: AgencyParts) {
  const inflight = new Map<string, Promise<boolean>>()
  const misses = new Map<string, number>()

  async function companies (companyId: string | undefined): Promise<Array<{ id: string, companyId: string }>> {
    if (companyId !== undefined) {
      const row = await store.get(companyId)
      return row !== null && row.userType === 'Company' && row.status === 'active' ? [{ id: row.id, companyId: row.companyId ?? row.id }] : []
    }
    // Known agency connections (the manager reads the table once, then keeps the list current): no query at all when
    // there is none, instead of a whole-table read per unknown location.
    const known = await manager.agencyConnections()
    known.sort((a, b) => (a.connection === settings.locationId ? -1 : b.connection === settings.locationId ? 1 : 0))
    return known.map((a) => ({ id: a.connection, companyId: a.companyId }))
  }

  async function obtain (locationId: string, companyId: string | undefined): Promise<boolean> {
    const existing = await store.get(locationId)
    if (existing !== null && existing.status === 'active') return true
    let lastError: unknown
    for (const company of await companies(companyId)) {
      try {
        const agencyToken = await manager.getValidToken(company.id)
        const response = await oauth.locationToken(agencyToken, company.companyId, locationId, settings.apiVersion)
        await manager.saveAuthorization({ ...response, userType: 'Location' as UserType, locationId: response.locationId ?? locationId, companyId: response.companyId ?? company.companyId })
        log.info({ connection: locationId, agency: company.id }, 'GHL location token obtained through the agency connection')
        return true
      } catch (err) {
        lastError = err
      }
    }
    if (lastError !== undefined) throw lastError
    return false
  }

  /** true: a location connection exists now; false: no agency connection could provide one. */
  function install (locationId: string, companyId: string | undefined): Promise<boolean> {
    const key = `${locationId}\u0000${companyId ?? ''}`
    let running = inflight.get(key)
    if (running === undefined) {
      running = obtain(locationId, companyId).finally(() => { inflight.delete(key) })
      inflight.set(key, running)
    }
    return running
  }

  /** LRU-bounded: a flood of unknown ids evicts the oldest misses, never the whole map at once. */
  function rememberMiss (connection: string): void {
    misses.delete(connection)
    misses.set(connection, now())
    while (misses.size > MAX_MISSES) misses.delete(misses.keys().next().value as string)
  }

  return {
    install,
    /** The token provider the API client uses: the manager, plus agency location tokens for unknown locations. */
    provider (): TokenProvider {
      const fromAgency = async (connection: string, original: unknown): Promise<string> => {
        const missedAt = misses.get(connection)
        if (missedAt !== undefined && now() - missedAt < AGENCY_MISS_COOLDOWN_MS) throw original
        let ok: boolean
        try {
          ok = await install(connection, undefined)
        } catch (err) {
          rememberMiss(connection)
          throw err
        }
        if (!ok) {
          rememberMiss(connection)
          throw original
        }
        return await manager.getValidToken(connection)
      }
      return {
        getValidToken: (connection) => manager.getValidToken(connection).catch(async (err: unknown) => {
          if (!(err instanceof GhlNotConnectedError)) throw err
          return await fromAgency(connection, err)
        }),
        refreshAfterUnauthorized: async (connection, rejected) => await manager.refreshAfterUnauthorized(connection, rejected),
        markReauthRequired: async (connection, reason) => await manager.markReauthRequired(connection, reason)
      }
    }
  }
}

export type Agency = ReturnType<typeof createAgency>

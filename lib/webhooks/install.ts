// INSTALL of a location under an agency (Company) connection, as a queued job: the location token comes from
// `POST /oauth/locationToken` through the API client, so it waits for the agency connection's rate budget, waits out
// GHL's 429s and retries 5xx like every other call; what still fails is retried by the queue with backoff.
import type { TokenStore } from '../../db/types.js'
import type { Requester } from '../client/types.js'
import type { GhlLogger } from '../logger.js'
import type { TokenManager, TokenResponse } from '../tokens/types.js'

export interface LocationInstallParts {
  store: Pick<TokenStore, 'get'>
  manager: Pick<TokenManager, 'agencyConnections' | 'saveAuthorization'>
  request: Requester
  log: GhlLogger
}

/** 'stored': the location connection exists now; 'no-agency': no active agency connection can provide it. */
export type InstallOutcome = 'stored' | 'exists' | 'no-agency'

export type LocationInstaller = (locationId: string, companyId: string | undefined) => Promise<InstallOutcome>

function tokenResponse (body: unknown, locationId: string): TokenResponse {
  const b = body as Partial<TokenResponse> | null
  if (b === null || typeof b !== 'object' || typeof b.access_token !== 'string' || b.access_token === '' || typeof b.expires_in !== 'number' || !(b.expires_in > 0)) {
    throw new Error(`GHL answered the location token of ${locationId} without access_token and expires_in`)
  }
  return b as TokenResponse
}

export function createLocationInstaller ({ store, manager, request, log }: LocationInstallParts): LocationInstaller {
  async function agencyFor (companyId: string | undefined): Promise<{ connection: string, companyId: string } | undefined> {
    const agencies = await manager.agencyConnections()
    if (companyId === undefined) return agencies.length === 1 ? agencies[0] : undefined
    return agencies.find((a) => a.companyId === companyId || a.connection === companyId)
  }

  return async function install (locationId, companyId) {
    const existing = await store.get(locationId)
    if (existing !== null && existing.status === 'active') return 'exists'
    const agency = await agencyFor(companyId)
    if (agency === undefined) return 'no-agency'
    const body = await request({
      method: 'POST',
      path: '/oauth/locationToken',
      connection: agency.connection,
      body: new URLSearchParams({ companyId: agency.companyId, locationId }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      // Minting a location token twice is harmless (no token of the agency is rotated).
      idempotent: true
    })
    const response = tokenResponse(body, locationId)
    await manager.saveAuthorization({ ...response, userType: 'Location', locationId: response.locationId ?? locationId, companyId: response.companyId ?? agency.companyId })
    log.info({ connection: locationId, agency: agency.connection }, 'GHL location installed through the agency connection: connection stored')
    return 'stored'
  }
}

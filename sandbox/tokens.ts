// Installations (grants), access tokens, rotating refresh tokens and one-time authorization codes.
import { CODE_TTL_MS, COMPANY_SCOPES, DEFAULT_USER_ID, LOCATION_SCOPES, REFRESH_TOKEN_TTL_MS, type Settings } from './settings.js'
import { randomToken, type Clock, type Locations } from './state.js'
import type { IssueTokensInput, LocationTokenResponse, TokenFilter, TokenResponse, UserType } from './types.js'

/** One installation of the app on a location or a company: what a token chain stands for. */
export interface Grant {
  userType: UserType
  locationId?: string
  companyId: string
  userId: string
  scope: string
  scopes: ReadonlySet<string>
  planId?: string
  approvedLocations?: string[]
  isBulkInstallation: boolean
  installToFutureLocations?: boolean
  approveAllLocations?: boolean
  versionId: string
  clientId: string
}

export interface AccessRecord {
  grant: Grant
  expiresAt: number
  revoked: boolean
}

interface RefreshRecord {
  grant: Grant
  /** unused until then: a refresh token dies a year after it was issued (each use issues a new one) */
  expiresAt: number
}

export interface CodeRecord {
  grant: Grant
  redirectUri: string
  expiresAt: number
}

function matches (grant: Grant, filter: TokenFilter | undefined): boolean {
  if (filter === undefined) return true
  if (filter.locationId !== undefined && grant.locationId !== filter.locationId) return false
  if (filter.companyId !== undefined && grant.companyId !== filter.companyId) return false
  return true
}

function checkFilter (filter: TokenFilter | undefined): void {
  if (filter === undefined) return
  if (filter === null || typeof filter !== 'object') throw new TypeError('filter must be an object')
  for (const key of ['locationId', 'companyId'] as const) {
    if (filter[key] !== undefined && typeof filter[key] !== 'string') throw new TypeError(`filter.${key} must be a string`)
  }
}

export function parseScopes (scope: string): Set<string> {
  return new Set(scope.split(/\s+/).filter((s) => s.length > 0))
}

export class TokenStore {
  private readonly access = new Map<string, AccessRecord>()
  private readonly refresh = new Map<string, RefreshRecord>()
  private readonly codes = new Map<string, CodeRecord>()

  constructor (
    private readonly settings: Settings,
    private readonly clock: Clock,
    private readonly locations: Locations
  ) {}

  /** A grant from issueTokens-style input (registers the location / company). */
  grantFor (input: IssueTokensInput = {}): Grant {
    if (input === null || typeof input !== 'object') throw new TypeError('install input must be an object')
    const userType = input.userType ?? 'Location'
    if (userType !== 'Location' && userType !== 'Company') throw new TypeError("userType must be 'Location' or 'Company'")
    for (const key of ['locationId', 'companyId', 'scope', 'userId', 'planId'] as const) {
      const v = input[key]
      if (v !== undefined && (typeof v !== 'string' || v.length === 0)) throw new TypeError(`${key} must be a non-empty string`)
    }
    if (input.approvedLocations !== undefined &&
      (!Array.isArray(input.approvedLocations) || !input.approvedLocations.every((l) => typeof l === 'string'))) {
      throw new TypeError('approvedLocations must be an array of strings')
    }
    const scope = input.scope ?? (userType === 'Company' ? COMPANY_SCOPES : LOCATION_SCOPES)
    const base = {
      userId: input.userId ?? DEFAULT_USER_ID,
      scope,
      scopes: parseScopes(scope),
      planId: input.planId,
      versionId: this.settings.appId,
      clientId: this.settings.clientId
    }
    const at = this.clock.iso()
    if (userType === 'Location') {
      const locationId = input.locationId ?? this.settings.defaultLocationId
      const known = this.locations.get(locationId)
      const companyId = input.companyId ?? known?.companyId ?? this.settings.companyId
      const loc = this.locations.markInstalled(locationId, companyId, at)
      return { ...base, userType, locationId, companyId: loc.companyId, isBulkInstallation: false }
    }
    const companyId = input.companyId ?? (input.locationId !== undefined ? this.locations.get(input.locationId)?.companyId : undefined) ?? this.settings.companyId
    if (input.locationId !== undefined) this.locations.ensure(input.locationId, companyId)
    const approved = input.approvedLocations ?? this.locations.ofCompany(companyId).map((l) => l.id)
    for (const id of approved) this.locations.markInstalled(id, companyId, at)
    return {
      ...base,
      userType,
      companyId,
      approvedLocations: [...approved],
      isBulkInstallation: true,
      installToFutureLocations: false,
      approveAllLocations: input.approvedLocations === undefined
    }
  }

  /** A fresh access + refresh token pair for the grant. */
  issue (grant: Grant): TokenResponse {
    const accessToken = randomToken('sbx_at_')
    const refreshToken = randomToken('sbx_rt_')
    const now = this.clock.now()
    this.access.set(accessToken, { grant, expiresAt: now + this.settings.accessTokenTtlSeconds * 1000, revoked: false })
    this.refresh.set(refreshToken, { grant, expiresAt: now + REFRESH_TOKEN_TTL_MS })
    // in the order of GetAccessCodeSuccessfulResponseDto; absent fields are left out
    const out: TokenResponse = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: this.settings.accessTokenTtlSeconds,
      refresh_token: refreshToken,
      scope: grant.scope,
      userType: grant.userType,
      locationId: grant.locationId,
      companyId: grant.companyId,
      approvedLocations: grant.approvedLocations === undefined ? undefined : [...grant.approvedLocations],
      userId: grant.userId,
      planId: grant.planId,
      isBulkInstallation: grant.isBulkInstallation,
      installToFutureLocations: grant.installToFutureLocations,
      approveAllLocations: grant.approveAllLocations
    }
    for (const key of Object.keys(out) as Array<keyof TokenResponse>) if (out[key] === undefined) delete out[key]
    return out
  }

  /**
   * The GetLocationAccessTokenSuccessfulResponseDto for a location grant derived from a company grant: no refresh
   * token unless settings.locationTokenRefresh (then also userType, companyId and isBulkInstallation).
   */
  issueLocationToken (company: Grant, locationId: string): LocationTokenResponse {
    const grant: Grant = {
      userType: 'Location',
      locationId,
      companyId: company.companyId,
      userId: company.userId,
      scope: company.scope,
      scopes: company.scopes,
      planId: company.planId,
      isBulkInstallation: company.isBulkInstallation,
      versionId: company.versionId,
      clientId: company.clientId
    }
    this.locations.markInstalled(locationId, company.companyId, this.clock.iso())
    const res = this.issue(grant)
    const out: LocationTokenResponse = {
      access_token: res.access_token,
      token_type: 'Bearer',
      expires_in: res.expires_in,
      scope: res.scope,
      locationId,
      planId: grant.planId,
      userId: grant.userId,
      appId: this.settings.appId,
      versionId: grant.versionId
    }
    if (grant.planId === undefined) delete out.planId
    if (!this.settings.locationTokenRefresh) {
      this.refresh.delete(res.refresh_token)
      return out
    }
    return { ...out, refresh_token: res.refresh_token, userType: 'Location', companyId: grant.companyId, isBulkInstallation: grant.isBulkInstallation }
  }

  /** The live access token record, or undefined (unknown, expired or revoked). */
  verifyAccess (token: string): AccessRecord | undefined {
    const rec = this.access.get(token)
    if (rec === undefined || rec.revoked) return undefined
    if (rec.expiresAt <= this.clock.now()) {
      this.access.delete(token)
      return undefined
    }
    return rec
  }

  /** The grant of a live refresh token, or undefined (unknown, used, revoked, or unused for a year). */
  refreshGrant (token: string): Grant | undefined {
    const rec = this.refresh.get(token)
    if (rec === undefined) return undefined
    if (rec.expiresAt <= this.clock.now()) {
      this.refresh.delete(token)
      return undefined
    }
    return rec.grant
  }

  /** Kills a refresh token (it was used). */
  consumeRefresh (token: string): void {
    this.refresh.delete(token)
  }

  createCode (grant: Grant, redirectUri: string): string {
    const code = randomToken('sbx_code_')
    this.codes.set(code, { grant, redirectUri, expiresAt: this.clock.now() + CODE_TTL_MS })
    return code
  }

  /** The live code record, or undefined (unknown, used or expired). */
  code (code: string): CodeRecord | undefined {
    const rec = this.codes.get(code)
    if (rec === undefined) return undefined
    if (rec.expiresAt <= this.clock.now()) {
      this.codes.delete(code)
      return undefined
    }
    return rec
  }

  consumeCode (code: string): void {
    this.codes.delete(code)
  }

  expireAccess (filter?: TokenFilter): number {
    checkFilter(filter)
    const now = this.clock.now()
    let n = 0
    for (const rec of this.access.values()) {
      if (!rec.revoked && rec.expiresAt > now && matches(rec.grant, filter)) {
        rec.expiresAt = now
        n++
      }
    }
    return n
  }

  revokeAccess (filter?: TokenFilter): number {
    checkFilter(filter)
    let n = 0
    for (const rec of this.access.values()) {
      if (!rec.revoked && matches(rec.grant, filter)) {
        rec.revoked = true
        n++
      }
    }
    return n
  }

  revokeRefresh (filter?: TokenFilter): number {
    checkFilter(filter)
    let n = 0
    for (const [token, { grant }] of this.refresh) {
      if (matches(grant, filter)) {
        this.refresh.delete(token)
        n++
      }
    }
    return n
  }
}

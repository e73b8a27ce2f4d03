import type { ConnectionStatus, UserType } from '../../db/types.js'
import type { RefreshTrigger } from '../events.js'
import type { TokenProvider } from './provider.js'

/** What GHL's POST /oauth/token (and /oauth/locationToken) answer, as far as we use it. */
export interface TokenResponse {
  access_token: string
  token_type?: string
  expires_in: number
  /** Absent from spec-shaped `/oauth/locationToken` answers: such a location token is minted again through its agency. */
  refresh_token?: string
  scope?: string
  userType?: UserType
  locationId?: string
  companyId?: string
  userId?: string
  approvedLocations?: string[]
  [key: string]: unknown
}

/** Tokens given in configuration (GHL_REFRESH_TOKEN, GHL_ACCESS_TOKEN): stored only when no row exists. */
export interface SeedInput {
  connection: string
  userType?: UserType
  refreshToken: string
  accessToken?: string
  /** Expiry of accessToken; unknown → treated as due, refreshed on first use. */
  expiresAt?: Date
  locationId?: string
  companyId?: string
}

/** A connection as status, metrics and routes may show it: never a token. */
export interface ConnectionView {
  connection: string
  userType: UserType
  locationId: string | null
  companyId: string | null
  status: ConnectionStatus
  hasAccessToken: boolean
  hasRefreshToken: boolean
  expiresAt: Date | null
  refreshedAt: Date | null
  refreshStartedAt: Date | null
  /** A refresh was started and never finished (the instance died mid-refresh). */
  refreshInterrupted: boolean
  lastError: string | null
  lastErrorAt: Date | null
  scope: string | null
}

export interface TokenManager extends TokenProvider {
  /** The connection used when a call names none (GHL_LOCATION_ID), if configured. */
  readonly defaultConnection: string | undefined
  getValidToken (connection?: string): Promise<string>
  /** Refreshes now, whatever the expiry (still once fleet-wide: under the lock, with the double-checked read). */
  forceRefresh (connection?: string): Promise<ConnectionView>
  /**
   * For the scheduled sweep: refreshes when the token is within the refresh window, without waiting for a lock
   * another instance holds. 'refreshed' | 'skipped' (not due, or done elsewhere) | 'busy' (locked elsewhere) | 'failed'.
   */
  refreshIfDue (connection: string, trigger?: RefreshTrigger): Promise<'refreshed' | 'skipped' | 'busy' | 'failed'>
  /** Connections that are due within the refresh window (plus `aheadMs`), soonest first. */
  listDue (limit: number, aheadMs?: number): Promise<string[]>
  seed (input: SeedInput): Promise<boolean>
  /** Stores tokens from an authorization-code exchange or a location-token call; notifies the fleet. Returns the connection id. */
  saveAuthorization (response: TokenResponse): Promise<string>
  /** UNINSTALL: marks the connection revoked (its tokens are dead at GHL and never used again), drops caches fleet-wide. */
  revoke (connection: string, reason: string): Promise<void>
  status (connection?: string): Promise<ConnectionView | null>
  list (): Promise<ConnectionView[]>
  /** The active agency (Company) connections, for agency lookups of unknown locations (no query once known). */
  agencyConnections (): Promise<Array<{ connection: string, companyId: string }>>
  /** Tries every suspended connection whose next attempt is due once more (the sweep runs it hourly); how many were tried. */
  retrySuspended (): Promise<number>
  /** Starts listening for other instances' refreshes (LISTEN). */
  start (): Promise<void>
  close (): Promise<void>
}

// Public types of the GoHighLevel sandbox. No runtime code: every other sandbox file imports from here (the other
// resources' record types are in resource-types.ts).
import type { Appointment, ContactRecords, LocationSeeds, SandboxOpportunity } from './resource-types.js'

export type UserType = 'Location' | 'Company'

export interface RateLimitOptions {
  /** Requests allowed per `windowMs` per (app, location or company). GHL: 100. */
  burst: number
  /** Burst window (sliding). GHL: 10 000 ms. */
  windowMs: number
  /** Requests allowed per UTC day per (app, location or company). GHL: 200 000. */
  daily: number
}

export interface SandboxOptions {
  /** 0 (default) = a free port. */
  port?: number
  host?: '127.0.0.1'
  /** Default 'sandbox-app-id-sandbox'. */
  clientId?: string
  /** Default 'sandbox-secret'. */
  clientSecret?: string
  /** `expires_in` of access tokens. Default 86399. */
  accessTokenTtlSeconds?: number
  /** Default { burst: 100, windowMs: 10000, daily: 200000 }; false disables limiting (and the headers). */
  rateLimit?: RateLimitOptions | false
  /** Location of installs that do not name one. Default 'loc_sandbox_1'. */
  defaultLocationId?: string
  /** Company (agency) of the default location. Default 'comp_sandbox_1'. */
  companyId?: string
  /** Whether locations allow duplicate contacts unless `setLocation` says otherwise. Default true. */
  allowDuplicateContacts?: boolean
  /** Artificial latency of POST /oauth/token, before it is processed. Default 0. */
  tokenLatencyMs?: number
  /**
   * POST /oauth/locationToken answers GetLocationAccessTokenSuccessfulResponseDto (no refresh_token) by default;
   * true adds a refresh_token (and userType, companyId, isBulkInstallation), as HighLevel has said it now does.
   */
  locationTokenRefresh?: boolean
  /**
   * Webhooks answered 429 are delivered again like GHL does: same body, same signature, same timestamp, after this
   * delay (GHL: about 10 minutes; compress it in tests). Default 600000.
   */
  webhookRetryDelayMs?: number
  /** Redeliveries after 429s (GHL: 6). Other answers are final. Default 6. */
  webhookRetries?: number
  /** Clock (ms since epoch) for token expiry, codes, rate limits and timestamps. Default Date.now. */
  now?: () => number
}

export interface IssueTokensInput {
  /** Default: the default location (Location installs). */
  locationId?: string
  /** Default: the location's company, else the sandbox's companyId. */
  companyId?: string
  /** Default 'Location'. */
  userType?: UserType
  /** Space separated. Default: every scope the sandbox checks (settings.ts LOCATION_SCOPES; + 'locations.readonly oauth.readonly oauth.write' for Company). */
  scope?: string
  /** Default 'user_sandbox_1'. */
  userId?: string
  planId?: string
  /** Company installs: locations approved for /oauth/locationToken. Default: the company's known locations. */
  approvedLocations?: string[]
}

/** GetAccessCodeSuccessfulResponseDto (oauth.json). */
export interface TokenResponse {
  access_token: string
  token_type: 'Bearer'
  expires_in: number
  refresh_token: string
  scope: string
  userType: UserType
  /** Location tokens only. */
  locationId?: string
  companyId: string
  /** Company tokens only. */
  approvedLocations?: string[]
  userId: string
  planId?: string
  isBulkInstallation: boolean
  /** Company tokens only. */
  installToFutureLocations?: boolean
  /** Company tokens only. */
  approveAllLocations?: boolean
}

/** GetLocationAccessTokenSuccessfulResponseDto (oauth.json); the optional fields only with `locationTokenRefresh`. */
export interface LocationTokenResponse {
  access_token: string
  token_type: 'Bearer'
  expires_in: number
  scope: string
  locationId: string
  planId?: string
  userId: string
  appId: string
  versionId: string
  refresh_token?: string
  userType?: 'Location'
  companyId?: string
  isBulkInstallation?: boolean
}

export interface TokenFilter {
  locationId?: string
  companyId?: string
}

export interface LocationSettings {
  /** false → POST /contacts/ with an existing email/phone answers 400 with meta.contactId. */
  allowDuplicates?: boolean
  /** false (default, as GHL) → a second opportunity of a contact in one pipeline answers 400; upsert matches it. */
  allowDuplicateOpportunities?: boolean
  /** false → refresh and location tokens answer 400 'Location is not active'. */
  active?: boolean
  /** Company the location belongs to (default: the sandbox's companyId). */
  companyId?: string
  name?: string
  address?: string
}

export interface LocationInfo {
  id: string
  companyId: string
  name: string
  address: string
  allowDuplicates: boolean
  allowDuplicateOpportunities: boolean
  active: boolean
  installed: boolean
  installedAt?: string
}

export interface FaultSpec {
  /** Exact path ('/oauth/token') or a prefix ending in '*' ('/contacts/*'). The query string is ignored. */
  path: string
  /** Any method when omitted. */
  method?: string
  /** How many matching requests it hits. Default 1. */
  count?: number
  /** Answer with this status instead of processing the request. */
  status?: number
  /** JSON body of the injected answer (default { statusCode, message }). A body without status answers 500. */
  body?: unknown
  /** Headers of the injected answer (e.g. { 'retry-after': '1' }); without status, added to the real answer. */
  headers?: Record<string, string>
  /** Wait this long first; with no status and no drop the real answer follows (a stall). */
  delayMs?: number
  /**
   * 'before-response': the request is processed (side effects happen) and the socket is destroyed instead of answering.
   * 'after-request': the request is read and the socket destroyed without processing it.
   */
  drop?: 'before-response' | 'after-request'
}

export interface SandboxStats {
  /** Every non-control request received (faulted ones included). */
  requests: number
  /** Requests to /oauth/token (by grant_type) and /oauth/locationToken that reached the handler. */
  tokenCalls: {
    authorization_code: number
    refresh_token: number
    client_credentials: number
    location_token: number
    total: number
  }
  /** Successful refresh_token grants. */
  refreshes: number
  /** invalid_grant answers (reused / revoked / unknown refresh tokens and codes, user_type mismatch). */
  invalidGrant: number
  /** invalid_client answers. */
  invalidClient: number
  /** API requests that reached the sandbox's API pipeline, by route ('GET /contacts/:id') and in `total`. */
  apiCalls: { total: number, [route: string]: number }
  /** 401 answers (all, injected included). */
  unauthorized: number
  /** 403 answers. */
  forbidden: number
  /** 422 answers. */
  unprocessable: number
  /** 429 answers, from the limiter and injected. */
  rateLimited: number
  /** Faults applied (each hit of a FaultSpec). */
  faultsInjected: number
  /** Most requests one (app, location or company) sent inside one sliding burst window (429'd ones included). */
  maxBurstObserved: number
  contactsCreated: number
}

export type WebhookScheme = 'ed25519' | 'rsa' | 'both'

/** An event to send: its `type` and any fields to override or add (undefined removes a default field). */
export interface WebhookInput {
  type: 'INSTALL' | 'UNINSTALL' | 'ContactCreate' | (string & {})
  [field: string]: unknown
}

export interface WebhookPayload {
  type: string
  appId?: string
  timestamp?: string
  webhookId?: string
  [field: string]: unknown
}

export interface WebhookSignatureHeaders {
  'x-ghl-signature': string
  'x-wh-signature': string
}

export interface SendWebhookOptions {
  /** Which signature header(s) to send. Default 'ed25519' (what GHL sends today). */
  scheme?: WebhookScheme
  /** Flip a byte of the body after signing: the signatures no longer verify. */
  tamper?: boolean
  /** Default 10 000 ms. */
  timeoutMs?: number
}

export interface SendWebhookResult {
  status: number
  body: string
  payload: WebhookPayload
  /** Whether a redelivery is scheduled (the answer was 429 and retries are left). */
  retryScheduled: boolean
}

/** One delivery attempt of a webhook (attempt 1 is the first delivery; later ones are GHL's retries after 429s). */
export interface WebhookDelivery {
  webhookId: string | undefined
  type: string
  attempt: number
  /** HTTP status, or 0 when the request failed (its error in `error`). */
  status: number
  at: number
  error?: string
}

export interface PublicKeys {
  /** SPKI PEM of the Ed25519 key that signs `x-ghl-signature`. */
  ed25519Pem: string
  /** The raw 32-byte Ed25519 public key, base64. */
  ed25519RawBase64: string
  /** SPKI PEM of the RSA-2048 key that signs `x-wh-signature`. */
  rsaPem: string
}

/** A stored contact, as GET /contacts/:id returns it (GetContectByIdSchema). */
export interface SandboxContact {
  id: string
  locationId: string
  dateAdded: string
  dateUpdated: string
  tags: string[]
  customFields: Array<{ id: string, value: unknown }>
  type: string
  [field: string]: unknown
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string
  readonly port: number
  readonly clientId: string
  readonly clientSecret: string
  /** webhookAppId(clientId) */
  readonly appId: string
  readonly publicKeys: PublicKeys
  /** Stops listening and destroys every socket. */
  close: () => Promise<void>
  stats: () => SandboxStats
  resetStats: () => void
  addFault: (fault: FaultSpec) => void
  clearFaults: () => void
  /** Faults not yet used up, in order. */
  pendingFaults: () => FaultSpec[]
  /** Mints an installation as if consent and the code exchange had happened. */
  issueTokens: (input?: IssueTokensInput) => TokenResponse
  /** Matching access tokens are expired from now on (401 Invalid JWT). */
  expireAccessTokens: (filter?: TokenFilter) => number
  /** Matching access tokens are revoked (401 Invalid JWT). */
  revokeAccessTokens: (filter?: TokenFilter) => number
  /** Matching refresh tokens are dead: the next refresh gets invalid_grant. */
  revokeRefreshTokens: (filter?: TokenFilter) => number
  setLocation: (locationId: string, settings: LocationSettings) => LocationInfo
  /**
   * What is left today of the location's daily budget (X-RateLimit-Daily-Remaining) from now on, for this app; returns
   * it, or undefined when rate limiting is off. The burst window is unchanged.
   */
  setDailyRemaining: (locationId: string, remaining: number) => number | undefined
  /** Moves the sandbox clock forward (on top of options.now). */
  advanceTime: (ms: number) => void
  /** The sandbox clock, ms since epoch. */
  now: () => number
  signWebhook: (rawBody: string) => WebhookSignatureHeaders
  buildWebhook: (event: WebhookInput) => WebhookPayload
  sendWebhook: (targetUrl: string, event: WebhookInput | WebhookPayload, opts?: SendWebhookOptions) => Promise<SendWebhookResult>
  /** Every delivery attempt so far, first deliveries and retries, in order. */
  webhookDeliveries: () => WebhookDelivery[]
  /** Redeliveries scheduled and not yet made. */
  pendingWebhookRetries: () => number
  /** A copy of the location's contacts, oldest first. */
  contacts: (locationId: string) => SandboxContact[]
  /** What the location was seeded with (and what was added since): pipelines, workflows, calendars, users, fields… */
  seeds: (locationId: string) => LocationSeeds
  /** A copy of the location's opportunities, oldest first. */
  opportunities: (locationId: string) => SandboxOpportunity[]
  /** A copy of the location's appointments. */
  appointments: (locationId: string) => Appointment[]
  /** Notes, tasks, workflow and campaign memberships, opportunities and appointments of one contact. */
  contactRecords: (contactId: string) => ContactRecords
}

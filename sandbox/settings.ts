// Defaults and option validation, normalised once into the sandbox's private settings.
import type { RateLimitOptions, SandboxOptions } from './types.js'

export const DEFAULT_CLIENT_ID = 'sandbox-app-id-sandbox'
export const DEFAULT_CLIENT_SECRET = 'sandbox-secret'
export const DEFAULT_ACCESS_TOKEN_TTL_S = 86399
export const DEFAULT_RATE_LIMIT: Readonly<RateLimitOptions> = Object.freeze({ burst: 100, windowMs: 10_000, daily: 200_000 })
export const DEFAULT_LOCATION_ID = 'loc_sandbox_1'
export const DEFAULT_COMPANY_ID = 'comp_sandbox_1'
export const DEFAULT_USER_ID = 'user_sandbox_1'
export const DEFAULT_HOST = '127.0.0.1'
export const CODE_TTL_MS = 10 * 60 * 1000
/** GHL retries a webhook only after a 429: 6 times, about 10 minutes apart. */
export const DEFAULT_WEBHOOK_RETRY_DELAY_MS = 600_000
export const DEFAULT_WEBHOOK_RETRIES = 6
export const API_VERSIONS: ReadonlySet<string> = new Set(['2021-07-28', '2023-02-21'])
/** calendars.json documents 2021-04-15; the gateway's other versions work there too. */
export const CALENDAR_VERSIONS: ReadonlySet<string> = new Set(['2021-04-15', ...API_VERSIONS])
/** Refresh tokens not used for a year are dead. */
export const REFRESH_TOKEN_TTL_MS = 365 * 86_400_000
/** Every scope the sandbox's Location routes check: what issueTokens() grants by default. */
export const LOCATION_SCOPES = [
  'contacts.readonly', 'contacts.write', 'opportunities.readonly', 'opportunities.write',
  'locations/customFields.readonly', 'locations/customFields.write', 'locations/customValues.readonly', 'locations/customValues.write',
  'users.readonly', 'workflows.readonly', 'campaigns.readonly',
  'calendars.readonly', 'calendars.write', 'calendars/events.readonly', 'calendars/events.write'
].join(' ')
export const COMPANY_SCOPES = LOCATION_SCOPES + ' locations.readonly oauth.readonly oauth.write'

export interface Settings {
  port: number
  host: string
  clientId: string
  clientSecret: string
  appId: string
  accessTokenTtlSeconds: number
  rateLimit: RateLimitOptions | false
  defaultLocationId: string
  companyId: string
  allowDuplicateContacts: boolean
  tokenLatencyMs: number
  locationTokenRefresh: boolean
  webhookRetryDelayMs: number
  webhookRetries: number
  now: () => number
}

/** The app id GHL puts in webhooks: the client id up to its first '-'. */
export function webhookAppId (clientId: string): string {
  const dash = clientId.indexOf('-')
  return dash === -1 ? clientId : clientId.slice(0, dash)
}

function nonEmpty (value: unknown, name: string, fallback: string): string {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`options.${name} must be a non-empty string`)
  return value
}

function nonNegative (value: unknown, name: string, fallback: number, integer = false): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new TypeError(`options.${name} must be a ${integer ? 'non-negative integer' : 'non-negative number'}`)
  }
  return value
}

function rateLimitOption (value: unknown): RateLimitOptions | false {
  if (value === undefined) return { ...DEFAULT_RATE_LIMIT }
  if (value === false) return false
  if (value === null || typeof value !== 'object') throw new TypeError('options.rateLimit must be an object or false')
  const r = value as Partial<RateLimitOptions>
  for (const key of ['burst', 'windowMs', 'daily'] as const) {
    const v = r[key]
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new TypeError(`options.rateLimit.${key} must be a positive integer`)
  }
  return { burst: r.burst as number, windowMs: r.windowMs as number, daily: r.daily as number }
}

export function normalizeOptions (options: SandboxOptions = {}): Settings {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object')
  const host = options.host ?? DEFAULT_HOST
  if (host !== DEFAULT_HOST) throw new TypeError('options.host must be 127.0.0.1')
  const port = nonNegative(options.port, 'port', 0, true)
  if (port > 65535) throw new TypeError('options.port must be ≤ 65535')
  const clientId = nonEmpty(options.clientId, 'clientId', DEFAULT_CLIENT_ID)
  const ttl = nonNegative(options.accessTokenTtlSeconds, 'accessTokenTtlSeconds', DEFAULT_ACCESS_TOKEN_TTL_S)
  if (ttl === 0) throw new TypeError('options.accessTokenTtlSeconds must be positive')
  if (options.now !== undefined && typeof options.now !== 'function') throw new TypeError('options.now must be a function')
  for (const key of ['allowDuplicateContacts', 'locationTokenRefresh'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') throw new TypeError(`options.${key} must be a boolean`)
  }
  return {
    port,
    host,
    clientId,
    clientSecret: nonEmpty(options.clientSecret, 'clientSecret', DEFAULT_CLIENT_SECRET),
    appId: webhookAppId(clientId),
    accessTokenTtlSeconds: ttl,
    rateLimit: rateLimitOption(options.rateLimit),
    defaultLocationId: nonEmpty(options.defaultLocationId, 'defaultLocationId', DEFAULT_LOCATION_ID),
    companyId: nonEmpty(options.companyId, 'companyId', DEFAULT_COMPANY_ID),
    allowDuplicateContacts: options.allowDuplicateContacts ?? true,
    tokenLatencyMs: nonNegative(options.tokenLatencyMs, 'tokenLatencyMs', 0),
    locationTokenRefresh: options.locationTokenRefresh ?? false,
    webhookRetryDelayMs: nonNegative(options.webhookRetryDelayMs, 'webhookRetryDelayMs', DEFAULT_WEBHOOK_RETRY_DELAY_MS),
    webhookRetries: nonNegative(options.webhookRetries, 'webhookRetries', DEFAULT_WEBHOOK_RETRIES, true),
    now: options.now ?? Date.now
  }
}

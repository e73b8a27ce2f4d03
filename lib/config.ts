// Configuration of fastify-ghl, framework-free: the environment variables (validated by @fastify/env in the plugin,
// with this file's JSON schema), each overridable by the camelCase option, and the options that exist only as
// options. Everything is checked once, up front, and normalised into a frozen settings object; every failure names
// the option and, where there is one, the variable.
import type { KeyObject } from 'node:crypto'
import type { Dispatcher } from 'undici'
import type { UserType } from '../db/types.js'
import type { BreakerSettings } from './client/breaker.js'
import type { RateLimitOptions } from './config-rate-limit.js'
import type { RetrySettings } from './client/retry.js'
import type { TimeoutSettings } from './client/transport.js'
import { checkOptionKeys } from './config-keys.js'
import { databaseSettings, schemaSetting, type DatabaseTimeoutOptions, type DatabaseTimeouts } from './config-db.js'
import { outboxSettings, type OutboxOptions, type OutboxSettings } from './config-outbox.js'
import { checkWebhookRetention, webhookQueueSettings, type WebhookQueueOptions, type WebhookQueueSettings } from './config-webhooks.js'
import { checkPrefix, routeSettings, type RouteSettings, type RoutesOptions } from './config-routes.js'
import { GhlConfigError } from './errors.js'
import { DEFAULT_STATE_TTL_S, MAX_STATE_TTL_S } from './tokens/oauth-state.js'
import { HIGHLEVEL_LEGACY_RSA_PEM, parseEd25519Keys, parseRsaKeys } from './webhooks/verify.js'
import { DEFAULT_API_BASE_URL, DEFAULT_API_VERSION, DEFAULT_AUTH_BASE_URL, DEFAULT_POOL_MAX, DEFAULT_PREFIX, DEFAULT_SCOPES, DEFAULT_REFRESH_WINDOW_S, DEFAULT_REFRESHER_BATCH, DEFAULT_REFRESHER_CONCURRENCY, DEFAULT_REFRESHER_INTERVAL_S, DEFAULT_WEBHOOK_BODY_LIMIT, DEFAULT_WEBHOOK_RETENTION_DAYS, DEFAULT_WEBHOOK_TOLERANCE_S, fail, settingName, type EnvValues } from './config-env.js'

export * from './config-db.js'
export * from './config-env.js'
export * from './config-outbox.js'
export * from './config-webhooks.js'
export * from './config-routes.js'
export { checkKeys, checkOptionKeys, nearestKey, NESTED_KEYS, TOP_LEVEL_KEYS } from './config-keys.js'

export const CONSENT_PATH = '/v2/oauth/chooselocation'


export interface RefresherOptions {
  /** Seconds between sweeps. Default 60. */
  intervalSeconds?: number
  /** Refreshes running at once per instance. Default 8. */
  concurrency?: number
  /** Most connections one sweep looks at. Default 1000. */
  batchSize?: number
  /** Random delay before each sweep, up to this many seconds, so instances do not sweep in lockstep. Default: a tenth of the interval, at most 5. */
  jitterSeconds?: number
}

export interface RefresherSettings {
  intervalSeconds: number
  concurrency: number
  batchSize: number
  jitterSeconds: number
}

export interface MetricsOptions {
  /** A prom-client Registry to add the metrics to (the host's). Default: the plugin's own registry. */
  registry?: unknown
  /** Put GET /metrics behind the admin auth. Default false. */
  protect?: boolean
}

/** The options of the plugin that lib/ can check (the plugin's own option type adds Fastify-typed hooks). */
export interface GhlConfigInput {
  /** Where variables are read from. Default process.env; false: options only. */
  env?: Record<string, string | undefined> | false
  clientId?: string
  clientSecret?: string
  redirectUri?: string
  locationId?: string
  refreshToken?: string
  accessToken?: string
  scopes?: string | readonly string[]
  userType?: UserType
  databaseUrl?: string
  db?: unknown
  /** Postgres schema of the plugin's tables (created by the migrations). Default public, where installs before it live. */
  schema?: string
  apiBaseUrl?: string
  authBaseUrl?: string
  apiVersion?: string
  encryptionKey?: string
  adminToken?: string
  webhookPublicKey?: string | readonly string[]
  /** Accept the legacy `x-wh-signature` (RSA): true with HighLevel's published key, or PEM key(s). Default false. */
  webhookLegacyKey?: boolean | string | readonly string[]
  /** Reject webhooks whose timestamp is further than this from now. Default 3900: GHL's whole retry horizon after a 429 (6 × 10 min, plus jitter). */
  webhookToleranceSeconds?: number
  /** Largest webhook body in bytes (413 above). Default 1 MiB. */
  webhookBodyLimit?: number
  /** Webhook ids are kept this long for replay protection; must exceed webhookToleranceSeconds. Default 7. */
  webhookRetentionDays?: number
  prefix?: string
  /** Each route on (true), off (false: 404) or `{ prefix?, admin? }`. */
  routes?: RoutesOptions
  refreshWindowSeconds?: number
  lockTimeoutMs?: number
  /** `{ max, windowMs, marginMs, dailyReserve, fleet, budgetMs }` (lib/config-rate-limit.ts), or false: no client-side limit. */
  rateLimit?: RateLimitOptions | false
  breaker?: BreakerSettings | false
  retry?: Partial<RetrySettings>
  timeouts?: Partial<TimeoutSettings>
  refresher?: RefresherOptions | false
  /** The durable outbox's relay; false: no relay on this instance (outbox.* still enqueue). */
  outbox?: OutboxOptions | false
  /** The relay running webhook handlers from the durable queue; false: none on this instance (intake still queues). */
  webhooks?: WebhookQueueOptions | false
  migrate?: boolean
  dispatcher?: Dispatcher
  /** Size of the pg pool created from databaseUrl. Default 10. */
  poolMax?: number
  /** Embedded PGlite data directory (no databaseUrl/db). Default: in memory. */
  dataDir?: string
  /** Run on the embedded database on purpose (required with NODE_ENV=production when there is no databaseUrl/db/dataDir). */
  embedded?: boolean
  /** Timeouts of the pool the plugin creates from databaseUrl (see lib/config-db.ts). */
  databaseTimeouts?: DatabaseTimeoutOptions
  /** Where the callback redirects the browser after a successful authorization; default: it answers JSON. */
  successRedirect?: string
  /** HMAC secret of the OAuth state (≥ 32 characters). Default: derived from the client secret. */
  stateSecret?: string
  /** Lifetime of an OAuth state, in seconds. Default 600, at most 3600. */
  stateTtlSeconds?: number
  /**
   * Reject callbacks without a state. Default true. Installs started from the GHL marketplace come back without one:
   * set false to accept those (a state that is present is still verified).
   */
  requireState?: boolean
  adminPreHandler?: (...args: any[]) => unknown
  metrics?: MetricsOptions | false
  signupTags?: Record<string, readonly string[]>
  now?: () => number
}

export interface GhlSettings {
  clientId: string
  clientSecret: string
  /** The client id up to its first '-': what GHL puts in webhooks' appId. */
  appId: string
  redirectUri: string | undefined
  locationId: string | undefined
  refreshToken: string | undefined
  accessToken: string | undefined
  scopes: string
  userType: UserType
  databaseUrl: string | undefined
  /** undefined: public, or the schema of the TokenStore given as options.db. */
  schema: string | undefined
  apiBaseUrl: string
  authBaseUrl: string
  apiVersion: string
  encryptionKey: string | undefined
  adminToken: string | undefined
  webhookPublicKeys: KeyObject[]
  webhookLegacyKeys: KeyObject[]
  webhookToleranceMs: number
  webhookBodyLimit: number
  webhookRetentionMs: number
  prefix: string
  routes: RouteSettings
  refreshWindowSeconds: number
  lockTimeoutMs: number | undefined
  refresher: RefresherSettings | false
  outbox: OutboxSettings
  webhooks: WebhookQueueSettings
  migrate: boolean
  poolMax: number
  dataDir: string | undefined
  embedded: boolean
  databaseTimeouts: DatabaseTimeouts
  successRedirect: string | undefined
  stateSecret: string
  stateTtlSeconds: number
  requireState: boolean
  metrics: { registry: unknown, protect: boolean } | false
}

function httpUrl (value: string, option: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    fail(option, `must be an absolute http(s) URL, got ${JSON.stringify(value.slice(0, 100))}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(option, `must be an http(s) URL, got ${url.protocol}`)
  return value
}

function positiveNumber (value: unknown, option: string, fallback: number, { integer = false, min = 0 } = {}): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= min || (integer && !Number.isInteger(value))) {
    fail(option, `must be a ${integer ? 'positive integer' : 'positive number'}${min > 0 ? ` above ${min}` : ''}, got ${String(value)}`)
  }
  return value
}

/** An OAuth state lives at most MAX_STATE_TTL_S: a consent page left open longer starts again. */
function stateTtl (value: unknown): number {
  const ttl = positiveNumber(value, 'stateTtlSeconds', DEFAULT_STATE_TTL_S)
  if (ttl > MAX_STATE_TTL_S) fail('stateTtlSeconds', `must be at most ${MAX_STATE_TTL_S} (one hour), got ${String(ttl)}`)
  return ttl
}

function bool (value: unknown, option: string, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') fail(option, `must be a boolean, got ${typeof value}`)
  return value
}

function plainObject (value: unknown, option: string, allowFalse: boolean): void {
  if (value === undefined || (allowFalse && value === false)) return
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(option, `must be an object${allowFalse ? ' or false' : ''}`)
}

function refresherSettings (value: unknown, windowSeconds: number): RefresherSettings | false {
  if (value === false) return false
  plainObject(value, 'refresher', true)
  const r = (value ?? {}) as RefresherOptions
  const intervalSeconds = positiveNumber(r.intervalSeconds, 'refresher.intervalSeconds', DEFAULT_REFRESHER_INTERVAL_S)
  if (intervalSeconds >= windowSeconds) {
    fail('refresher.intervalSeconds', `(${intervalSeconds}) must be shorter than options.refreshWindowSeconds (${windowSeconds}), or tokens expire between sweeps`)
  }
  const jitterDefault = Math.min(5, intervalSeconds / 10)
  let jitterSeconds = jitterDefault
  if (r.jitterSeconds !== undefined) {
    if (typeof r.jitterSeconds !== 'number' || !Number.isFinite(r.jitterSeconds) || r.jitterSeconds < 0 || r.jitterSeconds >= intervalSeconds) {
      fail('refresher.jitterSeconds', 'must be a number ≥ 0 and below refresher.intervalSeconds')
    }
    jitterSeconds = r.jitterSeconds
  }
  return {
    intervalSeconds,
    concurrency: positiveNumber(r.concurrency, 'refresher.concurrency', DEFAULT_REFRESHER_CONCURRENCY, { integer: true }),
    batchSize: positiveNumber(r.batchSize, 'refresher.batchSize', DEFAULT_REFRESHER_BATCH, { integer: true }),
    jitterSeconds
  }
}

function legacyKeys (value: unknown): KeyObject[] {
  if (value === undefined || value === false) return []
  if (value === true) return parseRsaKeys(HIGHLEVEL_LEGACY_RSA_PEM)
  if (typeof value !== 'string' && !Array.isArray(value)) fail('webhookLegacyKey', 'must be a boolean, a PEM string or an array of PEM strings')
  try {
    return parseRsaKeys(value as string | string[], settingName('webhookLegacyKey'))
  } catch (err) {
    throw new GhlConfigError((err as Error).message)
  }
}

/**
 * Normalises validated variables (`env`: the result of @fastify/env over pickEnv + optionsAsEnv) and the option-only
 * settings into GhlSettings. Throws GhlConfigError naming the first bad option.
 */
export function normalizeSettings (env: EnvValues, opts: GhlConfigInput): GhlSettings {
  checkOptionKeys(opts)
  const clientId = env.GHL_CLIENT_ID as string
  const clientSecret = env.GHL_CLIENT_SECRET as string
  const dash = clientId.indexOf('-')
  const appId = dash === -1 ? clientId : clientId.slice(0, dash)

  const apiBaseUrl = httpUrl(env.GHL_API_BASE_URL ?? DEFAULT_API_BASE_URL, 'apiBaseUrl')
  const authBaseUrl = httpUrl(env.GHL_AUTH_BASE_URL ?? DEFAULT_AUTH_BASE_URL, 'authBaseUrl')
  const redirectUri = env.GHL_REDIRECT_URI === undefined ? undefined : httpUrl(env.GHL_REDIRECT_URI, 'redirectUri')
  const userType = (env.GHL_USER_TYPE ?? 'Location') as UserType
  const scopes = (env.GHL_SCOPES ?? DEFAULT_SCOPES).split(/[\s,]+/).filter((s) => s !== '').join(' ')
  if (scopes === '') fail('scopes', 'must name at least one scope')

  const locationId = env.GHL_LOCATION_ID
  if (env.GHL_ACCESS_TOKEN !== undefined && env.GHL_REFRESH_TOKEN === undefined) {
    fail('accessToken', 'is only used to seed the store together with options.refreshToken (GHL_REFRESH_TOKEN); set both or neither')
  }
  if (env.GHL_REFRESH_TOKEN !== undefined && locationId === undefined) {
    fail('locationId', `is required with ${settingName('refreshToken')}: it names the connection the token belongs to`)
  }

  let webhookPublicKeys: KeyObject[] = []
  if (env.GHL_WEBHOOK_PUBLIC_KEY !== undefined) {
    try {
      webhookPublicKeys = parseEd25519Keys(env.GHL_WEBHOOK_PUBLIC_KEY, settingName('webhookPublicKey'))
    } catch (err) {
      throw new GhlConfigError((err as Error).message)
    }
  }

  const prefix = checkPrefix(opts.prefix ?? DEFAULT_PREFIX, 'prefix')
  const refreshWindowSeconds = positiveNumber(opts.refreshWindowSeconds, 'refreshWindowSeconds', DEFAULT_REFRESH_WINDOW_S)
  const lockTimeoutMs = opts.lockTimeoutMs === undefined ? undefined : positiveNumber(opts.lockTimeoutMs, 'lockTimeoutMs', 0)

  for (const name of ['rateLimit', 'breaker'] as const) plainObject(opts[name], name, true)
  for (const name of ['retry', 'timeouts', 'signupTags'] as const) plainObject(opts[name], name, false)
  if (opts.dispatcher !== undefined && (opts.dispatcher === null || typeof (opts.dispatcher as { dispatch?: unknown }).dispatch !== 'function')) {
    fail('dispatcher', 'must be an undici Dispatcher (Pool, Agent, MockAgent…)')
  }
  if (opts.now !== undefined && typeof opts.now !== 'function') fail('now', 'must be a function returning epoch milliseconds')
  if (opts.adminPreHandler !== undefined && typeof opts.adminPreHandler !== 'function') fail('adminPreHandler', 'must be a function (request, reply)')
  if (opts.env !== undefined && opts.env !== false && (opts.env === null || typeof opts.env !== 'object')) fail('env', 'must be an object of variables or false')

  let dataDir: string | undefined
  if (opts.dataDir !== undefined) {
    if (typeof opts.dataDir !== 'string' || opts.dataDir === '') fail('dataDir', 'must be a non-empty path')
    dataDir = opts.dataDir
  }
  if (opts.db !== undefined && (opts.db === null || typeof opts.db !== 'object')) fail('db', 'must be a pg Pool, a PGlite instance, a drizzle database over one of them, or a TokenStore')
  if (opts.db !== undefined && env.DATABASE_URL !== undefined && opts.databaseUrl !== undefined) {
    fail('db', `and ${settingName('databaseUrl')} are both set; give one`)
  }

  let successRedirect: string | undefined
  if (opts.successRedirect !== undefined) {
    if (typeof opts.successRedirect !== 'string' || !(opts.successRedirect.startsWith('/') || /^https?:\/\//.test(opts.successRedirect))) {
      fail('successRedirect', 'must be a path starting with / or an absolute http(s) URL')
    }
    // It becomes the Location header of the callback's redirect: a control character would fail every callback (or split the header).
    if (/[\u0000-\u001f\u007f]/.test(opts.successRedirect)) fail('successRedirect', 'must not contain control characters (CR, LF, tab…)')
    successRedirect = opts.successRedirect
  }

  let stateSecret = clientSecret
  if (opts.stateSecret !== undefined) {
    if (typeof opts.stateSecret !== 'string' || opts.stateSecret.length < 32) fail('stateSecret', 'must be a string of at least 32 characters')
    stateSecret = opts.stateSecret
  }

  let metrics: GhlSettings['metrics'] = { registry: undefined, protect: false }
  if (opts.metrics === false) metrics = false
  else if (opts.metrics !== undefined) {
    plainObject(opts.metrics, 'metrics', true)
    const registry = opts.metrics.registry
    if (registry !== undefined && (registry === null || typeof (registry as { metrics?: unknown }).metrics !== 'function')) {
      fail('metrics.registry', 'must be a prom-client Registry')
    }
    metrics = { registry, protect: bool(opts.metrics.protect, 'metrics.protect', false) }
  }

  const webhookToleranceMs = positiveNumber(opts.webhookToleranceSeconds, 'webhookToleranceSeconds', DEFAULT_WEBHOOK_TOLERANCE_S) * 1000
  const webhookRetentionMs = positiveNumber(opts.webhookRetentionDays, 'webhookRetentionDays', DEFAULT_WEBHOOK_RETENTION_DAYS) * 86_400_000
  checkWebhookRetention(webhookRetentionMs, webhookToleranceMs)

  return Object.freeze({
    clientId,
    clientSecret,
    appId,
    redirectUri,
    locationId,
    refreshToken: env.GHL_REFRESH_TOKEN,
    accessToken: env.GHL_ACCESS_TOKEN,
    scopes,
    userType,
    ...databaseSettings(env.DATABASE_URL, opts),
    schema: schemaSetting(env.GHL_DB_SCHEMA),
    apiBaseUrl,
    authBaseUrl,
    apiVersion: env.GHL_API_VERSION ?? DEFAULT_API_VERSION,
    encryptionKey: env.GHL_TOKEN_ENCRYPTION_KEY,
    adminToken: env.GHL_ADMIN_TOKEN,
    webhookPublicKeys,
    webhookLegacyKeys: legacyKeys(opts.webhookLegacyKey),
    webhookToleranceMs,
    webhookBodyLimit: positiveNumber(opts.webhookBodyLimit, 'webhookBodyLimit', DEFAULT_WEBHOOK_BODY_LIMIT, { integer: true }),
    webhookRetentionMs,
    prefix,
    routes: routeSettings(opts.routes, prefix, metrics !== false && metrics.protect),
    refreshWindowSeconds,
    lockTimeoutMs,
    refresher: refresherSettings(opts.refresher, refreshWindowSeconds),
    outbox: outboxSettings(opts.outbox),
    webhooks: webhookQueueSettings(opts.webhooks, webhookRetentionMs),
    migrate: bool(opts.migrate, 'migrate', true),
    poolMax: positiveNumber(opts.poolMax, 'poolMax', DEFAULT_POOL_MAX, { integer: true }),
    dataDir,
    successRedirect,
    stateSecret,
    stateTtlSeconds: stateTtl(opts.stateTtlSeconds),
    requireState: bool(opts.requireState, 'requireState', true),
    metrics
  })
}

/** GHL's consent page URL for these settings and a state. */
export function consentUrl (settings: Pick<GhlSettings, 'authBaseUrl' | 'clientId' | 'redirectUri' | 'scopes' | 'userType'>, state: string): string {
  if (settings.redirectUri === undefined) {
    throw new GhlConfigError(`${settingName('redirectUri')} is not set: the OAuth consent flow needs the callback URL registered with the app`)
  }
  const url = new URL(settings.authBaseUrl.replace(/\/+$/, '') + CONSENT_PATH)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('redirect_uri', settings.redirectUri)
  url.searchParams.set('client_id', settings.clientId)
  url.searchParams.set('scope', settings.scopes)
  if (settings.userType === 'Company') url.searchParams.set('user_type', 'Company')
  url.searchParams.set('state', state)
  return url.toString()
}

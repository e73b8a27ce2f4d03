// The environment variables of fastify-ghl: their names and options, the JSON schema @fastify/env validates them
// with, the defaults they share with lib/config.ts, and how errors name them.
import { checkOptionKeys } from './config-keys.js'
import { GhlConfigError } from './errors.js'

export const DEFAULT_API_BASE_URL = 'https://services.leadconnectorhq.com'
export const DEFAULT_AUTH_BASE_URL = 'https://marketplace.gohighlevel.com'
export const DEFAULT_API_VERSION = '2021-07-28'
export const DEFAULT_SCOPES = 'contacts.readonly contacts.write'
export const DEFAULT_PREFIX = '/api/integrations/ghl'
export const DEFAULT_REFRESH_WINDOW_S = 300
export const DEFAULT_REFRESHER_INTERVAL_S = 60
export const DEFAULT_REFRESHER_CONCURRENCY = 8
export const DEFAULT_REFRESHER_BATCH = 1000
export const DEFAULT_POOL_MAX = 10
/** GHL retries a 429'd webhook 6 times about 10 minutes apart with the same timestamp: accept that whole horizon. */
export const DEFAULT_WEBHOOK_TOLERANCE_S = 3900
export const DEFAULT_WEBHOOK_BODY_LIMIT = 1024 * 1024
export const DEFAULT_WEBHOOK_RETENTION_DAYS = 7
export const MIN_ADMIN_TOKEN_LENGTH = 16
/** Environment variable → option. */
export const ENV_OPTIONS = {
  GHL_CLIENT_ID: 'clientId',
  GHL_CLIENT_SECRET: 'clientSecret',
  GHL_REDIRECT_URI: 'redirectUri',
  GHL_LOCATION_ID: 'locationId',
  GHL_REFRESH_TOKEN: 'refreshToken',
  GHL_ACCESS_TOKEN: 'accessToken',
  GHL_SCOPES: 'scopes',
  GHL_USER_TYPE: 'userType',
  DATABASE_URL: 'databaseUrl',
  GHL_DB_SCHEMA: 'schema',
  GHL_TOKEN_ENCRYPTION_KEY: 'encryptionKey',
  GHL_API_BASE_URL: 'apiBaseUrl',
  GHL_AUTH_BASE_URL: 'authBaseUrl',
  GHL_API_VERSION: 'apiVersion',
  GHL_ADMIN_TOKEN: 'adminToken',
  GHL_WEBHOOK_PUBLIC_KEY: 'webhookPublicKey'
} as const

export type EnvName = keyof typeof ENV_OPTIONS
const ENV_NAMES = Object.keys(ENV_OPTIONS) as EnvName[]
const OPTION_ENV = Object.fromEntries(ENV_NAMES.map((env) => [ENV_OPTIONS[env], env])) as Record<string, EnvName>

const nonEmpty = { type: 'string', minLength: 1 } as const

/** The JSON schema @fastify/env validates the merged environment and options with. */
export const ENV_SCHEMA = {
  type: 'object',
  required: ['GHL_CLIENT_ID', 'GHL_CLIENT_SECRET'],
  properties: {
    GHL_CLIENT_ID: nonEmpty,
    GHL_CLIENT_SECRET: nonEmpty,
    GHL_REDIRECT_URI: nonEmpty,
    GHL_LOCATION_ID: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' },
    GHL_REFRESH_TOKEN: nonEmpty,
    GHL_ACCESS_TOKEN: nonEmpty,
    GHL_SCOPES: { type: 'string', minLength: 1, default: DEFAULT_SCOPES },
    GHL_USER_TYPE: { type: 'string', enum: ['Location', 'Company'], default: 'Location' },
    DATABASE_URL: nonEmpty,
    GHL_DB_SCHEMA: nonEmpty,
    GHL_TOKEN_ENCRYPTION_KEY: nonEmpty,
    GHL_API_BASE_URL: { type: 'string', minLength: 1, default: DEFAULT_API_BASE_URL },
    GHL_AUTH_BASE_URL: { type: 'string', minLength: 1, default: DEFAULT_AUTH_BASE_URL },
    GHL_API_VERSION: { type: 'string', minLength: 1, default: DEFAULT_API_VERSION },
    GHL_ADMIN_TOKEN: { type: 'string', minLength: MIN_ADMIN_TOKEN_LENGTH },
    GHL_WEBHOOK_PUBLIC_KEY: nonEmpty
  }
} as const

export type EnvValues = { [K in EnvName]?: string }

/** `options.clientId (GHL_CLIENT_ID)` — how messages name a setting. */
export function settingName (option: string): string {
  const env = OPTION_ENV[option]
  return env === undefined ? `options.${option}` : `options.${option} (${env})`
}

/** Throws GhlConfigError naming the setting. */
export function fail (option: string, detail: string): never {
  throw new GhlConfigError(`${settingName(option)} ${detail}`)
}

/** The variables of ENV_NAMES from an environment, empty values dropped (an empty `X=` in a .env file means unset). */
export function pickEnv (source: Record<string, string | undefined>): EnvValues {
  const out: EnvValues = {}
  for (const name of ENV_NAMES) {
    const value = source[name]
    if (typeof value === 'string' && value.trim() !== '') out[name] = value.trim()
  }
  return out
}

/** The options that override variables, as variables (validated together by @fastify/env). */
export function optionsAsEnv (opts: object): Record<string, unknown> {
  // Unknown keys first: a misspelt clientID would otherwise read as a missing clientId.
  checkOptionKeys(opts)
  const out: Record<string, unknown> = {}
  for (const name of ENV_NAMES) {
    const option = ENV_OPTIONS[name]
    let value = (opts as Record<string, unknown>)[option]
    if (value === undefined) continue
    if (option === 'scopes' && Array.isArray(value)) value = value.join(' ')
    if (option === 'webhookPublicKey' && Array.isArray(value)) value = value.join('\n')
    // The schema would coerce numbers and booleans to strings (@fastify/env's ajv coerces types, right for variables):
    // an option of the wrong type is refused here, by name and type, never by value (it may be a secret).
    if (typeof value !== 'string') fail(option, `must be string, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}`)
    out[name] = value
  }
  return out
}

interface AjvLikeError { instancePath?: string, keyword?: string, message?: string, params?: Record<string, unknown> }

/** @fastify/env's error (ajv errors on `errors`) as one GhlConfigError naming each option and variable. */
export function envError (err: unknown): Error {
  const errors = (err as { errors?: AjvLikeError[] } | null)?.errors
  if (!Array.isArray(errors) || errors.length === 0) return new GhlConfigError((err as Error)?.message ?? String(err), { cause: err })
  const parts = new Set<string>()
  for (const e of errors) {
    if (e.keyword === 'required') {
      const env = String(e.params?.missingProperty ?? '')
      const option = ENV_OPTIONS[env as EnvName]
      parts.add(`${option === undefined ? env : settingName(option)} is required`)
      continue
    }
    const env = (e.instancePath ?? '').replace(/^\//, '')
    const option = ENV_OPTIONS[env as EnvName]
    let detail = e.message ?? 'is invalid'
    if (e.keyword === 'enum' && Array.isArray(e.params?.allowedValues)) detail = `must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`
    if (e.keyword === 'pattern') detail = 'must hold only letters, digits, _ . : -'
    if (e.keyword === 'minLength' && env === 'GHL_ADMIN_TOKEN') detail = `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters`
    parts.add(`${option === undefined ? env : settingName(option)} ${detail}`)
  }
  return new GhlConfigError([...parts].join('; '), { cause: err })
}

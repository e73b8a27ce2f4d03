// The database options of fastify-ghl: DATABASE_URL checked (a Postgres URL, never echoed: it holds a password), the
// embedded database made explicit outside development, and the timeouts of the pool the plugin creates.
import { checkSchemaName } from '../db/namespace.js'
import { fail, settingName } from './config-env.js'
import { checkKeys, NESTED_KEYS } from './config-keys.js'

export const DEFAULT_DB_CONNECT_TIMEOUT_MS = 5000
export const DEFAULT_DB_QUERY_TIMEOUT_MS = 10_000
export const DEFAULT_DB_IDLE_IN_TRANSACTION_MS = 30_000
export const DEFAULT_DB_KEEPALIVE_DELAY_MS = 10_000

export interface DatabaseTimeoutOptions {
  /** Longest wait for a new Postgres connection. Default 5000. */
  connectMs?: number
  /** Longest statement, enforced by the server (statement_timeout) and by the client (no answer: a partition). Default 10000. */
  queryMs?: number
  /** The server ends a session idle inside a transaction this long (idle_in_transaction_session_timeout). Default 30000. */
  idleInTransactionMs?: number
  /** TCP keepalive on every connection, first probe after this idle time. Default 10000. */
  keepAliveDelayMs?: number
}

export type DatabaseTimeouts = Required<DatabaseTimeoutOptions>

export interface DatabaseSettings {
  databaseUrl: string | undefined
  /** The embedded database was asked for (options.embedded / options.dataDir). */
  embedded: boolean
  databaseTimeouts: DatabaseTimeouts
}

interface DatabaseInput {
  embedded?: unknown
  dataDir?: unknown
  db?: unknown
  databaseTimeouts?: unknown
  env?: Record<string, string | undefined> | false
}

/** A postgres:// or postgresql:// URL; anything else fails naming the option, without the value. */
export function databaseUrlSetting (value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    fail('databaseUrl', 'is not a valid URL; expected postgres://user:password@host:5432/database (special characters in the password percent-encoded)')
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    fail('databaseUrl', `must be a postgres:// or postgresql:// URL, got ${url.protocol.slice(0, 20)}//…`)
  }
  return value
}

/** options.schema (GHL_DB_SCHEMA): a plain lowercase identifier; undefined: public (or the schema of a given store). */
export function schemaSetting (value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string') fail('schema', `must be a string, got ${typeof value}`)
  const problem = checkSchemaName(value)
  if (problem !== undefined) fail('schema', `${problem}, got ${JSON.stringify(value.slice(0, 80))}`)
  return value
}

function timeout (value: unknown, name: keyof DatabaseTimeoutOptions, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(`databaseTimeouts.${name}`, `must be a positive number of milliseconds, got ${String(value)}`)
  return value
}

function timeouts (value: unknown): DatabaseTimeouts {
  if (value === undefined) value = {}
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail('databaseTimeouts', 'must be an object')
  const t = value as Record<string, unknown>
  checkKeys(t, NESTED_KEYS.databaseTimeouts, 'databaseTimeouts')
  return {
    connectMs: timeout(t.connectMs, 'connectMs', DEFAULT_DB_CONNECT_TIMEOUT_MS),
    queryMs: timeout(t.queryMs, 'queryMs', DEFAULT_DB_QUERY_TIMEOUT_MS),
    idleInTransactionMs: timeout(t.idleInTransactionMs, 'idleInTransactionMs', DEFAULT_DB_IDLE_IN_TRANSACTION_MS),
    keepAliveDelayMs: timeout(t.keepAliveDelayMs, 'keepAliveDelayMs', DEFAULT_DB_KEEPALIVE_DELAY_MS)
  }
}

/** NODE_ENV of the environment the options name (process.env unless options.env is an object). */
function nodeEnv (env: DatabaseInput['env']): string | undefined {
  const source = env !== undefined && env !== false && env !== null && typeof env === 'object' ? env : process.env
  return source.NODE_ENV?.trim()
}

/**
 * The database settings. With NODE_ENV=production and neither DATABASE_URL nor options.db, registration fails unless
 * the embedded database is asked for (options.embedded: true or options.dataDir): without a database an instance would
 * keep its tokens in a private in-memory store and, seeded from GHL_REFRESH_TOKEN, spend the fleet's refresh token.
 */
export function databaseSettings (databaseUrl: string | undefined, opts: DatabaseInput): DatabaseSettings {
  if (opts.embedded !== undefined && typeof opts.embedded !== 'boolean') fail('embedded', `must be a boolean, got ${typeof opts.embedded}`)
  const embedded = opts.embedded === true || opts.dataDir !== undefined
  const url = databaseUrlSetting(databaseUrl)
  if (opts.embedded === true && (url !== undefined || opts.db !== undefined)) {
    fail('embedded', `is true but ${url !== undefined ? settingName('databaseUrl') : 'options.db'} is set too; give one`)
  }
  if (url === undefined && opts.db === undefined && !embedded && nodeEnv(opts.env) === 'production') {
    fail('databaseUrl', 'is required with NODE_ENV=production (or options.db): without a database the tokens would live in a private ' +
      'in-memory store, lost on restart and, seeded from GHL_REFRESH_TOKEN, spending the refresh token the fleet shares. ' +
      'Set DATABASE_URL, or options.embedded: true (or options.dataDir) to run on the embedded database on purpose')
  }
  return { databaseUrl: url, embedded, databaseTimeouts: timeouts(opts.databaseTimeouts) }
}

// Where fastify-ghl keeps its objects in a database: the schema of its tables (options.schema; the drizzle tables of a
// schema are db/schema.ts's ghlTables), and the names two
// installs sharing one database must not share: NOTIFY channels (database-wide), advisory lock keys (database-wide)
// and the migrations table. The default schema, public, keeps every name as it was before the option existed, so an
// existing install needs no migration: its tables stay unqualified (the connection's search_path, as always).
import { createHash } from 'node:crypto'
import { sql, type SQL } from 'drizzle-orm'
import { JOBS_CHANNEL } from './job-types.js'
import { advisoryLockKey, lockKeyFor, MIGRATION_LOCK_KEY } from './lock-key.js'

export const DEFAULT_SCHEMA = 'public'
export const TOKENS_CHANNEL = 'fastify_ghl'
export const RATE_BUDGET_CHANNEL = 'fastify_ghl_rate_budget'
/** Our own bookkeeping table, so a host app that also uses drizzle keeps its __drizzle_migrations to itself. */
export const MIGRATIONS_TABLE = '__fastify_ghl_migrations'
/** Where the public install keeps its migrations table; another schema keeps its own inside itself. */
export const PUBLIC_MIGRATIONS_SCHEMA = 'drizzle'

const MAX_IDENTIFIER = 63

export interface DbNamespace {
  readonly schema: string
  /** Table names for raw SQL: qualified by the schema, unqualified for public. */
  readonly jobs: SQL
  readonly webhookEvents: SQL
  readonly rateBudget: SQL
  readonly channels: { readonly tokens: string, readonly jobs: string, readonly rateBudget: string }
  readonly migrationsSchema: string
  readonly migrationLockKey: bigint
  /** The advisory lock of a connection's refresh. */
  refreshLockKey (id: string): bigint
}

/** A schema name the plugin accepts: a plain lowercase identifier, so it needs no quoting rules of its own. */
export function checkSchemaName (schema: string): string | undefined {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) return 'must be a lowercase Postgres identifier (a-z, 0-9, _, not starting with a digit)'
  if (schema.length > MAX_IDENTIFIER) return `must be at most ${MAX_IDENTIFIER} characters`
  if (schema.startsWith('pg_') || schema === 'information_schema') return 'names a schema reserved by Postgres'
  return undefined
}

/** A channel of a schema: `<base>__<schema>`, or a hash of the schema when that would pass Postgres' 63 characters. */
function channelIn (base: string, schema: string): string {
  const named = `${base}__${schema}`
  if (named.length <= MAX_IDENTIFIER) return named
  return `${base}__${createHash('sha256').update(schema, 'utf8').digest('hex').slice(0, 16)}`
}

function table (schema: string, name: string): SQL {
  return schema === DEFAULT_SCHEMA ? sql`${sql.identifier(name)}` : sql`${sql.identifier(schema)}.${sql.identifier(name)}`
}

function build (schema: string): DbNamespace {
  const problem = checkSchemaName(schema)
  if (problem !== undefined) throw new TypeError(`fastify-ghl: schema ${JSON.stringify(schema.slice(0, 80))} ${problem}`)
  const isDefault = schema === DEFAULT_SCHEMA
  // '/' cannot occur in a schema name or in the public keys' 'fastify-ghl:' prefix: the key spaces cannot meet.
  const keyPrefix = `fastify-ghl/${schema}:`
  return Object.freeze({
    schema,
    jobs: table(schema, 'ghl_jobs'),
    webhookEvents: table(schema, 'ghl_webhook_events'),
    rateBudget: table(schema, 'ghl_rate_budget'),
    channels: Object.freeze(isDefault
      ? { tokens: TOKENS_CHANNEL, jobs: JOBS_CHANNEL, rateBudget: RATE_BUDGET_CHANNEL }
      : { tokens: channelIn(TOKENS_CHANNEL, schema), jobs: channelIn(JOBS_CHANNEL, schema), rateBudget: channelIn(RATE_BUDGET_CHANNEL, schema) }),
    migrationsSchema: isDefault ? PUBLIC_MIGRATIONS_SCHEMA : schema,
    migrationLockKey: isDefault ? MIGRATION_LOCK_KEY : advisoryLockKey(keyPrefix + 'migrations'),
    refreshLockKey: isDefault ? lockKeyFor : (id: string) => advisoryLockKey(keyPrefix + id)
  })
}

const namespaces = new Map<string, DbNamespace>()

/** The names of an install in `schema` (default public). Throws TypeError on a name the plugin does not accept. */
export function dbNamespace (schema: string = DEFAULT_SCHEMA): DbNamespace {
  let ns = namespaces.get(schema)
  if (ns === undefined) {
    ns = build(schema)
    namespaces.set(schema, ns)
  }
  return ns
}

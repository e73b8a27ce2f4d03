// Moves an install's tables from one schema to another (`fastify-ghl move-schema --to S`): every table, its indexes,
// constraints and sequences, and the migrations table, in one transaction, so the install is wholly in one schema
// or the other. Both schemas' migration locks are held, so no instance booting meanwhile migrates either side, and
// the move is refused while instances of the source install are running (their LISTEN sessions are visible in
// pg_stat_activity): their statements name the old tables.
import { getTableName } from 'drizzle-orm'
import type pg from 'pg'
import { dbNamespace, DEFAULT_SCHEMA, MIGRATIONS_TABLE } from './namespace.js'
import { ghlTables } from './schema.js'

/** The tables an install owns (db/schema.ts), the ones created by the migrations. */
export const INSTALL_TABLES: readonly string[] = Object.values(ghlTables()).map((table) => getTableName(table))

export interface MoveResult {
  from: string
  to: string
  /** Qualified names of what was moved, the migrations table last. */
  moved: string[]
}

/** Why a move cannot be done; nothing was changed. */
export class MoveSchemaError extends Error {
  override name = 'MoveSchemaError'
}

const quote = (name: string): string => `"${name}"`

/** The schema a table of the install is in: a public install's tables are wherever its search_path found them. */
async function schemaOf (client: pg.PoolClient, schema: string, table: string): Promise<string | null> {
  const name = schema === DEFAULT_SCHEMA ? quote(table) : `${quote(schema)}.${quote(table)}`
  const { rows } = await client.query<{ schema: string | null }>(
    'SELECT n.nspname AS schema FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)', [name])
  return rows[0]?.schema ?? null
}

async function tableExists (client: pg.PoolClient, schema: string, table: string): Promise<boolean> {
  const { rows } = await client.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [schema, table])
  return rows.length > 0
}

/** Other sessions listening on the install's channels: its running instances. */
async function runningInstances (client: pg.PoolClient, schema: string): Promise<number> {
  const { channels } = dbNamespace(schema)
  const listens = Object.values(channels).map((channel) => `LISTEN ${quote(channel)}`)
  const { rows } = await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query = ANY($1::text[])', [listens])
  return rows[0].n
}

export async function moveSchema (pool: pg.Pool, options: { from?: string, to: string }): Promise<MoveResult> {
  const from = dbNamespace(options.from ?? DEFAULT_SCHEMA)
  const to = dbNamespace(options.to)
  if (from.schema === to.schema) throw new MoveSchemaError(`the install is already in schema ${from.schema}`)
  const client = await pool.connect()
  let broken: Error | undefined
  const onError = (err: Error): void => { broken = err }
  client.on('error', onError)
  // Always in the same order, so two moves at once cannot deadlock on each other's locks.
  const keys = [from.migrationLockKey, to.migrationLockKey].sort((a, b) => (a < b ? -1 : 1)).map(String)
  const locked: string[] = []
  try {
    for (const key of keys) {
      await client.query('SELECT pg_advisory_lock($1::bigint)', [key])
      locked.push(key)
    }
    await client.query('BEGIN')
    try {
      const result = await moveLocked(client, { schema: from.schema, migrations: from.migrationsSchema }, { schema: to.schema, migrations: to.migrationsSchema })
      await client.query('COMMIT')
      return result
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {})
      throw err
    }
  } finally {
    for (const key of locked.reverse()) await client.query('SELECT pg_advisory_unlock($1::bigint)', [key]).catch((err: Error) => { broken ??= err })
    client.off('error', onError)
    client.release(broken ?? false)
  }
}

interface Place { schema: string, migrations: string }

async function moveLocked (client: pg.PoolClient, from: Place, to: Place): Promise<MoveResult> {
  const sources = new Map<string, string>()
  for (const table of INSTALL_TABLES) {
    const schema = await schemaOf(client, from.schema, table)
    if (schema !== null) sources.set(table, schema)
  }
  if (!sources.has('ghl_connections')) throw new MoveSchemaError(`no fastify-ghl install in schema ${from.schema}: ghl_connections is not there`)
  for (const table of INSTALL_TABLES) {
    if (await tableExists(client, to.schema, table)) throw new MoveSchemaError(`schema ${to.schema} already has a table ${table}: move into a schema without fastify-ghl tables`)
  }
  if (await tableExists(client, to.migrations, MIGRATIONS_TABLE)) throw new MoveSchemaError(`${to.migrations}.${MIGRATIONS_TABLE} already exists: another install's migrations are there`)
  const running = await runningInstances(client, from.schema)
  if (running > 0) throw new MoveSchemaError(`${running} session(s) of running instances listen on the install's channels: stop every instance first (their statements name the tables where they are now)`)
  for (const schema of new Set([to.schema, to.migrations])) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`)
  const moved: string[] = []
  for (const [table, schema] of sources) {
    await client.query(`ALTER TABLE ${quote(schema)}.${quote(table)} SET SCHEMA ${quote(to.schema)}`)
    moved.push(`${schema}.${table}`)
  }
  if (await tableExists(client, from.migrations, MIGRATIONS_TABLE)) {
    await client.query(`ALTER TABLE ${quote(from.migrations)}.${quote(MIGRATIONS_TABLE)} SET SCHEMA ${quote(to.migrations)}`)
    moved.push(`${from.migrations}.${MIGRATIONS_TABLE}`)
  }
  return { from: from.schema, to: to.schema, moved }
}

import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import type pg from 'pg'
import { dbNamespace, DEFAULT_SCHEMA, MIGRATIONS_TABLE, PUBLIC_MIGRATIONS_SCHEMA } from './namespace.js'

// Applies the shipped migrations. drizzle's migrate() takes no lock (drizzle issue #874): two instances
// booting at once would both see "nothing applied" and the second would fail on CREATE TABLE. So every
// run holds a session advisory lock on ONE connection, and drizzle runs over that same connection. The PGlite runner is
// db/pglite-migrate.ts (loaded only with PGlite, an optional peer).

/** Where the public install keeps its bookkeeping table (another schema keeps its own: db/namespace.ts). */
export const MIGRATIONS_SCHEMA = PUBLIC_MIGRATIONS_SCHEMA
export { MIGRATIONS_TABLE }

export interface MigrateOptions {
  /** Folder holding the SQL files and meta/_journal.json. Default: the package's migrations/ folder. */
  migrationsFolder?: string
  /** Schema of the tables (created when missing). Default public: the connection's search_path, as before the option. */
  schema?: string
}

const JOURNAL = join('meta', '_journal.json')
let located: string | undefined

/**
 * The package's migrations folder, found by walking up from this module: db/migrate.ts (source) and
 * dist/db/migrate.js (build) sit at different depths.
 */
export function findMigrationsFolder (fromUrl: string = import.meta.url): string {
  const useCache = fromUrl === import.meta.url
  if (useCache && located !== undefined) return located
  let dir = dirname(fileURLToPath(fromUrl))
  for (;;) {
    const candidate = join(dir, 'migrations')
    if (existsSync(join(candidate, JOURNAL))) {
      if (useCache) located = candidate
      return candidate
    }
    const parent = dirname(dir)
    if (parent === dir) {
      throw new Error(`fastify-ghl: no migrations/${JOURNAL} found above ${fileURLToPath(fromUrl)}`)
    }
    dir = parent
  }
}

export function migratorConfig (options: MigrateOptions): { migrationsFolder: string, migrationsSchema: string, migrationsTable: string } {
  return {
    migrationsFolder: options.migrationsFolder ?? findMigrationsFolder(),
    migrationsSchema: dbNamespace(options.schema).migrationsSchema,
    migrationsTable: MIGRATIONS_TABLE
  }
}

/**
 * The statements around a migration run in another schema than public: the SQL files name their tables unqualified,
 * so the session's search_path points at the schema while they run, and is put back as it was afterwards.
 */
export function schemaStatements (schema: string | undefined): { create: string, enter: string } | null {
  if (schema === undefined || schema === DEFAULT_SCHEMA) return null
  // dbNamespace() accepts plain lowercase identifiers only: quoting needs no escaping.
  const quoted = `"${dbNamespace(schema).schema}"`
  return { create: `CREATE SCHEMA IF NOT EXISTS ${quoted}`, enter: `SET search_path TO ${quoted}` }
}

/** Applies the migrations on a node-postgres pool; concurrent callers (any process) apply them once. */
export async function migratePg (pool: pg.Pool, options: MigrateOptions = {}): Promise<void> {
  const config = migratorConfig(options)
  const key = dbNamespace(options.schema).migrationLockKey.toString()
  const inSchema = schemaStatements(options.schema)
  const client = await pool.connect()
  // A checked-out client has no 'error' listener of the pool's: without ours a dropped connection
  // would crash the process. A broken client is destroyed on release, never returned to the pool.
  let broken: Error | undefined
  const onError = (err: Error): void => { broken = err }
  client.on('error', onError)
  let locked = false
  let searchPath: string | undefined
  // The pool's statement limits (options.databaseTimeouts) are for calls; a migration may wait for another
  // instance's migration and may rebuild a large table. The client-side query timeout is read per query from the
  // connection's parameters (node-postgres client.js), so it is lifted here and put back before the release.
  const parameters = (client as unknown as { connectionParameters?: { query_timeout?: number } }).connectionParameters
  const queryTimeout = parameters?.query_timeout
  if (parameters !== undefined) parameters.query_timeout = 0
  try {
    await client.query('SET statement_timeout = 0')
    await client.query('SELECT pg_advisory_lock($1::bigint)', [key])
    locked = true
    if (inSchema !== null) {
      searchPath = (await client.query<{ path: string }>("SELECT current_setting('search_path') AS path")).rows[0].path
      await client.query(inSchema.create)
      await client.query(inSchema.enter)
    }
    await migrateNodePg(drizzleNodePg(client), config)
  } finally {
    if (parameters !== undefined) parameters.query_timeout = queryTimeout
    if (searchPath !== undefined) {
      try {
        await client.query("SELECT set_config('search_path', $1, false)", [searchPath])
      } catch (err) {
        broken ??= err as Error
      }
    }
    try {
      await client.query('RESET statement_timeout')
    } catch (err) {
      broken ??= err as Error
    }
    if (locked) {
      try {
        await client.query('SELECT pg_advisory_unlock($1::bigint)', [key])
      } catch (err) {
        // The session lock could not be released: destroy the connection rather than leak the lock.
        broken ??= err as Error
      }
    }
    client.off('error', onError)
    client.release(broken ?? false)
  }
}

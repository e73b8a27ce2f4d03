import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres'
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator'
import type pg from 'pg'
import { MIGRATION_LOCK_KEY } from './lock-key.js'

// Applies the shipped migrations. drizzle's migrate() takes no lock (drizzle issue #874): two instances
// booting at once would both see "nothing applied" and the second would fail on CREATE TABLE. So every
// run holds a session advisory lock on ONE connection, and drizzle runs over that same connection. The PGlite runner is
// db/pglite-migrate.ts (loaded only with PGlite, an optional peer).

/** Our own bookkeeping table, so a host app that also uses drizzle keeps its __drizzle_migrations to itself. */
export const MIGRATIONS_SCHEMA = 'drizzle'
export const MIGRATIONS_TABLE = '__fastify_ghl_migrations'

export interface MigrateOptions {
  /** Folder holding the SQL files and meta/_journal.json. Default: the package's migrations/ folder. */
  migrationsFolder?: string
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
    migrationsSchema: MIGRATIONS_SCHEMA,
    migrationsTable: MIGRATIONS_TABLE
  }
}

/** Applies the migrations on a node-postgres pool; concurrent callers (any process) apply them once. */
export async function migratePg (pool: pg.Pool, options: MigrateOptions = {}): Promise<void> {
  const config = migratorConfig(options)
  const key = MIGRATION_LOCK_KEY.toString()
  const client = await pool.connect()
  // A checked-out client has no 'error' listener of the pool's: without ours a dropped connection
  // would crash the process. A broken client is destroyed on release, never returned to the pool.
  let broken: Error | undefined
  const onError = (err: Error): void => { broken = err }
  client.on('error', onError)
  let locked = false
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
    await migrateNodePg(drizzleNodePg(client), config)
  } finally {
    if (parameters !== undefined) parameters.query_timeout = queryTimeout
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

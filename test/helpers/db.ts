import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Test } from 'tap'
import {
  createPgliteTokenStore,
  createPgTokenStore,
  type PgliteTokenStoreOptions,
  type PgTokenStoreOptions,
  type TokenStore
} from '../../db/index.js'

// Database fixtures. Every tap file runs in its own process at the same time as the others, so each
// test gets its own database and never sees another test's rows.

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/** A connection string for the database `name` on the server of DATABASE_URL. */
export function databaseUrl (name: string): string {
  const url = new URL(DATABASE_URL)
  url.pathname = '/' + encodeURIComponent(name)
  return url.toString()
}

/** Runs fn on a short-lived client to the server's DATABASE_URL database (for CREATE/DROP DATABASE). */
async function withAdmin<T> (fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: DATABASE_URL })
  client.on('error', () => {})
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Creates an empty database, dropped (WITH (FORCE)) at teardown; returns its connection string. */
export async function testDatabase (t: Test): Promise<string> {
  const name = `ghl_t_${randomBytes(6).toString('hex')}`
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`))
  t.teardown(() => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)))
  return databaseUrl(name)
}

export interface PgStoreOptions extends Omit<PgTokenStoreOptions, 'pool'> {
  /** Skip migrate(). */
  migrate?: boolean
}

/** A migrated node-postgres store, on a fresh database unless connectionString is given; closed at teardown. */
export async function pgStore (t: Test, opts: PgStoreOptions = {}): Promise<TokenStore> {
  const { migrate = true, ...options } = opts
  const connectionString = options.connectionString ?? await testDatabase(t)
  const store = createPgTokenStore({ ...options, connectionString })
  t.teardown(() => store.close())
  if (migrate) await store.migrate()
  return store
}

/** A store over the caller's pool (in `schema`), not migrated; closed at teardown, the pool left to the caller. */
export function storeOnPool (t: Test, pool: pg.Pool, schema?: string): TokenStore {
  const store = createPgTokenStore({ pool, schema })
  t.teardown(async () => { await store.close() })
  return store
}

/** The tables of a schema, by name. */
export async function tablesIn (pool: pg.Pool, schema: string): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1 ORDER BY 1', [schema])
  return rows.map((r) => r.name)
}

/** A migrated PGlite store (in memory unless dataDir or pglite is given); closed at teardown. */
export async function pgliteStore (t: Test, opts: PgliteTokenStoreOptions = {}): Promise<TokenStore> {
  const store = createPgliteTokenStore(opts)
  t.teardown(() => store.close())
  await store.migrate()
  return store
}

/** A plain client to a test database (for assertions the store has no method for); ended at teardown. */
export async function sqlClient (t: Test, connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString })
  client.on('error', () => {})
  await client.connect()
  t.teardown(() => client.end())
  return client
}

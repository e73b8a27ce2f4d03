// Chooses and opens the token store: a given store, pool, PGlite or drizzle database (never closed here), else a pool
// over the database URL, else embedded PGlite (in memory, or in a data directory). PGlite (@electric-sql/pglite) is an
// optional peer dependency: its store is imported only when it is used, so Postgres users never install or load it.
import pg from 'pg'
import type { PgliteTokenStoreOptions } from './pglite-store.js'
import { createPgTokenStore } from './pg-store.js'
import type { StoreLogger } from './store.js'
import type { TokenStore } from './types.js'

/** The store's logger, plus debug for what only matters while closing. */
export type OpenLogger = StoreLogger & { debug (obj: object, msg: string): void }

/** What the plugin needs to recognise a PGlite instance (its own interface: PGlite's types are an optional peer's). */
export interface PgliteLike {
  exec (query: string): Promise<unknown>
  listen (channel: string, callback: (payload: string) => void): Promise<unknown>
  readonly waitReady: Promise<void>
}

export type DbOption = pg.Pool | PgliteLike | TokenStore | { $client: pg.Pool | PgliteLike }

/** The package embedded mode needs: named in the error when it is not installed. */
export const PGLITE_PACKAGE = '@electric-sql/pglite'

/** PGlite's store, imported on first use; a clear error naming the package when it is not installed. */
async function pgliteStore (options: Omit<PgliteTokenStoreOptions, 'pglite'> & { pglite?: PgliteLike }): Promise<TokenStore> {
  let loaded: typeof import('./pglite-store.js')
  try {
    loaded = await import('./pglite-store.js')
  } catch (err) {
    const e = err as { code?: string, message?: string }
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && typeof e.message === 'string' && e.message.includes(PGLITE_PACKAGE)) {
      throw new UnsupportedDbError(`embedded PGlite needs the optional package ${PGLITE_PACKAGE}: npm install ${PGLITE_PACKAGE}, or set options.databaseUrl (DATABASE_URL) to use Postgres`)
    }
    throw err
  }
  return loaded.createPgliteTokenStore(options as PgliteTokenStoreOptions)
}

/** The client gives up on a statement this much later than the server's statement_timeout. */
const CLIENT_QUERY_SLACK_MS = 1000

/** Timeouts of a pool opened here (lib/config-db.ts has the defaults). */
export interface PoolTimeouts {
  connectMs: number
  queryMs: number
  idleInTransactionMs: number
  keepAliveDelayMs: number
}

export interface OpenStoreSettings {
  databaseUrl?: string
  /** Schema of the tables (db/namespace.ts). Default public. */
  schema?: string
  poolMax: number
  dataDir?: string
  databaseTimeouts?: PoolTimeouts
}

/**
 * The pool options for a database URL: every connection with a connect timeout, TCP keepalive, a server-side
 * statement_timeout and idle_in_transaction_session_timeout, and a client-side query timeout (a partitioned database
 * sends no error at all, so only the client can give up).
 */
export function poolConfig (databaseUrl: string, max: number, timeouts: PoolTimeouts | undefined): pg.PoolConfig {
  const config: pg.PoolConfig = { connectionString: databaseUrl, max, application_name: 'fastify-ghl' }
  if (timeouts === undefined) return config
  return {
    ...config,
    connectionTimeoutMillis: Math.ceil(timeouts.connectMs),
    // A little later than the server's statement_timeout, so a database that answers cancels the statement itself (57014).
    query_timeout: Math.ceil(timeouts.queryMs) + CLIENT_QUERY_SLACK_MS,
    statement_timeout: Math.ceil(timeouts.queryMs),
    idle_in_transaction_session_timeout: Math.ceil(timeouts.idleInTransactionMs),
    keepAlive: true,
    keepAliveInitialDelayMillis: Math.ceil(timeouts.keepAliveDelayMs)
  }
}

/** A bad options.db: the plugin turns it into its configuration error. */
export class UnsupportedDbError extends Error {}

export interface OpenedStore {
  store: TokenStore
  /** Whether tokens live outside this process (an encryption key is then required). */
  external: boolean
  embedded: boolean
  close: () => Promise<void>
}

function isTokenStore (db: object): db is TokenStore {
  return typeof (db as TokenStore).withRefreshLock === 'function' && typeof (db as TokenStore).migrate === 'function'
}

function isPglite (db: object): db is PgliteLike {
  return typeof (db as PgliteLike).listen === 'function' && typeof (db as PgliteLike).exec === 'function' && 'waitReady' in db
}

function isPgPool (db: object): db is pg.Pool {
  return typeof (db as pg.Pool).connect === 'function' && typeof (db as pg.Pool).query === 'function' && 'totalCount' in db
}

function describeDb (db: DbOption): { kind: 'store' | 'pglite' | 'pool', value: object } {
  let value: object = db
  if (!isTokenStore(value) && '$client' in value && value.$client !== null && typeof value.$client === 'object') value = value.$client as object
  if (isTokenStore(value)) return { kind: 'store', value }
  if (isPglite(value)) return { kind: 'pglite', value }
  if (isPgPool(value)) return { kind: 'pool', value }
  throw new UnsupportedDbError('options.db must be a pg Pool, a PGlite instance, a drizzle database over one of them, or a TokenStore')
}

export function storeIsExternal (settings: OpenStoreSettings, db: DbOption | undefined): boolean {
  if (db !== undefined) {
    const { kind, value } = describeDb(db)
    return kind === 'pool' || (kind === 'store' && (value as TokenStore).backend === 'pg')
  }
  return settings.databaseUrl !== undefined
}

export async function openStore (settings: OpenStoreSettings, db: DbOption | undefined, log: OpenLogger): Promise<OpenedStore> {
  const reporting = { log, schema: settings.schema }
  if (db !== undefined) {
    const { kind, value } = describeDb(db)
    if (kind === 'store') {
      const store = value as TokenStore
      const own = store.schema ?? 'public'
      if (settings.schema !== undefined && own !== settings.schema) {
        throw new UnsupportedDbError(`options.db is a TokenStore of schema ${own} but options.schema is ${settings.schema}: create the store with { schema: '${settings.schema}' }, or leave options.schema out (the store's schema is used)`)
      }
      return { store, external: store.backend === 'pg', embedded: store.backend === 'pglite', close: async () => {} }
    }
    const store = kind === 'pglite'
      ? await pgliteStore({ ...reporting, pglite: value as PgliteLike })
      : createPgTokenStore({ ...reporting, pool: value as pg.Pool })
    return { store, external: kind === 'pool', embedded: kind === 'pglite', close: async () => { await store.close() } }
  }
  if (settings.databaseUrl !== undefined) {
    const pool = new pg.Pool(poolConfig(settings.databaseUrl, settings.poolMax, settings.databaseTimeouts))
    // pool.end() resolves while idle clients are still disconnecting; an error on one of them then (the server ending
    // the session) is emitted on the pool, and without a listener it would crash the host. The store listens while it
    // is open; this one stays for good.
    let closing = false
    pool.on('error', (err) => { if (closing) log.debug({ err: err.message }, 'fastify-ghl: a closing Postgres connection failed') })
    const store = createPgTokenStore({ ...reporting, pool })
    return {
      store,
      external: true,
      embedded: false,
      close: async () => {
        closing = true
        try { await store.close() } finally { await pool.end() }
      }
    }
  }
  const store = await pgliteStore({ ...reporting, dataDir: settings.dataDir })
  return { store, external: false, embedded: true, close: async () => { await store.close() } }
}

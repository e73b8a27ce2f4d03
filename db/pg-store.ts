import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { GhlLockTimeoutError } from './errors.js'
import { migratePg, type MigrateOptions } from './migrate.js'
import { Semaphore } from './mutex.js'
import { PgListener } from './pg-listener.js'
import { DrizzleTokenStore, pgMs, type LockedBody, type StoreNamespaceOptions, type StoreReporting } from './store.js'
import type { LockResult, RefreshLockOptions, StoreSubscription, SubscribeOptions, TokenStore } from './types.js'

// The token store over node-postgres: queries go through the pool; a refresh lock is a transaction on
// one checked-out client holding pg_advisory_xact_lock (released by the server at commit, rollback, or
// when the session dies, so a crashed holder never keeps it); LISTEN runs on a dedicated pg.Client.

const PG_DEFAULT_POOL_MAX = 10
const LOCK_NOT_AVAILABLE = '55P03'
/** How much longer than lock_timeout the lock statement may take (server) and be waited for (client). */
const LOCK_STATEMENT_SLACK_MS = 1000

export interface PgTokenStoreOptions extends StoreReporting, StoreNamespaceOptions, Omit<MigrateOptions, 'schema'> {
  /** A pool owned by the caller: used, never closed by the store. */
  pool?: pg.Pool
  /** Used to create a pool (closed by close()) when no pool is given. */
  connectionString?: string
  /**
   * Most refresh transactions this store runs at once, each holding a pool client while it waits for its
   * lock and calls GHL. Default: the pool's max - 1, so a client is always left for markRefreshStarted,
   * which commits outside the transaction (keep it below the pool's max). With a pool of max 1 the mark
   * is written inside the transaction instead (visible only at commit).
   */
  maxLockHolders?: number
}

class PgTokenStore extends DrizzleTokenStore {
  readonly backend = 'pg' as const
  readonly #pool: pg.Pool
  readonly #ownsPool: boolean
  readonly #holders: Semaphore
  /** markRefreshStarted commits through the pool, outside the lock's transaction, when the pool has a client to spare. */
  readonly #markOutside: boolean
  readonly #migrateOptions: MigrateOptions
  readonly #onPoolError = (err: Error): void => {
    this.report(err, 'idle Postgres connection of the token store failed; the pool replaces it')
  }

  constructor (pool: pg.Pool, ownsPool: boolean, options: PgTokenStoreOptions) {
    super(drizzle(pool), options, options)
    this.#pool = pool
    this.#ownsPool = ownsPool
    this.#migrateOptions = { migrationsFolder: options.migrationsFolder, schema: this.schema }
    const poolMax = pool.options.max ?? PG_DEFAULT_POOL_MAX
    if (options.maxLockHolders !== undefined && !(Number.isInteger(options.maxLockHolders) && options.maxLockHolders > 0)) {
      throw new TypeError(`options.maxLockHolders must be a positive integer, got ${String(options.maxLockHolders)}`)
    }
    this.#holders = new Semaphore(options.maxLockHolders ?? Math.max(1, poolMax - 1))
    this.#markOutside = poolMax > 1
    // Without an 'error' listener, a pool whose idle client's backend is terminated crashes the process.
    pool.on('error', this.#onPoolError)
  }

  protected runMigrations (): Promise<void> {
    return migratePg(this.#pool, this.#migrateOptions)
  }

  protected async runLocked<T> (id: string, options: RefreshLockOptions, body: LockedBody<T>): Promise<LockResult<T>> {
    const started = Date.now()
    const release = await this.#holders.acquire(options.lockTimeoutMs)
    if (release === null) throw new GhlLockTimeoutError(options.lockTimeoutMs, id)
    try {
      const client = await this.#pool.connect()
      // The pool listens for errors of idle clients only: a checked-out client needs its own listener, or
      // a terminated backend crashes the process. A broken client is destroyed on release.
      let broken: Error | undefined
      const onError = (err: Error): void => { broken ??= err }
      client.on('error', onError)
      try {
        // READ COMMITTED explicitly: the row is read after the lock and must see commits made while we waited.
        await client.query('BEGIN ISOLATION LEVEL READ COMMITTED').catch((err: unknown) => {
          broken ??= err as Error
          throw err
        })
        try {
          return await this.#locked(client, id, options, Date.now() - started, body)
        } catch (err) {
          // After a failed COMMIT there is no transaction left and ROLLBACK only warns. When the connection
          // itself is gone ROLLBACK fails too (the client is then destroyed): the original error is thrown.
          await client.query('ROLLBACK').catch((rollbackErr: unknown) => { broken ??= rollbackErr as Error })
          throw err
        }
      } finally {
        client.off('error', onError)
        client.release(broken ?? false)
      }
    } finally {
      release()
    }
  }

  async #locked<T> (client: pg.PoolClient, id: string, options: RefreshLockOptions, waitedMs: number, body: LockedBody<T>): Promise<LockResult<T>> {
    const lockWaitMs = Math.max(1, options.lockTimeoutMs - waitedMs)
    // The pool's statement and query timeouts (lib/config-db.ts) may be shorter than the lock wait: this transaction's
    // statements may run until lock_timeout has fired, and the client waits a little longer for its answer.
    await client.query(
      "SELECT set_config('lock_timeout', $1, true), set_config('idle_in_transaction_session_timeout', $2, true), set_config('statement_timeout', $3, true)",
      [pgMs(lockWaitMs), pgMs(options.idleTimeoutMs), pgMs(lockWaitMs + LOCK_STATEMENT_SLACK_MS)]
    )
    const key = this.names.refreshLockKey(id).toString()
    if (options.tryOnly === true) {
      const { rows } = await client.query<{ acquired: boolean }>('SELECT pg_try_advisory_xact_lock($1::bigint) AS acquired', [key])
      if (!rows[0].acquired) {
        await client.query('ROLLBACK')
        return { acquired: false }
      }
    } else {
      try {
        // query_timeout per query is read by node-postgres (client.js) but missing from @types/pg's QueryConfig.
        const lockQuery: pg.QueryConfig & { query_timeout: number } = { text: 'SELECT pg_advisory_xact_lock($1::bigint)', values: [key], query_timeout: lockWaitMs + 2 * LOCK_STATEMENT_SLACK_MS }
        await client.query(lockQuery)
      } catch (err) {
        if ((err as { code?: string }).code === LOCK_NOT_AVAILABLE) {
          throw new GhlLockTimeoutError(options.lockTimeoutMs, id, { cause: err })
        }
        throw err
      }
    }
    const value = await body(drizzle(client), this.#markOutside ? this.db : null)
    await client.query('COMMIT')
    return { acquired: true, value }
  }

  protected async listen (channel: string, onMessage: (message: string) => void, options: SubscribeOptions): Promise<StoreSubscription> {
    const listener = new PgListener({
      clientConfig: this.#pool.options,
      channel,
      onMessage,
      onReconnect: options.onReconnect,
      report: (err, msg) => { this.report(err, msg) }
    })
    await listener.start()
    return listener
  }

  protected async closeBackend (): Promise<void> {
    // pool.end() resolves while idle clients are still disconnecting: an owned pool keeps its listener, so a
    // backend terminated at that moment cannot crash the process. A host's pool gets its listeners back as they were.
    if (this.#ownsPool) await this.#pool.end()
    else this.#pool.off('error', this.#onPoolError)
  }
}

/** A TokenStore over node-postgres. Pass `pool` (kept open on close) or `connectionString` (pool owned). */
export function createPgTokenStore (options: PgTokenStoreOptions): TokenStore {
  if (options.pool !== undefined) return new PgTokenStore(options.pool, false, options)
  if (typeof options.connectionString !== 'string' || options.connectionString === '') {
    throw new TypeError('createPgTokenStore: options.pool or options.connectionString is required')
  }
  return new PgTokenStore(new pg.Pool({ connectionString: options.connectionString }), true, options)
}

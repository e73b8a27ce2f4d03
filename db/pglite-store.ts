import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import { GhlLockTimeoutError } from './errors.js'
import type { MigrateOptions } from './migrate.js'
import { migratePglite } from './pglite-migrate.js'
import { KeyedMutex } from './mutex.js'
import { DrizzleTokenStore, type LockedBody, type StoreNamespaceOptions, type StoreReporting } from './store.js'
import type { LockResult, RefreshLockOptions, StoreSubscription, SubscribeOptions, TokenStore } from './types.js'

// The token store over PGlite (embedded Postgres, one connection, one process). Its advisory locks cannot
// make anyone wait (a session never blocks itself), so callers wait on an in-process mutex per connection
// id, with the same timeout and tryOnly behaviour as the node-postgres store. With one process the mutex is
// the whole lock: the locked body runs outside any transaction (read, release, call GHL, write with the
// version check), because PGlite's single connection would otherwise be held for the whole token call and
// every other query (/status, webhooks, metrics) would wait for GHL. idleTimeoutMs does not apply.

export interface PgliteTokenStoreOptions extends StoreReporting, StoreNamespaceOptions, Omit<MigrateOptions, 'schema'> {
  /** Directory of the database files; undefined keeps the database in memory. Ignored when pglite is given. */
  dataDir?: string
  /** A PGlite instance owned by the caller: used, never closed by the store. */
  pglite?: PGlite
}

class PgliteTokenStore extends DrizzleTokenStore {
  readonly backend = 'pglite' as const
  readonly inMemory: boolean
  readonly #pglite: PGlite
  readonly #ownsPglite: boolean
  readonly #locks = new KeyedMutex()
  readonly #migrateOptions: MigrateOptions

  constructor (pglite: PGlite, ownsPglite: boolean, options: PgliteTokenStoreOptions) {
    super(drizzle(pglite), options, options)
    this.#pglite = pglite
    this.#ownsPglite = ownsPglite
    this.inMemory = pglite.dataDir === undefined || pglite.dataDir === '' || pglite.dataDir.startsWith('memory://')
    this.#migrateOptions = { migrationsFolder: options.migrationsFolder, schema: this.schema }
  }

  protected runMigrations (): Promise<void> {
    return migratePglite(this.#pglite, this.#migrateOptions)
  }

  protected async runLocked<T> (id: string, options: RefreshLockOptions, body: LockedBody<T>): Promise<LockResult<T>> {
    const release = await this.#locks.acquire(id, options.tryOnly === true ? 0 : options.lockTimeoutMs)
    if (release === null) {
      if (options.tryOnly === true) return { acquired: false }
      throw new GhlLockTimeoutError(options.lockTimeoutMs, id)
    }
    try {
      // Each statement commits on its own; token writes carry the version they expect (writeTokens).
      return { acquired: true, value: await body(this.db, this.db) }
    } finally {
      release()
    }
  }

  protected async listen (channel: string, onMessage: (message: string) => void, _options: SubscribeOptions): Promise<StoreSubscription> {
    // In-process: the connection cannot drop, so onReconnect never fires.
    const unlisten = await this.#pglite.listen(channel, onMessage)
    let closed = false
    return {
      close: async () => {
        if (closed) return
        closed = true
        if (!this.#pglite.closed) await unlisten()
      }
    }
  }

  protected async closeBackend (): Promise<void> {
    if (this.#ownsPglite && !this.#pglite.closed) await this.#pglite.close()
  }
}

/** A TokenStore over PGlite: in memory (no dataDir), in a data directory, or over a given instance. */
export function createPgliteTokenStore (options: PgliteTokenStoreOptions = {}): TokenStore {
  if (options.pglite !== undefined) return new PgliteTokenStore(options.pglite, false, options)
  return new PgliteTokenStore(new PGlite(options.dataDir), true, options)
}

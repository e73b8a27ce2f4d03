import { and, asc, count, eq, gt, isNotNull, isNull, lt, sql } from 'drizzle-orm'
import { NOW, newRowValues, rowsOf, selectRow, updateError, updateRefreshStarted, updateStatus, updateTokens, type Db } from './connection-queries.js'
import { guarded } from './errors.js'
import { clearLoginFailures, readLoginFailures, recordLoginFailure } from './login-failure-queries.js'
import { JobStore } from './job-store.js'
import { WebhookStore } from './webhook-store.js'
import { RateBudgetStore } from './rate-budget-store.js'
import { dbNamespace, TOKENS_CHANNEL, type DbNamespace } from './namespace.js'
import { ghlTables, type GhlTables } from './schema.js'
import {
  CONNECTION_STATUSES,
  type ConnectionRow,
  type ConnectionStatus,
  type LockResult,
  type LoginFailures,
  type NewConnection,
  type RefreshLockHandle,
  type RefreshLockOptions,
  type StoreSubscription,
  type SubscribeOptions,
  type TokenStore,
  type TokenWrite,
  type WebhookEventRecord
} from './types.js'

// The query code shared by both backends. node-postgres and PGlite are both drizzle PgDatabases, so
// one class holds every query; a backend supplies only the lock/transaction plumbing, LISTEN, and close.

export type { Db } from './connection-queries.js'

/** The token store's channel in the public schema (another schema's is named after it: db/namespace.ts). */
export const DEFAULT_CHANNEL = TOKENS_CHANNEL

/** Channel names go into LISTEN as identifiers and to pg_notify as text: keep them plain so both agree. */
export function checkChannel (channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) {
    throw new TypeError(`options.channel must be a lowercase Postgres identifier (a-z, 0-9, _; at most 63 characters), got ${JSON.stringify(channel)}`)
  }
  return channel
}

function checkLockOptions (options: RefreshLockOptions): void {
  for (const name of ['lockTimeoutMs', 'idleTimeoutMs'] as const) {
    const value = options[name]
    if (!Number.isFinite(value) || value <= 0) {
      throw new TypeError(`withRefreshLock options.${name} must be a positive number of milliseconds, got ${String(value)}`)
    }
  }
}

/** A duration as a Postgres GUC value; at least 1 ms, because 0 would disable the timeout. */
export function pgMs (ms: number): string {
  return `${Math.max(1, Math.ceil(ms))}ms`
}

// ---------------------------------------------------------------------------------------------------

export interface StoreLogger {
  warn (obj: object, msg: string): void
  error (obj: object, msg: string): void
}

export interface StoreReporting {
  /** Called with every error that happens in the background (a dropped connection, a failed reconnect). */
  onError?: (err: Error) => void
  log?: StoreLogger
}

/** Where a store's tables are: a schema of the host's choice (default public). */
export interface StoreNamespaceOptions {
  /** Schema of the tables (created by the migrations when missing). Default public. */
  schema?: string
  /** LISTEN/NOTIFY channel. Default 'fastify_ghl' (public), 'fastify_ghl__<schema>' otherwise. */
  channel?: string
}

/** Runs a locked body: `tx` is the transaction, `outside` a connection outside it (null when there is none). */
export type LockedBody<T> = (tx: Db, outside: Db | null) => Promise<T>

export abstract class DrizzleTokenStore implements TokenStore {
  abstract readonly backend: 'pg' | 'pglite'
  protected readonly db: Db
  protected readonly channel: string
  protected readonly names: DbNamespace
  readonly schema: string
  readonly #tables: GhlTables
  readonly #reporting: StoreReporting
  readonly #subscriptions = new Set<StoreSubscription>()
  #closed: Promise<void> | undefined
  #jobs: JobStore | undefined
  #webhooks: WebhookStore | undefined
  #rateBudget: RateBudgetStore | undefined

  protected constructor (db: Db, options: StoreNamespaceOptions, reporting: StoreReporting) {
    this.db = db
    this.names = dbNamespace(options.schema)
    this.schema = this.names.schema
    this.#tables = ghlTables(this.schema)
    this.channel = checkChannel(options.channel ?? this.names.channels.tokens)
    this.#reporting = reporting
  }

  /** Applies the migrations (under the backend's lock); migrate() turns its driver errors into GHL_DATABASE. */
  protected abstract runMigrations (): Promise<void>

  get #c (): GhlTables['ghlConnections'] { return this.#tables.ghlConnections }
  get #w (): GhlTables['ghlWebhookEvents'] { return this.#tables.ghlWebhookEvents }
  get #n (): GhlTables['ghlOAuthNonces'] { return this.#tables.ghlOAuthNonces }

  /**
   * Opens a transaction holding the advisory lock of `id` (waiting at most options.lockTimeoutMs, or not
   * at all with tryOnly), runs body in it, commits when body resolves and rolls back when it throws.
   */
  protected abstract runLocked<T> (id: string, options: RefreshLockOptions, body: LockedBody<T>): Promise<LockResult<T>>
  /** LISTEN on `channel` (the store's own, or the job queue's). */
  protected abstract listen (channel: string, onMessage: (message: string) => void, options: SubscribeOptions): Promise<StoreSubscription>
  protected abstract closeBackend (): Promise<void>

  /** Logs a background error and hands it to onError. */
  protected report (err: unknown, msg: string, level: 'warn' | 'error' = 'warn'): void {
    const error = err instanceof Error ? err : new Error(String(err))
    this.#reporting.log?.[level]({ err: error }, msg)
    if (this.#reporting.onError !== undefined) {
      try {
        this.#reporting.onError(error)
      } catch {
        // a throwing error handler must not break the store
      }
    }
  }

  // Every operation turns raw driver / drizzle errors into GHL_DATABASE (cause kept, no parameters in the message).

  migrate (): Promise<void> {
    return guarded('migrate', async () => { await this.runMigrations() })
  }

  get (id: string): Promise<ConnectionRow | null> {
    return guarded('read a connection', async () => await selectRow(this.#c, this.db, id))
  }

  list (): Promise<ConnectionRow[]> {
    return guarded('list connections', async () => await this.db.select().from(this.#c).orderBy(asc(this.#c.id)))
  }

  insertIfAbsent (row: NewConnection): Promise<boolean> {
    return guarded('insert a connection', async () => {
      const inserted = await this.db.insert(this.#c).values(newRowValues(this.#c, row)).onConflictDoNothing({ target: this.#c.id }).returning({ id: this.#c.id })
      return inserted.length > 0
    })
  }

  saveAuthorization (row: NewConnection): Promise<ConnectionRow> {
    return guarded('store an authorization', async () => await this.#saveAuthorization(row))
  }

  async #saveAuthorization (row: NewConnection): Promise<ConnectionRow> {
    const values = newRowValues(this.#c, row)
    const { id, ...replaced } = values
    const rows = await this.db.insert(this.#c).values(values).onConflictDoUpdate({
      target: this.#c.id,
      set: {
        ...replaced,
        status: 'active',
        version: sql`${this.#c.version} + 1`,
        refreshStartedAt: null,
        lastError: null,
        lastErrorAt: null,
        updatedAt: NOW
      }
    }).returning()
    return rows[0]
  }

  writeTokens (id: string, write: TokenWrite, expectedVersion: number): Promise<ConnectionRow | null> {
    return guarded('write tokens', async () => await updateTokens(this.#c, this.db, id, write, expectedVersion))
  }

  setStatus (id: string, status: ConnectionStatus, lastError: string | null): Promise<void> {
    return guarded('set a connection status', async () => { await updateStatus(this.#c, this.db, id, status, lastError) })
  }

  recordError (id: string, message: string): Promise<void> {
    return guarded('record an error', async () => { await updateError(this.#c, this.db, id, message) })
  }

  delete (id: string): Promise<boolean> {
    return guarded('delete a connection', async () => (await this.db.delete(this.#c).where(eq(this.#c.id, id)).returning({ id: this.#c.id })).length > 0)
  }

  async withRefreshLock<T> (id: string, options: RefreshLockOptions, fn: (handle: RefreshLockHandle) => Promise<T>): Promise<LockResult<T>> {
    checkLockOptions(options)
    // fn's own errors pass through as they are; the lock's (connect, BEGIN, lock wait, COMMIT) become GHL_DATABASE.
    return await guarded('hold the refresh lock', async () => await this.#withRefreshLock(id, options, fn))
  }

  async #withRefreshLock<T> (id: string, options: RefreshLockOptions, fn: (handle: RefreshLockHandle) => Promise<T>): Promise<LockResult<T>> {
    return this.runLocked(id, options, async (tx, outside) => {
      const row = await guarded('read a connection', async () => await selectRow(this.#c, tx, id))
      let open = true
      // Once this transaction has written the row it holds the row lock: an outside UPDATE would wait for
      // our own commit, so markRefreshStarted then writes inside the transaction instead.
      let wroteRow = false
      const check = (): void => {
        if (!open) throw new Error(`fastify-ghl: the refresh lock handle of connection ${id} was used after its lock was released`)
      }
      const handle: RefreshLockHandle = {
        row,
        markRefreshStarted: async () => {
          check()
          await guarded('mark a refresh started', async () => { await updateRefreshStarted(this.#c, outside !== null && !wroteRow ? outside : tx, id) })
        },
        writeTokens: async (write, expectedVersion) => {
          check()
          wroteRow = true
          return await guarded('write tokens', async () => await updateTokens(this.#c, tx, id, write, expectedVersion))
        },
        setStatus: async (status, lastError) => {
          check()
          wroteRow = true
          await guarded('set a connection status', async () => { await updateStatus(this.#c, tx, id, status, lastError) })
        },
        recordError: async (message) => {
          check()
          wroteRow = true
          await guarded('record an error', async () => { await updateError(this.#c, tx, id, message) })
        }
      }
      try {
        return await fn(handle)
      } finally {
        open = false
      }
    })
  }

  listDue (before: Date, limit: number): Promise<ConnectionRow[]> {
    return guarded('list due connections', async () => await this.#listDue(before, limit))
  }

  async #listDue (before: Date, limit: number): Promise<ConnectionRow[]> {
    if (!(limit > 0)) return []
    // A connection seeded with a refresh token only has no expiry: it is due now, ahead of the others.
    // Two index-driven queries rather than one OR, which the partial index could not serve in order.
    const unknown = await this.db.select().from(this.#c)
      .where(and(eq(this.#c.status, 'active'), isNull(this.#c.expiresAt)))
      .orderBy(asc(this.#c.id))
      .limit(limit)
    if (unknown.length >= limit) return unknown
    const dated = await this.db.select().from(this.#c)
      .where(and(eq(this.#c.status, 'active'), lt(this.#c.expiresAt, before)))
      .orderBy(asc(this.#c.expiresAt))
      .limit(limit - unknown.length)
    return unknown.concat(dated)
  }

  countByStatus (): Promise<Record<ConnectionStatus, number>> {
    return guarded('count connections', async () => await this.#countByStatus())
  }

  async #countByStatus (): Promise<Record<ConnectionStatus, number>> {
    const rows = await this.db.select({ status: this.#c.status, n: count() }).from(this.#c).groupBy(this.#c.status)
    const counts = Object.fromEntries(CONNECTION_STATUSES.map((status) => [status, 0])) as Record<ConnectionStatus, number>
    for (const { status, n } of rows) counts[status] = n
    return counts
  }

  listAgencies (): Promise<Array<{ id: string, companyId: string | null }>> {
    return guarded('list agency connections', async () => await this.db.select({ id: this.#c.id, companyId: this.#c.companyId }).from(this.#c)
      .where(and(eq(this.#c.userType, 'Company'), eq(this.#c.status, 'active')))
      .orderBy(asc(this.#c.id)))
  }

  keySamples (): Promise<ConnectionRow[]> {
    return guarded('read the key ids', async () => await this.db.selectDistinctOn([this.#c.keyId]).from(this.#c)
      .where(and(eq(this.#c.status, 'active'), isNotNull(this.#c.keyId)))
      .orderBy(this.#c.keyId, asc(this.#c.id)))
  }

  async consumeNonce (nonceHash: string, expiresAt: Date): Promise<boolean> {
    // Rows go five minutes after their state expired, so an app clock behind the database's cannot reuse one.
    await this.db.delete(this.#n).where(lt(this.#n.expiresAt, sql`clock_timestamp() - interval '5 minutes'`))
    const inserted = await this.db.insert(this.#n).values({ nonceHash, expiresAt }).onConflictDoNothing({ target: this.#n.nonceHash }).returning({ nonceHash: this.#n.nonceHash })
    return inserted.length > 0
  }

  nonceUsed (nonceHash: string): Promise<boolean> {
    return guarded('read a used nonce', async () => (await this.db.select({ nonceHash: this.#n.nonceHash }).from(this.#n)
      .where(and(eq(this.#n.nonceHash, nonceHash), gt(this.#n.expiresAt, sql`clock_timestamp()`)))).length > 0)
  }

  recordLoginFailure (addressHash: string, at: Date, windowEndsAt: Date): Promise<LoginFailures> {
    return guarded('record a failed admin login', async () => await recordLoginFailure(this.#tables.ghlAdminLoginFailures, this.db, addressHash, at, windowEndsAt))
  }

  loginFailures (addressHash: string, at: Date): Promise<LoginFailures | null> {
    return guarded('read failed admin logins', async () => await readLoginFailures(this.#tables.ghlAdminLoginFailures, this.db, addressHash, at))
  }

  clearLoginFailures (addressHash: string): Promise<void> {
    return guarded('clear failed admin logins', async () => { await clearLoginFailures(this.#tables.ghlAdminLoginFailures, this.db, addressHash) })
  }

  recordWebhook (event: WebhookEventRecord): Promise<boolean> {
    return guarded('record a webhook', async () => (await this.db.insert(this.#w).values({
      webhookId: event.webhookId,
      type: event.type,
      payload: event.payload ?? null,
      receivedAt: event.receivedAt
    }).onConflictDoNothing({ target: this.#w.webhookId }).returning({ webhookId: this.#w.webhookId })).length > 0)
  }

  markWebhookProcessed (webhookId: string, error: string | null): Promise<void> {
    return guarded('mark a webhook processed', async () => { await this.db.update(this.#w).set({ processedAt: NOW, error }).where(eq(this.#w.webhookId, webhookId)) })
  }

  pruneWebhooks (receivedBefore: Date): Promise<number> {
    return guarded('prune webhooks', async () => {
      const result = await this.db.execute(sql`
        with pruned as (delete from ${this.#w} where ${this.#w.receivedAt} < ${receivedBefore.toISOString()}::timestamptz returning 1)
        select count(*)::int as n from pruned`)
      return Number(rowsOf(result)[0].n)
    })
  }

  publish (message: string): Promise<void> {
    return guarded('publish a notification', async () => { await this.db.execute(sql`select pg_notify(${this.channel}, ${message})`) })
  }

  subscribe (onMessage: (message: string) => void, options: SubscribeOptions = {}): Promise<StoreSubscription> {
    return this.#subscribe(this.channel, onMessage, options)
  }

  /** The durable job queue over this store's database (same pool or PGlite); its LISTEN closes with the store. */
  jobs (): JobStore {
    this.#jobs ??= new JobStore({ db: this.db, names: this.names, listen: async (onMessage) => await this.#subscribe(this.names.channels.jobs, onMessage, {}) })
    return this.#jobs
  }

  /** Received webhooks (raw bodies, statuses) over this store's database; intake enqueues their jobs on jobs(). */
  webhooks (): WebhookStore {
    this.#webhooks ??= new WebhookStore(this.db, this.names)
    return this.#webhooks
  }

  /** The fleet's shared GHL rate budget per connection (same pool or PGlite); its LISTEN closes with the store. */
  rateBudget (): RateBudgetStore {
    this.#rateBudget ??= new RateBudgetStore({ db: this.db, names: this.names, listen: async (onMessage) => await this.#subscribe(this.names.channels.rateBudget, onMessage, {}) })
    return this.#rateBudget
  }

  async #subscribe (channel: string, onMessage: (message: string) => void, options: SubscribeOptions): Promise<StoreSubscription> {
    if (this.#closed !== undefined) throw new Error('fastify-ghl: subscribe() on a closed token store')
    const inner = await guarded('LISTEN', async () => await this.listen(channel, onMessage, options))
    const subscription: StoreSubscription = {
      close: async () => {
        if (!this.#subscriptions.delete(subscription)) return
        await inner.close()
      }
    }
    this.#subscriptions.add(subscription)
    return subscription
  }

  close (): Promise<void> {
    this.#closed ??= (async () => {
      await Promise.allSettled([...this.#subscriptions].map(async (s) => await s.close()))
      await this.closeBackend()
    })()
    return this.#closed
  }
}

// The durable job queue over the token store's own database (node-postgres pool or PGlite): one table, claimed with
// FOR UPDATE SKIP LOCKED and a lease, woken by NOTIFY on its own channel. Enqueue may join a host's transaction:
// a pg client inside BEGIN, a drizzle transaction (over pg or PGlite), or a PGlite transaction.
import { sql, type SQL } from 'drizzle-orm'
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core'
import {
  claimJobs, completeJob, expireLeases, failJob, insertJob, jobByKey, jobStats, notifyQueue, parkConnection, parkedConnections, parkJob,
  pruneDelivered, releaseJobs, renewLeases, resumeConnection, retryDeadJobs, retryJob, statusCounts, toJobRow, JOB_COLUMNS
} from './job-queries.js'
import {
  DEFAULT_QUEUE, JOB_STATUSES, type ClaimOptions, type Enqueued, type JobRow, type JobStats, type JobStatus, type ListOptions, type NewJob, type QueueSignal
} from './job-types.js'
import type { DbNamespace } from './namespace.js'

/** The store's drizzle database (node-postgres pool or PGlite). */
type Db = PgDatabase<PgQueryResultHKT>
/** A LISTEN that closes (the stores' StoreSubscription). */
export interface JobSubscription { close (): Promise<void> }

/** A drizzle transaction or database (over node-postgres or PGlite). */
export interface DrizzleLike { execute: (query: SQL) => Promise<unknown>, select: (...args: never[]) => unknown }
/** A pg.PoolClient / pg.Client (inside BEGIN), a PGlite transaction, or anything with `query(text, params)`. */
export interface QueryLike { query: (text: string, params?: unknown[]) => Promise<unknown> }
/** The host transaction `tx` an enqueue may join. */
export type HostTx = DrizzleLike | QueryLike

const MAX_LIST = 1000
const DEFAULT_LIST = 100
const dialect = new PgDialect()

function rowsOf (result: unknown): Array<Record<string, unknown>> {
  return (result as { rows: Array<Record<string, unknown>> }).rows
}

function isDrizzle (tx: object): tx is DrizzleLike {
  return typeof (tx as DrizzleLike).execute === 'function' && typeof (tx as DrizzleLike).select === 'function'
}

export function isHostTx (tx: unknown): tx is HostTx {
  return tx !== null && typeof tx === 'object' && (isDrizzle(tx) || typeof (tx as QueryLike).query === 'function')
}

/** Runs a statement on a host transaction of any supported kind. */
async function runOn (tx: HostTx, query: SQL): Promise<Array<Record<string, unknown>>> {
  if (isDrizzle(tx)) return rowsOf(await tx.execute(query))
  const { sql: text, params } = dialect.sqlToQuery(query)
  return rowsOf(await tx.query(text, params))
}

export interface JobStoreParts {
  db: Db
  /** The schema's table and channel names. */
  names: DbNamespace
  /** LISTEN on the queue's channel, on the backend's own listening connection. */
  listen: (onMessage: (queue: string) => void) => Promise<JobSubscription>
}

export class JobStore {
  readonly #db: Db
  readonly #listen: JobStoreParts['listen']
  readonly #q: DbNamespace

  constructor (parts: JobStoreParts) {
    this.#db = parts.db
    this.#q = parts.names
    this.#listen = parts.listen
  }

  async #run (query: SQL): Promise<Array<Record<string, unknown>>> {
    return rowsOf(await this.#db.execute(query))
  }

  async #rows (query: SQL): Promise<JobRow[]> {
    return (await this.#run(query)).map(toJobRow)
  }

  async #one (query: SQL): Promise<JobRow | null> {
    return (await this.#rows(query))[0] ?? null
  }

  /**
   * Stores the job unless one with its key exists (then that one is returned, `created: false`). With `tx` the job
   * commits or rolls back with the host's transaction, and its NOTIFY is sent at commit.
   */
  async enqueue (job: NewJob, tx?: HostTx): Promise<Enqueued> {
    const queue = job.queue ?? DEFAULT_QUEUE
    const run = tx === undefined ? async (q: SQL) => await this.#run(q) : async (q: SQL) => await runOn(tx, q)
    const inserted = await run(insertJob(this.#q, job, queue))
    if (inserted.length > 0) return { id: Number(inserted[0].id), key: inserted[0].key as string, status: inserted[0].status as JobStatus, created: true }
    // The key exists (committed, or committed by the transaction we waited for on the unique index).
    const existing = await run(jobByKey(this.#q, job.key))
    if (existing.length === 0) throw new Error(`fastify-ghl: job ${job.key} conflicted on its key but cannot be read`)
    return { id: Number(existing[0].id), key: existing[0].key as string, status: existing[0].status as JobStatus, created: false }
  }

  /** Up to `limit` due jobs, fair across connections, leased to `worker`. */
  async claim (options: ClaimOptions): Promise<JobRow[]> {
    if (!(options.limit > 0)) return []
    return await this.#rows(claimJobs(this.#q, options.queue ?? DEFAULT_QUEUE, options.worker, Math.floor(options.limit), options.leaseMs, options.skip ?? []))
  }

  /** Extends the leases `worker` still holds; returns the ids renewed. */
  async renew (ids: readonly number[], worker: string, leaseMs: number): Promise<number[]> {
    if (ids.length === 0) return []
    return (await this.#run(renewLeases(this.#q, ids, worker, leaseMs))).map((r) => Number(r.id))
  }

  /** Expired leases back to pending (or dead past max_attempts); returns those jobs. */
  async expireLeases (queue = DEFAULT_QUEUE): Promise<JobRow[]> {
    return await this.#rows(expireLeases(this.#q, queue))
  }

  /** Delivered with its result; null when the job was no longer in flight or pending (delivered elsewhere, retried…). */
  async complete (id: number, result: unknown): Promise<JobRow | null> {
    return await this.#one(completeJob(this.#q, id, result))
  }

  /** A failed attempt: pending again after delayMs, or dead (max_attempts reached, or `dead`). Null: not ours anymore. */
  async fail (id: number, worker: string, error: string, delayMs: number, dead = false): Promise<JobRow | null> {
    return await this.#one(failJob(this.#q, id, worker, error, delayMs, dead))
  }

  /** Waits delayMs without burning the attempt. */
  async park (id: number, worker: string, reason: string, delayMs: number): Promise<JobRow | null> {
    return await this.#one(parkJob(this.#q, id, worker, reason, delayMs))
  }

  /** Parks every due pending job of a connection; returns how many. */
  async parkConnection (connection: string, reason: string, delayMs: number, queue = DEFAULT_QUEUE): Promise<number> {
    return (await this.#run(parkConnection(this.#q, queue, connection, reason, delayMs))).length
  }

  /** Makes a connection's parked jobs due now and tells every relay the connection works again; returns how many. */
  async resume (connection: string, queue = DEFAULT_QUEUE): Promise<number> {
    const n = (await this.#run(resumeConnection(this.#q, queue, connection))).length
    await this.signal({ type: 'resume', queue, connection })
    return n
  }

  /** Tells every relay of the fleet to skip a connection's jobs for delayMs (it cannot work: breaker open, re-authorization). */
  async announcePark (connection: string, reason: string, delayMs: number, queue = DEFAULT_QUEUE): Promise<void> {
    await this.signal({ type: 'park', queue, connection, delayMs: Math.max(0, Math.round(delayMs)), reason: reason.slice(0, 500) })
  }

  /** The connections whose parked jobs still wait (and how long): what a starting relay skips. */
  async parkedConnections (queue = DEFAULT_QUEUE): Promise<Array<{ connection: string, delayMs: number, reason: string }>> {
    return (await this.#run(parkedConnections(this.#q, queue))).map((r) => ({ connection: r.connection as string, delayMs: Number(r.ms), reason: String(r.reason) }))
  }

  /** How many of these jobs are in each status (missing ids: pruned, counted nowhere). */
  async countStatuses (ids: readonly number[]): Promise<Record<JobStatus, number>> {
    const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>
    if (ids.length === 0) return counts
    for (const row of await this.#run(statusCounts(this.#q, ids))) counts[row.status as JobStatus] = Number(row.n)
    return counts
  }

  async signal (message: QueueSignal): Promise<void> {
    await this.#run(notifyQueue(this.#q, message.queue, JSON.stringify(message)))
  }

  /** Hands jobs back (attempts given back), e.g. when an instance stops with deliveries unfinished. */
  async release (ids: readonly number[], worker: string): Promise<number> {
    if (ids.length === 0) return 0
    return (await this.#run(releaseJobs(this.#q, ids, worker))).length
  }

  /** A dead job back to pending with fresh attempts; null when it is not dead. */
  async retry (id: number): Promise<JobRow | null> {
    const row = await this.#one(retryJob(this.#q, id))
    if (row !== null) await this.notify(row.queue)
    return row
  }

  /** Every dead job of the queue (or of one connection) back to pending with fresh attempts; returns how many. */
  async retryDead (queue = DEFAULT_QUEUE, connection?: string): Promise<number> {
    const n = Number((await this.#run(retryDeadJobs(this.#q, queue, connection)))[0]?.n ?? 0)
    if (n > 0) await this.notify(queue)
    return n
  }

  async get (id: number): Promise<JobRow | null> {
    if (!Number.isSafeInteger(id) || id <= 0) return null
    return await this.#one(sql`select ${JOB_COLUMNS} from ${this.#q.jobs} where id = ${id}`)
  }

  async getByKey (key: string): Promise<JobRow | null> {
    return await this.#one(sql`select ${JOB_COLUMNS} from ${this.#q.jobs} where key = ${key}`)
  }

  /** Newest first. */
  async list (options: ListOptions = {}): Promise<JobRow[]> {
    const limit = Math.min(MAX_LIST, Math.max(1, Math.floor(options.limit ?? DEFAULT_LIST)))
    const where = [sql`queue = ${options.queue ?? DEFAULT_QUEUE}`]
    if (options.status !== undefined) where.push(sql`status = ${options.status}`)
    if (options.connection !== undefined) where.push(sql`connection = ${options.connection}`)
    return await this.#rows(sql`select ${JOB_COLUMNS} from ${this.#q.jobs} where ${sql.join(where, sql` and `)} order by id desc limit ${limit}`)
  }

  /** Exact counts of the queue, or of one connection's jobs. */
  async stats (queue = DEFAULT_QUEUE, connection?: string): Promise<JobStats> {
    const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>
    let parked = 0
    let scheduled = 0
    let oldest = 0
    for (const row of await this.#run(jobStats(this.#q, queue, connection))) {
      const status = row.status as JobStatus
      counts[status] = Number(row.n)
      if (status === 'pending') {
        parked = Number(row.parked)
        scheduled = Number(row.scheduled)
        oldest = Math.max(0, Number(row.oldest))
      }
    }
    return {
      pending: counts.pending, inFlight: counts.in_flight, delivered: counts.delivered, dead: counts.dead, parked, scheduled, oldestPendingSeconds: oldest
    }
  }

  /** Deletes jobs delivered before `before`; dead jobs stay until retried. */
  async prune (before: Date, queue = DEFAULT_QUEUE): Promise<number> {
    return Number((await this.#run(pruneDelivered(this.#q, queue, before)))[0]?.n ?? 0)
  }

  async notify (queue = DEFAULT_QUEUE): Promise<void> {
    await this.#run(notifyQueue(this.#q, queue))
  }

  /** LISTENs for enqueues (the payload is the queue's name) and signals (JSON, see parseQueueMessage); closed with the store. */
  async subscribe (onMessage: (queue: string) => void): Promise<JobSubscription> {
    return await this.#listen(onMessage)
  }
}

// Received webhooks (ghl_webhook_events): the raw body as text (never jsonb, which refuses some signed JSON), its
// type, ids and hash, and where it stands. Intake stores the event and enqueues its handler job (ghl_jobs, queue
// 'webhooks') in one statement, so a stored event always has its job and a GHL retry of a stored one is a duplicate.
// That statement sends no NOTIFY: NOTIFY serializes commits database-wide, so intake wakes the relays with one
// coalesced notify() for many events instead (lib/webhooks/setup.ts).
import { sql, type SQL } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type { DbNamespace } from './namespace.js'

type Db = PgDatabase<PgQueryResultHKT>

export type WebhookStatus = 'queued' | 'processed' | 'failed' | 'rejected'
export const WEBHOOK_STATUSES: readonly WebhookStatus[] = ['queued', 'processed', 'failed', 'rejected']
export const WEBHOOK_QUEUE = 'webhooks'

export interface WebhookIntake {
  webhookId: string
  type: string
  /** The raw body, as text. */
  body: string
  bodySha256: string
  locationId: string | undefined
  companyId: string | undefined
  /** The event's own timestamp. */
  eventAt: Date
  receivedAt: Date
}

export interface HandlerJob {
  op: string
  connection: string
  maxAttempts: number
}

export interface FailedIntake {
  webhookId: string
  type: string
  bodySha256: string
  receivedAt: Date
  error: string
}

export interface StoredWebhook {
  webhookId: string
  type: string
  /** Null for rows stored before 0003 (their payload is in `payload`) and for bodies that could not be stored. */
  body: string | null
  /** Rows stored before the raw body was kept. */
  payload: unknown
  bodySha256: string | null
  status: WebhookStatus
  locationId: string | null
  companyId: string | null
  eventAt: Date | null
  receivedAt: Date
  processedAt: Date | null
  error: string | null
}

export interface WebhookListOptions {
  status?: WebhookStatus
  type?: string
  /** Default 100, at most 1000. */
  limit?: number
}

const COLUMNS = sql.raw('webhook_id, type, body, payload, body_sha256, status, location_id, company_id, event_at, received_at, processed_at, error')

function rowsOf (result: unknown): Array<Record<string, unknown>> {
  return (result as { rows: Array<Record<string, unknown>> }).rows
}

function date (value: unknown): Date | null {
  return value === null || value === undefined ? null : value instanceof Date ? value : new Date(value as string)
}

function toStored (row: Record<string, unknown>): StoredWebhook {
  return {
    webhookId: row.webhook_id as string,
    type: row.type as string,
    body: (row.body ?? null) as string | null,
    payload: row.payload ?? null,
    bodySha256: (row.body_sha256 ?? null) as string | null,
    status: row.status as WebhookStatus,
    locationId: (row.location_id ?? null) as string | null,
    companyId: (row.company_id ?? null) as string | null,
    eventAt: date(row.event_at),
    receivedAt: date(row.received_at) as Date,
    processedAt: date(row.processed_at),
    error: (row.error ?? null) as string | null
  }
}

export class WebhookStore {
  readonly #db: Db
  readonly #names: DbNamespace

  constructor (db: Db, names: DbNamespace) {
    this.#db = db
    this.#names = names
  }

  async #run (query: SQL): Promise<Array<Record<string, unknown>>> {
    return rowsOf(await this.#db.execute(query))
  }

  /**
   * Stores the event and, with `job`, its handler job, in one statement. `stored: false`: the webhook id was known
   * (a replay, or GHL retrying one we stored) and nothing changed.
   */
  async intake (event: WebhookIntake, job: HandlerJob | null, status: WebhookStatus = 'queued', error: string | null = null): Promise<{ stored: boolean }> {
    const key = 'webhook:' + event.webhookId
    const insertEvent = sql`insert into ${this.#names.webhookEvents} (webhook_id, type, body, body_sha256, status, location_id, company_id, event_at, received_at, processed_at, error)
      values (${event.webhookId}, ${event.type}, ${event.body}, ${event.bodySha256}, ${status}, ${event.locationId ?? null}, ${event.companyId ?? null},
        ${event.eventAt.toISOString()}::timestamptz, ${event.receivedAt.toISOString()}::timestamptz,
        ${status === 'queued' ? null : event.receivedAt.toISOString()}::timestamptz, ${error})
      on conflict (webhook_id) do nothing
      returning webhook_id`
    if (job === null) return { stored: (await this.#run(insertEvent)).length > 0 }
    const rows = await this.#run(sql`with ev as (${insertEvent}),
      job as (
        insert into ${this.#names.jobs} (queue, op, key, group_key, connection, payload, max_attempts)
        select ${WEBHOOK_QUEUE}, ${job.op}, ${key}, ${key}, ${job.connection}, jsonb_build_object('webhookId', ev.webhook_id), ${job.maxAttempts} from ev
        on conflict (key) do nothing
        returning id)
      select (select count(*) from ev)::int as stored, (select count(*) from job)::int as queued`)
    return { stored: Number(rows[0]?.stored ?? 0) > 0 }
  }

  /** A verified delivery that cannot be stored as it is (bad encoding): kept as failed, by its hash, without its body. */
  async recordFailed (event: FailedIntake): Promise<boolean> {
    const rows = await this.#run(sql`insert into ${this.#names.webhookEvents} (webhook_id, type, body_sha256, status, received_at, processed_at, error)
      values (${event.webhookId}, ${event.type}, ${event.bodySha256}, 'failed', ${event.receivedAt.toISOString()}::timestamptz, clock_timestamp(), ${event.error})
      on conflict (webhook_id) do nothing
      returning webhook_id`)
    return rows.length > 0
  }

  async get (webhookId: string): Promise<StoredWebhook | null> {
    const rows = await this.#run(sql`select ${COLUMNS} from ${this.#names.webhookEvents} where webhook_id = ${webhookId}`)
    return rows.length === 0 ? null : toStored(rows[0])
  }

  /** Newest first. */
  async list (options: WebhookListOptions = {}): Promise<StoredWebhook[]> {
    const limit = Math.min(1000, Math.max(1, Math.floor(options.limit ?? 100)))
    const where: SQL[] = [sql`true`]
    if (options.status !== undefined) where.push(sql`status = ${options.status}`)
    if (options.type !== undefined) where.push(sql`type = ${options.type}`)
    const rows = await this.#run(sql`select ${COLUMNS} from ${this.#names.webhookEvents} where ${sql.join(where, sql` and `)} order by received_at desc limit ${limit}`)
    return rows.map(toStored)
  }

  /** The handler job finished (processed) or died (failed, with its error); `queued` again when retried. */
  async setStatus (webhookId: string, status: WebhookStatus, error: string | null): Promise<void> {
    await this.#run(sql`update ${this.#names.webhookEvents} set status = ${status}, error = ${error},
        processed_at = case when ${status} = 'queued' then null else clock_timestamp() end
      where webhook_id = ${webhookId}`)
  }

  async counts (): Promise<Record<WebhookStatus, number>> {
    const out = Object.fromEntries(WEBHOOK_STATUSES.map((s) => [s, 0])) as Record<WebhookStatus, number>
    for (const row of await this.#run(sql`select status, count(*)::int as n from ${this.#names.webhookEvents} group by status`)) {
      out[row.status as WebhookStatus] = Number(row.n)
    }
    return out
  }
}

// What the admin page reads, gathered in one place and each behind a small function, so the page adapts when a part
// changes shape: connections (never a token), the outbox's pending and dead jobs per connection, the last webhooks
// received (through the store's webhook log when it has one), and this instance's credential errors (events).
import type { JobStats } from '../../db/job-types.js'
import type { TokenStore } from '../../db/types.js'
import type { GhlEventEmitter } from '../events.js'
import type { OutboxJob } from '../outbox/outbox.js'
import { duration } from './relative-time.js'

/** Jobs read per status for the per-connection counts (beyond it the counts say "at least"). */
export const OUTBOX_SCAN_LIMIT = 1000
export const WEBHOOK_SCAN_LIMIT = 200

export interface DeadJob { id: number, op: string, attempts: number, lastError: string | null, updatedAt: Date }

export interface ConnectionOutbox {
  pending: number
  dead: number
  oldestPendingAt: Date | null
  /** The newest dead jobs (at most 5), for "Retry". */
  deadJobs: DeadJob[]
}

export interface OutboxSummary {
  stats: JobStats
  byConnection: Map<string, ConnectionOutbox>
  /** Some status had more jobs than were read: per-connection counts are lower bounds. */
  truncated: boolean
}

export interface WebhookSummary {
  type: string
  locationId: string | null
  receivedAt: Date
  status: string | null
  error: string | null
}

/** The parts of `fastify.ghl.outbox` the page reads. */
export interface OutboxReader {
  list: (opts: { status?: 'pending' | 'dead', locationId?: string, limit?: number }) => Promise<OutboxJob[]>
  stats: () => Promise<JobStats>
}

export async function readOutbox (outbox: OutboxReader): Promise<OutboxSummary | null> {
  let pending: OutboxJob[], dead: OutboxJob[], stats: JobStats
  try {
    [pending, dead, stats] = await Promise.all([
      outbox.list({ status: 'pending', limit: OUTBOX_SCAN_LIMIT }),
      outbox.list({ status: 'dead', limit: OUTBOX_SCAN_LIMIT }),
      outbox.stats()
    ])
  } catch {
    return null
  }
  const byConnection = new Map<string, ConnectionOutbox>()
  const of = (id: string): ConnectionOutbox => {
    let entry = byConnection.get(id)
    if (entry === undefined) byConnection.set(id, entry = { pending: 0, dead: 0, oldestPendingAt: null, deadJobs: [] })
    return entry
  }
  for (const job of pending) {
    const entry = of(job.locationId)
    entry.pending++
    if (entry.oldestPendingAt === null || job.createdAt < entry.oldestPendingAt) entry.oldestPendingAt = job.createdAt
  }
  for (const job of dead) {
    const entry = of(job.locationId)
    entry.dead++
    entry.deadJobs.push({ id: job.id, op: job.op, attempts: job.attempts, lastError: job.lastError, updatedAt: job.updatedAt })
  }
  for (const entry of byConnection.values()) entry.deadJobs = entry.deadJobs.sort((a, b) => b.id - a.id).slice(0, 5)
  return { stats, byConnection, truncated: pending.length >= OUTBOX_SCAN_LIMIT || dead.length >= OUTBOX_SCAN_LIMIT }
}

/**
 * Beyond OUTBOX_SCAN_LIMIT jobs of a status the scan's per-connection counts are lower bounds: the rows on the page get
 * their exact counts and oldest age from the outbox's per-location stats (one indexed query each, in parallel).
 */
export async function exactOutboxCounts (rows: Array<{ connection: string, outbox: { pending: number, dead: number, oldest: string } | null }>,
  outbox: { stats: (opts: { locationId?: string }) => Promise<JobStats> }): Promise<void> {
  await Promise.all(rows.map(async (row) => {
    if (row.outbox === null) return
    const stats = await outbox.stats({ locationId: row.connection }).catch(() => undefined)
    if (stats === undefined) return
    row.outbox.pending = stats.pending
    row.outbox.dead = stats.dead
    row.outbox.oldest = stats.oldestPendingSeconds > 0 ? duration(stats.oldestPendingSeconds * 1000) : '—'
  }))
}

/** A webhook log as stores may offer it: `store.webhooks().list({ limit })`, newest first. */
interface WebhookLog {
  list: (opts: { limit?: number }) => Promise<Array<{ type: string, locationId?: string | null, payload?: unknown, receivedAt: Date, status?: string | null, error?: string | null }>>
}

function webhookLogOf (store: TokenStore): WebhookLog | undefined {
  const factory = (store as { webhooks?: () => unknown }).webhooks
  if (typeof factory !== 'function') return undefined
  const log = factory.call(store) as Partial<WebhookLog> | undefined
  return typeof log?.list === 'function' ? log as WebhookLog : undefined
}

/** The last webhooks received, newest first; null when the store keeps no readable log. Never a payload. */
export async function readWebhooks (store: TokenStore, limit = WEBHOOK_SCAN_LIMIT): Promise<WebhookSummary[] | null> {
  const log = webhookLogOf(store)
  if (log === undefined) return null
  try {
    const rows = await log.list({ limit })
    return rows.map((row) => {
      const payload = row.payload as { locationId?: unknown } | null | undefined
      const fromPayload = typeof payload?.locationId === 'string' ? payload.locationId : null
      return { type: row.type, locationId: row.locationId ?? fromPayload, receivedAt: row.receivedAt, status: row.status ?? null, error: row.error ?? null }
    })
  } catch {
    return null
  }
}

export interface ConfigErrorTracker {
  /** This instance's last credential error per connection (GHL answered invalid_client), cleared by a refresh. */
  get: (connection: string) => { reason: string, at: number } | undefined
  close: () => void
}

/** Listens to this instance's events: `token:config_error` sets a connection's instance error, `token:refreshed` clears it. */
export function trackConfigErrors (events: GhlEventEmitter, now: () => number): ConfigErrorTracker {
  const errors = new Map<string, { reason: string, at: number }>()
  const onError = (e: { connection: string, reason: string }): void => {
    if (errors.size >= 10_000) errors.clear()
    errors.set(e.connection, { reason: e.reason, at: now() })
  }
  const onRefreshed = (e: { connection: string }): void => { errors.delete(e.connection) }
  events.on('token:config_error', onError)
  events.on('token:refreshed', onRefreshed)
  return {
    get: (connection) => errors.get(connection),
    close: () => {
      events.off('token:config_error', onError)
      events.off('token:refreshed', onRefreshed)
    }
  }
}

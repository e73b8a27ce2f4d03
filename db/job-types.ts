// The contract of the durable job queue (db/job-store.ts), shared with lib/outbox/.

export type JobStatus = 'pending' | 'in_flight' | 'delivered' | 'dead'
export const JOB_STATUSES: readonly JobStatus[] = ['pending', 'in_flight', 'delivered', 'dead']
export const DEFAULT_QUEUE = 'outbox'
/** NOTIFY channel of the queue: distinct from the token store's. */
export const JOBS_CHANNEL = 'fastify_ghl_jobs'

export interface NewJob {
  /** Default 'outbox'. */
  queue?: string
  op: string
  key: string
  /** Default: the key (the job is alone in its group). */
  group?: string
  connection: string
  payload: unknown
  maxAttempts: number
  /** Not before this. Default now. */
  runAt?: Date
}

export interface JobRow {
  id: number
  queue: string
  op: string
  key: string
  groupKey: string
  connection: string
  payload: unknown
  status: JobStatus
  attempts: number
  maxAttempts: number
  runAt: Date
  lockedUntil: Date | null
  lockedBy: string | null
  parkedReason: string | null
  lastError: string | null
  result: unknown
  createdAt: Date
  updatedAt: Date
  deliveredAt: Date | null
}

export interface Enqueued {
  id: number
  key: string
  status: JobStatus
  /** false: a job with this key existed already (it is returned). */
  created: boolean
}

export interface JobStats {
  pending: number
  inFlight: number
  delivered: number
  dead: number
  /** Pending jobs waiting without burning attempts (breaker open, re-authorization…). */
  parked: number
  /** Pending jobs not due yet (a later runAt, a paced backfill, a retry's backoff), parked ones aside. */
  scheduled: number
  /** Age of the oldest pending job (a never-tried one from when it became due), 0 when none. */
  oldestPendingSeconds: number
}

export interface ClaimOptions {
  queue?: string
  /** Who claims (an instance id), written to locked_by. */
  worker: string
  limit: number
  leaseMs: number
  /** Connections not to claim now (parked fleet-wide). */
  skip?: readonly string[]
}

/** What relays tell each other on the queue's channel besides "jobs enqueued" (whose payload is the queue's name). */
export type QueueSignal =
  | { type: 'park', queue: string, connection: string, delayMs: number, reason: string }
  | { type: 'resume', queue: string, connection: string }

/** A message of the queue's channel: a queue name (jobs enqueued there) or a signal. Null: not ours / malformed. */
export function parseQueueMessage (payload: string): { type: 'wake', queue: string } | QueueSignal | null {
  if (!payload.startsWith('{')) return { type: 'wake', queue: payload }
  try {
    const m = JSON.parse(payload) as Record<string, unknown>
    if (typeof m.queue !== 'string' || typeof m.connection !== 'string') return null
    if (m.type === 'resume') return { type: 'resume', queue: m.queue, connection: m.connection }
    if (m.type === 'park' && typeof m.delayMs === 'number' && Number.isFinite(m.delayMs)) {
      return { type: 'park', queue: m.queue, connection: m.connection, delayMs: m.delayMs, reason: String(m.reason ?? '') }
    }
    return null
  } catch {
    return null
  }
}

export interface ListOptions {
  queue?: string
  status?: JobStatus
  connection?: string
  /** Default 100, at most 1000. */
  limit?: number
}

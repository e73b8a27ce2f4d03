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
  /** Age of the oldest pending job, 0 when none. */
  oldestPendingSeconds: number
}

export interface ClaimOptions {
  queue?: string
  /** Who claims (an instance id), written to locked_by. */
  worker: string
  limit: number
  leaseMs: number
}

export interface ListOptions {
  queue?: string
  status?: JobStatus
  connection?: string
  /** Default 100, at most 1000. */
  limit?: number
}

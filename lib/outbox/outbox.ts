// `fastify.ghl.outbox`: the writes a signup flow makes, durable. Each call stores a job (in the host's transaction
// with `tx`) and returns once it is stored; the relay on any instance delivers it. Keys make enqueueing idempotent,
// groups keep the steps of one contact in order. Parked jobs are woken when their connection works again.
import type { HostTx, JobStore } from '../../db/job-store.js'
import { DEFAULT_QUEUE, type JobRow, type JobStats, type JobStatus } from '../../db/job-types.js'
import type { OutboxSettings } from '../config-outbox.js'
import { GhlConfigError, GhlOutboxTimeoutError, GhlValidationError } from '../errors.js'
import type { GhlEventEmitter, GhlEvents } from '../events.js'
import type { GhlLogger } from '../logger.js'
import type { UpsertContactInput } from '../resources/contact-types.js'
import { DEFAULT_SIGNUP_TAGS, type SignupUser, type SyncSignupOptions } from '../resources/sync-signup.js'
import { resumeParkedOnRecovery } from './resume-parked.js'
import { prepareAddTags, prepareRequest, prepareSyncSignup, prepareUpsertContact, type ContactRef, type OutboxRequest, type PreparedJob } from './ops.js'

const DEFAULT_WAIT_MS = 30_000
const WAIT_POLL_MS = 250
const MAX_KEY_LENGTH = 1000

export interface EnqueueOptions {
  /** Idempotency key: the same key twice is one job. Default: derived from the op (see README). */
  key?: string
  /** Ordering group: jobs of one group are delivered one at a time, in order. Default: the contact's (or the key). */
  group?: string
  /** The host's transaction: a pg.PoolClient inside BEGIN, a drizzle transaction (pg or PGlite), a PGlite transaction. */
  tx?: HostTx
  /** Target location; default the user's/body's locationId, else the plugin's locationId. */
  locationId?: string
  /** Attempts before dead. Default options.outbox.maxAttempts. */
  maxAttempts?: number
  /** Not before this time. */
  runAt?: Date
}

export interface Enqueued {
  id: number
  key: string
  status: JobStatus
  /** false: a job with this key existed already (it is the one returned; nothing new was stored). */
  created: boolean
}

/** A job as the host sees it. */
export interface OutboxJob {
  id: number
  key: string
  op: string
  group: string
  locationId: string
  status: JobStatus
  attempts: number
  maxAttempts: number
  runAt: Date
  /** Why it waits without burning attempts, while it does. */
  parkedReason: string | null
  lastError: string | null
  result: unknown
  payload: unknown
  createdAt: Date
  updatedAt: Date
  deliveredAt: Date | null
}

export interface OutboxParts {
  jobs: JobStore | undefined
  settings: OutboxSettings
  defaultConnection: string | undefined
  signupTags?: Readonly<Record<string, readonly string[]>>
  events: GhlEventEmitter
  log: GhlLogger
}

export function toOutboxJob (row: JobRow): OutboxJob {
  return {
    id: row.id,
    key: row.key,
    op: row.op,
    group: row.groupKey,
    locationId: row.connection,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    runAt: row.runAt,
    parkedReason: row.parkedReason,
    lastError: row.lastError,
    result: row.result,
    payload: row.payload,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deliveredAt: row.deliveredAt
  }
}

function checkText (value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value === '' || value.length > MAX_KEY_LENGTH) throw new GhlValidationError(`${option} must be a non-empty string of at most ${MAX_KEY_LENGTH} characters`)
  return value
}

export function createOutbox (parts: OutboxParts) {
  const { settings, events, log } = parts
  const tags = parts.signupTags ?? DEFAULT_SIGNUP_TAGS

  function store (): JobStore {
    if (parts.jobs === undefined) throw new GhlConfigError('the outbox needs the built-in store (options.db is a TokenStore without jobs())')
    return parts.jobs
  }

  function connectionFor (opts: EnqueueOptions, fromInput: unknown): string {
    const connection = opts.locationId ?? (typeof fromInput === 'string' && fromInput !== '' ? fromInput : undefined) ?? parts.defaultConnection
    if (connection === undefined) throw new GhlValidationError('no location for this job: pass { locationId } or set options.locationId')
    return connection
  }

  async function enqueue (prepared: PreparedJob, connection: string, opts: EnqueueOptions): Promise<Enqueued> {
    if (opts.tx !== undefined && (opts.tx === null || typeof opts.tx !== 'object')) throw new GhlValidationError('tx must be a pg client, a drizzle transaction or a PGlite transaction')
    const maxAttempts = opts.maxAttempts ?? settings.maxAttempts
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new GhlValidationError('maxAttempts must be a positive integer')
    if (opts.runAt !== undefined && !(opts.runAt instanceof Date && Number.isFinite(opts.runAt.getTime()))) throw new GhlValidationError('runAt must be a valid Date')
    const key = checkText(opts.key, 'key') ?? prepared.key
    // An op alone in its group (request) follows a custom key; a contact's ops share the contact's group.
    const group = checkText(opts.group, 'group') ?? (prepared.group === prepared.key ? key : prepared.group)
    const { id, key: stored, status, created } = await store().enqueue({
      op: prepared.op, key, group, connection, payload: prepared.payload, maxAttempts, ...(opts.runAt === undefined ? {} : { runAt: opts.runAt })
    }, opts.tx)
    return { id, key: stored, status, created }
  }

  async function get (ref: number | { key: string }): Promise<OutboxJob | null> {
    const row = typeof ref === 'object' && ref !== null ? await store().getByKey(ref.key) : await store().get(Number(ref))
    return row === null ? null : toOutboxJob(row)
  }

  const stopResuming = parts.jobs === undefined ? () => {} : resumeParkedOnRecovery(parts.jobs, DEFAULT_QUEUE, events, log)

  return {
    /**
     * syncSignup, durable: `{ id, key, status }` once stored. Default key: location + signup type + lower-cased email.
     * The next steps of a direct syncSignup (`workflowId`, `opportunity`, `note`, `signupKey`) go in the same options.
     */
    syncSignup: async (user: SignupUser, signupType: string, opts: EnqueueOptions & SyncSignupOptions = {}): Promise<Enqueued> => {
      const connection = connectionFor(opts, (user as { locationId?: unknown } | null)?.locationId)
      const { workflowId, opportunity, note, signupKey } = opts
      const steps = Object.fromEntries(Object.entries({ workflowId, opportunity, note, signupKey }).filter(([, v]) => v !== undefined)) as SyncSignupOptions
      return await enqueue(prepareSyncSignup(connection, user, signupType, tags, Object.keys(steps).length === 0 ? undefined : steps), connection, opts)
    },
    /** contacts.upsert, durable (matched by email or phone, so a repeat converges). */
    upsertContact: async (body: UpsertContactInput, opts: EnqueueOptions = {}): Promise<Enqueued> => {
      const connection = connectionFor(opts, (body as { locationId?: unknown } | null)?.locationId)
      return await enqueue(prepareUpsertContact(connection, body), connection, opts)
    },
    /** contacts.addTags, durable; the contact by id or `{ email }`. */
    addTags: async (contact: ContactRef, tagList: readonly string[], opts: EnqueueOptions = {}): Promise<Enqueued> => {
      const connection = connectionFor(opts, undefined)
      return await enqueue(prepareAddTags(connection, contact, tagList), connection, opts)
    },
    /** Any call that is safe to repeat (`idempotent: true` required), durable. */
    request: async (call: OutboxRequest, opts: EnqueueOptions = {}): Promise<Enqueued> => {
      const connection = connectionFor(opts, undefined)
      return await enqueue(prepareRequest(connection, call), connection, opts)
    },
    get,
    list: async (opts: { status?: JobStatus, locationId?: string, limit?: number } = {}): Promise<OutboxJob[]> =>
      (await store().list({ status: opts.status, connection: opts.locationId, limit: opts.limit })).map(toOutboxJob),
    /** How many of these jobs are in each status (a backfill's progress); pruned ones are counted nowhere. */
    countStatuses: async (ids: readonly number[]): Promise<Record<JobStatus, number>> => await store().countStatuses(ids),
    /** A dead job back to pending with fresh attempts; null when there is no dead job with that id. */
    retry: async (id: number): Promise<OutboxJob | null> => {
      const row = await store().retry(Number(id))
      return row === null ? null : toOutboxJob(row)
    },
    /** Every dead job (of one location with `locationId`) back to pending with fresh attempts, in one statement; returns how many. */
    retryDead: async (opts: { locationId?: string } = {}): Promise<number> => await store().retryDead(undefined, opts.locationId),
    /** Exact counts, fleet-wide (every instance's jobs), or of one location's jobs. */
    stats: async (opts: { locationId?: string } = {}): Promise<JobStats> => await store().stats(undefined, opts.locationId),
    /** Resolves with the job once delivered or dead (on any instance); GHL_OUTBOX_TIMEOUT after timeoutMs (it stays queued). */
    wait: async (id: number, opts: { timeoutMs?: number } = {}): Promise<OutboxJob> => {
      const timeoutMs = opts.timeoutMs ?? DEFAULT_WAIT_MS
      const deadline = Date.now() + timeoutMs
      let wake: (() => void) | undefined
      const onEvent = (payload: GhlEvents['outbox:delivered']): void => { if (payload.id === id) wake?.() }
      events.on('outbox:delivered', onEvent)
      events.on('outbox:dead', onEvent)
      try {
        for (;;) {
          const job = await get(id)
          if (job === null) throw new GhlValidationError(`no outbox job with id ${String(id)}`)
          if (job.status === 'delivered' || job.status === 'dead') return job
          const left = deadline - Date.now()
          if (left <= 0) throw new GhlOutboxTimeoutError(String(id), job.status, timeoutMs)
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(WAIT_POLL_MS, left))
            wake = () => { clearTimeout(timer); resolve() }
          })
          wake = undefined
        }
      } finally {
        events.off('outbox:delivered', onEvent)
        events.off('outbox:dead', onEvent)
      }
    },
    /** Stops waking parked jobs on connection events. */
    close: (): void => { stopResuming() }
  }
}

export type Outbox = ReturnType<typeof createOutbox>

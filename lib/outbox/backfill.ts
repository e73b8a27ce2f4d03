// `fastify-ghl backfill FILE`, framework-free: users from a CSV or NDJSON file become outbox.syncSignup jobs (the same
// API as live signups), keyed so that a second run, or a run resumed after Ctrl-C, stores nothing twice; paced at a
// share of the location's rate budget (backfill-pace.ts); followed until delivered, with progress reports.
//
//   pass 1: read + map every record (count, invalid rows) ─▶ estimate ─▶ (dry run: stop)
//   pass 2: enqueue in file order, runAt one spacing apart ─▶ follow delivered / pending / dead until none waits
import type { Readable } from 'node:stream'
import type { JobStatus } from '../../db/job-types.js'
import { GhlValidationError } from '../errors.js'
import { readRecords, toSignup, type ColumnMapping, type InputFormat } from './backfill-input.js'
import { estimate, Pacer, spacingMs, type Estimate, type RateBudget } from './backfill-pace.js'
import type { Outbox } from './outbox.js'

const MAX_REPORTED_INVALID = 20
const CHECK_EVERY_MS = 250

export type BackfillOutbox = Pick<Outbox, 'syncSignup' | 'get' | 'countStatuses'>

export interface BackfillOptions {
  outbox: BackfillOutbox
  /** Opens the file (read twice: counted, then enqueued). */
  open: () => Readable
  format: InputFormat
  mapping: ColumnMapping
  /** The signup type of rows without a signupType column. */
  signupType: string
  locationId: string
  budget: RateBudget
  /** Of the budget, in (0, 1]. */
  share: number
  dryRun?: boolean
  /** Follow delivery until no job of the file waits (default true). */
  wait?: boolean
  /** Aborted (Ctrl-C): stop after the current row; what is queued stays queued. */
  signal?: AbortSignal
  onProgress?: (progress: BackfillProgress) => void
  /** Default 1000. */
  progressEveryMs?: number
}

export type BackfillPhase = 'enqueue' | 'deliver' | 'done' | 'interrupted'

export interface BackfillProgress {
  phase: BackfillPhase
  /** Rows that map to a signup. */
  total: number
  /** Rows handled by the enqueue pass so far. */
  read: number
  /** Jobs this run stored. */
  created: number
  /** Rows whose job was already queued or delivered (an earlier run). */
  existing: number
  invalid: number
  /** This file's jobs by status. */
  counts: Record<JobStatus, number>
  /** Rows a second (enqueue) or deliveries a second (deliver). */
  ratePerSecond: number
  /** Time left in this phase (deliver: until the last job is due and delivered). */
  etaMs: number
  elapsedMs: number
}

export interface BackfillResult extends BackfillProgress {
  estimate: Estimate
  /** The first invalid rows with their reason. */
  invalidRows: Array<{ line: number, reason: string }>
}

/** The key of a backfilled signup: not the live signup's, so a live signup is never held behind a paced backfill job. */
export function backfillKey (locationId: string, signupType: string, email: string): string {
  return `backfill:${locationId}:${signupType}:${email.trim().toLowerCase()}`
}

async function sleep (ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted === true) return
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms)
    function done (): void { clearTimeout(timer); signal?.removeEventListener('abort', done); resolve() }
    signal?.addEventListener('abort', done, { once: true })
  })
}

export async function runBackfill (o: BackfillOptions): Promise<BackfillResult> {
  if (!(o.share > 0 && o.share <= 1)) throw new GhlValidationError('share must be in (0, 1]')
  const every = o.progressEveryMs ?? 1000
  const aborted = (): boolean => o.signal?.aborted === true
  const started = Date.now()
  const invalidRows: BackfillResult['invalidRows'] = []
  const p: BackfillProgress = {
    phase: 'enqueue', total: 0, read: 0, created: 0, existing: 0, invalid: 0,
    counts: { pending: 0, in_flight: 0, delivered: 0, dead: 0 }, ratePerSecond: 0, etaMs: 0, elapsedMs: 0
  }
  const invalid = (line: number, reason: string): void => {
    p.invalid++
    if (invalidRows.length < MAX_REPORTED_INVALID) invalidRows.push({ line, reason })
  }

  for await (const { line, record } of readRecords(o.open(), o.format)) {
    try {
      toSignup(record, o.mapping)
      p.total++
    } catch (err) {
      invalid(line, (err as Error).message)
    }
  }
  const plan = estimate(p.total, o.budget, o.share)
  const result = (): BackfillResult => ({ ...p, counts: { ...p.counts }, elapsedMs: Date.now() - started, estimate: plan, invalidRows })
  if (o.dryRun === true) {
    p.phase = 'done'
    return result()
  }

  const ids: number[] = []
  const pacer = new Pacer(spacingMs(o.budget, o.share))
  const enqueueStarted = Date.now()
  let lastReport = 0
  const report = async (force = false): Promise<void> => {
    const now = Date.now()
    if (!force && now - lastReport < every) return
    lastReport = now
    p.counts = await o.outbox.countStatuses(ids)
    p.elapsedMs = now - started
    o.onProgress?.({ ...p, counts: { ...p.counts } })
  }
  for await (const { line, record } of readRecords(o.open(), o.format)) {
    if (aborted()) break
    let signup
    try {
      signup = toSignup(record, o.mapping)
    } catch {
      continue // counted by the first pass
    }
    const type = signup.signupType ?? o.signupType
    const key = backfillKey(o.locationId, type, signup.user.email)
    const at = pacer.peek()
    let job
    try {
      job = await o.outbox.syncSignup(signup.user, type, { key, group: key, locationId: o.locationId, runAt: at })
    } catch (err) {
      if (!(err instanceof GhlValidationError)) throw err
      invalid(line, err.message)
      continue
    }
    ids.push(job.id)
    p.read++
    if (job.created) {
      p.created++
      pacer.take(at)
    } else {
      p.existing++
      const earlier = job.status === 'pending' ? await o.outbox.get(job.id) : null
      if (earlier !== null) pacer.after(earlier.runAt)
    }
    const seconds = (Date.now() - enqueueStarted) / 1000
    p.ratePerSecond = seconds > 0 ? p.read / seconds : 0
    p.etaMs = p.ratePerSecond > 0 ? ((p.total - p.read) / p.ratePerSecond) * 1000 : 0
    await report()
  }
  if (aborted()) {
    p.phase = 'interrupted'
    p.etaMs = 0
    await report(true)
    return result()
  }
  if (o.wait === false) {
    p.phase = 'done'
    await report(true)
    return result()
  }

  p.phase = 'deliver'
  lastReport = 0
  const deliverStarted = Date.now()
  let firstDelivered = -1
  for (;;) {
    p.counts = await o.outbox.countStatuses(ids)
    const waiting = p.counts.pending + p.counts.in_flight
    if (firstDelivered < 0) firstDelivered = p.counts.delivered
    const seconds = (Date.now() - deliverStarted) / 1000
    p.ratePerSecond = seconds > 0 ? (p.counts.delivered - firstDelivered) / seconds : 0
    p.etaMs = p.ratePerSecond > 0 ? (waiting / p.ratePerSecond) * 1000 : waiting * pacer.spacing
    if (waiting === 0) break
    if (Date.now() - lastReport >= every) {
      lastReport = Date.now()
      p.elapsedMs = lastReport - started
      o.onProgress?.({ ...p, counts: { ...p.counts } })
    }
    // Counted more often than reported, so the command ends soon after the last delivery.
    await sleep(Math.min(every, CHECK_EVERY_MS), o.signal)
    if (aborted()) {
      p.phase = 'interrupted'
      return result()
    }
  }
  p.phase = 'done'
  p.etaMs = 0
  o.onProgress?.({ ...p, counts: { ...p.counts }, elapsedMs: Date.now() - started })
  return result()
}

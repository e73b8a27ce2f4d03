// The relay: claims due jobs (fairly, under a lease), delivers them, and records the outcome. One runs on every
// instance; any instance delivers any job, and a job held by an instance that died is taken over when its lease
// runs out. Woken by NOTIFY when a job is enqueued (no polling delay), with a polling fallback that also expires
// leases and prunes old deliveries.
//
//   NOTIFY / poll / a slot frees ─▶ claim(free slots) ─▶ deliver ─▶ complete (delivered + lease released, one statement)
//                                                              └─▶ classify: retry (backoff) · park (no attempt) · dead
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { parseQueueMessage, type JobRow } from '../../db/job-types.js'
import type { JobStore } from '../../db/job-store.js'
import type { OutboxSettings } from '../config-outbox.js'
import type { GhlEventEmitter, OutboxJobEvent } from '../events.js'
import type { GhlLogger } from '../logger.js'
import { backoffMs, classify } from './classify.js'

/** Delivered jobs are pruned about this often (by whichever instance gets there). */
const PRUNE_EVERY_MS = 3_600_000
/** A job parked for an open breaker whose reopening time is unknown (half-open probe in flight) looks again after this. */
const BREAKER_RECHECK_MS = 1000

export interface RelayParts {
  jobs: JobStore
  /** Performs the job's op through the client; resolves with the result to store. */
  deliver: (job: JobRow) => Promise<unknown>
  /** When the connection's breaker lets a call through again (epoch ms), or null when unknown / closed. */
  breakerReopensAt: (connection: string) => number | null
  settings: OutboxSettings
  events: GhlEventEmitter
  log: GhlLogger
  queue?: string
  /** Written to locked_by. Default host:pid:random. */
  worker?: string
  random?: () => number
}

export interface Relay {
  readonly worker: string
  start: () => Promise<void>
  /** Stops claiming, waits for deliveries in flight (up to stopTimeoutMs), hands the rest back. */
  stop: () => Promise<void>
  /** Claims now (also what NOTIFY does). */
  wake: () => void
  inFlight: () => number
}

export function createRelay (parts: RelayParts): Relay {
  const { jobs, settings, events, log } = parts
  const queue = parts.queue ?? 'outbox'
  const worker = parts.worker ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
  const random = parts.random ?? Math.random
  const lease = { worker, leaseMs: settings.leaseMs }
  const inFlight = new Map<number, Promise<void>>()
  let running = false
  let pumping: Promise<void> | undefined
  let again = false
  let subscription: { close: () => Promise<void> } | undefined
  const timers: NodeJS.Timeout[] = []
  let lastPrune = 0
  /** Connections parked fleet-wide (this instance's parks and the others', heard by NOTIFY): not claimed until then. */
  const parkedUntil = new Map<string, number>()

  function skipped (): string[] {
    const now = Date.now()
    for (const [connection, until] of parkedUntil) if (until <= now) parkedUntil.delete(connection)
    return [...parkedUntil.keys()]
  }

  function parkLocally (connection: string, delayMs: number): void {
    const until = Date.now() + delayMs
    if ((parkedUntil.get(connection) ?? 0) < until) parkedUntil.set(connection, until)
  }

  function onMessage (payload: string): void {
    const message = parseQueueMessage(payload)
    if (message === null || message.queue !== queue) return
    if (message.type === 'park') {
      parkLocally(message.connection, message.delayMs)
      return
    }
    if (message.type === 'resume') parkedUntil.delete(message.connection)
    pump()
  }

  const describe = (job: JobRow, error?: string): OutboxJobEvent =>
    ({ id: job.id, key: job.key, op: job.op, connection: job.connection, attempts: job.attempts, ...(error === undefined ? {} : { error }) })

  async function settle (job: JobRow, outcome: { ok: true, value: unknown } | { ok: false, err: unknown }): Promise<void> {
    if (outcome.ok) {
      const done = await jobs.complete(job.id, outcome.value)
      if (done !== null) events.emit('outbox:delivered', describe(done))
      return
    }
    const verdict = classify(outcome.err)
    if (verdict.action === 'park') {
      const reopens = verdict.until === 'breaker' ? parts.breakerReopensAt(job.connection) : null
      const delayMs = verdict.until === 'recheck' ? settings.recheckMs : Math.max(100, reopens === null ? BREAKER_RECHECK_MS : reopens - Date.now())
      const parked = await jobs.park(job.id, worker, verdict.reason, delayMs)
      // The connection's other due jobs wait too, instead of being claimed one by one to learn the same thing, and
      // every relay of the fleet skips the connection meanwhile (jobs enqueued later included).
      parkLocally(job.connection, delayMs)
      await jobs.parkConnection(job.connection, verdict.reason, delayMs, queue)
      await jobs.announcePark(job.connection, verdict.reason, delayMs, queue)
      if (parked !== null) events.emit('outbox:parked', { ...describe(parked, verdict.reason), error: verdict.reason, delayMs })
      return
    }
    if (verdict.action === 'dead') {
      const dead = await jobs.fail(job.id, worker, verdict.reason, 0, true)
      if (dead !== null) events.emit('outbox:dead', { ...describe(dead, verdict.reason), error: verdict.reason })
      return
    }
    const delayMs = Math.max(verdict.minDelayMs ?? 0, backoffMs(job.attempts, settings.backoff, random))
    const failed = await jobs.fail(job.id, worker, verdict.reason, delayMs)
    if (failed === null) return
    if (failed.status === 'dead') events.emit('outbox:dead', { ...describe(failed, verdict.reason), error: `${verdict.reason} (after ${failed.attempts} attempts)` })
    else events.emit('outbox:retry', { ...describe(failed, verdict.reason), error: verdict.reason, delayMs })
  }

  function run (job: JobRow): void {
    const task = (async () => {
      let outcome: { ok: true, value: unknown } | { ok: false, err: unknown }
      try {
        outcome = { ok: true, value: await parts.deliver(job) }
      } catch (err) {
        outcome = { ok: false, err }
      }
      try {
        await settle(job, outcome)
      } catch (err) {
        // The outcome could not be recorded (database down): the lease runs out and the job is delivered again
        // (convergent), never lost.
        log.warn({ err: (err as Error).message, job: job.id }, 'fastify-ghl outbox: recording a delivery outcome failed; the job will be retried after its lease')
      }
    })().finally(() => {
      inFlight.delete(job.id)
      pump()
    })
    inFlight.set(job.id, task)
  }

  // A busy relay claims once a quarter of its slots are free, not once per finished job: one claim statement then
  // serves several jobs (claims are serial per instance, and each walks the connections with pending work).
  const minBatch = Math.max(1, Math.floor(settings.concurrency / 4))

  async function claimLoop (): Promise<void> {
    while (running) {
      const free = settings.concurrency - inFlight.size
      if (free <= 0 || (inFlight.size > 0 && free < minBatch)) return
      const claimed = await jobs.claim({ queue, worker, limit: free, leaseMs: lease.leaseMs, skip: skipped() })
      for (const job of claimed) {
        if (running) run(job)
      }
      if (claimed.length < free) return
    }
  }

  /** One claim loop at a time; a wake-up during it runs another pass after it. */
  function pump (): void {
    if (!running) return
    if (pumping !== undefined) {
      again = true
      return
    }
    again = false
    pumping = claimLoop()
      .catch((err: unknown) => { log.warn({ err: (err as Error).message }, 'fastify-ghl outbox: claiming jobs failed; retrying at the next poll') })
      .finally(() => {
        pumping = undefined
        if (again) pump()
      })
  }

  async function poll (): Promise<void> {
    if (!running) return
    try {
      for (const job of await jobs.expireLeases(queue)) {
        const error = job.lastError ?? 'lease expired'
        if (job.status === 'dead') events.emit('outbox:dead', { ...describe(job, error), error })
        else events.emit('outbox:retry', { ...describe(job, error), error, delayMs: 0 })
      }
      if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = Date.now()
        const pruned = await jobs.prune(new Date(Date.now() - settings.retentionMs), queue)
        if (pruned > 0) log.info({ pruned }, 'fastify-ghl outbox: pruned delivered jobs past retention')
      }
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'fastify-ghl outbox: lease expiry check failed')
    }
    pump()
  }

  async function renew (): Promise<void> {
    if (!running || inFlight.size === 0) return
    try {
      await jobs.renew([...inFlight.keys()], worker, lease.leaseMs)
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'fastify-ghl outbox: renewing leases failed')
    }
  }

  function every (ms: number, fn: () => Promise<void>): void {
    const timer = setInterval(() => { void fn() }, ms)
    timer.unref()
    timers.push(timer)
  }

  return {
    worker,
    async start () {
      if (running) return
      running = true
      subscription = await jobs.subscribe(onMessage)
      // Parks announced before this instance listened.
      try {
        for (const p of await jobs.parkedConnections(queue)) parkLocally(p.connection, p.delayMs)
      } catch (err) {
        log.warn({ err: (err as Error).message }, 'fastify-ghl outbox: reading parked connections failed; their jobs are skipped once claimed')
      }
      // Spread first prunes over the fleet.
      lastPrune = Date.now() - Math.floor(random() * PRUNE_EVERY_MS)
      every(settings.pollMs, poll)
      every(Math.max(100, Math.floor(lease.leaseMs / 3)), renew)
      pump()
    },
    async stop () {
      if (!running) return
      running = false
      for (const timer of timers) clearInterval(timer)
      timers.length = 0
      await subscription?.close().catch(() => {})
      await pumping
      if (inFlight.size > 0) {
        let timer: NodeJS.Timeout | undefined
        const deadline = new Promise<void>((resolve) => { timer = setTimeout(resolve, settings.stopTimeoutMs) })
        await Promise.race([Promise.allSettled([...inFlight.values()]), deadline])
        clearTimeout(timer)
      }
      if (inFlight.size > 0) {
        const left = [...inFlight.keys()]
        log.warn({ jobs: left.length }, 'fastify-ghl outbox: deliveries still running at close; handing them back to the queue')
        await jobs.release(left, worker).catch((err: unknown) => {
          log.warn({ err: (err as Error).message }, 'fastify-ghl outbox: handing jobs back failed; their leases will expire')
        })
      }
    },
    wake: pump,
    inFlight: () => inFlight.size
  }
}

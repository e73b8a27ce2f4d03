// The fleet's rate budget of one connection, as seen by one instance: every instance of the host leases request slots
// from the connection's row in Postgres (db/rate-budget-store.ts), a batch at a time, so that together they stay under
// GHL's burst limit while a lone busy instance can still take the whole budget.
//
//   acquire ─▶ a leased slot left? go ─▶ far below the budget (GHL's own X-RateLimit-Remaining says so)? go, unleased
//          └─▶ queue (each call only as long as its own budget allows) ─▶ one lease for the whole queue (one statement)
//
// Cheap on the hot path: at low traffic calls go unleased (reported to the table with the next lease), so there is no
// database round trip at all; at the limit one lease serves a whole queue. A slot is booked on the database clock in
// buckets of windowMs / 100: usable until the end of its bucket, booked for one GHL window plus a latency margin (the
// longest recent call) after that, so any window GHL counts (sliding or fixed) holds at most `max` of the fleet's
// requests. A 429 pauses the connection for the whole instance and, through the table and NOTIFY, for every peer.
// When the database cannot be reached, calls fall back to this instance's own limiter (rate-limiter.ts).
import type { Lease, RateBudgetStore } from '../../db/rate-budget-store.js'
import type { GhlLogger } from '../logger.js'
import { RateLimiter, type RateLimitSettings, type RateLimitState, type ResponseHeaders } from './rate-limiter.js'
import { WaitQueue } from './rate-wait-queue.js'
import { BATCH_SHARE, BATCH_WAIT_SHARE, BUCKETS_PER_WINDOW, DEGRADED_MS, MAX_MARGIN_SHARE, MIN_VALID_BUCKET_SHARE, MIN_VALID_ROUND_TRIPS, MISS_BACKOFF_SHARE } from './fleet-limiter-tuning.js'

export { BUCKETS_PER_WINDOW } from './fleet-limiter-tuning.js'

export interface FleetLimiterParts {
  store: RateBudgetStore
  connection: string
  settings: RateLimitSettings
  log: GhlLogger
  /** Called when calls start to queue, with the expected wait. */
  onLimited?: (waitMs: number) => void
  /** The error a queued call fails with when its wait would exceed what it may wait. */
  tooLong: (waitMs: number) => Error
  now?: () => number
  random?: () => number
}

export class FleetLimiter {
  readonly enabled = true
  readonly #store: RateBudgetStore
  readonly #connection: string
  readonly #max: number
  readonly #windowMs: number
  readonly #bucketMs: number
  /** Buckets a slot stays booked after its own: one GHL window. */
  readonly #buckets: number
  /** Least latency margin (ms): the per-process limiter's (1 % of the window, within [10, 100] ms). */
  readonly #minMarginMs: number
  /** The longest call of this instance in this window and the one before (ms): how late after its send GHL may count a request. */
  #longest = 0
  #longestBefore = 0
  #longestSince = 0
  /** Unleased calls allowed per window while GHL reports the budget far from spent. */
  readonly #freePerWindow: number
  readonly #log: GhlLogger
  readonly #onLimited: ((waitMs: number) => void) | undefined
  readonly #tooLong: (waitMs: number) => Error
  readonly #now: () => number
  /** This instance's own limiter: GHL's headers, and the calls while the database cannot be reached. */
  readonly local: RateLimiter

  /** Slots leased and not used yet, valid until #leaseUntil (monotonic). */
  #leased = 0
  #leaseUntil = 0
  /** Send times of this instance's recent calls (monotonic), a ring of `max`. */
  readonly #sent: Float64Array
  #sentCount = 0
  /** Send times of this instance's unleased calls (monotonic), a ring of #freePerWindow; those from #reported on are not booked yet. */
  readonly #freeSent: Float64Array
  #freeCount = 0
  #reported = 0
  #freeInFlight = 0
  #inFlight = 0
  /** Calls holding a slot of the local limiter (degraded mode). */
  #localHeld = 0
  #blockedUntil = 0
  #degradedUntil = 0
  #observedAt = -Infinity
  #leasing = false
  #limitedSaid = false
  /** Leases in a row that got nothing. */
  #misses = 0
  readonly #random: () => number
  /** Smoothed duration of a lease round trip (ms). */
  #roundTripMs = 20
  /** No lease before this (the window is full until then). */
  #nextLeaseAt = 0
  readonly #queue = new WaitQueue()
  #timer: NodeJS.Timeout | null = null
  #timerAt = 0
  #closed: Error | null = null
  /** Leases made (for status and the benchmarks). */
  leases = 0

  constructor (parts: FleetLimiterParts) {
    const { settings } = parts
    this.#store = parts.store
    this.#connection = parts.connection
    this.#max = settings.max
    this.#windowMs = settings.windowMs
    this.#bucketMs = Math.max(1, Math.ceil(settings.windowMs / BUCKETS_PER_WINDOW))
    this.#minMarginMs = settings.marginMs ?? Math.min(100, Math.max(10, Math.round(settings.windowMs * 0.01)))
    this.#buckets = Math.ceil(settings.windowMs / this.#bucketMs) + 1
    this.#freePerWindow = Math.max(1, Math.floor(settings.max / 10))
    this.#log = parts.log
    this.#onLimited = parts.onLimited
    this.#tooLong = parts.tooLong
    this.#now = parts.now ?? (() => performance.now())
    this.#random = parts.random ?? Math.random
    this.#sent = new Float64Array(settings.max)
    this.#freeSent = new Float64Array(this.#freePerWindow)
    this.local = new RateLimiter(settings, this.#now, undefined, parts.tooLong)
  }

  /** A slot: undefined when free now, else a promise (rejected with `tooLong` by a pause past `maxWaitMs`); release() it. */
  acquire (maxWaitMs = Infinity): Promise<void> | undefined {
    if (this.#closed !== null) return Promise.reject(this.#closed)
    const now = this.#now()
    const empty = this.#queue.empty
    if (now < this.#degradedUntil && empty) return this.#viaLocal(maxWaitMs)
    if (empty && now >= this.#blockedUntil) {
      if (this.#leased > 0 && now < this.#leaseUntil) {
        this.#leased--
        this.#go(now)
        return undefined
      }
      if (this.#mayGoUnleased(now)) {
        this.#freeSent[this.#freeCount % this.#freeSent.length] = now
        this.#freeCount++
        this.#freeInFlight++
        this.#go(now)
        return undefined
      }
    }
    if (this.#blockedUntil - now > maxWaitMs) return Promise.reject(this.#tooLong(Math.ceil(this.#blockedUntil - now)))
    return this.#enqueue(now, maxWaitMs)
  }

  release (durationMs?: number): void {
    const now = this.#now()
    if (durationMs !== undefined) {
      if (now - this.#longestSince > this.#windowMs) {
        this.#longestBefore = now - this.#longestSince > 2 * this.#windowMs ? 0 : this.#longest
        this.#longest = 0
        this.#longestSince = now
      }
      if (durationMs > this.#longest) this.#longest = durationMs
    }
    this.#inFlight--
    if (this.#freeInFlight > 0) this.#freeInFlight--
    if (this.#localHeld > 0) {
      this.#localHeld--
      this.local.release()
    }
  }

  #go (now: number): void {
    this.#inFlight++
    this.#sent[this.#sentCount % this.#sent.length] = now
    this.#sentCount++
  }

  /** This instance's sends within the last window (at most `max`). */
  #sentWithin (now: number): number {
    const len = this.#sent.length
    const n = Math.min(this.#sentCount, len)
    let lo = this.#sentCount - n
    let hi = this.#sentCount
    const since = now - this.#windowMs
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.#sent[mid % len] > since) hi = mid
      else lo = mid + 1
    }
    return this.#sentCount - lo
  }

  // Far below the budget: under a tenth of it sent here in the window, GHL's last answer (in it) left half, and no other
  // unleased call of this instance awaits its answer (peers see unleased calls only once reported: a fleet starting a
  // burst at once would otherwise each send a tenth of the budget before any answer says the budget is going).
  #mayGoUnleased (now: number): boolean {
    if (this.#freeInFlight > 0) return false
    if (this.#sentCount >= this.#freePerWindow && this.#sent[(this.#sentCount - this.#freePerWindow) % this.#sent.length] > now - this.#windowMs) return false
    if (now - this.#observedAt > this.#windowMs) return false
    const remaining = this.local.serverRemaining
    return remaining !== null && remaining * 2 >= this.#max
  }

  #viaLocal (maxWaitMs: number): Promise<void> | undefined {
    const wait = this.local.acquire(maxWaitMs)
    if (wait === undefined) {
      this.#localHeld++
      this.#inFlight++
      return undefined
    }
    return wait.then(() => { this.#localHeld++; this.#inFlight++ })
  }

  #enqueue (now: number, maxWaitMs: number): Promise<void> {
    const first = this.#queue.empty
    const promise = this.#queue.push(now + maxWaitMs)
    // Said once per queueing episode, and only when the budget holds calls back (not for a lease's round trip).
    if (first) this.#limitedSaid = false
    if (first) this.#sayLimited(Math.max(this.#blockedUntil, this.#nextLeaseAt) - now)
    this.#pump()
    return promise
  }

  #sayLimited (waitMs: number): void {
    if (waitMs > 0 && !this.#limitedSaid) this.#onLimited?.(waitMs)
    if (waitMs > 0) this.#limitedSaid = true
  }

  /** Calls waiting for a slot. */
  get queued (): number { return this.#queue.size }

  #pump (): void {
    if (this.#closed !== null) return
    const now = this.#now()
    if (now < this.#blockedUntil) {
      if (!this.#queue.empty) this.#wakeAt(this.#blockedUntil)
      return
    }
    while (this.#leased > 0 && now < this.#leaseUntil && !this.#queue.empty) {
      this.#leased--
      this.#go(now)
      this.#queue.resolveNext()
    }
    if (this.#queue.empty || this.#leasing) return
    if (now < this.#degradedUntil) {
      this.#drainToLocal()
      return
    }
    if (now < this.#nextLeaseAt) {
      this.#wakeAt(this.#nextLeaseAt)
      return
    }
    void this.#lease(now)
  }

  #wakeAt (at: number): void {
    if (this.#timer !== null && this.#timerAt <= at) return
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timerAt = at
    this.#timer = setTimeout(() => {
      this.#timer = null
      this.#pump()
    }, Math.max(1, Math.ceil(at - this.#now())))
  }

  async #lease (started: number): Promise<void> {
    this.#leasing = true
    const queued = this.queued
    const demand = queued + this.#sentWithin(started)
    // Busy (half the budget or more): exactly what the queue needs, used at once. Below that: a quarter window's
    // worth, valid for a tenth of the window, so moderate traffic does not lease per call.
    const busy = demand * 2 >= this.#max
    const want = Math.min(this.#max, busy ? queued : Math.max(queued, Math.ceil(demand / 4)))
    const validBuckets = busy ? 0 : Math.floor(BUCKETS_PER_WINDOW / 10)
    const report = this.#unbooked(started)
    const reportedTo = this.#freeCount
    let lease: Lease
    try {
      lease = await this.#store.lease({
        connection: this.#connection,
        want,
        max: this.#max,
        bucketMs: this.#bucketMs,
        buckets: this.#buckets,
        validBuckets,
        minValidMs: Math.max(this.#bucketMs * MIN_VALID_BUCKET_SHARE, this.#roundTripMs * MIN_VALID_ROUND_TRIPS),
        holdBuckets: Math.ceil(Math.min(this.#windowMs * MAX_MARGIN_SHARE, Math.max(this.#minMarginMs, this.#longest, this.#longestBefore)) / this.#bucketMs),
        report,
        batch: Math.min(want, Math.ceil(this.#max * BATCH_SHARE)),
        ...this.#daily()
      })
    } catch (err) {
      this.#leasing = false
      this.#degradedUntil = this.#now() + DEGRADED_MS
      this.#log.warn({ connection: this.#connection, err: (err as Error).message }, 'fastify-ghl rate budget: leasing from the database failed; this instance limits itself for now')
      this.#pump()
      return
    }
    this.#leasing = false
    this.#reported = reportedTo
    this.leases++
    const now = this.#now()
    this.#roundTripMs = 0.8 * this.#roundTripMs + 0.2 * (now - started)
    this.#leased = lease.granted
    // The database read its clock after `started`: counting from `started` errs on the safe side.
    this.#leaseUntil = started + lease.validForMs
    if (lease.blockedForMs > 0) this.#pauseLocally(now, lease.blockedForMs)
    this.#misses = lease.granted === 0 && lease.blockedForMs === 0 ? this.#misses + 1 : 0
    // A peer took what was free: wait a little longer each time, at random, so peers do not all ask at once.
    const backoff = this.#random() * Math.min(this.#misses, 5) * this.#windowMs * MISS_BACKOFF_SHARE
    // Wait for a batch to free, unless that takes much longer than the first slot (small leftovers would idle).
    const one = lease.freeInMs ?? this.#bucketMs
    const batch = lease.batchFreeInMs ?? one
    const freeIn = batch - one <= this.#windowMs * BATCH_WAIT_SHARE ? batch : one
    this.#nextLeaseAt = lease.granted < want ? now + (lease.blockedForMs > 0 ? lease.blockedForMs : freeIn + backoff) : 0
    if (this.#nextLeaseAt > 0 && this.queued > lease.granted) this.#sayLimited(this.#nextLeaseAt - now)
    if (lease.dailyRemaining !== null && (this.local.dailyRemaining === null || lease.dailyRemaining < this.local.dailyRemaining)) {
      this.local.dailyRemaining = lease.dailyRemaining
      if (lease.dailyLimit !== null) this.local.dailyLimit = lease.dailyLimit
    }
    this.#pump()
  }

  /** Unleased sends within the last window not booked in the table yet. */
  #unbooked (now: number): number {
    let n = 0
    const len = this.#freeSent.length
    for (let i = Math.max(this.#reported, this.#freeCount - len); i < this.#freeCount; i++) {
      if (this.#freeSent[i % len] > now - this.#windowMs) n++
    }
    return n
  }

  #daily (): { daily?: { remaining: number, limit: number | null, at: number } } {
    const { dailyRemaining, dailyLimit, observedAt } = this.local
    if (dailyRemaining === null || observedAt === null) return {}
    return { daily: { remaining: dailyRemaining, limit: dailyLimit, at: observedAt } }
  }

  /** The database is out of reach: the queue goes through the local limiter, each call within its own deadline. */
  #drainToLocal (): void {
    for (let w = this.#queue.take(); w !== undefined; w = this.#queue.take()) {
      const waiter = w
      const wait = this.#viaLocal(waiter.deadline - this.#now())
      if (wait === undefined) waiter.go()
      else wait.then(() => { if (!waiter.go()) this.release() }, waiter.fail)
    }
  }

  /** Nobody on this instance sends for `ms`; queued calls whose budget ends before that fail now. */
  #pauseLocally (now: number, ms: number): void {
    this.local.block(ms)
    const until = now + ms
    if (until <= this.#blockedUntil) return
    this.#blockedUntil = until
    this.#queue.rejectBefore(until, () => this.#tooLong(Math.ceil(ms)))
  }

  observe (headers: ResponseHeaders): void {
    this.local.observe(headers)
    if (headers['x-ratelimit-remaining'] !== undefined) this.#observedAt = this.#now()
  }

  /** GHL answered 429: every call of this instance waits `waitMs`, and so does every peer (table + NOTIFY). */
  block (waitMs: number): void {
    const now = this.#now()
    // A wave of 429s is one pause, shared once: each write would push the fleet's pause end later.
    const shared = this.#blockedUntil >= now + waitMs - Math.max(this.#bucketMs, waitMs * 0.1)
    this.#pauseLocally(now, waitMs)
    if (shared) return
    this.#store.pause(this.#connection, waitMs).catch((err: unknown) => {
      this.#log.warn({ connection: this.#connection, err: (err as Error).message }, 'fastify-ghl rate budget: sharing a 429 pause failed')
    })
  }

  /** A peer's 429 pause, heard by NOTIFY. */
  heardPause (ms: number): void {
    this.#pauseLocally(this.#now(), ms)
    if (!this.#queue.empty) this.#wakeAt(this.#blockedUntil)
  }

  restOfWindow (intervalMs?: number | null): number {
    return intervalMs ?? this.local.serverIntervalMs ?? this.#windowMs
  }

  state (): RateLimitState {
    const now = this.#now()
    const local = this.local.state()
    return {
      ...local,
      enabled: true,
      fleet: true,
      max: this.#max,
      windowMs: this.#windowMs,
      remaining: Math.max(0, this.#max - this.#sentWithin(now)),
      leased: now < this.#leaseUntil ? this.#leased : 0,
      inFlight: this.#inFlight,
      queued: this.queued,
      blockedUntil: now < this.#blockedUntil ? Date.now() + (this.#blockedUntil - now) : null,
      leases: this.leases,
      degraded: now < this.#degradedUntil
    }
  }

  idle (): boolean {
    const now = this.#now()
    return this.#queue.empty && this.#inFlight === 0 && !this.#leasing && now >= this.#blockedUntil &&
      (this.#sentCount === 0 || this.#sent[(this.#sentCount - 1) % this.#sent.length] <= now - this.#windowMs) && this.local.idle()
  }

  close (err: Error): void {
    this.#closed = err
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    this.#queue.rejectAll(err)
    this.local.close(err)
  }
}

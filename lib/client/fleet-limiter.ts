// The fleet's rate budget of one connection, as seen by one instance: every instance of the host leases request slots
// from the connection's row in Postgres (db/rate-budget-store.ts), a batch at a time, so that together they stay under
// GHL's burst limit while a lone busy instance can still take the whole budget.
//
//   acquire ─▶ a leased slot left? go ─▶ far below the budget (GHL's own X-RateLimit-Remaining says so)? go, unleased
//          └─▶ queue (each call only as long as its own budget allows) ─▶ one lease for the whole queue (one statement;
//              the window full, it books the next slots to free, and the queue waits for them)
//
// Cheap on the hot path: at low traffic calls go unleased (reported to the table with the next lease), so there is no
// database round trip at all; at the limit one lease serves a whole queue. A slot is booked on the database clock in
// buckets of windowMs / 100: usable until the end of its bucket, booked for one GHL window plus a latency margin (the
// longest recent call) after that, so any window GHL counts (sliding or fixed) holds at most `max` of the fleet's
// requests. A lease never comes back empty-handed while the budget frees within AHEAD_WINDOWS: instances take turns
// instead of racing for each freed batch. A 429 pauses the connection for the whole instance and, through the table
// and NOTIFY, for every peer; a lease near a pause's end books slots from the end on (no second round trip after it).
// When the database cannot be reached, calls fall back to this instance's own limiter (rate-limiter.ts).
import type { Lease, RateBudgetStore } from '../../db/rate-budget-store.js'
import type { GhlLogger } from '../logger.js'
import { RateLimiter, type RateLimitSettings, type RateLimitState, type ResponseHeaders } from './rate-limiter.js'
import { WaitQueue } from './rate-wait-queue.js'
import { DecayingMax, FleetSends } from './fleet-sends.js'
import { DbClock } from './fleet-clock.js'
import { AHEAD_WINDOWS, BATCH_SHARE, BUCKETS_PER_WINDOW, DEGRADED_MS, LONGEST_HALF_LIFE_WINDOWS, MAX_MARGIN_SHARE, MIN_MARGIN_SHARE, MIN_VALID_BUCKET_SHARE, MIN_VALID_ROUND_TRIPS, MISS_BACKOFF_SHARE } from './fleet-limiter-tuning.js'

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
  /** Least latency margin (ms): slots booked ahead go the moment they free, so only this separates a batch from the
   *  one a window before, whose last requests may reach GHL tens of ms after their slot (learnt only once answered). */
  readonly #minMarginMs: number
  /** Unleased calls allowed per window while GHL reports the budget far from spent. */
  readonly #freePerWindow: number
  readonly #log: GhlLogger
  readonly #onLimited: ((waitMs: number) => void) | undefined
  readonly #tooLong: (waitMs: number) => Error
  readonly #now: () => number
  /** This instance's own limiter: GHL's headers, and the calls while the database cannot be reached. */
  readonly local: RateLimiter

  /** Slots leased and not used yet, valid from #leaseFrom until #leaseUntil (monotonic). */
  #leased = 0
  #leaseFrom = 0
  #leaseUntil = 0
  /** This instance's sends and the latency margin. */
  readonly #sends: FleetSends
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
  /** The database clock as seen from here. */
  readonly #dbClock = new DbClock()
  /** How late this instance's timers fired lately (ms): slots booked ahead must stay usable that much longer. */
  readonly #lateness: DecayingMax
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
    this.#minMarginMs = settings.marginMs ?? Math.max(10, Math.round(settings.windowMs * MIN_MARGIN_SHARE))
    this.#buckets = Math.ceil(settings.windowMs / this.#bucketMs) + 1
    this.#freePerWindow = Math.max(1, Math.floor(settings.max / 10))
    this.#log = parts.log
    this.#onLimited = parts.onLimited
    this.#tooLong = parts.tooLong
    this.#now = parts.now ?? (() => performance.now())
    this.#random = parts.random ?? Math.random
    this.#sends = new FleetSends(settings.max, settings.windowMs, this.#freePerWindow)
    this.#lateness = new DecayingMax(LONGEST_HALF_LIFE_WINDOWS * settings.windowMs)
    this.local = new RateLimiter(settings, this.#now, undefined, parts.tooLong)
  }

  /** A slot: undefined when free now, else a promise (rejected with `tooLong` by a pause past `maxWaitMs`); release() it. */
  acquire (maxWaitMs = Infinity): Promise<void> | undefined {
    if (this.#closed !== null) return Promise.reject(this.#closed)
    const now = this.#now()
    const empty = this.#queue.empty
    if (now < this.#degradedUntil && empty) return this.#viaLocal(maxWaitMs)
    if (empty && now >= this.#blockedUntil) {
      if (this.#usable(now)) {
        this.#leased--
        this.#go(now)
        return undefined
      }
      if (this.#mayGoUnleased(now)) {
        this.#freeInFlight++
        this.#inFlight++
        this.#sends.sentUnleased(now)
        return undefined
      }
    }
    if (this.#blockedUntil - now > maxWaitMs) return Promise.reject(this.#tooLong(Math.ceil(this.#blockedUntil - now)))
    return this.#enqueue(now, maxWaitMs)
  }

  release (durationMs?: number): void {
    if (durationMs !== undefined) this.#sends.took(durationMs, this.#now())
    this.#inFlight--
    if (this.#freeInFlight > 0) this.#freeInFlight--
    if (this.#localHeld > 0) {
      this.#localHeld--
      this.local.release()
    }
  }

  #go (now: number): void {
    this.#inFlight++
    this.#sends.sent(now)
  }

  /** A leased slot may be used now. */
  #usable (now: number): boolean {
    return this.#leased > 0 && now >= this.#leaseFrom && now < this.#leaseUntil
  }

  // Far below the budget: under a tenth of it sent here in the window, GHL's last answer (in it) left half, and no other
  // unleased call of this instance awaits its answer (peers see unleased calls only once reported: a fleet starting a
  // burst at once would otherwise each send a tenth of the budget before any answer says the budget is going).
  #mayGoUnleased (now: number): boolean {
    if (this.#freeInFlight > 0) return false
    if (this.#sends.recentAtLeast(this.#freePerWindow, now)) return false
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
    if (first) this.#sayLimited(Math.max(this.#blockedUntil, this.#nextLeaseAt, this.#leased > 0 ? this.#leaseFrom : 0) - now)
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
    while (this.#usable(now) && !this.#queue.empty) {
      this.#leased--
      this.#go(now)
      this.#queue.resolveNext()
    }
    if (this.#queue.empty || this.#leasing) return
    if (this.#leased > 0 && now < this.#leaseFrom) {
      // Slots booked ahead for this queue: it waits for them, and asks for more once they are used.
      this.#wakeAt(this.#leaseFrom)
      return
    }
    if (now < this.#degradedUntil) {
      this.#drainToLocal()
      return
    }
    if (now < this.#nextLeaseAt) {
      this.#wakeAt(this.#nextLeaseAt)
      return
    }
    // Once the calls started in this turn of the event loop have queued: a burst started at once is one lease (else
    // the rest of it waited for a second round trip, and a 429 answered meanwhile held it back for the whole pause).
    this.#leasing = true
    setImmediate(() => { void this.#lease(this.#now()) })
  }

  #wakeAt (at: number): void {
    if (this.#timer !== null && this.#timerAt <= at) return
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timerAt = at
    this.#timer = setTimeout(() => {
      this.#timer = null
      const now = this.#now()
      this.#lateness.note(now - at, now)
      this.#pump()
    }, Math.max(1, Math.ceil(at - this.#now())))
  }

  async #lease (started: number): Promise<void> {
    if (this.#closed !== null) return
    const queued = this.queued
    if (queued === 0) {
      this.#leasing = false
      return
    }
    const demand = queued + this.#sends.within(started)
    // Busy (half the budget or more): exactly what the queue needs, used at once. Below that: a quarter window's
    // worth, valid for a tenth of the window, so moderate traffic does not lease per call.
    const busy = demand * 2 >= this.#max
    const want = Math.min(this.#max, busy ? queued : Math.max(queued, Math.ceil(demand / 4)))
    const validBuckets = busy ? 0 : Math.floor(BUCKETS_PER_WINDOW / 10)
    const unbooked = this.#sends.unbooked(started)
    const holdBuckets = Math.ceil(Math.min(this.#windowMs * MAX_MARGIN_SHARE, Math.max(this.#minMarginMs, this.#sends.longest(started))) / this.#bucketMs)
    let lease: Lease
    try {
      lease = await this.#store.lease({
        connection: this.#connection,
        want,
        max: this.#max,
        bucketMs: this.#bucketMs,
        buckets: this.#buckets,
        validBuckets,
        // Usable locally for what the uncertainty of the database clock leaves, and a timer that fires late.
        minValidMs: Math.max(this.#bucketMs * MIN_VALID_BUCKET_SHARE,
          Math.min(this.#roundTripMs, this.#dbClock.uncertainty(started) ?? Infinity) * MIN_VALID_ROUND_TRIPS + this.#lateness.get(started)),
        holdBuckets,
        report: unbooked.n,
        batch: Math.min(want, Math.ceil(this.#max * BATCH_SHARE)),
        aheadBuckets: AHEAD_WINDOWS * BUCKETS_PER_WINDOW,
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
    this.#sends.booked(unbooked.mark)
    this.leases++
    const now = this.#now()
    // The round trip without the wait for the row lock: how uncertain one lease leaves the database clock.
    this.#roundTripMs = 0.8 * this.#roundTripMs + 0.2 * Math.max(0, now - started - lease.waitedMs)
    this.#leased = lease.granted
    const grant = this.#dbClock.grant(lease.nowMs, lease.startsInMs, lease.validForMs, started, lease.waitedMs, now)
    this.#leaseFrom = grant.from
    this.#leaseUntil = grant.until
    if (lease.blockedForMs > 0) this.#pauseLocally(now, lease.blockedForMs)
    this.#misses = lease.granted === 0 && lease.blockedForMs === 0 ? this.#misses + 1 : 0
    // Nothing within reach (the budget is booked further ahead than AHEAD_WINDOWS): ask again when it is, a little
    // later each time, at random, so peers in the same spot do not all ask at once.
    const backoff = this.#random() * Math.min(this.#misses, 5) * this.#windowMs * MISS_BACKOFF_SHARE
    this.#nextLeaseAt = lease.granted > 0 ? 0 : now + (lease.blockedForMs > 0 ? lease.blockedForMs : (lease.freeInMs ?? this.#bucketMs) + backoff)
    const wait = lease.granted > 0 ? (lease.startsInMs > 0 ? this.#leaseFrom - now : 0) : this.#nextLeaseAt - now
    if (wait > 0 && this.queued > 0) this.#sayLimited(wait)
    if (lease.dailyRemaining !== null && (this.local.dailyRemaining === null || lease.dailyRemaining < this.local.dailyRemaining)) {
      this.local.dailyRemaining = lease.dailyRemaining
      if (lease.dailyLimit !== null) this.local.dailyLimit = lease.dailyLimit
    }
    this.#pump()
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
    const shared = this.#sameWave(now, waitMs)
    this.#pauseLocally(now, waitMs)
    if (shared) return
    this.#store.pause(this.#connection, waitMs).catch((err: unknown) => {
      this.#log.warn({ connection: this.#connection, err: (err as Error).message }, 'fastify-ghl rate budget: sharing a 429 pause failed')
    })
  }

  /**
   * A peer's 429 pause, heard by NOTIFY. One that ends within a tenth of its length of the pause on already is the
   * same wave (often this instance's own, echoed): counted from when it was heard, it would only end later.
   */
  heardPause (ms: number): void {
    const now = this.#now()
    if (this.#sameWave(now, ms)) return
    this.#pauseLocally(now, ms)
    if (!this.#queue.empty) this.#wakeAt(this.#blockedUntil)
  }

  #sameWave (now: number, ms: number): boolean {
    return this.#blockedUntil >= now + ms - Math.max(this.#bucketMs, ms * 0.1)
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
      remaining: Math.max(0, this.#max - this.#sends.within(now)),
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
      this.#sends.quiet(now) && this.local.idle()
  }

  close (err: Error): void {
    this.#closed = err
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    this.#queue.rejectAll(err)
    this.local.close(err)
  }
}

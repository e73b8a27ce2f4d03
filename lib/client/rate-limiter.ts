// A client-side limiter per connection that keeps under GHL's burst limit (100 requests per 10 s per app and
// location), adapting to what GHL reports in its X-RateLimit-* headers.
//
// GHL counts a request when it receives it, which we never see: it happens somewhere between our send and the
// response. So a request holds its slot while in flight, and afterwards for one window from its *completion* (a ring of
// completion times, pushed in time order). A call may go when
//     in flight + completions within the last window < capacity.
// That bound holds for any latency and any server window alignment (fixed or sliding): every request GHL counts in
// one window either was still in flight or completed within the window when the last of them was let go. Taking a
// slot, releasing it and the FIFO queue are O(1); only a reported X-RateLimit-Remaining below our own count costs a
// binary search.

export interface RateLimitSettings {
  /** Requests allowed per window (GHL: 100). */
  max: number
  /** The window, in ms (GHL: 10 000). */
  windowMs: number
  /** Added to the window for clock granularity; default 1 % of the window, within [10, 100] ms. */
  marginMs?: number
}

export const DEFAULT_RATE_LIMIT: Readonly<RateLimitSettings> = Object.freeze({ max: 100, windowMs: 10_000 })

/** What the limiter knows, for status and metrics. Server fields are the last values GHL reported (or null). */
export interface RateLimitState {
  enabled: boolean
  /** Requests per window the limiter currently allows (lowered when GHL reports a smaller X-RateLimit-Max). */
  max: number
  windowMs: number
  /** Slots free right now by our own count. */
  remaining: number
  /** Calls in flight (holding a slot). */
  inFlight: number
  /** Calls waiting for a slot. */
  queued: number
  /** Until when every call waits because GHL answered 429 (epoch ms), or null. */
  blockedUntil: number | null
  serverRemaining: number | null
  serverMax: number | null
  serverIntervalMs: number | null
  dailyRemaining: number | null
  dailyLimit: number | null
  /** When GHL last reported rate-limit headers (epoch ms), or null. */
  observedAt: number | null
  /** True when the budget is the fleet's (shared through the database: fleet-limiter.ts). */
  fleet?: boolean
  /** Fleet: slots this instance leased and has not used yet. */
  leased?: number
  /** Fleet: leases this instance made for the connection. */
  leases?: number
  /** Fleet: the database could not be reached lately; this instance limits itself meanwhile. */
  degraded?: boolean
}

/** Response headers as undici gives them (lower-cased names). */
export type ResponseHeaders = Record<string, string | string[] | undefined>

interface Waiter {
  resolve: () => void
  reject: (err: Error) => void
  /** Monotonic time past which the call may not wait out a 429 pause. */
  deadline: number
  /** Set when the call gave up (a pause outlasting its budget): skipped by the queue. */
  done: boolean
}

function headerNumber (headers: ResponseHeaders, name: string): number | null {
  const raw = headers[name]
  if (raw === undefined) return null
  const n = Number(Array.isArray(raw) ? raw[0] : raw)
  return Number.isFinite(n) ? n : null
}

export class RateLimiter {
  readonly enabled: boolean
  /** Completion times (monotonic clock) of the last `max` requests, plus phantom entries for others' usage. */
  readonly #ring: Float64Array
  /** Entries ever pushed: the next one goes to `#count % ring.length`. */
  #count = 0
  #inFlight = 0
  #capacity: number
  #windowMs: number
  readonly #configuredWindowMs: number
  readonly #marginMs: number
  /** Monotonic time before which nothing is sent, after a 429. */
  #blockedUntil = 0
  readonly #queue: Waiter[] = []
  #head = 0
  #timer: NodeJS.Timeout | null = null
  readonly #now: () => number
  readonly #onLimited: ((waitMs: number) => void) | undefined
  readonly #tooLong: (waitMs: number) => Error
  #closed: Error | null = null

  serverRemaining: number | null = null
  serverMax: number | null = null
  serverIntervalMs: number | null = null
  dailyRemaining: number | null = null
  dailyLimit: number | null = null
  observedAt: number | null = null

  /**
   * @param settings `false` disables limiting (GHL's headers are still recorded).
   * @param now a monotonic clock in ms (default `performance.now`).
   * @param onLimited called when calls start to queue (once per queueing episode, not per call), with the expected wait.
   * @param tooLong the error a queued call fails with when it would wait longer than its `maxWaitMs`.
   */
  constructor (settings: RateLimitSettings | false, now: () => number = () => performance.now(), onLimited?: (waitMs: number) => void,
    tooLong: (waitMs: number) => Error = (waitMs) => new Error(`rate limited: a slot frees in ${waitMs} ms`)) {
    this.enabled = settings !== false
    const max = settings === false ? 1 : settings.max
    const windowMs = settings === false ? 1 : settings.windowMs
    this.#ring = new Float64Array(max)
    this.#capacity = max
    this.#marginMs = settings === false ? 0 : (settings.marginMs ?? Math.min(100, Math.max(10, Math.round(windowMs * 0.01))))
    this.#configuredWindowMs = windowMs
    this.#windowMs = windowMs + this.#marginMs
    this.#now = now
    this.#onLimited = onLimited
    this.#tooLong = tooLong
  }

  /**
   * Take a slot. Returns `undefined` when one was free (the common case: nothing allocated, nothing to await), else
   * a promise that resolves once the call may go. Callers queue in FIFO order. Every slot taken must be given back
   * with `release()` when the call is over (answered or failed). A 429 pause that outlasts `maxWaitMs` from now fails
   * the call with the `tooLong` error: at once when the pause is on already, else as soon as the pause begins.
   */
  acquire (maxWaitMs = Infinity): Promise<void> | undefined {
    if (!this.enabled) return undefined
    if (this.#closed !== null) return Promise.reject(this.#closed)
    const now = this.#now()
    if (this.#head === this.#queue.length && this.#waitFor(now) === 0) {
      this.#inFlight++
      return undefined
    }
    if (this.#blockedUntil - now > maxWaitMs) return Promise.reject(this.#tooLong(Math.ceil(this.#blockedUntil - now)))
    return this.#enqueue(now, maxWaitMs)
  }

  /** The call that held a slot is over (after `_durationMs`): the slot stays used for one window from now. */
  release (_durationMs?: number): void {
    if (!this.enabled) return
    const now = this.#now()
    this.#inFlight--
    this.#ring[this.#count % this.#ring.length] = now
    this.#count++
    if (this.#head < this.#queue.length && this.#timer === null) this.#drain()
  }

  #enqueue (now: number, maxWaitMs: number): Promise<void> {
    const first = this.#head === this.#queue.length
    const promise = new Promise<void>((resolve, reject) => { this.#queue.push({ resolve, reject, deadline: now + maxWaitMs, done: false }) })
    if (first && this.#onLimited !== undefined) this.#onLimited(Math.min(this.#waitFor(now), this.#windowMs))
    this.#schedule(now)
    return promise
  }

  /**
   * 0 when a slot is free at `now`; else the ms until one frees by time alone, or Infinity when only a call in
   * flight finishing can free one (then `release()` wakes the queue).
   */
  #waitFor (now: number): number {
    if (now < this.#blockedUntil) return this.#blockedUntil - now
    const k = this.#capacity - this.#inFlight
    if (k <= 0) return Infinity
    if (this.#count < k) return 0
    const freeAt = this.#ring[(this.#count - k) % this.#ring.length] + this.#windowMs
    return freeAt > now ? freeAt - now : 0
  }

  #schedule (now: number): void {
    if (this.#timer !== null || this.#head === this.#queue.length) return
    const wait = this.#waitFor(now)
    if (wait === Infinity) return
    this.#timer = setTimeout(this.#onTimer, Math.max(1, Math.ceil(wait)))
  }

  readonly #onTimer = (): void => {
    this.#timer = null
    this.#drain()
  }

  #drain (): void {
    const now = this.#now()
    const queue = this.#queue
    while (this.#head < queue.length && this.#waitFor(now) === 0) {
      const waiter = queue[this.#head]
      queue[this.#head++] = undefined as unknown as Waiter
      if (waiter.done) continue
      this.#inFlight++
      waiter.resolve()
    }
    if (this.#head === queue.length) {
      queue.length = 0
      this.#head = 0
    } else if (this.#head > 1024 && this.#head * 2 > queue.length) {
      queue.splice(0, this.#head)
      this.#head = 0
    }
    this.#schedule(now)
  }

  /** Index of the oldest of the last `n` ring entries that is newer than `since` (entries are in time order). */
  #firstNewer (since: number): number {
    const n = Math.min(this.#count, this.#ring.length)
    const len = this.#ring.length
    let lo = this.#count - n
    let hi = this.#count
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.#ring[mid % len] > since) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  /** Slots used at `now`: in flight plus completed within the window. */
  #used (now: number): number {
    return this.#inFlight + (this.#count - this.#firstNewer(now - this.#windowMs))
  }

  /**
   * Record GHL's rate-limit headers and adapt: a smaller X-RateLimit-Max or a longer interval lowers our pace, and an
   * X-RateLimit-Remaining below our own count (other instances or apps spending the same budget) marks the difference
   * as used for one window.
   */
  observe (headers: ResponseHeaders): void {
    const remaining = headerNumber(headers, 'x-ratelimit-remaining')
    const daily = headerNumber(headers, 'x-ratelimit-daily-remaining')
    if (remaining === null && daily === null) return
    this.observedAt = Date.now()
    if (daily !== null) this.dailyRemaining = daily
    const dailyLimit = headerNumber(headers, 'x-ratelimit-limit-daily')
    if (dailyLimit !== null) this.dailyLimit = dailyLimit
    const max = headerNumber(headers, 'x-ratelimit-max')
    if (max !== null) this.serverMax = max
    const interval = headerNumber(headers, 'x-ratelimit-interval-milliseconds')
    if (interval !== null) this.serverIntervalMs = interval
    if (remaining === null) return
    this.serverRemaining = remaining
    if (!this.enabled) return
    if (max !== null && max >= 1 && max < this.#capacity) this.#capacity = Math.floor(max)
    if (interval !== null && interval + this.#marginMs > this.#windowMs) this.#windowMs = interval + this.#marginMs
    const c = this.#capacity
    const r = Math.max(0, Math.min(c, Math.floor(remaining)))
    // O(1) pre-check: our own count leaves at most r free when the (c - r - inFlight)-th most recent completion is
    // still inside the window (or there is no room at all).
    const need = c - r - this.#inFlight
    if (need <= 0) return
    const now = this.#now()
    if (this.#count >= need && this.#ring[(this.#count - need) % this.#ring.length] > now - this.#windowMs) return
    const deficit = Math.min(this.#ring.length, c - this.#used(now) - r)
    for (let i = 0; i < deficit; i++) {
      this.#ring[this.#count % this.#ring.length] = now
      this.#count++
    }
  }

  /** GHL answered 429: nobody sends before `waitMs` from now. */
  block (waitMs: number): void {
    if (!this.enabled) return
    const now = this.#now()
    const until = now + waitMs
    if (until <= this.#blockedUntil) return
    this.#blockedUntil = until
    // Queued calls whose budget ends before the pause does fail now, not after waiting it out.
    const queue = this.#queue
    for (let i = this.#head; i < queue.length; i++) {
      const waiter = queue[i]
      if (waiter.done || waiter.deadline >= until) continue
      waiter.done = true
      waiter.reject(this.#tooLong(Math.ceil(waitMs)))
    }
  }

  /**
   * How long until the window GHL counts has room again, when a 429 carried no Retry-After: the rest of the window
   * (X-RateLimit-Interval-Milliseconds, else ours) measured from our oldest completion still inside it.
   */
  restOfWindow (intervalMs?: number | null): number {
    const window = intervalMs ?? this.serverIntervalMs ?? this.#configuredWindowMs
    if (!this.enabled || this.#count === 0) return window
    const now = this.#now()
    const first = this.#firstNewer(now - window)
    if (first === this.#count) return window
    return Math.max(1, Math.ceil(this.#ring[first % this.#ring.length] + window - now))
  }

  /** Calls waiting for a slot. */
  get queued (): number {
    let n = 0
    for (let i = this.#head; i < this.#queue.length; i++) if (!this.#queue[i].done) n++
    return n
  }

  state (): RateLimitState {
    const now = this.#now()
    return {
      enabled: this.enabled,
      max: this.enabled ? this.#capacity : 0,
      windowMs: this.enabled ? this.#windowMs - this.#marginMs : 0,
      remaining: this.enabled ? Math.max(0, this.#capacity - this.#used(now)) : 0,
      inFlight: this.enabled ? this.#inFlight : 0,
      queued: this.queued,
      blockedUntil: this.enabled && this.#blockedUntil > now ? Date.now() + (this.#blockedUntil - now) : null,
      serverRemaining: this.serverRemaining,
      serverMax: this.serverMax,
      serverIntervalMs: this.serverIntervalMs,
      dailyRemaining: this.dailyRemaining,
      dailyLimit: this.dailyLimit,
      observedAt: this.observedAt
    }
  }

  /** True when nothing is in flight or queued and nothing completed within the window: the limiter can be dropped. */
  idle (): boolean {
    if (this.queued > 0) return false
    if (!this.enabled) return true
    if (this.#inFlight > 0) return false
    if (this.#count === 0) return true
    const now = this.#now()
    return now >= this.#blockedUntil && this.#ring[(this.#count - 1) % this.#ring.length] <= now - this.#windowMs
  }

  /** Rejects every waiting call with `err`, stops the timer; later acquires fail with `err`. */
  close (err: Error): void {
    this.#closed = err
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    const queue = this.#queue
    for (let i = this.#head; i < queue.length; i++) {
      const waiter = queue[i]
      if (waiter.done) continue
      waiter.reject(err)
    }
    queue.length = 0
    this.#head = 0
  }
}

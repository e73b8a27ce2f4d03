// One opossum circuit breaker per connection, created on the connection's first call.
//
// opossum pitfalls handled here:
// - every breaker owns a bucket-rotation interval (and, unless disabled, a snapshot interval): we pass one shared
//   `rotateBucketController` so thousands of breakers share a single timer, and `enableSnapshots: false`;
// - an `errorFilter` hit counts as a success: we filter GHL's 4xx answers, 429 included (GHL is up: it said no, or
//   asked us to slow down — the client waits out a 429 within its budget; counted as a failure, a wave of 429s
//   would open the circuit and fail every call for `resetTimeout`, calls that would have succeeded a second later);
// - opossum's `abortController` option is one controller for the whole breaker (a timeout would abort every call in
//   flight on the connection), so the per-call deadline lives in the transport, with a per-call AbortController that
//   aborts the undici request; opossum's own `timeout` is therefore off.
import { EventEmitter } from 'node:events'
import CircuitBreaker from 'opossum'
import type { GhlEventEmitter } from '../events.js'
import type { GhlLogger } from '../logger.js'

/** The opossum options a host may set. */
export interface BreakerSettings {
  /** ms the circuit stays open before a half-open probe is let through. Default 30 000. */
  resetTimeout?: number
  /** Failure percentage over the rolling window that opens the circuit. Default 50. */
  errorThresholdPercentage?: number
  /** Calls in the rolling window before the circuit may open. Default 10. */
  volumeThreshold?: number
  /** Length of the rolling statistics window, in ms. Default 10 000. */
  rollingCountTimeout?: number
  /** Buckets in the rolling window. Default 10. */
  rollingCountBuckets?: number
  /** Concurrent calls allowed through one breaker. Default unlimited. */
  capacity?: number
  /** Let failures through without opening during the first rolling window. Default false. */
  allowWarmUp?: boolean
}

export const DEFAULT_BREAKER: Readonly<Required<Omit<BreakerSettings, 'capacity'>>> = Object.freeze({
  resetTimeout: 30_000,
  errorThresholdPercentage: 50,
  volumeThreshold: 10,
  rollingCountTimeout: 10_000,
  rollingCountBuckets: 10,
  allowWarmUp: false
})

export type BreakerStateName = 'closed' | 'open' | 'half_open' | 'shutdown'

export interface BreakerState {
  state: BreakerStateName
  /** When the circuit last opened (epoch ms), or null. */
  openedAt: number | null
  /** When a half-open probe will be allowed (epoch ms), while open; else null. */
  nextAttemptAt: number | null
  /** Calls, failures and rejections over the rolling window. */
  fires: number
  failures: number
  rejects: number
}

/** True for failures that say GHL is up: an HTTP answer 4xx, 429 included (waited out by the client, not an outage). */
export function isClientError (err: unknown): boolean {
  if (err === null || typeof err !== 'object') return false
  const cause = (err as { cause?: unknown }).cause
  if (cause === null || typeof cause !== 'object') return false
  const status = (cause as { status?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 500
}

/** The per-client part shared by all breakers: the rotation timer and the settings. */
export class BreakerFactory {
  readonly settings: Required<Omit<BreakerSettings, 'capacity'>> & { capacity?: number }
  readonly #rotate = new EventEmitter()
  readonly #interval: NodeJS.Timeout
  readonly #events: GhlEventEmitter
  readonly #log: GhlLogger

  constructor (settings: BreakerSettings, events: GhlEventEmitter, log: GhlLogger) {
    this.settings = { ...DEFAULT_BREAKER, ...settings }
    this.#events = events
    this.#log = log
    this.#rotate.setMaxListeners(0)
    const bucketMs = Math.max(1, Math.floor(this.settings.rollingCountTimeout / this.settings.rollingCountBuckets))
    this.#interval = setInterval(() => this.#rotate.emit('rotate'), bucketMs)
    this.#interval.unref()
  }

  /** A breaker for `connection` around `action`, its state changes reported through the events. */
  create<A, R> (connection: string, action: (arg: A) => Promise<R>, onOpen: (at: number) => void): CircuitBreaker<[A], R> {
    const s = this.settings
    const breaker = new CircuitBreaker<[A], R>(action, {
      name: `ghl:${connection}`,
      timeout: false,
      resetTimeout: s.resetTimeout,
      errorThresholdPercentage: s.errorThresholdPercentage,
      volumeThreshold: s.volumeThreshold,
      rollingCountTimeout: s.rollingCountTimeout,
      rollingCountBuckets: s.rollingCountBuckets,
      capacity: s.capacity,
      allowWarmUp: s.allowWarmUp,
      rollingPercentilesEnabled: false,
      enableSnapshots: false,
      rotateBucketController: this.#rotate,
      errorFilter: isClientError
    })
    const events = this.#events
    const log = this.#log
    breaker.on('open', () => {
      onOpen(Date.now())
      log.warn({ connection, resetTimeoutMs: s.resetTimeout }, 'GHL circuit breaker opened')
      events.emit('breaker:open', { connection })
    })
    breaker.on('halfOpen', () => {
      log.info({ connection }, 'GHL circuit breaker half-open: probing')
      events.emit('breaker:half_open', { connection })
    })
    breaker.on('close', () => {
      log.info({ connection }, 'GHL circuit breaker closed')
      events.emit('breaker:close', { connection })
    })
    return breaker
  }

  close (): void {
    clearInterval(this.#interval)
    this.#rotate.removeAllListeners()
  }
}

export function breakerState (breaker: CircuitBreaker<any, any> | null, openedAt: number | null, resetTimeout: number): BreakerState {
  if (breaker === null) {
    return { state: 'closed', openedAt, nextAttemptAt: null, fires: 0, failures: 0, rejects: 0 }
  }
  const state: BreakerStateName = breaker.isShutdown ? 'shutdown' : breaker.opened ? 'open' : breaker.halfOpen ? 'half_open' : 'closed'
  const stats = breaker.stats
  return {
    state,
    openedAt,
    nextAttemptAt: state === 'open' && openedAt !== null ? openedAt + resetTimeout : null,
    fires: stats.fires,
    failures: stats.failures,
    rejects: stats.rejects
  }
}

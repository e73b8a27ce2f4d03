// Per-connection client state (rate limiter, lazily created breaker, cached headers of the current token), kept only
// for connections a token was obtained for, in least-recently-used order and bounded: past the bound, and when idle
// for long, the least recently used idle states are dropped (their breakers shut down).
import type CircuitBreaker from 'opossum'
import type { GhlEventEmitter } from '../events.js'
import { RateLimiter, type RateLimitSettings } from './rate-limiter.js'
import type { Exchange } from './transport.js'

/** Most connections with limiter/breaker state (least recently used idle ones are dropped first). */
export const DEFAULT_MAX_CONNECTION_STATES = 10_000
/** A state is moved to the recent end of the LRU order at most this often (the call path stays one map read). */
const TOUCH_EVERY_MS = 1000

export class ConnectionState {
  readonly id: string
  readonly limiter: RateLimiter
  breaker: CircuitBreaker<[Exchange], unknown> | null = null
  openedAt: number | null = null
  token: string | undefined = undefined
  plainHeaders: Record<string, string> = {}
  jsonHeaders: Record<string, string> = {}
  lastUsed = Date.now()
  inFlight = 0
  readonly observe: (headers: Record<string, string | string[] | undefined>) => void

  constructor (id: string, limiter: RateLimiter) {
    this.id = id
    this.limiter = limiter
    this.observe = (headers) => { limiter.observe(headers) }
  }

  /** In use: calls in flight, queued or waiting in the limiter, or a breaker that is not closed. */
  busy (): boolean {
    return this.inFlight > 0 || !this.limiter.idle() || (this.breaker !== null && !this.breaker.closed)
  }
}

export class ConnectionStates {
  readonly #map = new Map<string, ConnectionState>()
  readonly #rateLimit: RateLimitSettings | false
  readonly #events: GhlEventEmitter
  readonly #max: number

  constructor (rateLimit: RateLimitSettings | false, events: GhlEventEmitter, max: number) {
    this.#rateLimit = rateLimit
    this.#events = events
    this.#max = max
  }

  get size (): number { return this.#map.size }

  get (connection: string): ConnectionState | undefined {
    return this.#map.get(connection)
  }

  /** The state of a connection a token was obtained for, created on first use; marks it used now. */
  use (connection: string): ConnectionState {
    let state = this.#map.get(connection)
    const now = Date.now()
    if (state === undefined) {
      const limiter = new RateLimiter(this.#rateLimit, undefined, (waitMs) => {
        this.#events.emit('rate_limited', { connection, waitMs: Math.ceil(waitMs), source: 'client' })
      })
      state = new ConnectionState(connection, limiter)
      this.#map.set(connection, state)
      if (this.#map.size > this.#max) this.#trim(connection)
    } else if (now - state.lastUsed > TOUCH_EVERY_MS) {
      this.#map.delete(connection)
      this.#map.set(connection, state)
    }
    state.lastUsed = now
    return state
  }

  /** Drops a connection's state (its breaker shut down); false when it had none. */
  delete (connection: string): ConnectionState | undefined {
    const state = this.#map.get(connection)
    if (state === undefined) return undefined
    this.#map.delete(connection)
    state.breaker?.shutdown()
    state.breaker = null
    return state
  }

  /** Drops the states idle for `idleMs` (not busy). */
  sweep (idleMs: number, onEvict: (connection: string) => void): void {
    const now = Date.now()
    for (const [id, state] of this.#map) {
      if (now - state.lastUsed < idleMs || state.busy()) continue
      onEvict(id)
    }
  }

  values (): IterableIterator<ConnectionState> {
    return this.#map.values()
  }

  clear (): void {
    this.#map.clear()
  }

  /**
   * Past the bound, the least recently used states go, except `keep` (just created) and states still needed: calls in
   * flight, or a breaker that is open or probing. Their limiter's window is forgotten (GHL's headers refill it).
   */
  #trim (keep: string): void {
    for (const [id, state] of this.#map) {
      if (this.#map.size <= this.#max) return
      if (id !== keep && state.inFlight === 0 && (state.breaker === null || state.breaker.closed)) this.delete(id)
    }
  }
}

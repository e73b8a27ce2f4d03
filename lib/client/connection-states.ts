// Per-connection client state (rate limiter, lazily created breaker, cached headers of the current token), kept only
// for connections a token was obtained for, in least-recently-used order and bounded: past the bound, and when idle
// for long, the least recently used idle states are dropped (their breakers shut down).
import type CircuitBreaker from 'opossum'
import type { GhlEventEmitter } from '../events.js'
import type { RateBudgetStore } from '../../db/rate-budget-store.js'
import { silentLogger, type GhlLogger } from '../logger.js'
import { FleetLimiter } from './fleet-limiter.js'
import { RateLimiter, type RateLimitSettings } from './rate-limiter.js'
import type { Exchange } from './transport.js'

/** Most connections with limiter/breaker state (least recently used idle ones are dropped first). */
export const DEFAULT_MAX_CONNECTION_STATES = 10_000
/** A state is moved to the recent end of the LRU order at most this often (the call path stays one map read). */
const TOUCH_EVERY_MS = 1000

/** A connection's limiter: this instance's own, or its view of the fleet's budget. */
export type CallLimiter = RateLimiter | FleetLimiter

/** How limiters are made: the fleet's store (fleet budget) or none (per-process), and the error of a call out of budget. */
export interface LimiterParts {
  rateLimit: RateLimitSettings | false
  fleet?: RateBudgetStore
  tooLong: (connection: string, waitMs: number) => Error
  log?: GhlLogger
}

export class ConnectionState {
  readonly id: string
  readonly limiter: CallLimiter
  breaker: CircuitBreaker<[Exchange], unknown> | null = null
  openedAt: number | null = null
  token: string | undefined = undefined
  plainHeaders: Record<string, string> = {}
  jsonHeaders: Record<string, string> = {}
  lastUsed = Date.now()
  inFlight = 0
  readonly observe: (headers: Record<string, string | string[] | undefined>) => void

  constructor (id: string, limiter: CallLimiter) {
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
  readonly #parts: LimiterParts
  readonly #events: GhlEventEmitter
  readonly #max: number

  constructor (parts: LimiterParts, events: GhlEventEmitter, max: number) {
    this.#parts = parts
    this.#events = events
    this.#max = max
  }

  /** A limiter for `connection` (for a state, or to describe a connection that has none). */
  limiter (connection: string): CallLimiter {
    const { rateLimit, fleet, tooLong } = this.#parts
    const onLimited = (waitMs: number): void => {
      this.#events.emit('rate_limited', { connection, waitMs: Math.ceil(waitMs), source: 'client' })
    }
    const fail = (waitMs: number): Error => tooLong(connection, waitMs)
    if (rateLimit === false || fleet === undefined) return new RateLimiter(rateLimit, undefined, onLimited, fail)
    return new FleetLimiter({ store: fleet, connection, settings: rateLimit, log: this.#parts.log ?? silentLogger, onLimited, tooLong: fail })
  }

  get size (): number { return this.#map.size }

  /**
   * A peer's 429 pauses this instance's calls too (NOTIFY on the fleet's store); a connection without state learns of
   * the pause with its first lease. Resolves with the subscription (undefined without a fleet, or when LISTEN failed).
   */
  async listenForPauses (): Promise<{ close: () => Promise<void> } | undefined> {
    const { fleet, log } = this.#parts
    if (fleet === undefined || this.#parts.rateLimit === false) return undefined
    try {
      return await fleet.subscribe((connection, ms) => {
        const limiter = this.#map.get(connection)?.limiter
        if (limiter instanceof FleetLimiter) limiter.heardPause(ms)
      })
    } catch (err) {
      log?.warn({ err: (err as Error).message }, 'fastify-ghl rate budget: cannot LISTEN for the fleet\'s 429 pauses; peers learn of them at their next lease')
      return undefined
    }
  }

  get (connection: string): ConnectionState | undefined {
    return this.#map.get(connection)
  }

  /** The state of a connection a token was obtained for, created on first use; marks it used now. */
  use (connection: string): ConnectionState {
    let state = this.#map.get(connection)
    const now = Date.now()
    if (state === undefined) {
      state = new ConnectionState(connection, this.limiter(connection))
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

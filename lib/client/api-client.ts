// The GHL API client: token-managed calls over undici with a per-connection rate limiter and circuit breaker,
// retries with backoff and full jitter, 429 handling and the 401 → refresh → replay-once flow. The resources
// (contacts, syncSignup…) are built on top of it (lib/resources/, lib/ghl-api.ts); this file knows none of them.
//
//   request ─▶ breaker open? fail fast ─▶ token (memory) ─▶ limiter slot ─▶ breaker.fire ─▶ transport (undici)
//                    ▲                                                                           │
//                    └──── 401: refresh, replay (twice at most) · 429: wait, retry in budget · 5xx/network: backoff (idempotent)
import type { Dispatcher } from 'undici'
import type { RateBudgetStore } from '../../db/rate-budget-store.js'
import { GhlConfigError, GhlDailyReserveError, GhlHttpError, GhlRateLimitedError, GhlScopeError, GhlUnavailableError } from '../errors.js'
import type { GhlEventEmitter } from '../events.js'
import { silentLogger, type GhlLogger } from '../logger.js'
import type { TokenProvider } from '../tokens/provider.js'
import { createContactsApi, type ContactsApi } from '../resources/contacts.js'
import { createSyncSignup, DEFAULT_SIGNUP_TAGS, type SyncSignup } from '../resources/sync-signup.js'
import { BreakerFactory, breakerState as describeBreaker, type BreakerSettings, type BreakerState } from './breaker.js'
import { ConnectionStates, DEFAULT_MAX_CONNECTION_STATES, type ConnectionState } from './connection-states.js'
import { DEFAULT_DAILY_RESERVE, describeBudget, reserveOf, reserveReached, type RateBudget } from './rate-budget.js'
import type { RateLimitSettings, RateLimitState } from './rate-limiter.js'
import { backoffDelay, failureCode, idempotentMethod, neverSent, retryableStatus, transientNetworkError, type RetrySettings } from './retry.js'
import { createTransport, type Exchange, type GhlErrorCause, type TimeoutSettings } from './transport.js'
import type { HttpMethod, QueryValue, RequestOptions, Requester } from './types.js'
import { makeError } from './make-error.js'
import { clientSettings, encodeQuery, positive } from './options.js'
import { DEFAULT_USER_AGENT } from './version.js'

export const DEFAULT_API_VERSION = '2021-07-28'
export { DEFAULT_MAX_CONNECTION_STATES } from './connection-states.js'
export { DEFAULT_IDLE_EVICT_MS, DEFAULT_RATE_LIMIT_BUDGET_MS } from './options.js'
/** Floor of the wait after a 429 (a `Retry-After: 0` must not turn into a tight loop). */
const MIN_RATE_LIMIT_WAIT_MS = 100
/** Most bound views kept by forConnection (the oldest dropped first; a view is a few closures). */
const MAX_VIEWS = 1000

export interface ApiClientOptions {
  /** Hands out valid access tokens per connection (the token manager). */
  tokens: TokenProvider
  /** Connection (location id) used when a call names none; also the `locationId` filled into contact bodies. */
  defaultConnection?: string
  /** e.g. `https://services.leadconnectorhq.com`, or a sandbox URL. */
  apiBaseUrl: string
  /** `Version` header. Default `2021-07-28`. */
  apiVersion?: string
  /** An undici dispatcher to use instead of the client's own Pool (which `close()` then leaves open). */
  dispatcher?: Dispatcher
  /** Max sockets of the client's own Pool. Default: undici's (unlimited). */
  connections?: number
  /** A larger response body fails the call (GHL_HTTP_ERROR). Default 10 MiB. */
  maxResponseBytes?: number
  /** ms; defaults: connect 10 000, headers 30 000, body 30 000, whole request 45 000 (0 disables it). */
  timeouts?: Partial<TimeoutSettings>
  /** Default `{ attempts: 3, baseMs: 200, capMs: 5000 }`: attempts include the first one. */
  retry?: Partial<RetrySettings>
  /** Client-side limit per connection. Default `{ max: 100, windowMs: 10_000 }` (GHL's burst limit); false: off. */
  rateLimit?: Partial<RateLimitSettings> | false
  /** How long one call may spend waiting out GHL 429s before `GHL_RATE_LIMITED`. Default 30 000. */
  rateLimitBudgetMs?: number
  /** The fleet's shared budget (the store's): every instance on it stays under one burst limit per connection. */
  rateBudget?: RateBudgetStore
  /** Daily requests kept for live calls: a fraction (< 1) of GHL's daily limit or a count. Default 0.05. */
  dailyReserve?: number
  /** opossum options per connection; false: no breaker. */
  breaker?: BreakerSettings | false
  events: GhlEventEmitter
  log?: GhlLogger
  /** Default `fastify-ghl/<version>`. */
  userAgent?: string
  /** Jitter source, [0, 1). Default Math.random. */
  random?: () => number
  /** Waits between retries. Default a timer. */
  sleep?: (ms: number) => Promise<void>
  /** Per-connection state (limiter, breaker) idle this long is dropped. Default 10 min. */
  idleEvictMs?: number
  /** Most connections with limiter/breaker state; past it the least recently used idle ones are dropped. Default 10 000. */
  maxConnectionStates?: number
}

/** The API bound to one connection. */
export interface ConnectionApi {
  readonly connection: string
  request: Requester
  rateLimitState: () => RateLimitState
  breakerState: () => BreakerState
}

const defaultSleep = async (ms: number): Promise<void> => await new Promise((resolve) => { setTimeout(resolve, ms) })

/** 401 → refresh → replay, at most this many times per call before the connection is marked for re-authorization. */
const MAX_UNAUTHORIZED_REPLAYS = 2

function causeOf (err: unknown): GhlErrorCause | undefined {
  if (!(err instanceof GhlHttpError)) return undefined
  return (err as Error).cause as GhlErrorCause
}

/**
 * GHL's 401 for a token that is valid but may not make this call (a scope the grant lacks, a user type the endpoint
 * refuses): refreshing cannot help, and must not end the connection. Returns GHL's message, or '' for any other 401.
 */
function scopeRefusal (body: unknown): string {
  const message = (body as { message?: unknown } | null)?.message
  if (typeof message !== 'string') return ''
  return /not authorized for this scope|authClass type is not allowed/i.test(message) ? message.slice(0, 200) : ''
}

function opossumCode (err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code
  return code === 'EOPENBREAKER' || code === 'ESHUTDOWN' || code === 'ESEMLOCKED' ? code : undefined
}

export function createApiClient (options: ApiClientOptions) {
  if (options === null || typeof options !== 'object') throw new GhlConfigError('options must be an object')
  const { tokens, events } = options
  if (tokens === null || typeof tokens !== 'object' || typeof tokens.getValidToken !== 'function' ||
    typeof tokens.refreshAfterUnauthorized !== 'function' || typeof tokens.markReauthRequired !== 'function') {
    throw new GhlConfigError('options.tokens must implement getValidToken, refreshAfterUnauthorized and markReauthRequired')
  }
  if (events === null || typeof events !== 'object' || typeof events.emit !== 'function') {
    throw new GhlConfigError('options.events must be a GhlEventEmitter')
  }
  if (typeof options.apiBaseUrl !== 'string' || !URL.canParse(options.apiBaseUrl)) {
    throw new GhlConfigError('options.apiBaseUrl must be an absolute http(s) URL')
  }
  if (options.defaultConnection !== undefined && (typeof options.defaultConnection !== 'string' || options.defaultConnection === '')) {
    throw new GhlConfigError('options.defaultConnection must be a non-empty string')
  }
  const defaultConnection = options.defaultConnection
  const log = options.log ?? silentLogger
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT
  const random = options.random ?? Math.random
  const sleep = options.sleep ?? defaultSleep

  const { timeouts, retry, rateLimit, rateLimitBudgetMs, idleEvictMs } = clientSettings(options)
  const maxRetries = retry.attempts - 1

  if (options.maxResponseBytes !== undefined) positive(options.maxResponseBytes, 'maxResponseBytes')
  const maxStates = options.maxConnectionStates === undefined ? DEFAULT_MAX_CONNECTION_STATES : Math.ceil(positive(options.maxConnectionStates, 'maxConnectionStates'))
  const transport = createTransport({
    apiBaseUrl: options.apiBaseUrl,
    dispatcher: options.dispatcher,
    timeouts,
    connections: options.connections,
    maxResponseBytes: options.maxResponseBytes
  })
  const breakers = options.breaker === false ? null : new BreakerFactory(options.breaker ?? {}, events, log)
  const resetTimeout = breakers?.settings.resetTimeout ?? 0
  /** Limiter and breaker per connection, created once a token was obtained for it (never for unknown ids); LRU order. */
  const fleet = rateLimit === false ? undefined : options.rateBudget
  const dailyReserve = options.dailyReserve ?? DEFAULT_DAILY_RESERVE
  const tooLong = (connection: string, waitMs: number): Error => new GhlRateLimitedError(connection, waitMs, { cause: { waitMs } })
  const states = new ConnectionStates({ rateLimit, fleet, tooLong, log }, events, maxStates)
  const pauses = states.listenForPauses()
  const views = new Map<string, ConnectionApi>()
  let closed = false

  const sweep = setInterval(() => { states.sweep(idleEvictMs, evict) }, Math.min(idleEvictMs, 60_000))
  sweep.unref()

  function fire (state: ConnectionState, ex: Exchange): Promise<unknown> {
    if (breakers === null) return transport.send(ex)
    let breaker = state.breaker
    if (breaker === null) {
      breaker = breakers.create<Exchange, unknown>(state.id, transport.send, (at) => { state.openedAt = at })
      state.breaker = breaker
    }
    return breaker.fire(ex)
  }

  function headersFor (state: ConnectionState, token: string, json: boolean, extra: Record<string, string> | undefined): Record<string, string> {
    if (token !== state.token) {
      state.token = token
      state.plainHeaders = {
        authorization: 'Bearer ' + token,
        version: apiVersion,
        accept: 'application/json',
        'user-agent': userAgent
      }
      state.jsonHeaders = { ...state.plainHeaders, 'content-type': 'application/json' }
    }
    const base = json ? state.jsonHeaders : state.plainHeaders
    if (extra === undefined) return base
    const merged: Record<string, string> = { ...base }
    for (const name in extra) {
      const lower = name.toLowerCase()
      if (lower !== 'authorization') merged[lower] = extra[name]
    }
    return merged
  }

  function unavailable (state: ConnectionState, cause?: unknown): Error {
    const next = state.breaker?.halfOpen === true
      ? 'the half-open probe in flight succeeds'
      : state.openedAt === null ? 'the circuit half-opens' : new Date(state.openedAt + resetTimeout).toISOString()
    return cause === undefined ? new GhlUnavailableError(state.id, next) : new GhlUnavailableError(state.id, next, { cause })
  }

  async function request<T = unknown> (opts: RequestOptions, bound?: string): Promise<T> {
    if (closed) throw new GhlUnavailableError(opts?.connection ?? bound ?? defaultConnection ?? '-', 'never: the client is closed')
    const connection = opts.connection ?? bound ?? defaultConnection
    if (connection === undefined) {
      throw new GhlConfigError('no connection for this call: set options.defaultConnection or use forConnection(id)')
    }
    // Fail fast while open: no token, no limiter slot, no network.
    const known = states.get(connection)
    if (known?.breaker != null && known.breaker.opened) throw unavailable(known)

    const method = opts.method
    const idempotent = opts.idempotent ?? idempotentMethod(method)
    const path = opts.query === undefined ? opts.path : appendQuery(opts.path, encodeQuery(opts.query))
    const rawBody = opts.body
    const body = rawBody === undefined ? undefined : typeof rawBody === 'string' ? rawBody : JSON.stringify(rawBody)

    // State only once a token was obtained: an unknown connection leaves no limiter or breaker behind.
    let token = await tokens.getValidToken(connection)
    const state = states.use(connection)
    state.inFlight++
    try {
      const ex: Exchange = {
        method: method as Dispatcher.HttpMethod,
        path,
        headers: headersFor(state, token, body !== undefined, opts.headers),
        body,
        token,
        observe: state.observe
      }
      const limiter = state.limiter
      let replayed = 0
      let retries = 0
      let rateLimitedSince = 0
      for (;;) {
        try {
          const wait = limiter.acquire(rateLimitedSince === 0 ? rateLimitBudgetMs : rateLimitBudgetMs - (Date.now() - rateLimitedSince))
          if (wait !== undefined) {
            if (rateLimitedSince === 0) rateLimitedSince = Date.now()
            await wait
          }
          const sentAt = performance.now()
          try {
            return await fire(state, ex) as T
          } finally {
            limiter.release(performance.now() - sentAt)
          }
        } catch (err) {
          const code = opossumCode(err)
          if (code !== undefined) throw unavailable(state, err)
          const cause = causeOf(err)
          if (cause !== undefined) {
            const status = cause.status
            if (status === 401 && scopeRefusal(cause.body)) {
              throw makeError(GhlScopeError, [method, ex.path.split('?', 1)[0], connection, scopeRefusal(cause.body)], cause)
            }
            if (status === 401) {
              // The first replay may carry a token another instance stored before GHL revoked it too; the second
              // one then comes from a refresh made for this very token, so a 401 after that is final.
              if (replayed === MAX_UNAUTHORIZED_REPLAYS) {
                log.error({ connection, method, path: ex.path.split('?', 1)[0], status }, 'still getting 401 after token refresh — re-authentication needed')
                throw await tokens.markReauthRequired(connection, `GHL answered 401 to ${method} ${ex.path.split('?', 1)[0]} with a freshly refreshed token`)
              }
              replayed++
              token = await tokens.refreshAfterUnauthorized(connection, token)
              ex.token = token
              ex.headers = headersFor(state, token, body !== undefined, opts.headers)
              continue
            }
            if (status === 429) {
              const now = Date.now()
              if (rateLimitedSince === 0) rateLimitedSince = now
              const waitMs = Math.max(MIN_RATE_LIMIT_WAIT_MS, cause.retryAfterMs ?? limiter.restOfWindow(cause.intervalMs))
              limiter.block(waitMs)
              events.emit('rate_limited', { connection, waitMs, source: 'ghl' })
              if (now - rateLimitedSince + waitMs > rateLimitBudgetMs) {
                throw new GhlRateLimitedError(connection, waitMs, { cause: { ...cause, waitMs } })
              }
              log.debug({ connection, waitMs }, 'GHL answered 429: waiting before retrying')
              await sleep(waitMs)
              continue
            }
            if (idempotent && retries < maxRetries && retryableStatus(status)) {
              const delay = backoffDelay(retries++, retry, random)
              log.debug({ connection, method, attempt: retries, delayMs: delay, status }, 'GHL answered 5xx: retrying')
              await sleep(delay)
              continue
            }
            throw err
          }
          if (retries < maxRetries && (idempotent ? transientNetworkError(err) : neverSent(err))) {
            const delay = backoffDelay(retries++, retry, random)
            log.debug({ connection, method, attempt: retries, delayMs: delay, code: failureCode(err) }, 'GHL call failed: retrying')
            await sleep(delay)
            continue
          }
          throw err
        }
      }
    } finally {
      state.inFlight--
    }
  }

  function appendQuery (path: string, query: string): string {
    if (query === '') return path
    return path + (path.includes('?') ? '&' : '?') + query
  }

  function evict (connection: string): void {
    views.delete(connection)
    states.delete(connection)
  }

  function rateLimitState (connection = defaultConnection): RateLimitState {
    if (connection === undefined) throw new GhlConfigError('rateLimitState needs a connection: no options.defaultConnection')
    const state = states.get(connection)
    return (state?.limiter ?? states.limiter(connection)).state()
  }

  /** Both GHL budgets of a connection: the burst window (fleet or instance) and the daily count with its reserve. */
  function rateBudget (connection = defaultConnection): RateBudget {
    if (connection === undefined) throw new GhlConfigError('rateBudget needs a connection: no options.defaultConnection')
    return describeBudget(connection, rateLimitState(connection), dailyReserve)
  }

  /** Background work (the outbox relay) holds back while the connection's daily remaining is below the reserve. */
  function checkDailyReserve (connection: string): void {
    const state = states.get(connection)?.limiter.state()
    if (state === undefined || !reserveReached(state, dailyReserve)) return
    throw new GhlDailyReserveError(connection, state.dailyRemaining ?? 0, reserveOf(dailyReserve, state.dailyLimit))
  }

  function breakerState (connection = defaultConnection): BreakerState {
    if (connection === undefined) throw new GhlConfigError('breakerState needs a connection: no options.defaultConnection')
    const state = states.get(connection)
    return describeBreaker(state?.breaker ?? null, state?.openedAt ?? null, resetTimeout)
  }

  function bind (connection: string): ConnectionApi {
    return {
      connection,
      request: <T>(opts: RequestOptions): Promise<T> => request<T>(opts, connection),
      rateLimitState: () => rateLimitState(connection),
      breakerState: () => breakerState(connection)
    }
  }

  /** The same API bound to another connection (a location id). */
  function forConnection (connection: string): ConnectionApi {
    if (typeof connection !== 'string' || connection === '') throw new GhlConfigError('forConnection needs a non-empty connection id')
    let view = views.get(connection)
    if (view === undefined) {
      view = bind(connection)
      views.set(connection, view)
      if (views.size > MAX_VIEWS) views.delete(views.keys().next().value as string)
    }
    return view
  }

  // not async wrappers: one promise per call, not two
  const defaultRequester: Requester = <T>(opts: RequestOptions): Promise<T> => request<T>(opts)

  return {
    /** Any GHL endpoint, token-managed: `request({ method, path, query?, body?, connection?, idempotent? })`. */
    request: defaultRequester,
    forConnection,
    /** What the limiter of a connection knows (last GHL headers included). */
    rateLimitState,
    /** The circuit breaker of a connection. */
    breakerState,
    rateBudget,
    checkDailyReserve,
    /** Drops a connection's limiter and breaker (e.g. after an uninstall); they are recreated on its next call. */
    evict,
    /** How many connections have limiter/breaker state now (only ones a token was obtained for; bounded). */
    connectionStates: (): number => states.size,
    /** Stops timers, shuts down every breaker, fails queued calls and closes the owned undici Pool. */
    async close (): Promise<void> {
      if (closed) return
      closed = true
      clearInterval(sweep)
      await (await pauses)?.close()
      const err = new GhlUnavailableError('-', 'never: the client is closed')
      for (const state of states.values()) {
        state.limiter.close(err)
        state.breaker?.shutdown()
        state.breaker = null
      }
      states.clear()
      views.clear()
      breakers?.close()
      await transport.close()
    }
  }
}

export type ApiClient = ReturnType<typeof createApiClient>
export type { HttpMethod, RequestOptions, Requester }

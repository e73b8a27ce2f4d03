// One HTTP exchange with GHL over undici: request, per-call deadline, response, JSON, GHL's error format.
import { Pool, type Dispatcher } from 'undici'
import { GhlHttpError, GhlNetworkError, GhlTimeoutError } from '../errors.js'
import { makeError } from './make-error.js'
import type { ResponseHeaders } from './rate-limiter.js'

export interface TimeoutSettings {
  /** TCP + TLS connect, ms. */
  connectMs: number
  /** From the request sent to the response headers, ms. */
  headersMs: number
  /** Between two body chunks, ms. */
  bodyMs: number
  /** Whole exchange, headers and body, ms; aborts the undici request when reached (0 = none). */
  requestMs: number
}

export const DEFAULT_TIMEOUTS: Readonly<TimeoutSettings> = Object.freeze({
  connectMs: 10_000,
  headersMs: 30_000,
  bodyMs: 30_000,
  requestMs: 45_000
})

/** What a GHL error carries on `cause`: GHL's status and parsed body (never a token). */
export interface GhlErrorCause {
  status: number
  body: unknown
  traceId?: string
  /** GHL's `meta`, e.g. `{ contactId, contactName, matchingField }` of a duplicate-contact 400. */
  meta?: Record<string, unknown>
  /** From `Retry-After` on a 429, in ms. */
  retryAfterMs?: number
  /** From `X-RateLimit-Interval-Milliseconds` on a 429. */
  intervalMs?: number
}

/** One prepared call; reused across retries of the same request (only `headers` and `token` change). */
export interface Exchange {
  method: Dispatcher.HttpMethod
  /** Path and query, without the API base path. */
  path: string
  headers: Record<string, string>
  body: string | undefined
  /** The bearer token in `headers`, kept only to scrub it from error bodies. */
  token: string
  /** Receives the response headers (rate-limit bookkeeping). */
  observe: ((headers: ResponseHeaders) => void) | undefined
}

export interface TransportSettings {
  apiBaseUrl: string
  dispatcher?: Dispatcher
  timeouts: TimeoutSettings
  /** Max sockets of the owned pool (undici default: unlimited). */
  connections?: number
  /** A larger response body fails the call. Default 10 MiB. */
  maxResponseBytes?: number
}

export interface Transport {
  send: (exchange: Exchange) => Promise<unknown>
  readonly origin: string
  close: () => Promise<void>
}

const MAX_MESSAGE = 300
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024

// Response headers the client reads; everything else is skipped without decoding.
const WANTED_HEADERS = new Set([
  'content-type',
  'retry-after',
  'x-ratelimit-remaining',
  'x-ratelimit-daily-remaining',
  'x-ratelimit-limit-daily',
  'x-ratelimit-max',
  'x-ratelimit-interval-milliseconds'
])
const WANTED_LENGTHS = new Set([...WANTED_HEADERS].map((h) => h.length))

/** The headers of WANTED_HEADERS from undici's raw [name, value, …] list, names lower-cased. */
export function pickHeaders (raw: ReadonlyArray<Buffer | string>): ResponseHeaders {
  const out: ResponseHeaders = {}
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const rawName = raw[i]
    if (!WANTED_LENGTHS.has(rawName.length)) continue
    const name = rawName.toString('latin1').toLowerCase()
    if (WANTED_HEADERS.has(name)) out[name] = raw[i + 1].toString('latin1')
  }
  return out
}

const DEADLINE = Object.freeze(Object.assign(new Error('GHL request deadline reached'), { code: 'GHL_DEADLINE' }))

/**
 * One exchange at undici's dispatch level (the handler interface undici's own `request()` uses). Compared with
 * `request()` + `body.json()` it skips the AsyncResource, the body stream and the parsing of every header: the call
 * path stays as cheap as a bare `pool.request`, so the breaker and the limiter fit in the budget. The per-call
 * deadline aborts the undici request through the `abort` undici hands over (no AbortController, no listener).
 */
class ExchangeHandler {
  readonly #ex: Exchange
  readonly #resolve: (value: unknown) => void
  readonly #reject: (err: Error) => void
  readonly #timeouts: TimeoutSettings
  readonly #maxBytes: number
  #abort: ((err: Error) => void) | null = null
  #settled = false
  #status = 0
  #headers: ResponseHeaders | null = null
  #chunks: Buffer[] = []
  #bytes = 0
  timer: NodeJS.Timeout | undefined = undefined

  constructor (ex: Exchange, resolve: (value: unknown) => void, reject: (err: Error) => void, timeouts: TimeoutSettings, maxBytes: number) {
    this.#ex = ex
    this.#resolve = resolve
    this.#reject = reject
    this.#timeouts = timeouts
    this.#maxBytes = maxBytes
  }

  onConnect (abort: (err: Error) => void): void {
    if (this.#settled) {
      abort(DEADLINE)
      return
    }
    this.#abort = abort
  }

  onHeaders (statusCode: number, rawHeaders: Buffer[], _resume: () => void, _statusText: string): boolean {
    if (statusCode < 200) return true // 1xx
    this.#status = statusCode
    const headers = pickHeaders(rawHeaders)
    this.#headers = headers
    if (this.#ex.observe !== undefined) this.#ex.observe(headers)
    return true
  }

  onData (chunk: Buffer): boolean {
    this.#bytes += chunk.length
    if (this.#bytes > this.#maxBytes) {
      this.#fail(makeError(GhlHttpError, [this.#status, this.#ex.method, pathOf(this.#ex), `response larger than ${this.#maxBytes} bytes`], { status: this.#status, body: null }))
      this.#abort?.(DEADLINE)
      return false
    }
    this.#chunks.push(chunk)
    return true
  }

  onComplete (_trailers: unknown): void {
    if (this.#settled) return
    const chunks = this.#chunks
    const text = chunks.length === 0 ? '' : chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, this.#bytes).toString('utf8')
    this.#chunks = []
    const status = this.#status
    const headers = this.#headers ?? {}
    if (status >= 200 && status < 300) {
      if (text.length === 0) return this.#succeed(null)
      const type = headers['content-type']
      if (type !== undefined && !String(type).includes('json')) return this.#succeed(text)
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        return this.#fail(makeError(GhlHttpError, [status, this.#ex.method, pathOf(this.#ex), 'response is not valid JSON'], { status, body: null }))
      }
      return this.#succeed(value)
    }
    this.#fail(httpError(status, this.#ex.method, this.#ex.path, text, headers, this.#ex.token))
  }

  onError (err: Error): void {
    if (this.#settled) return
    this.#fail(networkError(err, this.#ex.method, this.#ex.path, this.#timeouts))
  }

  /** The per-call deadline: fail now, and abort the undici request (now, or as soon as it is dispatched). */
  expire (requestMs: number): void {
    if (this.#settled) return
    this.#fail(makeError(GhlTimeoutError, [this.#ex.method, pathOf(this.#ex), requestMs], DEADLINE))
    this.#abort?.(DEADLINE)
  }

  #succeed (value: unknown): void {
    this.#settled = true
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.#resolve(value)
  }

  #fail (err: Error): void {
    this.#settled = true
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.#chunks = []
    this.#reject(err)
  }
}

function pathOf (ex: Exchange): string {
  const q = ex.path.indexOf('?')
  return q === -1 ? ex.path : ex.path.slice(0, q)
}

function onDeadline (handler: ExchangeHandler, requestMs: number): void {
  handler.expire(requestMs)
}

function firstHeader (value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** `Retry-After` as ms: delta-seconds or an HTTP date. */
export function parseRetryAfter (value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds * 1000))
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

function scrub (text: string, token: string): string {
  return token.length > 0 && text.includes(token) ? text.split(token).join('[redacted]') : text
}

/** GHL's message from an error body: `message` (string or array), else `error`, else the raw text. */
export function ghlMessage (body: unknown, fallback: string): string {
  let msg: string | undefined
  if (body !== null && typeof body === 'object') {
    const b = body as { message?: unknown, error?: unknown, msg?: unknown }
    if (typeof b.message === 'string') msg = b.message
    else if (Array.isArray(b.message)) msg = b.message.filter((m) => typeof m === 'string').join('; ')
    else if (typeof b.error === 'string') msg = b.error
    else if (typeof b.msg === 'string') msg = b.msg
  } else if (typeof body === 'string' && body.length > 0) {
    msg = body
  }
  if (msg === undefined || msg === '') msg = fallback
  return msg.length > MAX_MESSAGE ? msg.slice(0, MAX_MESSAGE) + '…' : msg
}

/** The typed error for a non-2xx answer; GHL's status and body on `cause`. */
export function httpError (status: number, method: string, path: string, text: string, headers: ResponseHeaders, token: string): Error {
  const clean = scrub(text, token)
  let body: unknown = clean
  if (clean.length > 0) {
    try { body = JSON.parse(clean) } catch { /* keep the text */ }
  } else {
    body = null
  }
  const cause: GhlErrorCause = { status, body }
  if (body !== null && typeof body === 'object') {
    const b = body as { traceId?: unknown, meta?: unknown }
    if (typeof b.traceId === 'string') cause.traceId = b.traceId
    if (b.meta !== null && typeof b.meta === 'object') cause.meta = b.meta as Record<string, unknown>
  }
  if (status === 429) {
    const retryAfter = parseRetryAfter(firstHeader(headers['retry-after']))
    if (retryAfter !== undefined) cause.retryAfterMs = retryAfter
    const interval = Number(firstHeader(headers['x-ratelimit-interval-milliseconds']))
    if (Number.isFinite(interval) && interval > 0) cause.intervalMs = interval
  }
  const pathOnly = path.split('?', 1)[0]
  return makeError(GhlHttpError, [status, method, pathOnly, ghlMessage(body, `HTTP ${status}`)], cause)
}

/** A network or timeout failure of undici, as a typed error with the original on `cause`. */
function networkError (err: unknown, method: string, path: string, timeouts: TimeoutSettings): Error {
  const code = (err as { code?: unknown } | null)?.code
  const pathOnly = path.split('?', 1)[0]
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return makeError(GhlTimeoutError, [method, pathOnly, timeouts.connectMs], err)
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return makeError(GhlTimeoutError, [method, pathOnly, timeouts.headersMs], err)
  if (code === 'UND_ERR_BODY_TIMEOUT') return makeError(GhlTimeoutError, [method, pathOnly, timeouts.bodyMs], err)
  const reason = err instanceof Error ? err.message : String(err)
  return makeError(GhlNetworkError, [method, pathOnly, typeof code === 'string' ? `${code} ${reason}` : reason], err)
}

export function createTransport (settings: TransportSettings): Transport {
  const url = new URL(settings.apiBaseUrl)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`apiBaseUrl must be an http(s) URL, got ${url.protocol}`)
  }
  const origin = url.origin
  const basePath = url.pathname.replace(/\/+$/, '')
  const timeouts = settings.timeouts
  const owned = settings.dispatcher === undefined
  const dispatcher: Dispatcher = settings.dispatcher ?? new Pool(origin, {
    connections: settings.connections ?? null,
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs
  })
  const requestMs = timeouts.requestMs
  const headersTimeout = timeouts.headersMs
  const bodyTimeout = timeouts.bodyMs
  const maxResponseBytes = settings.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES

  function send (ex: Exchange): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const handler = new ExchangeHandler(ex, resolve, reject, timeouts, maxResponseBytes)
      if (requestMs > 0) handler.timer = setTimeout(onDeadline, requestMs, handler, requestMs)
      try {
        dispatcher.dispatch({
          origin,
          path: basePath + ex.path,
          method: ex.method,
          headers: ex.headers,
          body: ex.body,
          headersTimeout,
          bodyTimeout
        }, handler)
      } catch (err) {
        handler.onError(err as Error)
      }
    })
  }

  return {
    send,
    origin,
    async close (): Promise<void> {
      if (owned) await dispatcher.close()
    }
  }
}

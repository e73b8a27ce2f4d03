// Backoff with full jitter, and which failures may be retried for which calls.

export interface RetrySettings {
  /** Total attempts, the first one included (1 = no retry). */
  attempts: number
  /** Base delay of the exponential backoff, in ms. */
  baseMs: number
  /** Upper bound of one delay, in ms. */
  capMs: number
}

export const DEFAULT_RETRY: Readonly<RetrySettings> = Object.freeze({ attempts: 3, baseMs: 200, capMs: 5000 })

/**
 * Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): a delay drawn uniformly from
 * [0, min(cap, base * 2^retry)). `retry` counts from 0 for the first retry.
 */
export function backoffDelay (retry: number, settings: RetrySettings, random: () => number): number {
  const ceiling = Math.min(settings.capMs, settings.baseMs * 2 ** retry)
  return Math.floor(random() * ceiling)
}

/**
 * Error codes of failures that happened before a single byte of the request reached the network: the connection
 * was never established, so even a non-idempotent call (POST /contacts/) can be sent again safely.
 * Deliberately short: `ECONNRESET`, `EPIPE`, `UND_ERR_SOCKET`, headers/body timeouts may all happen after GHL
 * received (and acted on) the request.
 */
const NEVER_SENT_CODES = new Set([
  'ECONNREFUSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL'
])

/** Network-level failures worth retrying for an idempotent call (the request may or may not have been processed). */
const TRANSIENT_CODES = new Set([
  ...NEVER_SENT_CODES,
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'
])

function codeOf (err: unknown): string | undefined {
  if (err === null || typeof err !== 'object') return undefined
  const code = (err as { code?: unknown }).code
  return typeof code === 'string' ? code : undefined
}

/**
 * The code that explains a failure: for the transport's `GHL_NETWORK` / `GHL_TIMEOUT` wrappers the code of the
 * undici or socket error on `cause`, else the error's own code.
 */
export function failureCode (err: unknown): string | undefined {
  const code = codeOf(err)
  if (code === 'GHL_NETWORK' || code === 'GHL_TIMEOUT' || code === undefined) {
    const inner = codeOf((err as { cause?: unknown } | null)?.cause)
    return inner ?? code
  }
  return code
}

/** True when the failure surely happened before the request left this process (safe to resend any call). */
export function neverSent (err: unknown): boolean {
  const code = failureCode(err)
  return code !== undefined && NEVER_SENT_CODES.has(code)
}

/** True for network failures and timeouts that a retry may cure (HTTP answers: see `retryableStatus`). */
export function transientNetworkError (err: unknown): boolean {
  if (codeOf(err) === 'GHL_TIMEOUT') return true
  const code = failureCode(err)
  return code !== undefined && TRANSIENT_CODES.has(code)
}

/** HTTP statuses worth retrying for an idempotent call (429 has its own path). */
export function retryableStatus (status: number): boolean {
  return status >= 500 && status !== 501 && status !== 505
}

/** Methods that are idempotent by HTTP semantics. POST/PATCH are not, unless the caller says so (upsert, search). */
export function idempotentMethod (method: string): boolean {
  return method === 'GET' || method === 'PUT' || method === 'DELETE' || method === 'HEAD' || method === 'OPTIONS'
}

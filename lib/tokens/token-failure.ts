// What a token-endpoint answer means for the connection. HighLevel publishes no list of its token errors, so answers
// are classified by what they prove: only one that proves the refresh token is spent ends the connection. The words
// kept on the row (last_error) are ours plus GHL's message scrubbed of anything token-like, never GHL's body verbatim.

/**
 * - `invalid_grant`: the grant (code or refresh token) is dead — `reauth_required`, final until re-authorization.
 * - `invalid_client`: GHL refused this instance's client id / secret — a configuration error of this instance; the
 *   stored tokens are untouched and still good for instances configured correctly.
 * - `location_inactive`: "Location is not active" (a suspended sub-account): the location's state, not the grant's.
 * - `rate_limited`: 429; `retryAfterMs` from `Retry-After` when given.
 * - `server`: 5xx — retry with backoff.
 * - `transient`: 404 / 408, typically from something in between: the request never reached the token logic.
 * - `rejected`: any other 4xx — unknown: retried with a long backoff, logged as an error, the status kept.
 * - `unsent`: the request never left (connection refused…) — retry.
 * - `lost`: sent, no answer (timeout, reset) — the refresh token may already be consumed; try once more only.
 */
export type OAuthFailureKind =
  | 'invalid_grant' | 'invalid_client' | 'location_inactive' | 'rate_limited' | 'server' | 'transient' | 'rejected'
  | 'unsent' | 'lost'

export interface OAuthFailureCause {
  kind: OAuthFailureKind
  status?: number
  /** GHL's `error` / `error_description` / `message`, scrubbed of anything token-like and capped. */
  error?: string
  description?: string
  /** From `Retry-After` (429, 503). */
  retryAfterMs?: number
}

/** Longest piece of GHL's text kept (in messages and on the row). */
export const MAX_GHL_TEXT = 160

const JWT = /[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}/g
const BEARER = /\bbearer\s+[^\s",;()[\]{}<>]+/gi
const ASSIGNED = /\b(refresh_token|access_token|id_token|token|code|client_secret|secret)("?\s*[:=]\s*"?)[^\s",;&()[\]{}<>]+/gi
/** Long runs of token alphabet (opaque tokens, hex, base64); GHL ids are about 20 characters and stay. */
const OPAQUE = /[A-Za-z0-9+/_=-]{28,}/g
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]+/g

/** GHL's text as it may be shown: control characters out, anything token-like redacted, at most MAX_GHL_TEXT chars. */
export function scrubGhlText (value: string, max = MAX_GHL_TEXT): string {
  const clean = value
    .replace(CONTROL, ' ')
    .replace(JWT, '[redacted]')
    .replace(BEARER, 'Bearer [redacted]')
    .replace(ASSIGNED, '$1$2[redacted]')
    .replace(OPAQUE, '[redacted]')
    .replace(/\s+/g, ' ')
    .trim()
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean
}

/** A string, or the strings of an array joined, scrubbed; else undefined. */
export function ghlText (value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : scrubGhlText(value)
  if (Array.isArray(value)) {
    const joined = value.filter((v) => typeof v === 'string').join('; ')
    return joined === '' ? undefined : scrubGhlText(joined)
  }
  return undefined
}

const LOCATION_STATE = /location (is )?(not active|inactive|suspended|disabled|deactivated|paused)|(sub-?account|location) (has been|was) (suspended|deactivated|disabled|paused)/i
const SPENT_GRANT = /invalid[_ ]grant|refresh token (is )?(invalid|expired|revoked|already (been )?used)|token (has been )?revoked/i
const BAD_CLIENT = /invalid[_ ]client|unauthori[sz]ed[_ ]client|client (is )?invalid|client authentication failed|invalid client (id|secret|credentials)/i

/** The kind of a token-endpoint answer that was not 2xx. */
export function classifyAnswer (status: number, error: string | undefined, description: string | undefined): OAuthFailureKind {
  if (status >= 500) return 'server'
  if (status === 429) return 'rate_limited'
  const words = `${error ?? ''} ${description ?? ''}`
  if (error === 'invalid_grant' || SPENT_GRANT.test(words)) return 'invalid_grant'
  // RFC 6749 §5.2: a 401 from the token endpoint is the client's authentication failing.
  if (error === 'invalid_client' || error === 'unauthorized_client' || BAD_CLIENT.test(words) || status === 401) return 'invalid_client'
  if (LOCATION_STATE.test(words)) return 'location_inactive'
  if (status === 404 || status === 408) return 'transient'
  return 'rejected'
}

const REASONS: Record<OAuthFailureKind, string> = {
  invalid_grant: 'invalid_grant: GHL rejected the refresh token (used, revoked or expired); re-authorize',
  invalid_client: "invalid_client: GHL rejected this instance's client credentials (GHL_CLIENT_ID / GHL_CLIENT_SECRET); the stored tokens are untouched",
  location_inactive: 'location_inactive: GHL says the location is not active (suspended sub-account); retried on a slow schedule',
  rate_limited: 'rate_limited: the token endpoint answered 429; retried after a backoff, the current token is kept',
  server: 'server_error: the token endpoint failed (5xx); retried with backoff, the current token is kept',
  transient: 'transient: the token endpoint was not reached (404/408 from something in between); retried, the current token is kept',
  rejected: 'unexpected_answer: the token endpoint refused the refresh with an unknown 4xx; retried after a long backoff',
  unsent: 'unreachable: the token endpoint could not be reached; retried, the current token is kept',
  lost: 'no_answer: the token endpoint did not answer; the request may have been processed'
}

/** The words kept on the row: our classified reason, then the HTTP status and GHL's scrubbed message. */
export function failureReason (cause: OAuthFailureCause): string {
  const detail = [cause.status === undefined ? undefined : `HTTP ${cause.status}`, cause.error, cause.description]
    .filter((part): part is string => part !== undefined && part !== '')
  const unique = detail.filter((part, i) => detail.indexOf(part) === i)
  return unique.length === 0 ? REASONS[cause.kind] : `${REASONS[cause.kind]} (GHL: ${unique.join(': ')})`
}

export function oauthFailure (err: unknown): OAuthFailureCause | undefined {
  const cause = (err as { cause?: unknown } | undefined)?.cause
  if (cause !== null && typeof cause === 'object' && 'kind' in cause) return cause as OAuthFailureCause
  return undefined
}

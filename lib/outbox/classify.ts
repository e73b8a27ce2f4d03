// What a failed delivery means for its job: try again later (backoff with full jitter), wait without burning an
// attempt while the connection cannot work (park), or never (dead, with GHL's reason).

export type Verdict =
  | { action: 'retry', reason: string, minDelayMs?: number }
  | { action: 'park', reason: string, until: 'breaker' | 'recheck' }
  | { action: 'dead', reason: string }

/** Our own codes that say the connection cannot work now: waiting helps, attempts would only be burned. */
const PARK_CODES: Record<string, 'breaker' | 'recheck'> = {
  GHL_UNAVAILABLE: 'breaker', // circuit open: flows again when the breaker closes
  GHL_REAUTH_REQUIRED: 'recheck', // the grant is dead: flows again when new tokens arrive
  GHL_NOT_CONNECTED: 'recheck', // no tokens stored yet: same
  GHL_DAILY_RESERVE: 'recheck' // the location's daily budget is down to the reserve for live calls: flows again when it is not
}

/** Codes that will fail the same way every time: bad input or configuration. */
const DEAD_CODES = new Set(['GHL_VALIDATION', 'GHL_CONFIG'])

/** GHL statuses worth trying again: timeouts, rate limits, server errors. */
function transientStatus (status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500
}

function messageOf (err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  return message.length > 1000 ? message.slice(0, 1000) + '…' : message
}

export function classify (err: unknown): Verdict {
  const reason = messageOf(err)
  const code = (err as { code?: unknown } | null)?.code
  if (typeof code === 'string') {
    const park = PARK_CODES[code]
    if (park !== undefined) return { action: 'park', reason, until: park }
    if (DEAD_CODES.has(code)) return { action: 'dead', reason }
    if (code === 'GHL_HTTP_ERROR') {
      const cause = (err as { cause?: { status?: unknown, retryAfterMs?: unknown } }).cause
      const status = typeof cause?.status === 'number' ? cause.status : 0
      if (status >= 400 && status < 500 && !transientStatus(status)) return { action: 'dead', reason }
      const retryAfter = typeof cause?.retryAfterMs === 'number' ? cause.retryAfterMs : undefined
      return retryAfter === undefined ? { action: 'retry', reason } : { action: 'retry', reason, minDelayMs: retryAfter }
    }
  }
  // Network errors, timeouts, 429s the client could not wait out, lock timeouts, failed refreshes, anything unknown.
  return { action: 'retry', reason }
}

/** Full jitter: uniform over [0, min(cap, base × 2^(attempt − 1))). */
export function backoffMs (attempt: number, backoff: { baseMs: number, capMs: number }, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 40)))
  return Math.floor(random() * ceiling)
}

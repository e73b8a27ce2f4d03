// Failed admin logins, limited per client address: after `maxFailures` within `windowMs` the address waits until
// the window ends (every attempt, right or wrong, is refused meanwhile). In this process only: a guessing client
// spread over several instances gets a few more tries per instance, never enough to matter against a long token.
export const DEFAULT_MAX_FAILURES = 5
export const DEFAULT_WINDOW_MS = 15 * 60_000
/** Most addresses remembered; the oldest window is forgotten first. */
const MAX_ADDRESSES = 10_000

export interface LoginLimiter {
  /** Milliseconds until this address may try again, or 0. */
  blockedFor (address: string): number
  failed (address: string): void
  succeeded (address: string): void
}

export function createLoginLimiter (options: { maxFailures?: number, windowMs?: number, now?: () => number } = {}): LoginLimiter {
  const maxFailures = options.maxFailures ?? DEFAULT_MAX_FAILURES
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS
  const now = options.now ?? Date.now
  const failures = new Map<string, { count: number, since: number }>()
  const current = (address: string): { count: number, since: number } | undefined => {
    const entry = failures.get(address)
    if (entry !== undefined && now() - entry.since >= windowMs) {
      failures.delete(address)
      return undefined
    }
    return entry
  }
  return {
    blockedFor (address) {
      const entry = current(address)
      return entry === undefined || entry.count < maxFailures ? 0 : Math.max(1, entry.since + windowMs - now())
    },
    failed (address) {
      const entry = current(address)
      if (entry !== undefined) {
        entry.count++
        return
      }
      if (failures.size >= MAX_ADDRESSES) failures.delete(failures.keys().next().value as string)
      failures.set(address, { count: 1, since: now() })
    },
    succeeded (address) {
      failures.delete(address)
    }
  }
}

// Failed admin logins, limited per client address: after `maxFailures` within `windowMs` (counted from the first
// failure) the address waits until the window ends, and every attempt, right or wrong, is refused meanwhile. Counted
// for the whole fleet in the store (the address as an HMAC, never in clear); a host store without the login-failure
// methods counts in this process only, so a client guessing across N instances gets N times the tries.
import { createHmac } from 'node:crypto'
import type { LoginFailures, TokenStore } from '../../db/types.js'

export const DEFAULT_MAX_FAILURES = 5
export const DEFAULT_WINDOW_MS = 15 * 60_000
/** Most addresses the in-process limiter remembers; the oldest window is forgotten first. */
const MAX_ADDRESSES = 10_000

export interface LoginLimiter {
  /** Milliseconds until this address may try again, or 0. */
  blockedFor (address: string): Promise<number>
  failed (address: string): Promise<void>
  succeeded (address: string): Promise<void>
}

export interface LoginLimiterOptions {
  maxFailures?: number
  windowMs?: number
  now?: () => number
}

/** Where the failures of each address (already hashed) are counted. */
interface FailureCounts {
  record (key: string, at: Date, windowEndsAt: Date): Promise<LoginFailures>
  read (key: string, at: Date): Promise<LoginFailures | null>
  clear (key: string): Promise<void>
}

function memoryCounts (): FailureCounts {
  const failures = new Map<string, LoginFailures>()
  return {
    async record (key, at, windowEndsAt) {
      const entry = failures.get(key)
      if (entry !== undefined && entry.windowEndsAt > at) {
        entry.failures++
        return { ...entry }
      }
      failures.delete(key)
      if (failures.size >= MAX_ADDRESSES) failures.delete(failures.keys().next().value as string)
      failures.set(key, { failures: 1, windowEndsAt })
      return { failures: 1, windowEndsAt }
    },
    async read (key, at) {
      const entry = failures.get(key)
      return entry !== undefined && entry.windowEndsAt > at ? { ...entry } : null
    },
    async clear (key) { failures.delete(key) }
  }
}

function limiterOver (counts: FailureCounts, keyOf: (address: string) => string, options: LoginLimiterOptions): LoginLimiter {
  const maxFailures = options.maxFailures ?? DEFAULT_MAX_FAILURES
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS
  const now = options.now ?? Date.now
  return {
    async blockedFor (address) {
      const at = now()
      const entry = await counts.read(keyOf(address), new Date(at))
      return entry === null || entry.failures < maxFailures ? 0 : Math.max(1, entry.windowEndsAt.getTime() - at)
    },
    async failed (address) {
      const at = now()
      await counts.record(keyOf(address), new Date(at), new Date(at + windowMs))
    },
    async succeeded (address) {
      await counts.clear(keyOf(address))
    }
  }
}

/** A limiter counting in this process only. */
export function createLoginLimiter (options: LoginLimiterOptions = {}): LoginLimiter {
  return limiterOver(memoryCounts(), (address) => address, options)
}

/**
 * The fleet-wide limiter over the store's login-failure table (addresses keyed by an HMAC with `secret`), or one in
 * this process for a host store without it.
 */
export function loginLimiterFor (store: TokenStore, secret: string, options: LoginLimiterOptions = {}): { limiter: LoginLimiter, shared: boolean } {
  const { recordLoginFailure, loginFailures, clearLoginFailures } = store
  if (typeof recordLoginFailure !== 'function' || typeof loginFailures !== 'function' || typeof clearLoginFailures !== 'function') {
    return { limiter: createLoginLimiter(options), shared: false }
  }
  const counts: FailureCounts = {
    record: async (key, at, windowEndsAt) => await recordLoginFailure.call(store, key, at, windowEndsAt),
    read: async (key, at) => await loginFailures.call(store, key, at),
    clear: async (key) => { await clearLoginFailures.call(store, key) }
  }
  const keyOf = (address: string): string => createHmac('sha256', secret).update(`admin-login:${address}`).digest('base64url')
  return { limiter: limiterOver(counts, keyOf, options), shared: true }
}

// The OAuth `state` parameter, bound to the browser that started the flow and usable once (RFC 6749 §10.12,
// RFC 9700 §4.7). Issuing makes a random nonce, which the route puts in an HttpOnly cookie, and a state that carries
// the nonce's SHA-256 with its expiry and where to go back, signed with HMAC-SHA256: every instance that shares the
// secret (by default derived from the client secret) can verify a state another instance issued. The callback
// verifies the state against the cookie's nonce, then consumes the nonce in a ledger shared by the fleet (the
// database), so a state works once, in the browser that asked for it, before it expires.
//
//   v2.<expiry, unix seconds, base36>.<return: a | n>.<SHA-256 of the nonce, base64url>.<HMAC of the first four parts>
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { TokenStore } from '../../db/types.js'

export const DEFAULT_STATE_TTL_S = 600
/** The longest lifetime a state may be given (the cap of options.stateTtlSeconds). */
export const MAX_STATE_TTL_S = 3600
const VERSION = 'v2'
const NONCE_BYTES = 32
/** Longer states are rejected before any work (a query parameter an attacker controls). */
const MAX_STATE_LENGTH = 200
/** A nonce from a cookie is 43 base64url characters; anything else is not ours. */
const NONCE_PATTERN = /^[A-Za-z0-9_-]{43}$/

export type StateFailure = 'missing' | 'malformed' | 'forged' | 'expired' | 'no_cookie' | 'other_browser' | 'used'

/** Where the callback sends the browser after a success: the admin page, or the plugin's usual answer. */
export type StateReturn = 'admin' | 'none'

export type StateCheck =
  | { ok: true, expiresAt: Date, nonceHash: string, returnTo: StateReturn }
  | { ok: false, reason: StateFailure }

export interface OAuthStateOptions {
  /** HMAC key material; at least 32 characters (the client secret works: it is mixed with a fixed label). */
  secret: string
  /** Lifetime of an issued state, in seconds. Default 600, at most 3600. */
  ttlSeconds?: number
  now?: () => number
}

export interface IssuedState {
  state: string
  /** The browser's half: goes into the HttpOnly cookie, never into a URL. */
  nonce: string
  expiresAt: Date
}

export interface OAuthStateSigner {
  readonly ttlSeconds: number
  /** A new signed state and its nonce, expiring after the configured lifetime. */
  issue (returnTo?: StateReturn): IssuedState
  /** Checks the signature, the expiry and that `nonce` (the cookie) is the one the state was issued with. */
  verify (state: unknown, nonce: unknown): StateCheck
}

/** Where used nonces are remembered until their state expires (the database, shared by every instance). */
export interface NonceLedger {
  /** Records the nonce as used; false when it was used before. */
  consumeOnce (nonceHash: string, expiresAt: Date): Promise<boolean>
  /** Whether the nonce was recorded as used (and its expiry has not passed). */
  isUsed (nonceHash: string): Promise<boolean>
}

function hashNonce (nonce: string): string {
  return createHash('sha256').update(nonce).digest('base64url')
}

/** Compared as text: decoding would accept other spellings of the same bytes (base64url's last character carries unused bits). */
function sameText (a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

export function createOAuthState (options: OAuthStateOptions): OAuthStateSigner {
  if (typeof options.secret !== 'string' || options.secret.length === 0) throw new TypeError('oauth state: secret must be a non-empty string')
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_STATE_TTL_S
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > MAX_STATE_TTL_S) {
    throw new TypeError(`oauth state: ttlSeconds must be a positive number of at most ${MAX_STATE_TTL_S}`)
  }
  const now = options.now ?? Date.now
  // A key of our own, so the raw secret is never used as an HMAC key for anything else.
  const key = createHmac('sha256', options.secret).update('fastify-ghl oauth state v2').digest()
  const mac = (data: string): string => createHmac('sha256', key).update(data).digest('base64url')

  return {
    ttlSeconds,

    issue (returnTo = 'none') {
      const expiresAt = Math.floor(now() / 1000) + Math.ceil(ttlSeconds)
      const nonce = randomBytes(NONCE_BYTES).toString('base64url')
      const body = `${VERSION}.${expiresAt.toString(36)}.${returnTo === 'admin' ? 'a' : 'n'}.${hashNonce(nonce)}`
      return { state: `${body}.${mac(body)}`, nonce, expiresAt: new Date(expiresAt * 1000) }
    },

    verify (state, nonce) {
      if (typeof state !== 'string' || state === '') return { ok: false, reason: 'missing' }
      if (state.length > MAX_STATE_LENGTH) return { ok: false, reason: 'malformed' }
      const parts = state.split('.')
      if (parts.length !== 5 || parts[0] !== VERSION || !/^[0-9a-z]{1,12}$/.test(parts[1]) || !/^[an]$/.test(parts[2])) {
        return { ok: false, reason: 'malformed' }
      }
      if (!sameText(parts[4], mac(parts.slice(0, 4).join('.')))) return { ok: false, reason: 'forged' }
      const expiresAt = parseInt(parts[1], 36) * 1000
      if (!(expiresAt > now())) return { ok: false, reason: 'expired' }
      // A signed state whose expiry lies further out than any lifetime we issue was not issued by this configuration.
      if (expiresAt > now() + (MAX_STATE_TTL_S + 60) * 1000) return { ok: false, reason: 'forged' }
      if (typeof nonce !== 'string' || nonce === '') return { ok: false, reason: 'no_cookie' }
      if (!NONCE_PATTERN.test(nonce) || !sameText(hashNonce(nonce), parts[3])) return { ok: false, reason: 'other_browser' }
      return { ok: true, expiresAt: new Date(expiresAt), nonceHash: parts[3], returnTo: parts[2] === 'a' ? 'admin' : 'none' }
    }
  }
}

/** Most nonces the in-process ledger remembers (it forgets the soonest-expiring first). */
const MAX_MEMORY_NONCES = 10_000

/**
 * A ledger in this process only, for a host TokenStore without `consumeNonce`: a state still works once per
 * instance, not once per fleet (the plugin logs a warning at registration).
 */
export function memoryNonceLedger (now: () => number = Date.now): NonceLedger {
  const used = new Map<string, number>()
  return {
    async consumeOnce (nonceHash, expiresAt) {
      const at = now()
      for (const [hash, until] of used) if (until <= at) used.delete(hash)
      if (used.has(nonceHash)) return false
      if (used.size >= MAX_MEMORY_NONCES) used.delete(used.keys().next().value as string)
      used.set(nonceHash, expiresAt.getTime())
      return true
    },
    async isUsed (nonceHash) {
      return (used.get(nonceHash) ?? 0) > now()
    }
  }
}

/** The fleet-wide ledger (the store's used-nonce table), or one in this process for a host store without it. */
export function nonceLedgerFor (store: TokenStore, now: () => number = Date.now): { ledger: NonceLedger, shared: boolean } {
  if (typeof store.consumeNonce === 'function' && typeof store.nonceUsed === 'function') {
    return {
      ledger: {
        consumeOnce: async (hash, expiresAt) => (await store.consumeNonce?.(hash, expiresAt)) === true,
        isUsed: async (hash) => (await store.nonceUsed?.(hash)) === true
      },
      shared: true
    }
  }
  return { ledger: memoryNonceLedger(now), shared: false }
}

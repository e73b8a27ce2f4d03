// The OAuth `state` parameter without a database: an HMAC-SHA256-signed token carrying its own expiry and a
// random nonce. Every instance that shares the secret (by default derived from the client secret) can verify a
// state another instance issued.
//
//   v1.<expiry, unix seconds, base36>.<nonce, 16 random bytes, base64url>.<HMAC of the first three parts, base64url>
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const DEFAULT_STATE_TTL_S = 600
const VERSION = 'v1'
const NONCE_BYTES = 16
/** Longer states are rejected before any work (a query parameter an attacker controls). */
const MAX_STATE_LENGTH = 200

export type StateFailure = 'missing' | 'malformed' | 'forged' | 'expired'

export type StateCheck = { ok: true, expiresAt: Date } | { ok: false, reason: StateFailure }

export interface OAuthStateOptions {
  /** HMAC key material; at least 32 characters (the client secret works: it is mixed with a fixed label). */
  secret: string
  /** Lifetime of an issued state, in seconds. Default 600. */
  ttlSeconds?: number
  now?: () => number
}

export interface OAuthStateSigner {
  /** A new signed state that expires after the configured lifetime. */
  issue (): { state: string, expiresAt: Date }
  verify (state: unknown): StateCheck
}

export function createOAuthState (options: OAuthStateOptions): OAuthStateSigner {
  if (typeof options.secret !== 'string' || options.secret.length === 0) throw new TypeError('oauth state: secret must be a non-empty string')
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_STATE_TTL_S
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) throw new TypeError('oauth state: ttlSeconds must be a positive number')
  const now = options.now ?? Date.now
  // A key of our own, so the raw secret is never used as an HMAC key for anything else.
  const key = createHmac('sha256', options.secret).update('fastify-ghl oauth state v1').digest()
  const mac = (data: string): Buffer => createHmac('sha256', key).update(data).digest()

  return {
    issue () {
      const expiresAt = Math.floor(now() / 1000) + Math.ceil(ttlSeconds)
      const body = `${VERSION}.${expiresAt.toString(36)}.${randomBytes(NONCE_BYTES).toString('base64url')}`
      return { state: `${body}.${mac(body).toString('base64url')}`, expiresAt: new Date(expiresAt * 1000) }
    },

    verify (state) {
      if (typeof state !== 'string' || state === '') return { ok: false, reason: 'missing' }
      if (state.length > MAX_STATE_LENGTH) return { ok: false, reason: 'malformed' }
      const parts = state.split('.')
      if (parts.length !== 4 || parts[0] !== VERSION || !/^[0-9a-z]{1,12}$/.test(parts[1])) return { ok: false, reason: 'malformed' }
      // Compared as text: decoding would accept other spellings of the same bytes (base64url's last character
      // carries unused bits), so a changed state could still verify.
      const given = Buffer.from(parts[3])
      const expected = Buffer.from(mac(`${parts[0]}.${parts[1]}.${parts[2]}`).toString('base64url'))
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' }
      const expiresAt = parseInt(parts[1], 36) * 1000
      if (!(expiresAt > now())) return { ok: false, reason: 'expired' }
      return { ok: true, expiresAt: new Date(expiresAt) }
    }
  }
}

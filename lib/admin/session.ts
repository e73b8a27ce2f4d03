// The admin page's credentials, framework-free: signed expiring session tokens (the cookie's value), CSRF tokens
// bound to a session (or to a browser's own CSRF cookie when the host's adminPreHandler guards the page), and
// one-time login tickets (the demo's printed link). Everything is an HMAC-SHA256 under keys derived from the admin
// token, so changing the token ends every session and voids every ticket.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const DEFAULT_SESSION_TTL_S = 8 * 3600
export const DEFAULT_TICKET_TTL_S = 10 * 60
const MAX_TOKEN_LENGTH = 200

export interface AdminSession {
  /** Random id of the session: CSRF tokens are bound to it. */
  id: string
  expiresAt: Date
  /** What the used-nonce ledger records when the session is logged out (fleet-wide, until it would have expired). */
  revocationHash: string
}

export type TicketCheck = { ok: true, hash: string, expiresAt: Date } | { ok: false, reason: 'malformed' | 'forged' | 'expired' }

export interface AdminCredentials {
  /** A new session's cookie value. */
  issueSession (): { value: string, session: AdminSession }
  /** The session of a cookie value, or null (missing, forged, expired); a logged-out one is for the caller to refuse. */
  readSession (value: unknown): AdminSession | null
  /** The CSRF token of a session id (or of a CSRF cookie's value). */
  csrfToken (binding: string): string
  checkCsrf (binding: string, token: unknown): boolean
  /** Compares a typed admin token with the configured one in constant time. */
  checkAdminToken (given: unknown): boolean
  /** A one-time login ticket (the demo prints it in a link): valid once, until it expires. */
  issueTicket (ttlSeconds?: number): string
  checkTicket (ticket: unknown): TicketCheck
}

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest()
const revocationHash = (sessionId: string): string => createHash('sha256').update(`admin-session:${sessionId}`).digest('base64url')

function sameText (a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** Signed `v1.<expiry base36>.<random>.<mac>` tokens under one key and label. */
function signedTokens (key: Buffer, label: string, now: () => number) {
  const mac = (body: string): string => createHmac('sha256', key).update(`${label}|${body}`).digest('base64url')
  return {
    issue (ttlSeconds: number): { value: string, id: string, expiresAt: Date } {
      const exp = Math.floor(now() / 1000) + Math.ceil(ttlSeconds)
      const id = randomBytes(18).toString('base64url')
      const body = `v1.${exp.toString(36)}.${id}`
      return { value: `${body}.${mac(body)}`, id, expiresAt: new Date(exp * 1000) }
    },
    read (value: unknown): { id: string, expiresAt: Date } | 'malformed' | 'forged' | 'expired' {
      if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TOKEN_LENGTH) return 'malformed'
      const parts = value.split('.')
      if (parts.length !== 4 || parts[0] !== 'v1' || !/^[0-9a-z]{1,12}$/.test(parts[1]) || !/^[A-Za-z0-9_-]{24}$/.test(parts[2])) return 'malformed'
      if (!sameText(parts[3], mac(parts.slice(0, 3).join('.')))) return 'forged'
      const expiresAt = parseInt(parts[1], 36) * 1000
      if (!(expiresAt > now())) return 'expired'
      return { id: parts[2], expiresAt: new Date(expiresAt) }
    }
  }
}

export function createAdminCredentials (options: { adminToken: string | undefined, fallbackSecret: string, sessionTtlSeconds?: number, now?: () => number }): AdminCredentials {
  const now = options.now ?? Date.now
  const sessionTtl = options.sessionTtlSeconds ?? DEFAULT_SESSION_TTL_S
  // Without an admin token (the host's adminPreHandler guards the page) only CSRF tokens are made, from the state secret.
  const root = createHmac('sha256', options.adminToken ?? options.fallbackSecret).update('fastify-ghl admin page v1').digest()
  const sessions = signedTokens(root, 'session', now)
  const tickets = signedTokens(root, 'ticket', now)
  const csrfKey = createHmac('sha256', root).update('csrf').digest()
  const expected = options.adminToken === undefined ? undefined : sha256(options.adminToken)

  const csrfToken = (binding: string): string => createHmac('sha256', csrfKey).update(binding).digest('base64url')
  return {
    issueSession () {
      const { value, id, expiresAt } = sessions.issue(sessionTtl)
      return { value, session: { id, expiresAt, revocationHash: revocationHash(id) } }
    },
    readSession (value) {
      const read = sessions.read(value)
      return typeof read === 'string' ? null : { ...read, revocationHash: revocationHash(read.id) }
    },
    csrfToken,
    checkCsrf (binding, token) {
      return typeof token === 'string' && token.length < MAX_TOKEN_LENGTH && sameText(token, csrfToken(binding))
    },
    checkAdminToken (given) {
      if (expected === undefined || typeof given !== 'string' || given.length === 0 || given.length > 1000) return false
      return timingSafeEqual(sha256(given), expected)
    },
    issueTicket (ttlSeconds = DEFAULT_TICKET_TTL_S) {
      return tickets.issue(ttlSeconds).value
    },
    checkTicket (ticket) {
      const read = tickets.read(ticket)
      if (typeof read === 'string') return { ok: false, reason: read }
      return { ok: true, hash: createHash('sha256').update(`ticket:${read.id}`).digest('base64url'), expiresAt: read.expiresAt }
    }
  }
}

/** A one-time login ticket for the admin page, made from the admin token alone (what the demo prints as a link). */
export function adminLoginTicket (adminToken: string, ttlSeconds = DEFAULT_TICKET_TTL_S): string {
  return createAdminCredentials({ adminToken, fallbackSecret: adminToken }).issueTicket(ttlSeconds)
}

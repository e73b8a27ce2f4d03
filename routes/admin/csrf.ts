// CSRF for the admin page's forms: every state-changing action is a POST carrying a token bound to the session
// (login mode) or to the browser's own SameSite=Strict CSRF cookie (when the host's adminPreHandler guards the page).
// A POST whose Origin names another site is refused as well.
import { randomBytes } from 'node:crypto'
import { serialize } from 'cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AdminCredentials } from '../../lib/admin/session.js'
import { GhlAdminForbiddenError } from '../../lib/errors.js'
import { readCookie, secureCookies } from '../oauth-cookie.js'

export const CSRF_COOKIE = 'ghl_admin_csrf'
export const CSRF_FIELD = '_csrf'

/** What CSRF tokens are bound to for this request: the session's id, else the CSRF cookie (set now when missing). */
export function csrfBinding (request: FastifyRequest, reply: FastifyReply, sessionId: string | undefined, path: string): string {
  if (sessionId !== undefined) return `session:${sessionId}`
  let value = readCookie(request, CSRF_COOKIE)
  if (value === undefined || !/^[A-Za-z0-9_-]{32}$/.test(value)) {
    value = randomBytes(24).toString('base64url')
    void reply.header('set-cookie', serialize(CSRF_COOKIE, value, { httpOnly: true, secure: secureCookies(request), sameSite: 'strict', path }))
  }
  return `cookie:${value}`
}

/** Throws 403 unless the form's token matches and the request does not come from another origin. */
export function checkCsrf (credentials: AdminCredentials, request: FastifyRequest, sessionId: string | undefined): void {
  const origin = request.headers.origin
  if (typeof origin === 'string' && origin !== 'null') {
    let host: string | undefined
    try { host = new URL(origin).host } catch {}
    if (host !== request.host) throw new GhlAdminForbiddenError('this form was posted from another site')
  }
  const binding = sessionId !== undefined ? `session:${sessionId}` : `cookie:${readCookie(request, CSRF_COOKIE) ?? ''}`
  const token = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD]
  if (!credentials.checkCsrf(binding, token)) throw new GhlAdminForbiddenError('the form has no valid CSRF token: reload the admin page and try again')
}

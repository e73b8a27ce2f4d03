// The admin page's login session: a signed, expiring token in an HttpOnly, SameSite=Strict cookie scoped to the
// page's path, set by the login form (or a one-time login link) and cleared by "Log out". With the host's
// adminPreHandler there is no session: the host's own guard runs on every admin route.
import { serialize } from 'cookie'
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { AdminCredentials, AdminSession } from '../../lib/admin/session.js'
import { readCookie, secureCookies } from '../oauth-cookie.js'

export const SESSION_COOKIE = 'ghl_admin_session'

export function readSession (credentials: AdminCredentials, request: FastifyRequest): AdminSession | null {
  return credentials.readSession(readCookie(request, SESSION_COOKIE))
}

export function startSession (credentials: AdminCredentials, request: FastifyRequest, reply: FastifyReply, path: string): void {
  const { value, session } = credentials.issueSession()
  void reply.header('set-cookie', serialize(SESSION_COOKIE, value, {
    httpOnly: true,
    secure: secureCookies(request),
    sameSite: 'strict',
    path,
    expires: session.expiresAt
  }))
}

export function endSession (request: FastifyRequest, reply: FastifyReply, path: string): void {
  void reply.header('set-cookie', serialize(SESSION_COOKIE, '', { httpOnly: true, secure: secureCookies(request), sameSite: 'strict', path, maxAge: 0 }))
}

/** How the page is guarded: the host's adminPreHandler, or our login (null when no admin token is configured). */
export type AdminAccess =
  | { mode: 'host', guard: preHandlerAsyncHookHandler }
  | { mode: 'login' }
  | { mode: 'disabled' }

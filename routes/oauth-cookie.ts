// The browser's half of the OAuth state: an HttpOnly, SameSite=Lax cookie holding the state's nonce, set when a flow
// starts (GET /auth-url, the admin page's Connect) and read back, then cleared, by GET /callback. Secure unless the
// host is plain http on localhost. Its path is the callback's, so no other route ever receives it.
import { parse, serialize } from 'cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { GhlSettings } from '../lib/config.js'
import { consentUrl } from '../lib/config.js'
import type { OAuthStateSigner, StateReturn } from '../lib/tokens/oauth-state.js'

export const STATE_COOKIE = 'ghl_oauth_state'
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])

/** A cookie's value from the request's Cookie header (the plugin does not need @fastify/cookie). */
export function readCookie (request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie
  if (typeof header !== 'string' || header.length > 8192) return undefined
  return parse(header)[name]
}

/** Secure cookies, except for plain http on localhost (a developer's machine): browsers drop Secure cookies there. */
export function secureCookies (request: FastifyRequest): boolean {
  return !(request.protocol === 'http' && LOCAL_HOSTS.has(request.hostname.toLowerCase()))
}

/** Where the browser comes back: the redirect URI's path, else the callback route's. */
function callbackPath (settings: GhlSettings): string {
  if (settings.redirectUri !== undefined) {
    try { return new URL(settings.redirectUri).pathname } catch {}
  }
  return `${settings.prefix}/callback`
}

/** Starts an authorization in this browser: a fresh state, its nonce in the cookie, GHL's consent URL. */
export function startAuthorization (settings: GhlSettings, signer: OAuthStateSigner, request: FastifyRequest, reply: FastifyReply,
  returnTo: StateReturn = 'none'): { url: string, state: string } {
  const { state, nonce } = signer.issue(returnTo)
  void reply.header('set-cookie', serialize(STATE_COOKIE, nonce, {
    httpOnly: true,
    secure: secureCookies(request),
    sameSite: 'lax',
    path: callbackPath(settings),
    maxAge: Math.ceil(signer.ttlSeconds)
  }))
  return { url: consentUrl(settings, state), state }
}

/** Clears the state cookie (after a callback used it, whatever the outcome). */
export function clearStateCookie (settings: GhlSettings, request: FastifyRequest, reply: FastifyReply): void {
  void reply.header('set-cookie', serialize(STATE_COOKIE, '', {
    httpOnly: true, secure: secureCookies(request), sameSite: 'lax', path: callbackPath(settings), maxAge: 0
  }))
}

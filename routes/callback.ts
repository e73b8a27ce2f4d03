// GET /callback?code&state: GHL sends the browser back here after consent. Verifies the state against this browser's
// cookie and uses it up (once, fleet-wide), exchanges the code, stores the connection (encrypted, other instances
// notified), emits app:connected with the request, then answers JSON or redirects (to the admin page when it started
// the flow).
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { oauthFailure } from '../lib/tokens/oauth-client.js'
import { nonceLedgerFor } from '../lib/tokens/oauth-state.js'
import { GhlAuthorizationCodeError, GhlOAuthDeniedError, GhlOAuthStateError } from '../lib/errors.js'
import { authUrlPath, errorResponses, useErrorHandler, type RouteOptions } from './context.js'
import { clearStateCookie, readCookie, STATE_COOKIE } from './oauth-cookie.js'

declare module '../lib/events.js' {
  /** The callback's request, on `app:connected`: the host binds the new connection to its own user or session. */
  interface ConnectedRequest extends FastifyRequest {}
}

interface CallbackQuery {
  code?: string
  state?: string
  error?: string
  error_description?: string
}

const STATE_MESSAGES = {
  missing: 'is missing',
  malformed: 'is malformed',
  forged: 'does not carry a valid signature',
  expired: 'has expired',
  no_cookie: 'was not started in this browser (its cookie is missing)',
  other_browser: 'was started in another browser',
  used: 'was already used'
} as const

const callback: FastifyPluginAsync<RouteOptions> = async (fastify, { ctx }) => {
  useErrorHandler(fastify, ctx)
  const { settings, manager, oauth, events, log } = ctx
  const restart = authUrlPath(settings)
  const { ledger, shared } = nonceLedgerFor(ctx.store, ctx.now)
  if (!shared) log.warn({}, 'fastify-ghl: the token store has no consumeNonce(); an OAuth state is single-use per instance, not fleet-wide')

  fastify.get<{ Querystring: CallbackQuery }>('/callback', {
    // The query holds a one-time authorization code: keep it out of the request log.
    logSerializers: {
      req: (req: { method?: string, url?: string }) => ({ method: req.method, url: typeof req.url === 'string' ? req.url.split('?', 1)[0] : req.url })
    },
    schema: {
      querystring: {
        type: 'object',
        properties: {
          code: { type: 'string', minLength: 1, maxLength: 2048 },
          state: { type: 'string', maxLength: 512 },
          error: { type: 'string', maxLength: 256 },
          error_description: { type: 'string', maxLength: 1024 }
        }
      },
      response: {
        200: {
          type: 'object',
          properties: {
            ok: { type: 'boolean' },
            connection: { type: 'string' },
            user_type: { type: 'string', enum: ['Location', 'Company'] },
            location_id: { type: ['string', 'null'] },
            company_id: { type: ['string', 'null'] }
          },
          required: ['ok', 'connection', 'user_type', 'location_id', 'company_id'],
          additionalProperties: false
        },
        ...errorResponses
      }
    }
  }, async (request, reply) => {
    void reply.header('cache-control', 'no-store')
    const q = request.query
    let returnTo: 'admin' | 'none' = 'none'
    if (q.state !== undefined || settings.requireState) {
      const check = ctx.stateSigner.verify(q.state, readCookie(request, STATE_COOKIE))
      const reason = !check.ok ? check.reason : (await ledger.consumeOnce(check.nonceHash, check.expiresAt)) ? undefined : 'used'
      clearStateCookie(settings, request, reply)
      if (reason !== undefined) {
        log.warn({ reason }, 'GHL OAuth callback rejected: bad state')
        throw new GhlOAuthStateError(STATE_MESSAGES[reason], restart)
      }
      if (check.ok) returnTo = check.returnTo
    }
    if (q.code === undefined) {
      throw new GhlOAuthDeniedError(q.error === undefined ? 'no code in the callback' : `${q.error}${q.error_description === undefined ? '' : ': ' + q.error_description}`, restart)
    }
    if (settings.redirectUri === undefined) {
      throw new GhlOAuthDeniedError('options.redirectUri (GHL_REDIRECT_URI) is not configured', restart)
    }

    let response
    try {
      response = await oauth.exchangeCode(q.code, settings.redirectUri, settings.userType)
    } catch (err) {
      const failure = oauthFailure(err)
      if (failure?.kind === 'invalid_grant') {
        log.warn({ detail: failure.description }, 'GHL OAuth callback: authorization code rejected')
        throw new GhlAuthorizationCodeError(failure.description ?? 'invalid_grant', restart)
      }
      throw err
    }
    const connection = await manager.saveAuthorization(response)
    const userType = response.userType === 'Company' ? 'Company' : 'Location'
    const locationId = typeof response.locationId === 'string' ? response.locationId : undefined
    const companyId = typeof response.companyId === 'string' ? response.companyId : undefined
    log.info({ connection, userType }, 'GHL connection authorized')
    try {
      events.emit('app:connected', { connection, userType, locationId, companyId, request: request as FastifyRequest })
    } catch (err) {
      // The connection is stored; a failing listener of the host must not turn that into an error page.
      log.error({ connection, err: (err as Error).message }, 'an app:connected listener threw')
    }

    if (returnTo === 'admin') return await reply.redirect(`${settings.routes.admin.prefix}/admin?connected=${encodeURIComponent(connection)}`, 303)
    if (settings.successRedirect !== undefined) return await reply.redirect(settings.successRedirect)
    return { ok: true, connection, user_type: userType, location_id: locationId ?? null, company_id: companyId ?? null }
  })
}

export default fp(callback, { fastify: '5.x', name: 'fastify-ghl-callback', dependencies: ['fastify-ghl'], encapsulate: true })

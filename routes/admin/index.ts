// GET /admin: the admin page, server-rendered (no script), and its actions. Guarded by the host's adminPreHandler
// when given; else by a login form for the admin token that starts a signed session cookie (failed logins limited
// per address, fleet-wide), or a one-time login link. Every answer: strict CSP, Cache-Control no-store, HTML-escaped
// content.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { loginLimiterFor } from '../../lib/admin/login-limiter.js'
import { createAdminCredentials } from '../../lib/admin/session.js'
import { exactOutboxCounts, readOutbox, readWebhooks, trackConfigErrors } from '../../lib/admin/sources.js'
import { buildAdminView } from '../../lib/admin/view-model.js'
import { GhlAdminForbiddenError } from '../../lib/errors.js'
import { nonceLedgerFor } from '../../lib/tokens/oauth-state.js'
import { errorResponses, useErrorHandler, type RouteOptions } from '../context.js'
import { noticeOf, registerActions } from './actions.js'
import { checkCsrf, csrfBinding } from './csrf.js'
import { adminHeaders, loginPage, STYLESHEET } from './layout.js'
import { dashboard } from './rows.js'
import { endSession, readSession, startSession } from './session.js'

const MAX_FORM_BYTES = 4096

export interface AdminPageOptions extends RouteOptions {
  /** Ignored: the page always needs the admin auth (it can disconnect connections). */
  admin?: boolean
  /** Failed logins per address before it waits (default 5 in 15 minutes). */
  maxLoginFailures?: number
  loginWindowMs?: number
}

const adminPage: FastifyPluginAsync<AdminPageOptions> = async (fastify, { ctx, maxLoginFailures, loginWindowMs }) => {
  useErrorHandler(fastify, ctx)
  const { settings } = ctx
  const base = `${fastify.prefix}/admin`
  const authOrigin = new URL(settings.authBaseUrl).origin
  const mode = ctx.admin.host ? 'host' : settings.adminToken === undefined ? 'disabled' : 'login'
  const credentials = createAdminCredentials({ adminToken: settings.adminToken, fallbackSecret: settings.stateSecret, now: ctx.now })
  const { limiter, shared: limitShared } = loginLimiterFor(ctx.store, settings.stateSecret, { maxFailures: maxLoginFailures, windowMs: loginWindowMs, now: ctx.now })
  const { ledger } = nonceLedgerFor(ctx.store, ctx.now)
  const configErrors = trackConfigErrors(ctx.events, ctx.now)
  fastify.addHook('onClose', async () => { configErrors.close() })

  // Forms post urlencoded bodies; parsed here only (encapsulated: the host's parsers are untouched).
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: MAX_FORM_BYTES }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)))
  })

  const html = (reply: FastifyReply, status: number, body: { value: string }): FastifyReply => adminHeaders(reply, authOrigin).code(status).send(body.value)

  /** The request's admin identity, or null once a login page / refusal has been sent. */
  async function authenticate (request: FastifyRequest, reply: FastifyReply): Promise<{ sessionId: string | undefined } | null> {
    if (mode === 'host') {
      await ctx.admin.call(fastify, request, reply)
      return reply.sent ? null : { sessionId: undefined }
    }
    if (mode === 'disabled') throw new GhlAdminForbiddenError('the admin page is disabled: set options.adminToken (GHL_ADMIN_TOKEN) or options.adminPreHandler')
    const session = readSession(credentials, request)
    // A logged-out session's cookie (kept, copied or stolen) is refused on every instance until it would have expired.
    if (session !== null && !(await ledger.isUsed(session.revocationHash))) return { sessionId: session.id }
    html(reply, 401, loginPage(base, request.method === 'GET' ? undefined : 'Your session has ended: log in again.'))
    return null
  }

  fastify.get('/admin/admin.css', async (_request, reply) => reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'no-store').send(STYLESHEET))

  fastify.get<{ Querystring: Record<string, string | undefined> }>('/admin', {
    schema: {
      querystring: {
        type: 'object',
        properties: {
          page: { type: 'string', pattern: '^[0-9]{1,6}$' },
          notice: { type: 'string', maxLength: 40 },
          connection: { type: 'string', maxLength: 128 },
          connected: { type: 'string', maxLength: 128 },
          code: { type: 'string', maxLength: 64 },
          count: { type: 'string', maxLength: 8 }
        },
        additionalProperties: false
      },
      response: errorResponses
    }
  }, async (request, reply) => {
    const auth = await authenticate(request, reply)
    if (auth === null) return reply
    const [connections, outbox, webhooks] = await Promise.all([ctx.client.tokens.list(), readOutbox(ctx.client.outbox), readWebhooks(ctx.store)])
    const view = buildAdminView({
      connections,
      now: ctx.now(),
      page: request.query.page === undefined ? 1 : Number(request.query.page),
      rate: (connection) => ctx.api.rateBudget(connection),
      breaker: (connection) => ctx.client.breakerState(connection),
      outbox,
      webhooks,
      configError: configErrors.get
    })
    if (outbox?.truncated === true) await exactOutboxCounts(view.rows, ctx.client.outbox)
    const csrf = credentials.csrfToken(csrfBinding(request, reply, auth.sessionId, base))
    return html(reply, 200, dashboard({ base, view, csrf, notice: noticeOf(request.query), loggedIn: mode === 'login' }))
  })

  registerActions(fastify, { ctx, base, credentials, authenticate, authOrigin })

  if (mode !== 'login') return

  if (!limitShared) ctx.log.warn({}, 'fastify-ghl: the token store has no recordLoginFailure(); failed admin logins are counted per instance, not fleet-wide')

  const refuseBlocked = async (request: FastifyRequest, reply: FastifyReply): Promise<boolean> => {
    const waitMs = await limiter.blockedFor(request.ip)
    if (waitMs === 0) return false
    html(reply.header('retry-after', String(Math.ceil(waitMs / 1000))), 429, loginPage(base, `Too many failed logins from this address: try again in ${Math.ceil(waitMs / 60_000)} min.`))
    return true
  }

  fastify.post<{ Body: Record<string, string | undefined> }>('/admin/login', async (request, reply) => {
    if (await refuseBlocked(request, reply)) return reply
    if (!credentials.checkAdminToken(request.body?.token)) {
      await limiter.failed(request.ip)
      ctx.log.warn({ ip: request.ip }, 'admin page: failed login')
      return html(reply, 401, loginPage(base, 'That is not the admin token.'))
    }
    await limiter.succeeded(request.ip)
    startSession(credentials, request, reply, base)
    return reply.header('cache-control', 'no-store').redirect(base, 303)
  })

  // The one-time link the demo prints: a signed ticket, used once fleet-wide (the OAuth nonce ledger).
  fastify.get<{ Querystring: { ticket?: string } }>('/admin/login', async (request, reply) => {
    if (await refuseBlocked(request, reply)) return reply
    const check = credentials.checkTicket(request.query.ticket)
    if (!check.ok || !(await ledger.consumeOnce(check.hash, check.expiresAt))) {
      await limiter.failed(request.ip)
      return html(reply, 401, loginPage(base, 'This login link is not valid any more (used, expired or mistyped): log in with the admin token.'))
    }
    startSession(credentials, request, reply, base)
    return reply.header('cache-control', 'no-store').redirect(base, 303)
  })

  fastify.post<{ Body: Record<string, string | undefined> }>('/admin/logout', async (request, reply) => {
    const session = readSession(credentials, request)
    if (session !== null) {
      checkCsrf(credentials, request, session.id)
      await ledger.consumeOnce(session.revocationHash, session.expiresAt)
    }
    endSession(request, reply, base)
    return html(reply, 200, loginPage(base, 'Logged out.', false))
  })
}

export default fp(adminPage, { fastify: '5.x', name: 'fastify-ghl-admin', dependencies: ['fastify-ghl'], encapsulate: true })

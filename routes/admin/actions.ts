// The admin page's actions, each a POST with the CSRF token, answered with a 303 back to the page and a notice:
// Connect (GHL's consent page in this browser, with the cookie-bound state), Refresh now, Retry dead jobs (one, or
// all of a connection), Disconnect (revokes, after a confirmation page).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AdminCredentials } from '../../lib/admin/session.js'
import { GhlValidationError } from '../../lib/errors.js'
import type { RouteContext } from '../context.js'
import { startAuthorization } from '../oauth-cookie.js'
import { checkCsrf, csrfBinding } from './csrf.js'
import { adminHeaders, confirmPage } from './layout.js'

const CONNECTION_RE = /^[A-Za-z0-9_.:-]{1,128}$/

export interface ActionParts {
  ctx: RouteContext
  base: string
  credentials: AdminCredentials
  /** The session id of an authenticated request (login mode), undefined with the host's guard; runs the auth. */
  authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<{ sessionId: string | undefined } | null>
  authOrigin: string
}

type Form = Record<string, string | undefined>

function connectionOf (body: Form): string {
  const connection = body.connection
  if (typeof connection !== 'string' || !CONNECTION_RE.test(connection)) throw new GhlValidationError('connection must be a connection id (letters, digits, _ . : -)')
  return connection
}

export function registerActions (fastify: FastifyInstance, { ctx, base, credentials, authenticate, authOrigin }: ActionParts): void {
  const back = (reply: FastifyReply, query: Record<string, string>): FastifyReply =>
    reply.header('cache-control', 'no-store').redirect(`${base}?${new URLSearchParams(query).toString()}`, 303)

  const action = (path: string, run: (body: Form, request: FastifyRequest, reply: FastifyReply, sessionId: string | undefined) => Promise<FastifyReply>): void => {
    fastify.post<{ Body: Form }>(`/admin/${path}`, async (request, reply) => {
      const auth = await authenticate(request, reply)
      if (auth === null) return reply
      checkCsrf(credentials, request, auth.sessionId)
      return await run(request.body ?? {}, request, reply, auth.sessionId)
    })
  }

  action('connect', async (_body, request, reply) => {
    const { url } = startAuthorization(ctx.settings, ctx.stateSigner, request, reply, 'admin')
    return reply.header('cache-control', 'no-store').redirect(url, 303)
  })

  action('refresh', async (body, _request, reply) => {
    const connection = connectionOf(body)
    try {
      await ctx.client.tokens.forceRefresh(connection)
      return back(reply, { notice: 'refreshed', connection })
    } catch (err) {
      const code = (err as { code?: unknown }).code
      ctx.log.warn({ connection, code }, 'admin page: refresh failed')
      return back(reply, { notice: 'refresh_failed', connection, code: typeof code === 'string' && /^GHL_[A-Z_]{1,40}$/.test(code) ? code : 'GHL_REFRESH_FAILED' })
    }
  })

  action('retry', async (body, _request, reply) => {
    const connection = connectionOf(body)
    const outbox = ctx.client.outbox
    if (body.job !== undefined && body.job !== '') {
      if (!/^[0-9]{1,15}$/.test(body.job)) throw new GhlValidationError('job must be a job id')
      // Only a dead job of the connection the form names.
      const job = await outbox.get(Number(body.job))
      const retried = job === null || job.locationId !== connection || job.status !== 'dead' ? null : await outbox.retry(job.id)
      return back(reply, { notice: 'retried', connection, count: String(retried === null ? 0 : 1) })
    }
    return back(reply, { notice: 'retried', connection, count: String(await outbox.retryDead({ locationId: connection })) })
  })

  action('disconnect', async (body, request, reply, sessionId) => {
    const connection = connectionOf(body)
    if (body.confirm !== 'yes') {
      const csrf = credentials.csrfToken(csrfBinding(request, reply, sessionId, base))
      return adminHeaders(reply, authOrigin).send(confirmPage(base, connection, csrf).value)
    }
    await ctx.manager.revoke(connection, 'disconnected from the admin page')
    ctx.log.info({ connection }, 'GHL connection disconnected from the admin page')
    return back(reply, { notice: 'disconnected', connection })
  })
}

/** The notice a redirect back to the page asked for, in fixed words (only ids and numbers come from the URL). */
export function noticeOf (query: Record<string, string | undefined>): { text: string, error: boolean } | undefined {
  const connection = query.connection !== undefined && CONNECTION_RE.test(query.connection) ? query.connection : undefined
  if (query.connected !== undefined && CONNECTION_RE.test(query.connected)) return { text: `Connected ${query.connected}.`, error: false }
  if (connection === undefined) return undefined
  switch (query.notice) {
    case 'refreshed': return { text: `Refreshed ${connection}: a new access token is stored.`, error: false }
    case 'refresh_failed': return { text: `Refreshing ${connection} failed (${/^GHL_[A-Z_]{1,40}$/.test(query.code ?? '') ? query.code as string : 'GHL_REFRESH_FAILED'}); see its status below.`, error: true }
    case 'retried': {
      const count = /^[0-9]{1,6}$/.test(query.count ?? '') ? Number(query.count) : 0
      return { text: `${count} dead job${count === 1 ? '' : 's'} of ${connection} queued again.`, error: count === 0 }
    }
    case 'disconnected': return { text: `Disconnected ${connection}: its tokens are revoked.`, error: false }
    default: return undefined
  }
}

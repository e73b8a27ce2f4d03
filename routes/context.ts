// What the route plugins share: the plugin's internals (handed over as registration options, never decorated), the
// error reply format and schema, and the admin guard.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { GhlSettings } from '../lib/config.js'
import type { Core } from '../lib/core.js'
import { GhlAdminAuthRequiredError, GhlAdminForbiddenError } from '../lib/errors.js'
import type { GhlEventEmitter } from '../lib/events.js'
import type { GhlLogger } from '../lib/logger.js'

/** The plugin's internals, handed to the routes as registration options (never decorated). */
export interface RouteContext extends Core {
  settings: GhlSettings
  events: GhlEventEmitter
  /** Guards admin routes: the host's adminPreHandler, else the admin bearer token. */
  admin: AdminGuard
  log: GhlLogger
  now: () => number
}

export interface RouteOptions {
  ctx: RouteContext
}

/**
 * What the plugin's errors look like. Nothing is required and other properties are kept: a reply that a host hook or
 * another plugin sends on these routes (a guard's 401, @fastify/rate-limit's 429) is serialized as it was sent.
 */
export const errorSchema = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    code: { type: 'string' },
    error: { type: 'string' },
    message: { type: 'string' }
  },
  additionalProperties: true
} as const

export const errorResponses = { '4xx': errorSchema, '5xx': errorSchema } as const

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'
}

/** An error the plugin answers itself: its own (`GHL_*`), a request that failed validation, or an unexpected 5xx. */
function answeredHere (err: FastifyError): boolean {
  if (err.validation !== undefined || (typeof err.code === 'string' && err.code.startsWith('GHL_'))) return true
  return !(typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500)
}

/**
 * The routes' own error handler (a host's handler does not reformat them): `{ statusCode, code, error, message }`.
 * A 4xx that is not the plugin's (a host hook, another plugin, Fastify itself) goes on to the host's handler as it
 * is. 5xx are logged and answered here, so an unexpected error's text never reaches a client.
 */
export function useErrorHandler (fastify: FastifyInstance, ctx: RouteContext): void {
  fastify.setErrorHandler(function ghlErrorHandler (err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
    if (!answeredHere(err)) throw err
    let status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500
    if (err.validation !== undefined) status = 400
    if (status >= 500) ctx.log.error({ err: { message: err.message, code: err.code }, url: request.routeOptions.url }, 'fastify-ghl route failed')
    const retryAfter = (err as { retryAfterSeconds?: number }).retryAfterSeconds
    if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter))
    void reply.code(status).send({
      statusCode: status,
      code: err.code ?? (status >= 500 ? 'GHL_INTERNAL' : 'GHL_BAD_REQUEST'),
      error: STATUS_TEXT[status] ?? 'Error',
      message: status >= 500 && err.code === undefined ? 'internal error' : err.message
    })
  })
}

/**
 * The admin guard, and whether a request presents admin credentials at all (the bearer guard: an Authorization header;
 * a host's adminPreHandler: always, since only it knows). Routes with a public view (/status) run the guard only then.
 */
export type AdminGuard = preHandlerAsyncHookHandler & { presented: (request: FastifyRequest) => boolean, host: boolean }

function guard (handler: preHandlerAsyncHookHandler, presented: (request: FastifyRequest) => boolean, host: boolean): AdminGuard {
  return Object.assign(handler, { presented, host })
}

function digest (value: string): Buffer {
  return createHash('sha256').update(value).digest()
}

/** The admin guard: the host's adminPreHandler when given; else `Authorization: Bearer <adminToken>` in constant time. */
export function adminGuard (adminToken: string | undefined, hostHandler: preHandlerAsyncHookHandler | undefined): AdminGuard {
  if (hostHandler !== undefined) {
    return guard(async function adminHost (this: FastifyInstance, request, reply) { await hostHandler.call(this, request, reply) }, () => true, true)
  }
  const presented = (request: FastifyRequest): boolean => request.headers.authorization !== undefined
  if (adminToken === undefined) {
    return guard(async function adminDisabled () {
      throw new GhlAdminForbiddenError('admin routes are disabled: set options.adminToken (GHL_ADMIN_TOKEN) or options.adminPreHandler to enable them')
    }, presented, false)
  }
  const expected = digest(adminToken)
  return guard(async function adminToken (request, reply) {
    const header = request.headers.authorization
    const match = typeof header === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null
    if (match === null) {
      void reply.header('www-authenticate', 'Bearer realm="fastify-ghl"')
      throw new GhlAdminAuthRequiredError()
    }
    // Hashing first makes the comparison constant-time whatever the lengths.
    if (!timingSafeEqual(digest(match[1]), expected)) throw new GhlAdminForbiddenError('the admin token is not valid')
  }, presented, false)
}

/** `/api/integrations/ghl/auth-url` (the authUrl route's prefix): where messages send people to re-authorize. */
export function authUrlPath (settings: GhlSettings): string {
  return `${settings.routes.authUrl.prefix}/auth-url`
}

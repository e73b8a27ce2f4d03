// What the route plugins share: the plugin's internals (handed over as registration options, never decorated), the
// error reply format and schema, and the admin guard.
import { createHash, timingSafeEqual } from 'node:crypto'
import createError from '@fastify/error'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { TokenStore } from '../db/types.js'
import type { ApiClient } from '../lib/client/api-client.js'
import type { GhlSettings } from '../lib/config.js'
import type { GhlEventEmitter } from '../lib/events.js'
import type { GhlLogger } from '../lib/logger.js'
import type { GhlMetrics } from '../lib/metrics.js'
import type { OAuthClient } from '../lib/tokens/oauth-client.js'
import type { OAuthStateSigner } from '../lib/tokens/oauth-state.js'
import type { TokenManager } from '../lib/tokens/types.js'
import type { WebhookVerifier } from '../lib/webhooks/verify.js'
import type { GhlClient } from '../plugins/ghl.js'

export interface RouteContext {
  settings: GhlSettings
  client: GhlClient
  /** The API client under the surface (evicting a connection's limiter and breaker). */
  api: ApiClient
  manager: TokenManager
  store: TokenStore
  oauth: OAuthClient
  events: GhlEventEmitter
  metrics: GhlMetrics | undefined
  stateSigner: OAuthStateSigner
  verifier: WebhookVerifier
  /** Guards admin routes: the host's adminPreHandler, else the admin bearer token. */
  admin: preHandlerAsyncHookHandler
  /** Stores a location token obtained through the agency (Company) connection; false when there is none. */
  installLocation: (locationId: string, companyId: string | undefined) => Promise<boolean>
  /** Runs work after the reply; close waits for it (before the token manager and the store close). */
  background: (task: () => Promise<void>) => void
  log: GhlLogger
  now: () => number
}

export interface RouteOptions {
  ctx: RouteContext
}

// Errors answered by the routes (the core's errors are in lib/errors.ts).
export const GhlOAuthStateError = createError('GHL_OAUTH_STATE', 'OAuth state %s; start the authorization again at %s', 400)
export const GhlOAuthDeniedError = createError('GHL_OAUTH_DENIED', 'the authorization was not granted (%s); start again at %s', 400)
export const GhlAuthorizationCodeError = createError('GHL_AUTHORIZATION_CODE', 'GHL rejected the authorization code (%s): it expired, was already used, or was issued for another redirect URI; start again at %s', 400)
export const GhlAdminAuthRequiredError = createError('GHL_ADMIN_AUTH_REQUIRED', 'this route needs the admin token: send Authorization: Bearer <GHL_ADMIN_TOKEN>', 401)
export const GhlAdminForbiddenError = createError('GHL_ADMIN_FORBIDDEN', '%s', 403)
export const GhlWebhookSignatureError = createError('GHL_WEBHOOK_SIGNATURE', 'webhook rejected: %s', 401)
export const GhlWebhookMalformedError = createError('GHL_WEBHOOK_MALFORMED', 'webhook rejected: %s', 400)
export const GhlWebhookStaleError = createError('GHL_WEBHOOK_STALE', 'webhook rejected: its timestamp %s is more than %d s away from now', 400)
export const GhlWebhookStoreError = createError('GHL_WEBHOOK_STORE', 'webhook could not be stored; retry later', 429)

export const errorSchema = {
  type: 'object',
  properties: {
    statusCode: { type: 'integer' },
    code: { type: 'string' },
    error: { type: 'string' },
    message: { type: 'string' }
  },
  required: ['statusCode', 'error', 'message']
} as const

export const errorResponses = { '4xx': errorSchema, '5xx': errorSchema } as const

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout'
}

/**
 * The routes' own error handler (a host's handler does not reformat them): `{ statusCode, code, error, message }`.
 * 5xx are logged; messages of our errors never hold a token.
 */
export function useErrorHandler (fastify: FastifyInstance, ctx: RouteContext): void {
  fastify.setErrorHandler(function ghlErrorHandler (err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
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

function digest (value: string): Buffer {
  return createHash('sha256').update(value).digest()
}

/** The admin guard: the host's adminPreHandler when given; else `Authorization: Bearer <adminToken>` in constant time. */
export function adminGuard (adminToken: string | undefined, hostHandler: preHandlerAsyncHookHandler | undefined): preHandlerAsyncHookHandler {
  if (hostHandler !== undefined) return hostHandler
  if (adminToken === undefined) {
    return async function adminDisabled () {
      throw new GhlAdminForbiddenError('admin routes are disabled: set options.adminToken (GHL_ADMIN_TOKEN) or options.adminPreHandler to enable them')
    }
  }
  const expected = digest(adminToken)
  return async function adminToken (request, reply) {
    const header = request.headers.authorization
    const match = typeof header === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null
    if (match === null) {
      void reply.header('www-authenticate', 'Bearer realm="fastify-ghl"')
      throw new GhlAdminAuthRequiredError()
    }
    // Hashing first makes the comparison constant-time whatever the lengths.
    if (!timingSafeEqual(digest(match[1]), expected)) throw new GhlAdminForbiddenError('the admin token is not valid')
  }
}

/** `/api/integrations/ghl/auth-url`: where messages send people to re-authorize. */
export function authUrlPath (settings: GhlSettings): string {
  return `${settings.prefix}/auth-url`
}

// GET /status[?locationId=]: the connection's state as the seed reported it, plus expiry, breaker, rate limit and the
// outbox's backlog.
// Public: the seed's six keys (PUBLIC_STATUS_KEYS) of the default connection, nothing else. The detailed view, and any
// other location, need the admin auth (401 without it): a location's existence, expiry and last error are not public.
// Never a token: the reply schema lists every key (additionalProperties: false).
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { ConnectionView } from '../lib/tokens/types.js'
import { errorResponses, useErrorHandler, type RouteOptions } from './context.js'

/** suspended: GHL says the location is not active (retried on a slow schedule); reauth_required: the grant is dead or the connection revoked. */
export type AuthStatus = 'authenticated' | 'expired' | 'suspended' | 'reauth_required' | 'not_configured'

export interface StatusReply {
  is_configured: boolean
  has_access_token: boolean
  has_refresh_token: boolean
  token_valid: boolean
  auth_status: AuthStatus
  auto_refresh_enabled: boolean
  location_id: string | null
  expires_at: string | null
  expires_in_seconds: number | null
  last_refreshed_at: string | null
  last_error: string | null
  breaker_state: 'closed' | 'open' | 'half_open' | 'shutdown'
  /** mode: the burst budget is the fleet's (shared through the database), this instance's own, or off. */
  rate_limit: { remaining: number | null, daily_remaining: number | null, daily_reserve_reached: boolean, mode: 'fleet' | 'instance' | 'off' }
  /** The durable outbox, fleet-wide (null without a job store, or when the database could not be read). */
  outbox: { pending: number, dead: number, oldest_pending_seconds: number } | null
}

const nullableString = { type: ['string', 'null'] } as const
const nullableInteger = { type: ['integer', 'null'] } as const

export const statusSchema = {
  type: 'object',
  properties: {
    is_configured: { type: 'boolean' },
    has_access_token: { type: 'boolean' },
    has_refresh_token: { type: 'boolean' },
    token_valid: { type: 'boolean' },
    auth_status: { type: 'string', enum: ['authenticated', 'expired', 'suspended', 'reauth_required', 'not_configured'] },
    auto_refresh_enabled: { type: 'boolean' },
    location_id: nullableString,
    expires_at: nullableString,
    expires_in_seconds: nullableInteger,
    last_refreshed_at: nullableString,
    last_error: nullableString,
    breaker_state: { type: 'string', enum: ['closed', 'open', 'half_open', 'shutdown'] },
    rate_limit: {
      type: 'object',
      properties: {
        remaining: nullableInteger,
        daily_remaining: nullableInteger,
        daily_reserve_reached: { type: 'boolean' },
        mode: { type: 'string', enum: ['fleet', 'instance', 'off'] }
      },
      required: ['remaining', 'daily_remaining', 'daily_reserve_reached', 'mode'],
      additionalProperties: false
    },
    outbox: {
      type: ['object', 'null'],
      properties: { pending: { type: 'integer' }, dead: { type: 'integer' }, oldest_pending_seconds: { type: 'number' } },
      required: ['pending', 'dead', 'oldest_pending_seconds'],
      additionalProperties: false
    }
  },
  // Only the public keys are required: the public view answers those alone; the detailed view answers every key.
  required: ['is_configured', 'has_access_token', 'has_refresh_token', 'token_valid', 'auth_status', 'auto_refresh_enabled'],
  additionalProperties: false
} as const

/** What /status answers without admin auth: the seed's six keys, for the default connection only. */
export const PUBLIC_STATUS_KEYS = statusSchema.required
export type PublicStatusReply = Pick<StatusReply, typeof PUBLIC_STATUS_KEYS[number]>

function authStatus (view: ConnectionView | null, valid: boolean): AuthStatus {
  if (view === null) return 'not_configured'
  if (view.status === 'suspended') return 'suspended'
  if (view.status !== 'active') return 'reauth_required'
  return valid ? 'authenticated' : 'expired'
}

const status: FastifyPluginAsync<RouteOptions> = async (fastify, { ctx }) => {
  useErrorHandler(fastify, ctx)
  const { settings, manager, client, jobs } = ctx
  // routes.status.admin: the whole route is behind the guard (routes/index.ts), so every answer is the detailed one.
  const adminRoute = settings.routes.status.admin

  /**
   * Whether this request gets the detailed view. Another location than the default needs the guard to pass (its
   * error — 401, 403 — is the answer). For the default connection the guard runs only when the request presents
   * credentials (an Authorization header; always with a host adminPreHandler, whose refusal then means the public
   * view): a wrong bearer token is still a 403, never a silent downgrade.
   */
  async function detailed (instance: FastifyInstance, request: FastifyRequest, reply: FastifyReply, other: boolean): Promise<boolean> {
    if (adminRoute) return true
    if (!other && !ctx.admin.presented(request)) return false
    if (!other && ctx.admin.host) {
      try {
        await ctx.admin.call(instance, request, reply)
      } catch {
        return false
      }
      return true
    }
    await ctx.admin.call(instance, request, reply)
    return true
  }

  fastify.get<{ Querystring: { locationId?: string } }>('/status', {
    schema: {
      querystring: {
        type: 'object',
        properties: { locationId: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.:-]+$' } },
        additionalProperties: false
      },
      response: { 200: statusSchema, ...errorResponses }
    }
  }, async function (request, reply): Promise<StatusReply | PublicStatusReply | FastifyReply> {
    void reply.header('cache-control', 'no-store')
    const asked = request.query.locationId
    const admin = await detailed(this, request, reply, asked !== undefined && asked !== settings.locationId)
    // A host guard that answered the request itself (reply.send) has decided.
    if (reply.sent) return reply
    const connection = asked ?? settings.locationId
    const view = connection === undefined ? null : await manager.status(connection)
    const now = ctx.now()
    const active = view !== null && view.status === 'active'
    const expiresAt = view?.expiresAt ?? null
    const valid = active && view.hasAccessToken && expiresAt !== null && expiresAt.getTime() > now
    const seed: PublicStatusReply = {
      is_configured: view !== null,
      has_access_token: active && view.hasAccessToken,
      has_refresh_token: active && view.hasRefreshToken,
      token_valid: valid,
      auth_status: authStatus(view, valid),
      auto_refresh_enabled: settings.refresher !== false && active && view.hasRefreshToken
    }
    if (!admin) return seed
    const rate = connection === undefined ? undefined : client.rateLimitState(connection)
    const budget = connection === undefined ? undefined : client.rateBudget(connection)
    const outbox = jobs === undefined ? null : await jobs.stats().catch(() => null)
    return {
      ...seed,
      location_id: connection ?? null,
      expires_at: expiresAt === null ? null : expiresAt.toISOString(),
      expires_in_seconds: expiresAt === null ? null : Math.max(0, Math.floor((expiresAt.getTime() - now) / 1000)),
      last_refreshed_at: view?.refreshedAt?.toISOString() ?? null,
      last_error: view?.lastError ?? null,
      breaker_state: connection === undefined ? 'closed' : client.breakerState(connection).state,
      rate_limit: {
        remaining: rate === undefined ? null : rate.serverRemaining ?? (rate.enabled ? rate.remaining : null),
        daily_remaining: rate?.dailyRemaining ?? null,
        daily_reserve_reached: budget?.daily.reserveReached ?? false,
        mode: budget?.burst.mode ?? 'off'
      },
      outbox: outbox === null ? null : { pending: outbox.pending, dead: outbox.dead, oldest_pending_seconds: Math.round(outbox.oldestPendingSeconds) }
    }
  })
}

export default fp(status, { fastify: '5.x', name: 'fastify-ghl-status', dependencies: ['fastify-ghl'], encapsulate: true })

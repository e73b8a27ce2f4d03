// `fastify.ghl`: the API client with the resources on it and per-call metrics, the token operations, the events,
// the consent URL and the refresh sweep. Framework-free: the root plugin decorates the app with what this returns.
import type { ApiClient, ConnectionApi } from './client/api-client.js'
import type { BreakerState } from './client/breaker.js'
import type { RateBudget } from './client/rate-budget.js'
import type { RateLimitState } from './client/rate-limiter.js'
import type { RequestOptions, Requester } from './client/types.js'
import { consentUrl, type GhlSettings } from './config.js'
import type { GhlEventEmitter } from './events.js'
import { statusLabel, type GhlMetrics } from './metrics.js'
import type { Outbox } from './outbox/outbox.js'
import { createResources, type Resources } from './resources/index.js'
import type { OAuthStateSigner } from './tokens/oauth-state.js'
import type { SweepResult } from './tokens/sweeper.js'
import type { ConnectionView, TokenManager } from './tokens/types.js'
import type { WebhooksApi } from './webhooks/runtime.js'

/** Most location views kept by forLocation (each is a handful of closures); the least recently used goes first. */
export const MAX_LOCATION_VIEWS = 1000

/** The API bound to one location (or company) connection. */
export interface LocationApi extends Resources {
  readonly locationId: string
  request: Requester
  rateLimitState: () => RateLimitState
  breakerState: () => BreakerState
}

export interface GhlClientParts {
  settings: GhlSettings
  api: ApiClient
  manager: TokenManager
  events: GhlEventEmitter
  metrics: GhlMetrics | undefined
  stateSigner: OAuthStateSigner
  sweep: () => Promise<SweepResult>
  signupTags?: Record<string, readonly string[]>
  /** The durable writes (lib/outbox/): stored, then delivered by the relay of any instance. */
  outbox: Outbox
  /** Webhook handlers run from the durable queue (lib/webhooks/runtime.ts). */
  webhooks: WebhooksApi<LocationApi>
}

/** Builds `fastify.ghl`: the API client surface with per-call metrics, the token operations, the events. */
export function createGhlClient (parts: GhlClientParts) {
  const { settings, api, manager, metrics } = parts
  const defaultConnection = settings.locationId

  function instrument (request: Requester): Requester {
    if (metrics === undefined) return request
    return <T>(opts: RequestOptions): Promise<T> => {
      const started = performance.now()
      return request<T>(opts).then((value) => {
        metrics.observeRequest(opts.method, opts.path, '2xx', (performance.now() - started) / 1000)
        return value
      }, (err: unknown) => {
        metrics.observeRequest(opts.method, opts.path, statusLabel(err), (performance.now() - started) / 1000)
        throw err
      })
    }
  }

  const request = instrument(api.request)
  const resources = createResources(request, defaultConnection, parts)
  const views = new Map<string, LocationApi>()

  /** The same API bound to another location (or company) connection. */
  function forLocation (locationId: string): LocationApi {
    let view = views.get(locationId)
    if (view !== undefined) {
      // LRU: a hit moves the view to the newest end, so a flood of other ids evicts it last.
      views.delete(locationId)
      views.set(locationId, view)
      return view
    }
    const bound: ConnectionApi = api.forConnection(locationId)
    const boundRequest = instrument(bound.request)
    view = {
      locationId,
      request: boundRequest,
      ...createResources(boundRequest, locationId, parts),
      rateLimitState: bound.rateLimitState,
      breakerState: bound.breakerState
    }
    views.set(locationId, view)
    if (views.size > MAX_LOCATION_VIEWS) views.delete(views.keys().next().value as string)
    return view
  }

  return {
    /** The default connection (options.locationId / GHL_LOCATION_ID), if configured. */
    locationId: defaultConnection,
    /** Any GHL endpoint, token-managed: `request({ method, path, query?, body?, connection?, idempotent? })`. */
    request,
    ...resources,
    forLocation,
    /** The same writes, durable: `outbox.syncSignup(user, type, { key?, tx?, locationId? })` → `{ id, key, status }`. */
    outbox: parts.outbox,
    /** `webhooks.on(type, ({ event, attempt, connection }) => …)`: at least once per event; get, list, retry, stats. */
    webhooks: parts.webhooks,
    tokens: {
      /** An access token valid for at least the refresh window. */
      getValidToken: async (connection?: string): Promise<string> => await manager.getValidToken(connection),
      /** Refreshes now (once fleet-wide); returns the connection's state, never a token. */
      forceRefresh: async (connection?: string): Promise<ConnectionView> => await manager.forceRefresh(connection),
      /** The connection's state (no token), or null when none is stored. */
      status: async (connection?: string): Promise<ConnectionView | null> => await manager.status(connection),
      /** Every stored connection (no tokens). */
      list: async (): Promise<ConnectionView[]> => await manager.list()
    },
    events: parts.events,
    rateLimitState: (connection?: string): RateLimitState => api.rateLimitState(connection),
    /**
     * Both GHL budgets of a connection (default: the default location): the burst window, shared by the fleet or this
     * instance's own, and the daily count with the reserve below which background work waits. No database read.
     */
    rateBudget: (connection?: string): RateBudget => api.rateBudget(connection),
    breakerState: (connection?: string): BreakerState => api.breakerState(connection),
    /**
     * A consent URL with a fresh signed state, and the state's nonce: the callback accepts the state only from the
     * browser that sends the nonce back in the `ghl_oauth_state` cookie (HttpOnly, SameSite=Lax, on the callback's
     * path). GET /auth-url and the admin page set that cookie themselves.
     */
    authUrl: (): { url: string, state: string, nonce: string } => {
      const { state, nonce } = parts.stateSigner.issue()
      return { url: consentUrl(settings, state), state, nonce }
    },
    /** Runs one refresh sweep now (what the scheduled refresher runs). */
    refreshDue: async (): Promise<SweepResult> => await parts.sweep(),
    /** The prom-client registry holding the plugin's metrics (undefined with metrics: false). */
    metrics: metrics?.registry,
    /** Settings that are not secrets. */
    config: Object.freeze({
      prefix: settings.prefix,
      locationId: settings.locationId,
      userType: settings.userType,
      appId: settings.appId,
      apiBaseUrl: settings.apiBaseUrl,
      authBaseUrl: settings.authBaseUrl,
      apiVersion: settings.apiVersion,
      redirectUri: settings.redirectUri,
      scopes: settings.scopes,
      refreshWindowSeconds: settings.refreshWindowSeconds,
      refresher: settings.refresher
    })
  }
}

export type GhlClient = ReturnType<typeof createGhlClient>

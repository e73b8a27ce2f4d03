// Prometheus metrics of fastify-ghl in a prom-client registry (the plugin's own, or the host's). Fed from the events
// of the token manager and the API client and from each API call; connection counts and the soonest expiry are read
// from the store when scraped. No metric is labelled by location or company: thousands of connections must not turn
// into thousands of series.
import { Counter, Gauge, Histogram, Registry } from 'prom-client'
import { JOB_STATUSES, type JobStats } from '../db/job-types.js'
import { CONNECTION_STATUSES, type ConnectionStatus } from '../db/types.js'
import type { RateLimitState } from './client/rate-limiter.js'
import { GhlConfigError } from './errors.js'
import type { GhlEventEmitter, GhlEvents } from './events.js'

export const METRIC_NAMES = [
  'ghl_requests_total',
  'ghl_request_duration_seconds',
  'ghl_token_refreshes_total',
  'ghl_token_expiry_seconds',
  'ghl_breaker_state',
  'ghl_rate_limit_remaining',
  'ghl_webhooks_total',
  'ghl_connections',
  'ghl_outbox_jobs',
  'ghl_outbox_oldest_pending_seconds',
  'ghl_outbox_deliveries_total'
] as const

export const REQUEST_DURATION_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
/** Store reads are shared by the gauges of one scrape (a scrape through render() always reads afresh). */
const SNAPSHOT_TTL_MS = 1000

export type WebhookOutcome = 'accepted' | 'duplicate' | 'ignored' | 'unauthorized' | 'malformed' | 'stale' | 'failed'

export interface StoreSnapshot {
  /** Soonest access-token expiry among active connections; null: one has no known expiry (due now); undefined: none. */
  soonestExpiry: Date | null | undefined
  connections: Record<ConnectionStatus, number>
  /** The outbox's job counts (absent without a job store). */
  outbox?: JobStats
}

export interface GhlMetricsOptions {
  events: GhlEventEmitter
  /** A registry to add the metrics to (the host's); default a new one of the plugin's own. */
  registry?: Registry
  /** Reads connection counts and the soonest expiry (called at scrape time, at most once a second). */
  snapshot?: () => Promise<StoreSnapshot>
  /** Rate-limit state of the default connection, for ghl_rate_limit_remaining. */
  rateLimit?: () => RateLimitState | undefined
  now?: () => number
}

// Static path segments of GHL's API; any other segment is an id and becomes `:id`, so labels stay bounded.
const STATIC_SEGMENTS = new Set([
  'contacts', 'upsert', 'search', 'duplicate', 'tags', 'notes', 'tasks', 'appointments', 'campaigns', 'workflows',
  'business', 'bulk', 'oauth', 'token', 'locationToken', 'installedLocations', 'locations', 'users', 'companies',
  'opportunities', 'pipelines', 'calendars', 'events', 'conversations', 'messages', 'customFields', 'customValues',
  'custom-fields', 'custom-values', 'forms', 'submissions', 'surveys', 'payments', 'orders', 'transactions',
  'invoices', 'products', 'prices', 'medias', 'files', 'funnels', 'pages', 'snapshots', 'emails', 'templates',
  'objects', 'records', 'associations', 'relations', 'links', 'blogs', 'posts', 'status', 'complete', 'followers',
  'timezones', 'v2', 'v3'
])
const MAX_SEGMENTS = 6

/** `/contacts/abc123/tags?x=1` → `/contacts/:id/tags` */
export function routeTemplate (path: string): string {
  const q = path.indexOf('?')
  const clean = q === -1 ? path : path.slice(0, q)
  const segments = clean.split('/')
  let out = ''
  let n = 0
  for (const segment of segments) {
    if (segment === '') continue
    if (++n > MAX_SEGMENTS) return out + '/…'
    out += '/' + (STATIC_SEGMENTS.has(segment) ? segment : ':id')
  }
  return clean.endsWith('/') ? out + '/' : out === '' ? '/' : out
}

/** The `status` label of a failed call: GHL's HTTP status, else the error code (bounded: our own codes). */
export function statusLabel (err: unknown): string {
  const cause = (err as { cause?: { status?: unknown } } | null)?.cause
  if (typeof cause?.status === 'number' && (err as { code?: string }).code === 'GHL_HTTP_ERROR') return String(cause.status)
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^GHL_[A-Z_]{1,30}$/.test(code) ? code : 'error'
}

/** Webhook types become labels only when they look like GHL's (`ContactCreate`, `INSTALL`). */
export function webhookTypeLabel (type: unknown): string {
  return typeof type === 'string' && /^[A-Za-z][A-Za-z0-9_]{0,47}$/.test(type) ? type : 'other'
}

export function createGhlMetrics (options: GhlMetricsOptions) {
  const registry = options.registry ?? new Registry()
  const ownRegistry = options.registry === undefined
  const now = options.now ?? Date.now
  for (const name of METRIC_NAMES) {
    if (registry.getSingleMetric(name) !== undefined) {
      throw new GhlConfigError(`options.metrics.registry already holds the metric ${name} (is fastify-ghl registered twice on one registry?)`)
    }
  }
  const registers = [registry]

  let snapshot: { at: number, value: Promise<StoreSnapshot | undefined> } | undefined
  async function readSnapshot (): Promise<StoreSnapshot | undefined> {
    const read = options.snapshot
    if (read === undefined) return undefined
    const at = now()
    if (snapshot === undefined || at - snapshot.at > SNAPSHOT_TTL_MS) {
      // A failed read leaves the gauges at their last values rather than failing the whole scrape.
      snapshot = { at, value: read().catch(() => undefined) }
    }
    return await snapshot.value
  }

  const requests = new Counter({
    name: 'ghl_requests_total',
    help: 'GHL API calls made through the client, by method, route template and final status (2xx, GHL status code, or error code)',
    labelNames: ['method', 'route', 'status'] as const,
    registers
  })
  const duration = new Histogram({
    name: 'ghl_request_duration_seconds',
    help: 'Duration of GHL API calls, retries and waits included',
    labelNames: ['method', 'route'] as const,
    buckets: REQUEST_DURATION_BUCKETS,
    registers
  })
  const refreshes = new Counter({
    name: 'ghl_token_refreshes_total',
    help: 'Token refreshes by trigger (window, scheduled, 401, manual; unknown for failures) and outcome (success, retry, failure, reauth_required)',
    labelNames: ['trigger', 'outcome'] as const,
    registers
  })
  new Gauge({ // eslint-disable-line no-new
    name: 'ghl_token_expiry_seconds',
    help: 'Seconds until the soonest access-token expiry among active connections (0: one is due now)',
    registers,
    async collect () {
      const snap = await readSnapshot()
      if (snap === undefined) return
      if (snap.soonestExpiry === undefined) this.reset()
      else this.set(snap.soonestExpiry === null ? 0 : Math.max(0, (snap.soonestExpiry.getTime() - now()) / 1000))
    }
  })
  const breakers = new Map<string, 'open' | 'half_open'>()
  const breakerState = new Gauge({
    name: 'ghl_breaker_state',
    help: 'Connections whose circuit breaker is open or half-open',
    labelNames: ['state'] as const,
    registers,
    collect () {
      let open = 0
      let halfOpen = 0
      for (const state of breakers.values()) {
        if (state === 'open') open++
        else halfOpen++
      }
      this.set({ state: 'open' }, open)
      this.set({ state: 'half_open' }, halfOpen)
    }
  })
  new Gauge({ // eslint-disable-line no-new
    name: 'ghl_rate_limit_remaining',
    help: 'Requests left in the default connection\'s GHL rate-limit windows (burst: per 10 s, daily), as last reported',
    labelNames: ['window'] as const,
    registers,
    collect () {
      const state = options.rateLimit?.()
      if (state === undefined) return
      const burst = state.serverRemaining ?? (state.enabled ? state.remaining : null)
      if (burst !== null) this.set({ window: 'burst' }, burst)
      if (state.dailyRemaining !== null) this.set({ window: 'daily' }, state.dailyRemaining)
    }
  })
  const webhooks = new Counter({
    name: 'ghl_webhooks_total',
    help: 'Webhooks received, by event type (other: unverified or unusual) and outcome',
    labelNames: ['type', 'outcome'] as const,
    registers
  })
  new Gauge({ // eslint-disable-line no-new
    name: 'ghl_connections',
    help: 'Stored connections by status',
    labelNames: ['status'] as const,
    registers,
    async collect () {
      const snap = await readSnapshot()
      if (snap === undefined) return
      for (const status of CONNECTION_STATUSES) this.set({ status }, snap.connections[status] ?? 0)
    }
  })

  const outboxCount: Record<typeof JOB_STATUSES[number], keyof JobStats> = { pending: 'pending', in_flight: 'inFlight', delivered: 'delivered', dead: 'dead' }
  new Gauge({ // eslint-disable-line no-new
    name: 'ghl_outbox_jobs',
    help: 'Outbox jobs by status (pending includes parked ones; delivered ones are kept for the retention period)',
    labelNames: ['status'] as const,
    registers,
    async collect () {
      const outbox = (await readSnapshot())?.outbox
      if (outbox === undefined) return
      for (const status of JOB_STATUSES) this.set({ status }, outbox[outboxCount[status]])
    }
  })
  new Gauge({ // eslint-disable-line no-new
    name: 'ghl_outbox_oldest_pending_seconds',
    help: 'Age of the oldest pending outbox job (0: none pending)',
    registers,
    async collect () {
      const outbox = (await readSnapshot())?.outbox
      if (outbox !== undefined) this.set(outbox.oldestPendingSeconds)
    }
  })
  const deliveries = new Counter({
    name: 'ghl_outbox_deliveries_total',
    help: 'Outbox delivery attempts by op and outcome (delivered, retry, parked, dead)',
    labelNames: ['op', 'outcome'] as const,
    registers
  })
  const opLabel = (op: string): string => /^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(op) ? op : 'other'

  // Every label combination starts at 0, so rate() works from the first scrape.
  for (const outcome of ['success', 'failure', 'reauth_required'] as const) {
    for (const trigger of ['window', 'scheduled', '401', 'manual'] as const) refreshes.inc({ trigger, outcome }, 0)
  }
  for (const op of ['syncSignup', 'upsertContact', 'addTags', 'request']) {
    for (const outcome of ['delivered', 'retry', 'parked', 'dead']) deliveries.inc({ op, outcome }, 0)
  }
  breakerState.set({ state: 'open' }, 0)
  breakerState.set({ state: 'half_open' }, 0)

  const events = options.events
  const listeners: { [K in keyof GhlEvents]?: (payload: GhlEvents[K]) => void } = {
    'token:refreshed': ({ trigger }) => { refreshes.inc({ trigger, outcome: 'success' }) },
    'token:refresh_failed': ({ trigger, willRetry }) => { refreshes.inc({ trigger, outcome: willRetry ? 'retry' : 'failure' }) },
    'token:reauth_required': () => { refreshes.inc({ trigger: 'unknown', outcome: 'reauth_required' }) },
    'breaker:open': ({ connection }) => { breakers.set(connection, 'open') },
    'breaker:half_open': ({ connection }) => { breakers.set(connection, 'half_open') },
    'breaker:close': ({ connection }) => { breakers.delete(connection) },
    'outbox:delivered': ({ op }) => { deliveries.inc({ op: opLabel(op), outcome: 'delivered' }) },
    'outbox:retry': ({ op }) => { deliveries.inc({ op: opLabel(op), outcome: 'retry' }) },
    'outbox:parked': ({ op }) => { deliveries.inc({ op: opLabel(op), outcome: 'parked' }) },
    'outbox:dead': ({ op }) => { deliveries.inc({ op: opLabel(op), outcome: 'dead' }) }
  }
  for (const [name, listener] of Object.entries(listeners)) events.on(name as keyof GhlEvents, listener as (p: unknown) => void)

  return {
    registry,
    /** One API call finished (after its retries): `status` is '2xx' or statusLabel(err). */
    observeRequest (method: string, path: string, status: string, seconds: number): void {
      const route = routeTemplate(path)
      requests.inc({ method, route, status })
      duration.observe({ method, route }, seconds)
    },
    webhook (type: unknown, outcome: WebhookOutcome): void {
      webhooks.inc({ type: webhookTypeLabel(type), outcome })
    },
    /** The registry's exposition text and content type. */
    async render (): Promise<{ contentType: string, body: string }> {
      snapshot = undefined // a fresh read for this scrape, shared by its gauges
      return { contentType: registry.contentType, body: await registry.metrics() }
    },
    /** Stops listening; removes our metrics from a host registry (a new registration may add them again). */
    close (): void {
      for (const [name, listener] of Object.entries(listeners)) events.off(name as keyof GhlEvents, listener as (p: unknown) => void)
      if (ownRegistry) registry.clear()
      else for (const name of METRIC_NAMES) registry.removeSingleMetric(name)
    }
  }
}

export type GhlMetrics = ReturnType<typeof createGhlMetrics>

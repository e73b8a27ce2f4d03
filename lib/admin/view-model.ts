// The admin page's content as plain data, framework-free: one row per connection of the current page (status with
// its reason in words, user type, scopes, expiry and last refresh as relative times, breaker, rate budget, outbox,
// last webhook), the fleet's counts, and paging. Never a token: rows are built from ConnectionView, which has none.
import type { ConnectionStatus } from '../../db/types.js'
import type { BreakerState } from '../client/breaker.js'
import type { RateBudget } from '../client/rate-budget.js'
import type { ConnectionView } from '../tokens/types.js'
import { duration, relative } from './relative-time.js'
import type { ConnectionOutbox, OutboxSummary, WebhookSummary } from './sources.js'

export const DEFAULT_PAGE_SIZE = 50
/** Webhooks listed at the bottom of the page. */
export const RECENT_WEBHOOKS = 10

export type RowStatus = ConnectionStatus | 'config_error'

export interface ConnectionRowView {
  connection: string
  userType: 'Location' | 'Company'
  locationId: string | null
  companyId: string | null
  status: RowStatus
  statusLabel: string
  reason: string
  scopes: string[]
  expiry: string
  lastRefresh: string
  breaker: { state: string, detail: string }
  rate: { burst: string, daily: string, source: string }
  outbox: { pending: number, dead: number, oldest: string, deadJobs: Array<{ id: number, op: string, attempts: number, error: string, when: string }> } | null
  lastWebhook: string
  canRefresh: boolean
  canDisconnect: boolean
}

export interface AdminView {
  rows: ConnectionRowView[]
  total: number
  counts: Record<RowStatus, number>
  page: number
  pages: number
  pageSize: number
  outbox: { pending: number, dead: number, parked: number, oldest: string, truncated: boolean } | null
  webhooks: Array<{ type: string, locationId: string, when: string, status: string, error: string }> | null
}

export interface AdminViewInput {
  connections: ConnectionView[]
  now: number
  page?: number
  pageSize?: number
  rate: (connection: string) => RateBudget | undefined
  breaker: (connection: string) => BreakerState | undefined
  outbox: OutboxSummary | null
  webhooks: WebhookSummary[] | null
  configError: (connection: string) => { reason: string, at: number } | undefined
}

const STATUS_LABELS: Record<RowStatus, string> = {
  active: 'active',
  suspended: 'suspended',
  reauth_required: 'reauth required',
  revoked: 'revoked',
  config_error: 'instance config error'
}

function reasonOf (view: ConnectionView, status: RowStatus, configError: { reason: string } | undefined, now: number): string {
  const last = view.lastError === null ? '' : ` Last error (${relative(view.lastErrorAt, now, 'at an unknown time')}): ${view.lastError}`
  switch (status) {
    case 'config_error':
      return `GHL refused this instance's client credentials (GHL_CLIENT_ID / GHL_CLIENT_SECRET): ${configError?.reason ?? 'invalid_client'}. The stored tokens are untouched; fix this instance's configuration.`
    case 'active':
      if (view.refreshInterrupted) return `Working, but a refresh was started and never finished (an instance died mid-refresh).${last}`
      if (!view.hasAccessToken) return 'Working: no access token yet; one is obtained on the next call.'
      return view.lastError === null ? 'Working: calls go out; the token is refreshed before it expires.' : `Working; the last refresh attempt failed and is retried with backoff.${last}`
    case 'suspended':
      return `GHL says the location is not active; calls fail with GHL_LOCATION_SUSPENDED and are retried hourly. Reactivate the location in GHL.${last}`
    case 'reauth_required':
      return `The grant is dead (refresh token spent or revoked); outbox jobs wait. Connect again.${last}`
    case 'revoked':
      return `The app was uninstalled or the connection was disconnected; its tokens are never used again. Install or connect again.${last}`
  }
}

function breakerOf (state: BreakerState | undefined, now: number): { state: string, detail: string } {
  if (state === undefined) return { state: 'closed', detail: 'no calls yet on this instance' }
  const name = state.state.replace('_', '-')
  if (state.state === 'open') return { state: name, detail: `calls refused; next probe ${relative(state.nextAttemptAt, now, 'soon')}` }
  if (state.state === 'half_open') return { state: name, detail: 'one probe call allowed' }
  return { state: name, detail: `${state.failures} failures in ${state.fires} calls (rolling window)` }
}

function rateOf (budget: RateBudget | undefined, now: number): { burst: string, daily: string, source: string } {
  if (budget === undefined) return { burst: 'unknown', daily: 'unknown', source: 'no calls yet on this instance' }
  const { burst, daily } = budget
  const left = burst.remaining ?? (burst.mode === 'off' ? null : burst.available)
  const pausedUntil = burst.pausedUntil === null ? null : Date.parse(burst.pausedUntil)
  const paused = pausedUntil !== null && pausedUntil > now ? `; paused after a 429 until ${relative(pausedUntil, now)}` : ''
  const burstText = burst.mode === 'off' ? (burst.remaining === null ? 'not limited here' : `${burst.remaining} left (GHL)`) : `${left ?? 'unknown'} / ${burst.max} per ${duration(burst.windowMs)}${paused}`
  const dailyText = daily.remaining === null ? `unknown / ${daily.limit}` : `${daily.remaining} / ${daily.limit}${daily.reserveReached ? ' (reserve reached: outbox waits)' : ''}`
  const scope = burst.mode === 'fleet' ? 'fleet-wide budget' : burst.mode === 'instance' ? "this instance's limiter" : 'no client-side limit'
  const seen = budget.observedAt === null ? 'GHL has not reported yet' : `GHL's headers ${relative(Date.parse(budget.observedAt), now)}`
  return { burst: burstText, daily: dailyText, source: `${scope}; ${seen}` }
}

function outboxOf (entry: ConnectionOutbox | undefined, summary: OutboxSummary | null, now: number): ConnectionRowView['outbox'] {
  if (summary === null) return null
  if (entry === undefined) return { pending: 0, dead: 0, oldest: '—', deadJobs: [] }
  return {
    pending: entry.pending,
    dead: entry.dead,
    oldest: entry.oldestPendingAt === null ? '—' : duration(now - entry.oldestPendingAt.getTime()),
    deadJobs: entry.deadJobs.map((j) => ({ id: j.id, op: j.op, attempts: j.attempts, error: j.lastError ?? '', when: relative(j.updatedAt, now) }))
  }
}

function expiryOf (view: ConnectionView, now: number): string {
  if (view.status === 'reauth_required' || view.status === 'revoked') return 'no usable token'
  if (view.expiresAt === null) return 'no access token'
  return view.expiresAt.getTime() > now ? `expires ${relative(view.expiresAt, now)}` : `expired ${relative(view.expiresAt, now)}`
}

export function buildAdminView (input: AdminViewInput): AdminView {
  const { now } = input
  const pageSize = Math.max(1, Math.floor(input.pageSize ?? DEFAULT_PAGE_SIZE))
  const statusOf = (view: ConnectionView): RowStatus => view.status === 'active' && input.configError(view.connection) !== undefined ? 'config_error' : view.status
  const counts: Record<RowStatus, number> = { active: 0, suspended: 0, reauth_required: 0, revoked: 0, config_error: 0 }
  for (const view of input.connections) counts[statusOf(view)]++
  // Connections that need an operator first, then by id: the top of the first page is what needs attention.
  const order: Record<RowStatus, number> = { config_error: 0, reauth_required: 1, suspended: 2, active: 3, revoked: 4 }
  const sorted = [...input.connections].sort((a, b) => order[statusOf(a)] - order[statusOf(b)] || (a.connection < b.connection ? -1 : 1))
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize))
  const page = Math.min(pages, Math.max(1, Math.floor(input.page ?? 1)))

  const lastWebhook = new Map<string, WebhookSummary>()
  for (const w of input.webhooks ?? []) if (w.locationId !== null && !lastWebhook.has(w.locationId)) lastWebhook.set(w.locationId, w)

  const rows = sorted.slice((page - 1) * pageSize, page * pageSize).map((view): ConnectionRowView => {
    const status = statusOf(view)
    const hook = lastWebhook.get(view.locationId ?? view.connection) ?? (view.companyId === null ? undefined : lastWebhook.get(view.companyId))
    return {
      connection: view.connection,
      userType: view.userType,
      locationId: view.locationId,
      companyId: view.companyId,
      status,
      statusLabel: STATUS_LABELS[status],
      reason: reasonOf(view, status, input.configError(view.connection), now),
      scopes: view.scope === null ? [] : view.scope.split(/\s+/).filter((s) => s !== ''),
      expiry: expiryOf(view, now),
      lastRefresh: relative(view.refreshedAt, now),
      breaker: breakerOf(input.breaker(view.connection), now),
      rate: rateOf(input.rate(view.connection), now),
      outbox: outboxOf(input.outbox?.byConnection.get(view.connection), input.outbox, now),
      lastWebhook: input.webhooks === null ? 'no webhook log' : hook === undefined ? 'none recently' : `${hook.type}, ${relative(hook.receivedAt, now)}`,
      canRefresh: view.status === 'active' || view.status === 'suspended',
      canDisconnect: view.status !== 'revoked'
    }
  })

  const stats = input.outbox?.stats
  return {
    rows,
    total: sorted.length,
    counts,
    page,
    pages,
    pageSize,
    outbox: stats === undefined
      ? null
      : { pending: stats.pending, dead: stats.dead, parked: stats.parked, oldest: stats.oldestPendingSeconds > 0 ? duration(stats.oldestPendingSeconds * 1000) : '—', truncated: input.outbox?.truncated ?? false },
    webhooks: input.webhooks === null
      ? null
      : input.webhooks.slice(0, RECENT_WEBHOOKS).map((w) => ({ type: w.type, locationId: w.locationId ?? '—', when: relative(w.receivedAt, now), status: w.status ?? 'received', error: w.error ?? '' }))
  }
}

// What runs a stored webhook, from the durable queue (queue 'webhooks', one job per event, keyed by its webhook id):
// an agency location's INSTALL first obtains the location token (through the client's rate budget), then the
// built-in processing (UNINSTALL revokes, app:installed / app:uninstalled / webhook events), then the host's
// handlers. Whichever instance claims the job runs it; a throw is retried with backoff, a crash after the lease;
// after maxAttempts the job is dead with its error, and the event `failed` until retried (API or CLI).
import type { JobStore } from '../../db/job-store.js'
import type { JobRow } from '../../db/job-types.js'
import { WEBHOOK_QUEUE, type StoredWebhook, type WebhookListOptions, type WebhookStatus, type WebhookStore } from '../../db/webhook-store.js'
import type { OutboxSettings } from '../config-outbox.js'
import { GhlConfigError } from '../errors.js'
import { GhlEventEmitter, type OutboxJobEvent } from '../events.js'
import type { GhlLogger } from '../logger.js'
import { createWebhookHandlers, type WebhookHandlers } from './handlers.js'
import type { LocationInstaller } from './install.js'
import { str } from './parse.js'
import type { WebhookProcessor } from './process.js'

export interface WebhookView extends StoredWebhook {
  /** The handler job: attempts made, its state and last error; null when the event has none (rejected, failed at intake). */
  job: { id: number, status: string, attempts: number, maxAttempts: number, lastError: string | null } | null
}

export interface WebhooksApi<C> extends Pick<WebhookHandlers<C>, 'on'> {
  /** A stored event with its handler job, or null. */
  get: (webhookId: string) => Promise<WebhookView | null>
  /** Stored events, newest first (`status: 'failed'` lists the dead ones). */
  list: (options?: WebhookListOptions) => Promise<StoredWebhook[]>
  /** A dead (failed) event runs again with fresh attempts; false when it is not dead or has no body to run. */
  retry: (webhookId: string) => Promise<boolean>
  stats: () => Promise<{ events: Record<WebhookStatus, number>, queue: Awaited<ReturnType<JobStore['stats']>> }>
}

export interface WebhookRuntimeParts<C> {
  /** Undefined with a host TokenStore that has no webhook table or queue: events then run inline, once. */
  store: WebhookStore | undefined
  jobs: JobStore | undefined
  settings: Pick<OutboxSettings, 'maxAttempts'>
  process: WebhookProcessor
  install: LocationInstaller
  /** The API bound to a connection id (fastify.ghl.forLocation). */
  connectionFor: (id: string) => C
  events: GhlEventEmitter
  log: GhlLogger
}

export interface WebhookRuntime<C> {
  api: WebhooksApi<C>
  handlers: WebhookHandlers<C>
  /** The relay's deliver function for the 'webhooks' queue. */
  deliver: (job: JobRow) => Promise<unknown>
  /** The relay's own emitter: its outbox:* events become webhook:* events and event statuses. */
  relayEvents: GhlEventEmitter
  /** One run outside the queue (a host TokenStore without a webhook table). */
  runEvent: (type: string, webhookId: string, event: Record<string, unknown>, op: string, attempt: number) => Promise<unknown>
}

function webhookIdOf (job: { key: string }): string {
  return job.key.startsWith('webhook:') ? job.key.slice('webhook:'.length) : job.key
}

/** The event as stored: the raw body (new rows), or the jsonb payload of rows stored before the body was kept. */
function eventOf (row: StoredWebhook): Record<string, unknown> {
  const value: unknown = row.body !== null ? JSON.parse(row.body) : row.payload
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`webhook ${row.webhookId} has no stored body to run`)
  return value as Record<string, unknown>
}

export function createWebhookRuntime<C> (parts: WebhookRuntimeParts<C>): WebhookRuntime<C> {
  const { events, log } = parts
  const need = (): { store: WebhookStore, jobs: JobStore } => {
    if (parts.store === undefined || parts.jobs === undefined) throw new GhlConfigError('fastify-ghl webhooks: options.db is a TokenStore without webhooks() and jobs(); stored events cannot be listed or retried')
    return { store: parts.store, jobs: parts.jobs }
  }
  const handlers = createWebhookHandlers<C>()
  const relayEvents = new GhlEventEmitter()

  /** One run of a stored event: the agency install (op 'install'), the built-in processing, then the handlers. */
  async function runEvent (type: string, webhookId: string, event: Record<string, unknown>, op: string, attempt: number): Promise<unknown> {
    const locationId = str(event.locationId)
    const companyId = str(event.companyId)
    let installed: string | undefined
    if (op === 'install' && locationId !== undefined) installed = await parts.install(locationId, companyId)
    await parts.process(type, webhookId, event)
    const id = locationId ?? companyId
    const ran = await handlers.run(type, { event, attempt, connection: id === undefined ? undefined : parts.connectionFor(id) })
    return { handlers: ran, ...(installed === undefined ? {} : { installed }) }
  }

  async function deliver (job: JobRow): Promise<unknown> {
    const webhookId = webhookIdOf(job)
    const row = await need().store.get(webhookId)
    if (row === null) return { skipped: 'the event is no longer stored (pruned)' }
    return await runEvent(row.type, webhookId, eventOf(row), job.op, job.attempts)
  }

  const describe = (job: OutboxJobEvent): { webhookId: string, op: string, connection: string, attempts: number } =>
    ({ webhookId: webhookIdOf(job), op: job.op, connection: job.connection, attempts: job.attempts })
  const setStatus = (webhookId: string, status: WebhookStatus, error: string | null): void => {
    need().store.setStatus(webhookId, status, error).catch((err: unknown) => {
      log.warn({ webhookId, err: (err as Error).message }, 'GHL webhook status could not be recorded')
    })
  }
  relayEvents.on('outbox:delivered', (job) => {
    setStatus(webhookIdOf(job), 'processed', null)
    events.emit('webhook:processed', describe(job))
  })
  relayEvents.on('outbox:retry', (job) => { events.emit('webhook:retry', { ...describe(job), error: job.error, delayMs: job.delayMs }) })
  relayEvents.on('outbox:parked', (job) => { events.emit('webhook:retry', { ...describe(job), error: job.error, delayMs: job.delayMs }) })
  relayEvents.on('outbox:dead', (job) => {
    log.error({ webhookId: webhookIdOf(job), attempts: job.attempts, err: job.error }, 'GHL webhook handler failed for good; the event is kept as failed (retry it with webhooks.retry or the CLI)')
    setStatus(webhookIdOf(job), 'failed', job.error)
    events.emit('webhook:dead', { ...describe(job), error: job.error })
  })

  const api: WebhooksApi<C> = {
    on: handlers.on,
    async get (webhookId) {
      const { store, jobs } = need()
      const row = await store.get(webhookId)
      if (row === null) return null
      const job = await jobs.getByKey('webhook:' + webhookId)
      return { ...row, job: job === null ? null : { id: job.id, status: job.status, attempts: job.attempts, maxAttempts: job.maxAttempts, lastError: job.lastError } }
    },
    list: async (options) => await need().store.list(options),
    async retry (webhookId) {
      const { store, jobs } = need()
      const row = await store.get(webhookId)
      if (row === null || (row.body === null && row.payload === null)) return false
      const job = await jobs.getByKey('webhook:' + webhookId)
      if (job !== null) {
        if (job.status !== 'dead' || await jobs.retry(job.id) === null) return false
      } else {
        // An event stored before handler jobs existed (or whose processing failed inline): it gets its job now.
        if (row.status !== 'failed') return false
        const connection = row.locationId ?? row.companyId ?? 'app'
        await jobs.enqueue({ queue: WEBHOOK_QUEUE, op: 'handle', key: 'webhook:' + webhookId, connection, payload: { webhookId }, maxAttempts: parts.settings.maxAttempts })
      }
      await store.setStatus(webhookId, 'queued', null)
      return true
    },
    stats: async () => ({ events: await need().store.counts(), queue: await need().jobs.stats(WEBHOOK_QUEUE) })
  }
  return { api, handlers, deliver, relayEvents, runEvent }
}

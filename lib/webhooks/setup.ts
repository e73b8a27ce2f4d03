// The webhook parts of the core, wired once: intake (what POST /webhooks runs), the runtime (handlers, the built-in
// processing, agency installs), `fastify.ghl.webhooks` and this instance's handler relay over the 'webhooks' queue.
import type { JobStore } from '../../db/job-store.js'
import type { TokenStore } from '../../db/types.js'
import { WEBHOOK_QUEUE } from '../../db/webhook-store.js'
import type { ApiClient } from '../client/api-client.js'
import type { GhlSettings } from '../config.js'
import type { GhlEventEmitter } from '../events.js'
import type { GhlLogger } from '../logger.js'
import type { WebhookOutcome } from '../metrics.js'
import { createRelay, type Relay } from '../outbox/relay.js'
import { resumeParkedOnRecovery } from '../outbox/resume-parked.js'
import type { TokenManager } from '../tokens/types.js'
import { createLocationInstaller } from './install.js'
import { createIntake, type Intake } from './intake.js'
import { legacyIntakeStore } from './legacy.js'
import { createWebhookProcessor } from './process.js'
import { createWebhookRuntime, type WebhooksApi } from './runtime.js'
import type { WebhookVerifier } from './verify.js'

/** Events stored within this long share one NOTIFY. */
const NOTIFY_COALESCE_MS = 5

export interface WebhookSetupParts<C> {
  settings: GhlSettings
  store: TokenStore
  jobs: JobStore | undefined
  manager: TokenManager
  api: ApiClient
  verifier: WebhookVerifier
  /** The API bound to a connection (fastify.ghl.forLocation), looked up when a handler runs. */
  connectionFor: (id: string) => C
  count: (type: unknown, outcome: WebhookOutcome) => void
  background: (task: () => Promise<void>) => void
  events: GhlEventEmitter
  log: GhlLogger
  now: () => number
}

export interface WebhookSetup<C> {
  api: WebhooksApi<C>
  intake: Intake
  /** Undefined with webhooks: false, or a host TokenStore without a queue. */
  relay: Relay | undefined
  /** Stops resuming parked handler jobs on connection events. */
  close: () => void
}

export function setupWebhooks<C> (parts: WebhookSetupParts<C>): WebhookSetup<C> {
  const { settings, store, jobs, manager, api, events, log } = parts
  const webhookStore = jobs === undefined ? undefined : store.webhooks?.()
  const runtime = createWebhookRuntime<C>({
    store: webhookStore,
    jobs: webhookStore === undefined ? undefined : jobs,
    settings: settings.webhooks,
    process: createWebhookProcessor({ manager, evict: api.evict, events, log }),
    install: createLocationInstaller({ store, manager, request: api.request, log }),
    connectionFor: parts.connectionFor,
    events,
    log
  })
  // One NOTIFY for all the events stored within a few ms (NOTIFY serializes commits database-wide), and this
  // instance's relay woken directly.
  let relay: Relay | undefined
  let close = (): void => {}
  let wakePending = false
  const queued = (): void => {
    relay?.wake()
    if (wakePending || jobs === undefined) return
    wakePending = true
    setTimeout(() => {
      wakePending = false
      jobs.notify(WEBHOOK_QUEUE).catch((err: unknown) => {
        log.warn({ err: (err as Error).message }, 'fastify-ghl webhooks: waking the relays failed; they find the events at their next poll')
      })
    }, NOTIFY_COALESCE_MS).unref()
  }
  const intake = createIntake({
    queued: webhookStore === undefined ? undefined : queued,
    verifier: parts.verifier,
    webhooks: webhookStore ?? legacyIntakeStore(store, runtime.runEvent, parts.background, log),
    settings,
    log,
    now: parts.now,
    count: parts.count
  })
  if (webhookStore !== undefined && jobs !== undefined && settings.webhooks.relay) {
    relay = createRelay({
      jobs,
      queue: WEBHOOK_QUEUE,
      deliver: runtime.deliver,
      breakerReopensAt: (connection) => api.breakerState(connection).nextAttemptAt,
      settings: settings.webhooks,
      events: runtime.relayEvents,
      log
    })
    close = resumeParkedOnRecovery(jobs, WEBHOOK_QUEUE, events, log)
  } else if (webhookStore === undefined) {
    log.warn({}, 'fastify-ghl webhooks: options.db is a TokenStore without webhooks() and jobs(); webhook handlers run once, inline, without retries')
  }
  return { api: runtime.api, intake, relay, close }
}

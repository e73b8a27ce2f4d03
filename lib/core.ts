// Builds the framework-free core over an opened store: OAuth client, token manager, agency location tokens, API
// client, metrics, the refresh sweep and `fastify.ghl` itself. Every part it opens is handed to the closer, so they
// close in reverse order (sweep → metrics → background work → LISTEN → client → oauth → dispatcher), before the store.
import type { Registry } from 'prom-client'
import { Agent, type Dispatcher } from 'undici'
import type { JobStore } from '../db/job-store.js'
import type { TokenStore } from '../db/types.js'
import { createApiClient, type ApiClient } from './client/api-client.js'
import { fleetBudgetStore, rateLimitConfig } from './config-rate-limit.js'
import type { Closer } from './closer.js'
import { DEFAULT_REFRESHER_BATCH, DEFAULT_REFRESHER_CONCURRENCY, type GhlConfigInput, type GhlSettings } from './config.js'
import type { GhlEventEmitter } from './events.js'
import { createGhlClient, type GhlClient, type LocationApi } from './ghl-client.js'
import type { GhlLogger } from './logger.js'
import { createGhlMetrics, type GhlMetrics } from './metrics.js'
import { createAgency } from './tokens/agency.js'
import type { KeyRing } from './tokens/crypto.js'
import { createTokenManager } from './tokens/manager.js'
import { createOAuthClient, type OAuthClient } from './tokens/oauth-client.js'
import { createOAuthState, type OAuthStateSigner } from './tokens/oauth-state.js'
import { createOutbox } from './outbox/outbox.js'
import { deliver } from './outbox/ops.js'
import { createRelay, type Relay } from './outbox/relay.js'
import { createSweeper, type Sweeper } from './tokens/sweeper.js'
import type { TokenManager } from './tokens/types.js'
import type { Intake } from './webhooks/intake.js'
import { setupWebhooks } from './webhooks/setup.js'
import { createWebhookVerifier, type WebhookVerifier } from './webhooks/verify.js'

/** "Before this" covers every stored expiry (Postgres cannot take JavaScript's largest date). */
const FAR_FUTURE_MS = 100 * 365 * 86_400_000
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000

export interface CoreParts {
  settings: GhlSettings
  /** The client options that are not settings (timeouts, retry, rateLimit, breaker, signupTags, dispatcher). */
  options: GhlConfigInput
  store: TokenStore
  keyRing: KeyRing
  events: GhlEventEmitter
  log: GhlLogger
  now: () => number
  closer: Closer
}

export interface Core {
  client: GhlClient
  api: ApiClient
  manager: TokenManager
  store: TokenStore
  oauth: OAuthClient
  metrics: GhlMetrics | undefined
  stateSigner: OAuthStateSigner
  verifier: WebhookVerifier
  sweeper: Sweeper
  /** The job queue (undefined with a host TokenStore that has none). */
  jobs: JobStore | undefined
  /** This instance's outbox relay (undefined with outbox: false); started by plugins/outbox.ts. */
  relay: Relay | undefined
  /** POST /webhooks: verify, store the raw body with its handler job, answer (lib/webhooks/intake.ts). */
  intake: Intake
  /** This instance's webhook handler relay (undefined with webhooks: false); started by plugins/webhook-relay.ts. */
  webhookRelay: Relay | undefined
  /** Runs work in the background; closing waits for it (before the token manager and the store close). */
  background: (task: () => Promise<void>) => void
}

export async function createCore ({ settings, options, store, keyRing, events, log, now, closer }: CoreParts): Promise<Core> {
  // Checked before any database work: a bad rateLimit option fails registration naming it.
  const rateLimit = rateLimitConfig(options.rateLimit)
  const rateBudget = fleetBudgetStore(rateLimit, store)
  if (settings.migrate) await store.migrate()

  const dispatcher: Dispatcher = options.dispatcher ?? new Agent({ connect: { timeout: options.timeouts?.connectMs ?? DEFAULT_CONNECT_TIMEOUT_MS } })
  if (options.dispatcher === undefined) closer.add('dispatcher', async () => { await dispatcher.close() })

  const oauth = createOAuthClient({ baseUrl: settings.apiBaseUrl, clientId: settings.clientId, clientSecret: settings.clientSecret, dispatcher })
  closer.add('oauth client', async () => { await oauth.close() })

  const manager = createTokenManager({
    store,
    keyRing,
    oauth,
    events,
    log,
    defaultConnection: settings.locationId,
    refreshWindowSeconds: settings.refreshWindowSeconds,
    ...(settings.lockTimeoutMs === undefined ? {} : { lockTimeoutMs: settings.lockTimeoutMs }),
    reauthUrl: `${settings.routes.authUrl.prefix}/auth-url`,
    now
  })
  const agency = createAgency({ store, manager, oauth, settings, log, now })
  const api = createApiClient({
    tokens: agency.provider(),
    events,
    apiBaseUrl: settings.apiBaseUrl,
    defaultConnection: settings.locationId,
    apiVersion: settings.apiVersion,
    dispatcher,
    timeouts: options.timeouts,
    retry: options.retry,
    rateLimit: rateLimit.limit,
    rateLimitBudgetMs: rateLimit.budgetMs,
    rateBudget,
    dailyReserve: rateLimit.dailyReserve,
    breaker: options.breaker,
    log
  })
  closer.add('api client', async () => { await api.close() })

  await seed(settings, manager, log)
  await manager.start()
  closer.add('token manager (LISTEN)', async () => { await manager.close() })

  const jobs = store.jobs?.()
  const outbox = createOutbox({ jobs, settings: settings.outbox, defaultConnection: settings.locationId, signupTags: options.signupTags, events, log })
  closer.add('outbox wake-ups', () => { outbox.close() })

  const pending = new Set<Promise<void>>()
  const background = (task: () => Promise<void>): void => {
    const run: Promise<void> = task()
      .catch((err: unknown) => { log.error({ err: (err as Error).message }, 'fastify-ghl background task failed') })
      .finally(() => { pending.delete(run) })
    pending.add(run)
  }
  closer.add('background tasks', async () => { await Promise.allSettled([...pending]) })

  const metrics = settings.metrics === false
    ? undefined
    : createGhlMetrics({
      events,
      registry: settings.metrics.registry as Registry | undefined,
      now,
      snapshot: async () => {
        const [soonest] = await store.listDue(new Date(now() + FAR_FUTURE_MS), 1)
        return {
          soonestExpiry: soonest === undefined ? undefined : soonest.expiresAt,
          connections: await store.countByStatus(),
          ...(jobs === undefined ? {} : { outbox: await jobs.stats() })
        }
      },
      rateLimit: () => settings.locationId === undefined ? undefined : api.rateLimitState(settings.locationId)
    })
  if (metrics !== undefined) closer.add('metrics', () => { metrics.close() })

  const sweeper = createSweeper({
    manager,
    store,
    log,
    now,
    settings: settings.refresher === false ? { concurrency: DEFAULT_REFRESHER_CONCURRENCY, batchSize: DEFAULT_REFRESHER_BATCH } : settings.refresher,
    webhookRetentionMs: settings.webhookRetentionMs
  })
  closer.add('refresher', async () => { await sweeper.stop() })

  const stateSigner = createOAuthState({ secret: settings.stateSecret, ttlSeconds: settings.stateTtlSeconds, now })
  const verifier = createWebhookVerifier({ publicKeys: settings.webhookPublicKeys, legacyKeys: settings.webhookLegacyKeys })
  const webhooks = setupWebhooks<LocationApi>({
    settings, store, jobs, manager, api, verifier, events, log, now, background,
    connectionFor: (id) => client.forLocation(id),
    count: (type, outcome) => { metrics?.webhook(type, outcome) }
  })
  const client = createGhlClient({ settings, api, manager, events, metrics, stateSigner, sweep: sweeper.sweep, signupTags: options.signupTags, outbox, webhooks: webhooks.api })
  // Stopped before the outbox relay (closer order is reverse), so handlers in flight finish with the client open.
  const webhookRelay = webhooks.relay
  closer.add('webhook wake-ups', () => { webhooks.close() })
  if (webhookRelay !== undefined) closer.add('webhook relay', async () => { await webhookRelay.stop() })
  // Added last, so closed first: the relay stops (deliveries finish or are handed back) before the client and the store.
  let relay: Relay | undefined
  if (settings.outbox.relay && jobs !== undefined) {
    relay = createRelay({
      jobs,
      deliver: async (job) => {
        // Below the daily reserve the job is parked (no attempt used) while live calls go on.
        api.checkDailyReserve(job.connection)
        return await deliver(client, job.op, job.connection, job.payload)
      },
      breakerReopensAt: (connection) => api.breakerState(connection).nextAttemptAt,
      settings: settings.outbox,
      events,
      log
    })
    const started = relay
    closer.add('outbox relay', async () => { await started.stop() })
  } else if (settings.outbox.relay) {
    log.warn({}, 'fastify-ghl outbox: options.db is a TokenStore without jobs(); no relay runs and outbox.* cannot enqueue')
  }
  return {
    client,
    api,
    manager,
    store,
    oauth,
    metrics,
    stateSigner,
    verifier,
    sweeper,
    jobs,
    relay,
    intake: webhooks.intake,
    webhookRelay,
    background
  }
}

/** GHL_REFRESH_TOKEN seeds the store once; the database is the source of truth afterwards. */
async function seed (settings: GhlSettings, manager: TokenManager, log: GhlLogger): Promise<void> {
  if (settings.refreshToken === undefined || settings.locationId === undefined) return
  const seeded = await manager.seed({
    connection: settings.locationId,
    userType: settings.userType,
    refreshToken: settings.refreshToken,
    ...(settings.accessToken === undefined ? {} : { accessToken: settings.accessToken })
  })
  log.info({ connection: settings.locationId, seeded }, seeded
    ? 'GHL connection seeded from GHL_REFRESH_TOKEN'
    : 'GHL connection already stored; GHL_REFRESH_TOKEN ignored (the database is the source of truth)')
}

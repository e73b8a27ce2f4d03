// fastify-ghl: the public entry. Default export: the Fastify plugin. Named exports: its types, the errors, the
// events, and the framework-free core (API client, token manager, stores) for use without Fastify (CLI, workers).
// The GHL sandbox is a separate entry: `fastify-ghl/sandbox`; the PGlite token store is `fastify-ghl/pglite`.
import fastifyGhl from './plugins/ghl.js'

export default fastifyGhl
export { fastifyGhl }
export { REDACTED_PATHS, type GhlOptions } from './plugins/ghl.js'
export { REFRESHER_JOB_ID } from './plugins/refresher.js'
export type { DbOption } from './db/open.js'
export { createGhlClient, type GhlClient, type GhlClientParts, type LocationApi } from './lib/ghl-client.js'
export { createGhlApi, type ConnectionResources, type GhlApi, type GhlApiOptions } from './lib/ghl-api.js'
export { createResources, type ResourceOptions, type Resources } from './lib/resources/index.js'
export * from './lib/resources/types.js'
export { createSweeper, type SweepResult, type Sweeper, type SweeperOptions } from './lib/tokens/sweeper.js'
export type { AuthStatus, StatusReply } from './routes/status.js'
export type { CheckResult } from './routes/test-integration.js'

// configuration
export {
  consentUrl,
  DEFAULT_API_BASE_URL,
  DEFAULT_AUTH_BASE_URL,
  DEFAULT_PREFIX,
  DEFAULT_SCOPES,
  ENV_OPTIONS,
  ENV_SCHEMA,
  NESTED_KEYS,
  normalizeSettings,
  ROUTE_NAMES,
  TOP_LEVEL_KEYS,
  type RouteName,
  type RouteOption,
  type RoutesOptions,
  type RouteSetting,
  type GhlConfigInput,
  type GhlSettings,
  type MetricsOptions,
  type RefresherOptions
} from './lib/config.js'

// errors and events
export * from './lib/errors.js'
export { GhlEventEmitter, type ConnectedRequest, type GhlEvents, type OutboxJobEvent, type RefreshTrigger } from './lib/events.js'
export { silentLogger, type GhlLogger } from './lib/logger.js'

// the API client
export * from './lib/client/index.js'

// tokens
export { createTokenManager, DEFAULT_REFRESH_WINDOW_S, type TokenManagerOptions } from './lib/tokens/manager.js'
export type { ConnectionView, SeedInput, TokenManager, TokenResponse } from './lib/tokens/types.js'
export type { TokenProvider } from './lib/tokens/provider.js'
export { createOAuthClient, oauthFailure, type OAuthClient, type OAuthClientOptions, type OAuthFailureCause, type OAuthFailureKind } from './lib/tokens/oauth-client.js'
export { generateKey, parseKeyRing, type KeyRing } from './lib/tokens/crypto.js'
export { createOAuthState, MAX_STATE_TTL_S, memoryNonceLedger, type IssuedState, type NonceLedger, type OAuthStateSigner, type StateCheck, type StateReturn } from './lib/tokens/oauth-state.js'

// the admin page
export { adminLoginTicket } from './lib/admin/session.js'

// the durable outbox
export { createOutbox, createRelay, type Enqueued, type EnqueueOptions, type Outbox, type OutboxJob, type OutboxRequest, type Relay } from './lib/outbox/index.js'
export { DEFAULT_OUTBOX_MAX_ATTEMPTS, type OutboxOptions, type OutboxSettings } from './lib/config-outbox.js'
export { JobStore, type HostTx } from './db/job-store.js'
export { JOB_STATUSES, type JobRow, type JobStats, type JobStatus } from './db/job-types.js'

// webhooks and metrics
export { WEBHOOK_TYPES, type AnyWebhookEvent, type WebhookEnvelope, type WebhookEventFields, type WebhookEventOf, type WebhookType } from './lib/webhooks/event-types.js'
export type { WebhookHandler, WebhookHandlerContext } from './lib/webhooks/handlers.js'
export type { WebhooksApi, WebhookView } from './lib/webhooks/runtime.js'
export type { StoredWebhook, WebhookStatus } from './db/webhook-store.js'
export { DEFAULT_WEBHOOK_MAX_ATTEMPTS, type WebhookQueueOptions } from './lib/config-webhooks.js'
export {
  createWebhookVerifier,
  HIGHLEVEL_LEGACY_RSA_PEM,
  parseEd25519Keys,
  parseRsaKeys,
  type VerifyResult,
  type WebhookVerifier
} from './lib/webhooks/verify.js'
export { createGhlMetrics, METRIC_NAMES, routeTemplate, type GhlMetrics } from './lib/metrics.js'

// storage (the PGlite store is the `fastify-ghl/pglite` entry: @electric-sql/pglite is an optional peer)
export { createPgTokenStore, type PgTokenStoreOptions } from './db/pg-store.js'
export type { ConnectionRow, ConnectionStatus, TokenStore, UserType } from './db/types.js'
export { PGLITE_PACKAGE, type PgliteLike } from './db/open.js'

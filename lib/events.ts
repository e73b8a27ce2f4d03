import { TypedEmitter } from './typed-emitter.js'

export type RefreshTrigger = 'window' | 'scheduled' | '401' | 'manual'

/** A durable outbox job (lib/outbox/): `error` is why it failed, is waiting, or died. */
export interface OutboxJobEvent { id: number, key: string, op: string, connection: string, attempts: number, error?: string }

/**
 * The HTTP request of the OAuth callback, as `app:connected` carries it. Empty here (lib/ knows nothing of Fastify);
 * routes/callback.ts declares it a FastifyRequest, which is what hosts see.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ConnectedRequest {}

/** A stored webhook's handler job (queue 'webhooks'): op 'handle', or 'install' for an agency location's INSTALL. */
export interface WebhookJobEvent { webhookId: string, op: string, connection: string, attempts: number }

export interface GhlEvents {
  'token:refreshed': { connection: string, trigger: RefreshTrigger, expiresAt: Date, durationMs: number }
  'token:refresh_failed': { connection: string, trigger: RefreshTrigger, error: Error, attempt: number, willRetry: boolean }
  'token:reauth_required': { connection: string, reason: string }
  'token:persist_failed': { connection: string, error: Error, attempt: number }
  /** GHL refused this instance's client credentials (invalid_client): this instance's configuration, not the connection's. */
  'token:config_error': { connection: string, reason: string, error: Error }
  'token:invalidated': { connection: string, reason: string }
  /** GHL says the location is not active: the connection is `suspended` and retried on a slow schedule. */
  'token:suspended': { connection: string, reason: string }
  'breaker:open': { connection: string }
  'breaker:half_open': { connection: string }
  'breaker:close': { connection: string }
  'rate_limited': { connection: string, waitMs: number, source: 'client' | 'ghl' }
  'webhook': { type: string, webhookId: string, locationId?: string, payload: Record<string, unknown> }
  /** `request` is the OAuth callback's (a FastifyRequest): bind the new connection to the host's user or session. */
  'app:connected': { connection: string, userType: 'Location' | 'Company', locationId?: string, companyId?: string, request: ConnectedRequest }
  'app:installed': { connection: string, locationId?: string, companyId?: string }
  'app:uninstalled': { connection: string, locationId?: string, companyId?: string }
  'outbox:delivered': OutboxJobEvent
  'outbox:retry': OutboxJobEvent & { error: string, delayMs: number }
  'outbox:parked': OutboxJobEvent & { error: string, delayMs: number }
  'outbox:dead': OutboxJobEvent & { error: string }
  /** A stored webhook's handlers all ran (lib/webhooks/runtime.ts); `attempts` counts the runs it took. */
  'webhook:processed': WebhookJobEvent
  /** A handler threw (or the install failed): the event runs again after `delayMs`. */
  'webhook:retry': WebhookJobEvent & { error: string, delayMs: number }
  /** Out of attempts: the event is kept as failed with the error, until retried. */
  'webhook:dead': WebhookJobEvent & { error: string }
}

export class GhlEventEmitter extends TypedEmitter<GhlEvents> {}

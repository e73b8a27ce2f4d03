// The `webhooks` option: the relay that runs webhook handlers (and agency location installs) from the durable queue,
// plus the rule tying replay protection to the age check. `false` runs no handler relay on this instance (intake
// still stores and queues; instances with a relay run the handlers). Unknown keys are refused by name.
import { relayOptions, type OutboxSettings } from './config-outbox.js'
import { fail, settingName } from './config-env.js'

export const DEFAULT_WEBHOOK_CONCURRENCY = 8
export const DEFAULT_WEBHOOK_LEASE_S = 60
/** With backoff from 1 s up to 5 min, 25 attempts span about an hour and a half. */
export const DEFAULT_WEBHOOK_MAX_ATTEMPTS = 25
export const DEFAULT_WEBHOOK_POLL_S = 1
export const DEFAULT_WEBHOOK_BACKOFF = Object.freeze({ baseMs: 1000, capMs: 300_000 })
export const DEFAULT_WEBHOOK_STOP_TIMEOUT_MS = 10_000
/** A job parked because its connection needs re-authorization looks again after this. */
const RECHECK_MS = 300_000

export interface WebhookQueueOptions {
  /** Handlers (and installs) at once per instance. Default 8. */
  concurrency?: number
  /** Lease of a claimed event, renewed while its handlers run; a crashed instance's events are taken over after it. Default 60. */
  leaseSeconds?: number
  /** Attempts before an event is dead (kept with its error, retriable). Default 25. */
  maxAttempts?: number
  /** Polling fallback between NOTIFY wake-ups (also the lease-expiry check). Default 1. */
  pollSeconds?: number
  /** Retry delay: full jitter over min(capMs, baseMs × 2^(attempt − 1)). Default { baseMs: 1000, capMs: 300000 }. */
  backoff?: { baseMs?: number, capMs?: number }
  /** On close, handlers in flight get this long to finish; the rest are handed back. Default 10000. */
  stopTimeoutMs?: number
}

/** The relay's settings (the outbox relay's shape) for the 'webhooks' queue. */
export type WebhookQueueSettings = OutboxSettings

/** Handler jobs are kept as long as the webhook ids they belong to. */
export function webhookQueueSettings (value: unknown, retentionMs: number): WebhookQueueSettings {
  const { common } = relayOptions(value, 'webhooks', {
    concurrency: DEFAULT_WEBHOOK_CONCURRENCY,
    leaseS: DEFAULT_WEBHOOK_LEASE_S,
    maxAttempts: DEFAULT_WEBHOOK_MAX_ATTEMPTS,
    pollS: DEFAULT_WEBHOOK_POLL_S,
    backoff: DEFAULT_WEBHOOK_BACKOFF,
    stopTimeoutMs: DEFAULT_WEBHOOK_STOP_TIMEOUT_MS
  })
  return Object.freeze({ ...common, retentionMs, recheckMs: RECHECK_MS })
}

/**
 * Replay protection rests on the stored webhook id: once pruned, only the age check stops a replay. So ids must be
 * kept longer than any timestamp is accepted, or a replay after pruning would be processed twice.
 */
export function checkWebhookRetention (retentionMs: number, toleranceMs: number): void {
  if (retentionMs <= toleranceMs) {
    fail('webhookRetentionDays', `(${retentionMs / 86_400_000} days) must be longer than ${settingName('webhookToleranceSeconds')} (${toleranceMs / 1000} s): ` +
      'webhook ids are the replay protection, and a replay after they are pruned would be processed twice')
  }
}

// The `outbox` option: the durable outbox's relay (lib/outbox/). `false` runs no relay on this instance (its
// `fastify.ghl.outbox.*` still enqueue; instances with a relay deliver). Unknown keys are refused by name.
import { fail } from './config-env.js'
import { checkKeys, NESTED_KEYS } from './config-keys.js'

export const DEFAULT_OUTBOX_CONCURRENCY = 8
export const DEFAULT_OUTBOX_LEASE_S = 60
/** With full-jitter backoff from 1 s up to 10 min, 320 attempts span about a day of outage. */
export const DEFAULT_OUTBOX_MAX_ATTEMPTS = 320
export const DEFAULT_OUTBOX_RETENTION_DAYS = 7
export const DEFAULT_OUTBOX_POLL_S = 1
/** A parked job whose connection needs re-authorization is looked at again after this, unless new tokens wake it first. */
export const DEFAULT_OUTBOX_RECHECK_S = 300
export const DEFAULT_OUTBOX_BACKOFF = Object.freeze({ baseMs: 1000, capMs: 600_000 })
export const DEFAULT_OUTBOX_STOP_TIMEOUT_MS = 10_000

export interface OutboxOptions {
  /** Deliveries at once per instance. Default 8. */
  concurrency?: number
  /** Lease of a claimed job, renewed while its delivery runs; a crashed instance's jobs are taken over after it. Default 60. */
  leaseSeconds?: number
  /** Attempts before a job is dead. Default 320 (about a day of outage). */
  maxAttempts?: number
  /** Delivered jobs are kept this long (their keys keep deduplicating meanwhile). Default 7. */
  retentionDays?: number
  /** Polling fallback between NOTIFY wake-ups (also the lease-expiry check). Default 1. */
  pollSeconds?: number
  /** Parked jobs (re-authorization needed, no connection) are rechecked this often. Default 300. */
  recheckSeconds?: number
  /** Retry delay: full jitter over min(capMs, baseMs × 2^(attempt − 1)). Default { baseMs: 1000, capMs: 600000 }. */
  backoff?: { baseMs?: number, capMs?: number }
  /** On close, deliveries in flight get this long to finish; the rest are handed back. Default 10000. */
  stopTimeoutMs?: number
}

export interface OutboxSettings {
  /** Whether this instance runs a relay. */
  relay: boolean
  concurrency: number
  leaseMs: number
  maxAttempts: number
  retentionMs: number
  pollMs: number
  recheckMs: number
  backoff: { baseMs: number, capMs: number }
  stopTimeoutMs: number
}

function positive (value: unknown, option: string, fallback: number, integer = false): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    fail(option, `must be a ${integer ? 'positive integer' : 'positive number'}, got ${JSON.stringify(value) ?? String(value)}`)
  }
  return value
}

function object (value: unknown, option: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(option, 'must be an object or false')
  return value as Record<string, unknown>
}

/** What a queue's relay option falls back to. */
export interface RelayDefaults {
  concurrency: number
  leaseS: number
  maxAttempts: number
  pollS: number
  backoff: { readonly baseMs: number, readonly capMs: number }
  stopTimeoutMs: number
}

/**
 * The settings every queue's relay takes (`outbox`, `webhooks`): checked by name under the option, each falling back
 * to its default. Returns the option's own fields too, for the settings only one queue has.
 */
export function relayOptions (value: unknown, option: 'outbox' | 'webhooks', d: RelayDefaults): { fields: Record<string, unknown>, common: Omit<OutboxSettings, 'retentionMs' | 'recheckMs'> } {
  const o = value === undefined || value === false ? {} : object(value, option)
  checkKeys(o, NESTED_KEYS[option], option)
  const b = o.backoff === undefined ? {} : object(o.backoff, `${option}.backoff`)
  checkKeys(b, NESTED_KEYS[`${option}.backoff`], `${option}.backoff`)
  const baseMs = positive(b.baseMs, `${option}.backoff.baseMs`, d.backoff.baseMs)
  const capMs = positive(b.capMs, `${option}.backoff.capMs`, Math.max(baseMs, d.backoff.capMs))
  if (capMs < baseMs) fail(`${option}.backoff.capMs`, `(${capMs}) must not be below ${option}.backoff.baseMs (${baseMs})`)
  return {
    fields: o,
    common: {
      relay: value !== false,
      concurrency: positive(o.concurrency, `${option}.concurrency`, d.concurrency, true),
      leaseMs: positive(o.leaseSeconds, `${option}.leaseSeconds`, d.leaseS) * 1000,
      maxAttempts: positive(o.maxAttempts, `${option}.maxAttempts`, d.maxAttempts, true),
      pollMs: positive(o.pollSeconds, `${option}.pollSeconds`, d.pollS) * 1000,
      backoff: Object.freeze({ baseMs, capMs }),
      stopTimeoutMs: positive(o.stopTimeoutMs, `${option}.stopTimeoutMs`, d.stopTimeoutMs)
    }
  }
}

export function outboxSettings (value: unknown): OutboxSettings {
  const { fields, common } = relayOptions(value, 'outbox', {
    concurrency: DEFAULT_OUTBOX_CONCURRENCY,
    leaseS: DEFAULT_OUTBOX_LEASE_S,
    maxAttempts: DEFAULT_OUTBOX_MAX_ATTEMPTS,
    pollS: DEFAULT_OUTBOX_POLL_S,
    backoff: DEFAULT_OUTBOX_BACKOFF,
    stopTimeoutMs: DEFAULT_OUTBOX_STOP_TIMEOUT_MS
  })
  return Object.freeze({
    ...common,
    retentionMs: positive(fields.retentionDays, 'outbox.retentionDays', DEFAULT_OUTBOX_RETENTION_DAYS) * 86_400_000,
    recheckMs: positive(fields.recheckSeconds, 'outbox.recheckSeconds', DEFAULT_OUTBOX_RECHECK_S) * 1000
  })
}

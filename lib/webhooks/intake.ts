// Webhook intake, fast and fail-closed: verify the signature over the raw bytes → read type, ids and timestamp →
// store the raw body (text) with its hash and enqueue its handler job, in one statement → answer. Nothing else runs
// before the answer: handlers, revocations and installs run from the durable queue.
//
// GHL retries only after a 429 (about 10 minutes apart, same body and timestamp) and treats every other answer as
// final. So: a store that cannot write now → 429 (GHL delivers again, and the age check allows GHL's whole retry
// horizon); a body the store can never hold → 200 with a failed row (logged), never 429 forever; a known webhook id
// → 200 duplicate, whatever its age.
import { createHash } from 'node:crypto'
import { GhlWebhookSignatureError, GhlWebhookStaleError, GhlWebhookStoreError } from '../errors.js'
import type { GhlLogger } from '../logger.js'
import type { WebhookOutcome } from '../metrics.js'
import { parseWebhookBody, str, webhookIdentity } from './parse.js'
import type { IntakeStore } from './legacy.js'
import type { WebhookVerifier } from './verify.js'

/** Retry-After of a 429 when the store is down (GHL waits ~10 min between retries anyway). */
export const STORE_RETRY_AFTER_S = 600

const SIGNATURE_MESSAGES = {
  no_key: 'no webhook public key is configured (options.webhookPublicKey / GHL_WEBHOOK_PUBLIC_KEY), so no webhook is accepted',
  no_signature: 'no x-ghl-signature header',
  bad_signature: 'the signature does not match the body'
} as const

export interface IntakeAnswer { ok: true, duplicate?: true, ignored?: true, failed?: true }

export interface IntakeParts {
  verifier: WebhookVerifier
  webhooks: IntakeStore
  settings: { appId: string, webhookToleranceMs: number, webhooks: { maxAttempts: number } }
  log: GhlLogger
  now: () => number
  count: (type: unknown, outcome: WebhookOutcome) => void
  /** An event was stored with its handler job: wake the relays (coalesced by the caller). */
  queued?: () => void
}

export type Intake = (raw: Buffer, headers: Record<string, string | string[] | undefined>) => Promise<IntakeAnswer>

function errorText (err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500)
}

/** Postgres data exceptions (22…: bad encoding, NUL in text…) and program limits (54…): the same write fails every time. */
export function permanentStoreError (err: unknown): boolean {
  // drizzle wraps the driver's error (its SQLSTATE is on `cause`), the store may wrap it again: follow the chain.
  for (let e = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^(22|54)[0-9A-Z]{3}$/.test(code)) return true
  }
  return false
}

/** Text that any store holds: no NUL, no lone surrogate, bounded. */
function plain (text: string): string {
  return text.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\ufffd').slice(0, 200)
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const utf8 = new TextDecoder('utf-8', { fatal: true })

export function createIntake ({ verifier, webhooks, settings, log, now, count, queued }: IntakeParts): Intake {
  async function failed (hash: string, type: string, receivedAt: Date, error: string): Promise<IntakeAnswer> {
    const webhookId = 'sha256:' + hash
    try {
      await webhooks.recordFailed({ webhookId, type: plain(type), bodySha256: hash, receivedAt, error })
    } catch (err) {
      if (!permanentStoreError(err)) {
        count(type, 'failed')
        log.error({ type: plain(type), webhookId, err: errorText(err) }, 'GHL webhook could not be stored; answering 429 so GHL delivers it again')
        throw Object.assign(new GhlWebhookStoreError({ cause: err }), { retryAfterSeconds: STORE_RETRY_AFTER_S })
      }
    }
    count(type, 'failed')
    log.error({ type: plain(type), webhookId, err: error }, 'GHL webhook verified but cannot be stored as sent; kept as a failed row (answered 200: GHL would never deliver it differently)')
    return { ok: true, failed: true }
  }

  return async function intake (raw, headers) {
    const verified = verifier.verify(raw, headers)
    if (!verified.ok) {
      count('other', 'unauthorized')
      log.warn({ reason: verified.reason }, 'GHL webhook rejected: signature')
      throw new GhlWebhookSignatureError(SIGNATURE_MESSAGES[verified.reason])
    }
    const receivedAt = new Date(now())
    const hash = createHash('sha256').update(raw).digest('hex')
    let text: string
    try {
      text = utf8.decode(raw)
    } catch {
      return await failed(hash, 'other', receivedAt, 'the body is not valid UTF-8')
    }

    let type = 'other'
    let body: Record<string, unknown>
    let identity: { webhookId: string, timestamp: number }
    try {
      const parsed = parseWebhookBody(raw, text)
      type = parsed.type
      body = parsed.payload
      // Only our app's events: another app's (or one without an appId) is acknowledged and dropped.
      if (body.appId !== settings.appId) {
        count(type, 'ignored')
        log.debug({ type: plain(type) }, 'GHL webhook for another app ignored')
        return { ok: true, ignored: true }
      }
      identity = webhookIdentity(raw, body, hash)
    } catch (err) {
      count(type, 'malformed')
      throw err
    }
    const { webhookId, timestamp } = identity
    const fresh = Math.abs(receivedAt.getTime() - timestamp) <= settings.webhookToleranceMs
    const locationId = str(body.locationId)
    const companyId = str(body.companyId)
    const record = { webhookId, type, body: text, bodySha256: hash, locationId, companyId, eventAt: new Date(timestamp), receivedAt }
    const install = type === 'INSTALL' && locationId !== undefined && body.installType !== 'Company'
    const job = { op: install ? 'install' : 'handle', connection: locationId ?? companyId ?? 'app', maxAttempts: settings.webhooks.maxAttempts }

    let stored: boolean
    try {
      ;({ stored } = fresh
        ? await webhooks.intake(record, job)
        : await webhooks.intake(record, null, 'rejected', 'rejected: timestamp outside the tolerance'))
    } catch (err) {
      if (permanentStoreError(err)) return await failed(hash, type, receivedAt, `the store refused the event: ${errorText(err)}`)
      count(type, 'failed')
      log.error({ type: plain(type), webhookId: plain(webhookId), err: errorText(err) }, 'GHL webhook could not be stored; answering 429 so GHL delivers it again')
      throw Object.assign(new GhlWebhookStoreError({ cause: err }), { retryAfterSeconds: STORE_RETRY_AFTER_S })
    }
    // A known id is a replay or a GHL retry (after a 429): acknowledged, never processed twice, whatever its age.
    if (!stored) {
      count(type, 'duplicate')
      return { ok: true, duplicate: true }
    }
    if (!fresh) {
      count(type, 'stale')
      log.warn({ type: plain(type), webhookId, timestamp: body.timestamp }, 'GHL webhook rejected: stale timestamp')
      throw new GhlWebhookStaleError(String(body.timestamp), Math.round(settings.webhookToleranceMs / 1000))
    }
    count(type, 'accepted')
    queued?.()
    return { ok: true }
  }
}

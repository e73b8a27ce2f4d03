// A verified webhook body read into what intake needs, in the order intake checks it: the JSON object and its type
// first (another app's webhook is ignored before anything else), then its timestamp and id (GHL's, or the body's
// hash). Anything else is GHL_WEBHOOK_MALFORMED, naming what is wrong.
import { createHash } from 'node:crypto'
import { GhlWebhookMalformedError } from '../errors.js'

const MAX_WEBHOOK_ID_LENGTH = 200

export type WebhookPayload = Record<string, unknown>

export interface WebhookBody {
  type: string
  payload: WebhookPayload
}

export interface WebhookIdentity {
  webhookId: string
  /** ms since the epoch */
  timestamp: number
}

export function str (value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** `text`: the body already decoded (intake decodes it strictly once). */
export function parseWebhookBody (raw: Buffer, text = raw.toString('utf8')): WebhookBody {
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch {
    throw new GhlWebhookMalformedError('the body is not valid JSON')
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload) || str((payload as WebhookPayload).type) === undefined) {
    throw new GhlWebhookMalformedError('the body must be a JSON object with a string `type`')
  }
  return { type: (payload as WebhookPayload).type as string, payload: payload as WebhookPayload }
}

/** `sha256`: the body's hex digest when already computed. */
export function webhookIdentity (raw: Buffer, payload: WebhookPayload, sha256?: string): WebhookIdentity {
  const timestamp = typeof payload.timestamp === 'string' ? Date.parse(payload.timestamp) : NaN
  if (Number.isNaN(timestamp)) throw new GhlWebhookMalformedError('`timestamp` is missing or not an ISO date')
  const givenId = str(payload.webhookId)
  if (givenId !== undefined && givenId.length > MAX_WEBHOOK_ID_LENGTH) throw new GhlWebhookMalformedError('`webhookId` is too long')
  // Without an id, the body's hash stands in for it: the same delivery twice is still a replay.
  return { webhookId: givenId ?? 'sha256:' + (sha256 ?? createHash('sha256').update(raw).digest('hex')), timestamp }
}

// Intake over a host's own TokenStore that has no webhook table of its own (no `webhooks()` / `jobs()`): the event is
// recorded by id as before (jsonb payload) and run once in this process right after the answer, without the durable
// queue's retries. The built-in stores always take the durable path.
import type { HandlerJob, WebhookIntake, WebhookStore } from '../../db/webhook-store.js'
import type { TokenStore } from '../../db/types.js'
import type { GhlLogger } from '../logger.js'

export type IntakeStore = Pick<WebhookStore, 'intake' | 'recordFailed'>

export function legacyIntakeStore (store: TokenStore, run: (type: string, webhookId: string, event: Record<string, unknown>, op: string, attempt: number) => Promise<unknown>,
  background: (task: () => Promise<void>) => void, log: GhlLogger): IntakeStore {
  return {
    async intake (event: WebhookIntake, job: HandlerJob | null, _status?: string, error: string | null = null) {
      const payload = JSON.parse(event.body) as Record<string, unknown>
      const stored = await store.recordWebhook({ webhookId: event.webhookId, type: event.type, payload, receivedAt: event.receivedAt })
      if (!stored) return { stored }
      if (job === null) {
        await store.markWebhookProcessed(event.webhookId, error).catch(() => {})
        return { stored }
      }
      background(async () => {
        let failure: string | null = null
        try {
          await run(event.type, event.webhookId, payload, job.op, 1)
        } catch (err) {
          failure = (err instanceof Error ? err.message : String(err)).slice(0, 500)
          log.error({ webhookId: event.webhookId, err: failure }, 'GHL webhook processing failed; the stored event keeps the error')
        }
        await store.markWebhookProcessed(event.webhookId, failure).catch(() => {})
      })
      return { stored }
    },
    async recordFailed (event) {
      return await store.recordWebhook({ webhookId: event.webhookId, type: event.type, payload: null, receivedAt: event.receivedAt })
    }
  }
}

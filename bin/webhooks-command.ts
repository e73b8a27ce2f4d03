// `fastify-ghl webhooks …`: the stored webhooks and their handler jobs (the running instances run them).
//   webhooks [stats]                          counts by status (queued, processed, failed, rejected) and the queue's
//   webhooks list [--status S] [--limit N]    stored events, newest first
//   webhooks retry WEBHOOK_ID                 a failed (dead) event runs again with fresh attempts
import type { FastifyInstance } from 'fastify'
import type { StoredWebhook, WebhookStatus } from '../db/webhook-store.js'

export const WEBHOOK_ACTIONS = ['stats', 'list', 'retry'] as const
const STATUSES: readonly WebhookStatus[] = ['queued', 'processed', 'failed', 'rejected']

export interface WebhooksArgs { action: typeof WEBHOOK_ACTIONS[number], webhookId?: string, status?: WebhookStatus, limit?: number }

export const WEBHOOKS_USAGE = `  webhooks [stats]         stored webhooks by status and their handler queue (exit 1 when some failed)
  webhooks list [--status S] [--limit N]
                           stored webhooks, newest first (S: queued, processed, failed, rejected)
  webhooks retry ID        a failed webhook runs its handlers again (on the running instances)`

/** Parses the arguments after `webhooks`; `usage` builds the CLI's usage error. */
export function webhooksArgs (positionals: string[], values: { status?: string, limit?: string }, usage: (message: string) => Error): WebhooksArgs {
  const action = (positionals[1] ?? 'stats') as WebhooksArgs['action']
  if (!WEBHOOK_ACTIONS.includes(action)) throw usage(`unknown webhooks action ${JSON.stringify(positionals[1])} (stats, list, retry ID)`)
  const expected = action === 'retry' ? 3 : 2
  if (positionals.length > expected) throw usage(`unexpected argument ${JSON.stringify(positionals[expected])}`)
  const out: WebhooksArgs = { action }
  if (action === 'retry') {
    const id = positionals[2]
    if (id === undefined || id === '' || id.length > 200) throw usage('webhooks retry needs a webhook id')
    out.webhookId = id
  }
  if (values.status !== undefined) {
    if (action !== 'list') throw usage('--status applies to webhooks list')
    if (!(STATUSES as readonly string[]).includes(values.status)) throw usage(`--status must be one of ${STATUSES.join(', ')}`)
    out.status = values.status as WebhookStatus
  }
  if (values.limit !== undefined) {
    const limit = Number(values.limit)
    if (action !== 'list') throw usage('--limit applies to webhooks list')
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw usage('--limit must be an integer from 1 to 1000')
    out.limit = limit
  }
  return out
}

function line (w: StoredWebhook): string {
  return `${w.receivedAt.toISOString()}  ${w.status.padEnd(9)} ${w.type.padEnd(24)} ${w.webhookId}${w.error === null ? '' : '  ' + w.error}`
}

/** The stored events carry no secret, but their bodies can be large: list shows metadata only. */
function summary (w: StoredWebhook): Omit<StoredWebhook, 'body' | 'payload'> {
  const { body: _body, payload: _payload, ...rest } = w
  return rest
}

export async function webhooksCommand (app: FastifyInstance, args: WebhooksArgs): Promise<{ code: number, json: unknown, human: string }> {
  if (args.action === 'list') {
    const events = await app.ghl.webhooks.list({ status: args.status, limit: args.limit })
    return { code: 0, json: { webhooks: events.map(summary) }, human: events.length === 0 ? 'no webhooks stored' : events.map(line).join('\n') }
  }
  if (args.action === 'retry') {
    const id = args.webhookId as string
    const ok = await app.ghl.webhooks.retry(id)
    if (!ok) return { code: 1, json: { ok: false, webhookId: id, error: 'no failed webhook with this id' }, human: `webhook ${id}: no failed webhook with this id` }
    return { code: 0, json: { ok: true, webhookId: id }, human: `webhook ${id} is queued again` }
  }
  const { events, queue } = await app.ghl.webhooks.stats()
  const human = [
    `queued:     ${events.queued} (handler jobs pending ${queue.pending}, in flight ${queue.inFlight})`,
    `processed:  ${events.processed}`,
    `failed:     ${events.failed}`,
    `rejected:   ${events.rejected}`
  ].join('\n')
  return { code: events.failed > 0 ? 1 : 0, json: { events, queue }, human }
}

// Webhook test helpers: signed deliveries through inject, stored rows, handler job rows, and plugin options that run
// the handler relay fast (short poll, short backoff) so tests take seconds.
import type { FastifyInstance } from 'fastify'
import type { Sandbox } from '../../sandbox/index.js'
import { PREFIX } from '../helpers/app.js'

export const PATH = `${PREFIX}/webhooks`

/** Handler relay settings for tests: quick polls and retries. */
export const FAST_WEBHOOKS = { pollSeconds: 0.1, leaseSeconds: 2, backoff: { baseMs: 20, capMs: 100 } }

/** POSTs `raw` (a string or bytes) signed by the sandbox's Ed25519 key. */
export async function sendSigned (app: FastifyInstance, sb: Sandbox, raw: string | Buffer): Promise<{ statusCode: number, json: () => any, headers: Record<string, unknown> }> {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw
  const signature = (sb.signWebhook as (body: string | Buffer) => { 'x-ghl-signature': string })(bytes)['x-ghl-signature']
  return await app.inject({ method: 'POST', url: PATH, payload: bytes, headers: { 'content-type': 'application/json', 'x-ghl-signature': signature } })
}

export async function sendEvent (app: FastifyInstance, sb: Sandbox, event: Record<string, unknown> & { type: string }): Promise<{ statusCode: number, json: () => any, payload: Record<string, unknown> }> {
  const payload = sb.buildWebhook(event)
  const res = await sendSigned(app, sb, JSON.stringify(payload))
  return { statusCode: res.statusCode, json: res.json, payload }
}

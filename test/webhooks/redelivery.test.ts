// Nothing lost on GHL's retry path: the store refuses writes (a real Postgres error, disk full) for the first delivery
// and the first retry → 429 both times; the sandbox redelivers like GHL (same body and timestamp, 10 minutes apart on
// the app's fake clock, compressed to 1.5 s) → once the store writes again, every event is stored and handled once.
import t from 'tap'
import { build, eventually } from '../helpers/app.js'
import { sqlClient } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { FAST_WEBHOOKS, PATH } from './helpers.js'

const TEN_MINUTES = 600_000
const EVENTS = [
  { type: 'ContactCreate', email: 'one@example.com' },
  { type: 'ContactTagUpdate', id: 'c2', tags: ['vip'] },
  { type: 'NoteCreate', id: 'n3', body: 'hello' },
  { type: 'OpportunityCreate', id: 'o4', name: 'Deal' }
]

t.test('store down across two deliveries, GHL retries 10 minutes apart → each event processed once', async (t) => {
  const sb = await sandboxFor(t, { webhookRetryDelayMs: 1500 })
  let offset = 0
  const { app, url, databaseUrl } = await build(t, { sandbox: sb, listen: true, options: { now: () => Date.now() + offset, webhooks: FAST_WEBHOOKS } })
  const handled: string[] = []
  app.ghl.webhooks.on('*', ({ event }) => { handled.push(event.webhookId) })

  const sql = await sqlClient(t, databaseUrl)
  await sql.query(`create function refuse_webhooks() returns trigger language plpgsql as $$
    begin raise exception 'could not extend file: No space left on device' using errcode = '53100'; end $$`)
  await sql.query('create trigger refuse_webhooks before insert on ghl_webhook_events for each row execute function refuse_webhooks()')

  const sent = []
  for (const event of EVENTS) {
    const res = await sb.sendWebhook(`${url as string}${PATH}`, event)
    t.equal(res.status, 429, 'the store refuses: 429 so GHL retries')
    t.equal(res.retryScheduled, true)
    t.match(JSON.parse(res.body), { code: 'GHL_WEBHOOK_STORE' })
    sent.push(res.payload)
  }
  const probe = JSON.stringify(sb.buildWebhook({ type: 'ContactCreate', email: 'probe@example.com' }))
  const refused = await app.inject({ method: 'POST', url: PATH, payload: probe, headers: { 'content-type': 'application/json', ...sb.signWebhook(probe) } })
  t.equal(refused.statusCode, 429)
  t.equal(refused.headers['retry-after'], '600', 'Retry-After: GHL comes back in about 10 minutes anyway')
  const wave = async (attempt: number): Promise<void> => {
    await eventually(() => sb.webhookDeliveries().filter((d) => d.attempt === attempt).length === EVENTS.length, 10_000, `delivery ${attempt} of every event`)
  }
  // GHL's first retry comes 10 minutes later: the store still refuses.
  offset = TEN_MINUTES
  await wave(2)
  t.ok(sb.webhookDeliveries().filter((d) => d.attempt === 2).every((d) => d.status === 429), 'still 429 on the first retry')
  // The second retry, 20 minutes after the event: the store is back.
  offset = 2 * TEN_MINUTES
  await sql.query('drop trigger refuse_webhooks on ghl_webhook_events')
  await wave(3)
  t.ok(sb.webhookDeliveries().filter((d) => d.attempt === 3).every((d) => d.status === 200), 'accepted on the second retry, 20 minutes after its timestamp')
  t.equal(sb.pendingWebhookRetries(), 0, 'GHL stops retrying after a 200')

  await eventually(() => handled.length === EVENTS.length, 10_000, 'every event handled')
  t.same([...handled].sort(), sent.map((p) => p.webhookId).sort(), 'each event handled once')
  const { rows } = await sql.query('select webhook_id, body, status from ghl_webhook_events order by received_at')
  t.same(rows.map((r: { body: string }) => r.body).sort(), sent.map((p) => JSON.stringify(p)).sort(), 'the bodies GHL signed, stored once each')
  await eventually(async () => (await sql.query("select 1 from ghl_webhook_events where status = 'processed'")).rowCount === EVENTS.length, 5000, 'all processed')

  // A late duplicate of one of them (GHL, or an attacker replaying it) changes nothing.
  const again = await app.inject({ method: 'POST', url: PATH, payload: JSON.stringify(sent[0]), headers: { 'content-type': 'application/json', ...sb.signWebhook(JSON.stringify(sent[0])) } })
  t.same(again.json(), { ok: true, duplicate: true })
  await new Promise((resolve) => setTimeout(resolve, 300))
  t.equal(handled.length, EVENTS.length)
})

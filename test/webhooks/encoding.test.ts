// Signed bodies that Postgres jsonb refuses are stored as text and handled (never 429 on every delivery): \u0000, a lone
// surrogate, 100,000 levels of nesting. What cannot be stored as sent at all (a NUL in the id or type, bytes that are
// not UTF-8) → 200 and a failed row, logged; its redelivery is a duplicate, never a 429.
import t from 'tap'
import { build, eventually } from '../helpers/app.js'
import { sqlClient } from '../helpers/db.js'
import { FAST_WEBHOOKS, sendSigned } from './helpers.js'

t.test('jsonb-hostile bodies: stored as text, handled once, 200 on every delivery', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: { webhooks: FAST_WEBHOOKS } })
  const handled = new Map<string, unknown>()
  app.ghl.webhooks.on('ContactUpdate', ({ event }) => { handled.set(event.webhookId, event) })
  app.ghl.webhooks.on('NoteCreate', ({ event }) => { handled.set(event.webhookId, event) })

  const nul = sb.buildWebhook({ type: 'ContactUpdate', id: 'c-nul', firstName: 'Ann\u0000e' })
  const surrogate = sb.buildWebhook({ type: 'NoteCreate', id: 'n-1', body: 'broken \ud800 pair' })
  const base = sb.buildWebhook({ type: 'ContactUpdate', id: 'c-deep' })
  const depth = 100_000
  const deepRaw = JSON.stringify(base).slice(0, -1) + ',"deep":' + '['.repeat(depth) + ']'.repeat(depth) + '}'
  const raws = [JSON.stringify(nul), JSON.stringify(surrogate), deepRaw]
  t.ok(raws[0].includes('\\u0000') && raws[1].includes('\\ud800'), 'the escapes jsonb refuses are in the signed bytes')

  for (const raw of raws) {
    for (let delivery = 0; delivery < 2; delivery++) {
      const res = await sendSigned(app, sb, raw)
      t.equal(res.statusCode, 200, `delivery ${delivery + 1}: ${res.statusCode}`)
      t.same(res.json(), delivery === 0 ? { ok: true } : { ok: true, duplicate: true })
    }
  }
  await eventually(() => handled.size === 3, 10_000, 'three events handled')
  t.equal((handled.get(nul.webhookId as string) as { firstName: string }).firstName, 'Ann\u0000e', 'the handler gets the NUL as sent')
  t.equal((handled.get(surrogate.webhookId as string) as { body: string }).body, 'broken \ud800 pair', 'and the lone surrogate')
  let deep: unknown = (handled.get(base.webhookId as string) as { deep: unknown }).deep
  let levels = 0
  while (Array.isArray(deep) && deep.length > 0) { deep = deep[0]; levels++ }
  t.equal(levels, depth - 1, 'and the nesting')

  const sql = await sqlClient(t, databaseUrl)
  await eventually(async () => (await sql.query("select 1 from ghl_webhook_events where status = 'processed'")).rowCount === 3, 5000, 'three processed rows')
  const { rows } = await sql.query('select body from ghl_webhook_events order by received_at')
  t.same(rows.map((r: { body: string }) => r.body), raws, 'stored byte for byte')
})

t.test('bodies that cannot be stored as sent → 200 and a failed row (logged), the same on redelivery', async (t) => {
  const logs: string[] = []
  const { app, sb, databaseUrl } = await build(t, { logs, options: { webhooks: FAST_WEBHOOKS } })
  const handled: unknown[] = []
  app.ghl.webhooks.on('*', ({ event }) => { handled.push(event) })

  const nulId = JSON.stringify(sb.buildWebhook({ type: 'ContactCreate', webhookId: 'wh\u0000nul' }))
  const nulType = JSON.stringify(sb.buildWebhook({ type: 'Contact\u0000Create' }))
  // A lone surrogate encoded as raw bytes (CESU-8): not UTF-8, so not text Postgres can hold.
  const head = Buffer.from(JSON.stringify(sb.buildWebhook({ type: 'ContactCreate', firstName: 'X' })).replace('"X"', '"X@"'))
  const at = head.indexOf('@')
  const notUtf8 = Buffer.concat([head.subarray(0, at), Buffer.from([0xed, 0xa0, 0x80]), head.subarray(at + 1)])

  for (const raw of [nulId, nulType, notUtf8]) {
    for (let delivery = 0; delivery < 2; delivery++) {
      const res = await sendSigned(app, sb, raw)
      t.equal(res.statusCode, 200, `never 429: delivery ${delivery + 1}`)
      t.same(res.json(), { ok: true, failed: true })
    }
  }
  const sql = await sqlClient(t, databaseUrl)
  const { rows } = await sql.query('select webhook_id, type, body, status, error from ghl_webhook_events order by received_at')
  t.match(rows, [
    { webhook_id: /^sha256:[0-9a-f]{64}$/, type: 'ContactCreate', body: null, status: 'failed', error: /the store refused the event/ },
    { webhook_id: /^sha256:[0-9a-f]{64}$/, type: 'ContactCreate', body: null, status: 'failed', error: /the store refused the event/ },
    { webhook_id: /^sha256:[0-9a-f]{64}$/, type: 'other', body: null, status: 'failed', error: 'the body is not valid UTF-8' }
  ])
  t.equal(logs.filter((l) => l.includes('cannot be stored as sent')).length, 6, 'each delivery logged')
  t.equal((await sql.query("select count(*)::int as n from ghl_jobs where queue = 'webhooks'")).rows[0].n, 0, 'no handler job')
  t.equal(await app.ghl.webhooks.retry(rows[0].webhook_id), false, 'nothing to retry: no body was stored')
  await new Promise((resolve) => setTimeout(resolve, 300))
  t.same(handled, [])
})

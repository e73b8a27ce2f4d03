// POST /webhooks intake: signatures over the raw body (Ed25519, legacy RSA when enabled), failing closed; other apps'
// events (and events without an appId) ignored; the age check allows GHL's retry horizon (3900 s); replays
// acknowledged once; the raw body stored as text with its hash; size and syntax limits; the parser stays local.
import Fastify from 'fastify'
import t from 'tap'
import fastifyGhl from '../../index.js'
import { build, eventually, LOCATION, pluginOptions } from '../helpers/app.js'
import { sqlClient, testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'
import { FAST_WEBHOOKS, PATH, sendEvent, sendSigned } from './helpers.js'

t.test('signed by the sandbox over real HTTP: stored, handled once; tampered, unsigned → 401', async (t) => {
  const { app, sb, url, databaseUrl } = await build(t, { listen: true, options: { webhooks: FAST_WEBHOOKS } })
  const seen: any[] = []
  app.ghl.webhooks.on('ContactCreate', ({ event, attempt, connection }) => { seen.push({ event, attempt, location: connection?.locationId }) })
  const emitted: any[] = []
  app.ghl.events.on('webhook', (e) => emitted.push(e))

  const ok = await sb.sendWebhook(`${url as string}${PATH}`, { type: 'ContactCreate', email: 'hook@example.com' })
  t.equal(ok.status, 200)
  t.same(JSON.parse(ok.body), { ok: true })
  await eventually(() => seen.length === 1 && emitted.length === 1, 5000, 'the handler')
  t.same(seen, [{ event: ok.payload, attempt: 1, location: LOCATION }])
  t.same(emitted, [{ type: 'ContactCreate', webhookId: ok.payload.webhookId, locationId: LOCATION, payload: ok.payload }], 'the webhook event still fires')

  const sql = await sqlClient(t, databaseUrl)
  await eventually(async () => (await sql.query("select 1 from ghl_webhook_events where status = 'processed'")).rowCount === 1, 5000, 'processed')
  const { rows } = await sql.query('select webhook_id, type, body, body_sha256, status, location_id, event_at, payload from ghl_webhook_events')
  t.match(rows, [{ webhook_id: ok.payload.webhookId, type: 'ContactCreate', body: JSON.stringify(ok.payload), body_sha256: /^[0-9a-f]{64}$/, status: 'processed', location_id: LOCATION, event_at: Date, payload: null }])

  const tampered = await sb.sendWebhook(`${url as string}${PATH}`, { type: 'ContactCreate' }, { tamper: true })
  t.equal(tampered.status, 401)
  t.match(JSON.parse(tampered.body), { statusCode: 401, code: 'GHL_WEBHOOK_SIGNATURE', message: /does not match/ })
  const raw = JSON.stringify(sb.buildWebhook({ type: 'ContactCreate' }))
  const unsigned = await app.inject({ method: 'POST', url: PATH, payload: raw, headers: { 'content-type': 'application/json' } })
  t.equal(unsigned.statusCode, 401)
  t.match(unsigned.json(), { message: /no x-ghl-signature/ })
  const garbage = await app.inject({ method: 'POST', url: PATH, payload: raw, headers: { 'content-type': 'application/json', 'x-ghl-signature': 'not base64 !!' } })
  t.equal(garbage.statusCode, 401)
  t.equal((await sb.sendWebhook(`${url as string}${PATH}`, { type: 'ContactCreate' }, { scheme: 'rsa' })).status, 401, 'RSA refused while the legacy scheme is off')
  await new Promise((resolve) => setTimeout(resolve, 300))
  t.equal(seen.length, 1, 'nothing else handled')
})

t.test('no key configured: every webhook is refused (401), signed or not', async (t) => {
  const { app, sb } = await build(t, { options: { webhookPublicKey: undefined } })
  const res = await sendSigned(app, sb, JSON.stringify(sb.buildWebhook({ type: 'ContactCreate' })))
  t.equal(res.statusCode, 401)
  t.match(res.json(), { code: 'GHL_WEBHOOK_SIGNATURE', message: /no webhook public key is configured.*GHL_WEBHOOK_PUBLIC_KEY/ })
})

t.test('another app or no appId → 200 ignored; GHL retry horizon accepted, older rejected; replay → 200 duplicate', async (t) => {
  const { app, sb, databaseUrl } = await build(t, { options: { webhooks: FAST_WEBHOOKS } })
  const handled: string[] = []
  app.ghl.webhooks.on('*', ({ event }) => { handled.push(event.type) })

  t.same((await sendEvent(app, sb, { type: 'ContactCreate', appId: 'someone-else' })).json(), { ok: true, ignored: true })
  t.same((await sendEvent(app, sb, { type: 'ContactCreate', appId: undefined })).json(), { ok: true, ignored: true }, 'an event must name our app')

  // 6 retries × 10 minutes later, the timestamp is still accepted (default tolerance 3900 s) …
  const late = await sendEvent(app, sb, { type: 'ContactUpdate', timestamp: new Date(Date.now() - 61 * 60_000).toISOString() })
  t.same(late.json(), { ok: true })
  // … beyond it, rejected (and remembered: its replay is a duplicate).
  const stale = await sendEvent(app, sb, { type: 'ContactCreate', timestamp: new Date(Date.now() - 70 * 60_000).toISOString() })
  t.equal(stale.statusCode, 400)
  t.match(stale.json(), { code: 'GHL_WEBHOOK_STALE', message: /more than 3900 s away/ })
  t.equal((await sendEvent(app, sb, { type: 'ContactCreate', timestamp: new Date(Date.now() + 70 * 60_000).toISOString() })).statusCode, 400)

  const event = sb.buildWebhook({ type: 'ContactTagUpdate', id: 'c1', tags: ['a'] })
  const raw = JSON.stringify(event)
  t.same((await sendSigned(app, sb, raw)).json(), { ok: true })
  const replay = await sendSigned(app, sb, raw)
  t.equal(replay.statusCode, 200)
  t.same(replay.json(), { ok: true, duplicate: true })
  await eventually(() => handled.length === 2, 5000, 'two events handled')
  await new Promise((resolve) => setTimeout(resolve, 300))
  t.same(handled.sort(), ['ContactTagUpdate', 'ContactUpdate'], 'one run per event, none for the rejected one')

  const sql = await sqlClient(t, databaseUrl)
  const { rows } = await sql.query('select type, status, error from ghl_webhook_events order by received_at')
  t.match(rows, [
    { type: 'ContactUpdate', status: 'processed', error: null },
    { type: 'ContactCreate', status: 'rejected', error: /timestamp outside/ },
    { type: 'ContactCreate', status: 'rejected', error: /timestamp outside/ },
    { type: 'ContactTagUpdate', status: 'processed', error: null }
  ])
  const jobs = await sql.query("select count(*)::int as n from ghl_jobs where queue = 'webhooks'")
  t.equal(jobs.rows[0].n, 2, 'one handler job per accepted event, none for rejected ones')
})

t.test('oversized → 413; malformed JSON → 400; a JSON body without type → 400', async (t) => {
  const { app, sb } = await build(t, { options: { webhookBodyLimit: 2048 } })
  const tooBig = await sendSigned(app, sb, JSON.stringify(sb.buildWebhook({ type: 'ContactCreate', notes: 'x'.repeat(4096) })))
  t.equal(tooBig.statusCode, 413)
  const malformed = await sendSigned(app, sb, '{"type":"ContactCreate",')
  t.equal(malformed.statusCode, 400)
  t.match(malformed.json(), { code: 'GHL_WEBHOOK_MALFORMED', message: /not valid JSON/ })
  t.match((await sendSigned(app, sb, '[1,2]')).json(), { statusCode: 400, code: 'GHL_WEBHOOK_MALFORMED', message: /string `type`/ })
  t.match((await sendSigned(app, sb, JSON.stringify({ type: 'ContactCreate', appId: sb.appId, webhookId: 'w1' }))).json(), { statusCode: 400, message: /timestamp/ })
})

t.test('legacy x-wh-signature when enabled; raw base64 Ed25519 keys; several keys for rotation', async (t) => {
  const first = await build(t, { listen: true })
  const legacy = await build(t, { sandbox: first.sb, listen: true, options: { webhookPublicKey: undefined, webhookLegacyKey: first.sb.publicKeys.rsaPem } })
  const res = await first.sb.sendWebhook(`${legacy.url as string}${PATH}`, { type: 'ContactCreate' }, { scheme: 'rsa' })
  t.equal(res.status, 200, res.body)
  t.equal((await first.sb.sendWebhook(`${legacy.url as string}${PATH}`, { type: 'ContactCreate' }, { scheme: 'rsa', tamper: true })).status, 401)

  const other = await sandboxFor(t)
  const rotated = await build(t, {
    sandbox: first.sb,
    listen: true,
    options: { webhookPublicKey: [other.publicKeys.ed25519RawBase64, first.sb.publicKeys.ed25519RawBase64] }
  })
  t.equal((await first.sb.sendWebhook(`${rotated.url as string}${PATH}`, { type: 'ContactCreate' })).status, 200)
  t.equal((await other.sendWebhook(`${rotated.url as string}${PATH}`, { type: 'ContactCreate', appId: first.sb.appId })).status, 200)
})

t.test('webhook id retention shorter than the tolerance is refused at registration, naming both options', async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  for (const options of [{ webhookRetentionDays: 0.04 }, { webhookRetentionDays: 1, webhookToleranceSeconds: 86_400 }]) {
    const app = Fastify()
    t.teardown(() => app.close())
    await t.rejects(async () => { await app.register(fastifyGhl, { ...pluginOptions(sb, databaseUrl), ...options }) },
      { code: 'GHL_CONFIG', message: /options\.webhookRetentionDays .* must be longer than options\.webhookToleranceSeconds/ })
  }
  const app = Fastify()
  t.teardown(() => app.close())
  await t.rejects(async () => { await app.register(fastifyGhl, { ...pluginOptions(sb, databaseUrl), webhooks: { retries: 3 } as never }) },
    { code: 'GHL_CONFIG', message: /options\.webhooks\.retries is not an option/ })
})

t.test("the raw-body parser stays inside the webhooks route: the host's JSON routes still parse JSON", async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(fastifyGhl, pluginOptions(sb, databaseUrl))
  app.post('/echo', async (request) => ({ got: request.body }))
  await app.ready()
  t.same((await app.inject({ method: 'POST', url: '/echo', payload: { a: 1 } })).json(), { got: { a: 1 } })
})

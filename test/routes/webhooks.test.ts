// POST /webhooks: signatures over the raw body (Ed25519, legacy RSA when enabled), failing closed; other apps ignored;
// stale timestamps rejected; replays acknowledged once; UNINSTALL seen by every instance; size and syntax limits.
import Fastify from 'fastify'
import t from 'tap'
import fastifyGhl from '../../index.js'
import type { TokenStore } from '../../db/types.js'
import type { GhlEvents } from '../../lib/events.js'
import { build, connect, eventually, LOCATION, pluginOptions, PREFIX, sideStore } from '../helpers/app.js'
import { sqlClient, testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'

const PATH = `${PREFIX}/webhooks`

function record (app: { ghl: { events: { on: (name: any, fn: (p: any) => void) => unknown } } }): Array<{ name: keyof GhlEvents, payload: any }> {
  const seen: Array<{ name: keyof GhlEvents, payload: any }> = []
  for (const name of ['webhook', 'app:installed', 'app:uninstalled'] as const) app.ghl.events.on(name, (payload) => seen.push({ name, payload }))
  return seen
}

t.test('signed by the sandbox over real HTTP: accepted and emitted; tampered, unsigned → 401', async (t) => {
  const { app, sb, url } = await build(t, { listen: true })
  const seen = record(app)

  const ok = await sb.sendWebhook(`${url}${PATH}`, { type: 'ContactCreate', email: 'hook@example.com' })
  t.equal(ok.status, 200)
  t.same(JSON.parse(ok.body), { ok: true })
  t.same(seen, [{ name: 'webhook', payload: { type: 'ContactCreate', webhookId: ok.payload.webhookId, locationId: LOCATION, payload: ok.payload } }])

  const tampered = await sb.sendWebhook(`${url}${PATH}`, { type: 'ContactCreate' }, { tamper: true })
  t.equal(tampered.status, 401)
  t.match(JSON.parse(tampered.body), { statusCode: 401, code: 'GHL_WEBHOOK_SIGNATURE', message: /does not match/ })

  const raw = JSON.stringify(sb.buildWebhook({ type: 'ContactCreate' }))
  const unsigned = await app.inject({ method: 'POST', url: PATH, payload: raw, headers: { 'content-type': 'application/json' } })
  t.equal(unsigned.statusCode, 401)
  t.match(unsigned.json(), { message: /no x-ghl-signature/ })
  const garbage = await app.inject({ method: 'POST', url: PATH, payload: raw, headers: { 'content-type': 'application/json', 'x-ghl-signature': 'not base64 !!' } })
  t.equal(garbage.statusCode, 401)
  // An RSA signature is refused while the legacy scheme is off.
  const rsaOnly = await sb.sendWebhook(`${url}${PATH}`, { type: 'ContactCreate' }, { scheme: 'rsa' })
  t.equal(rsaOnly.status, 401)
  t.equal(seen.length, 1, 'nothing else emitted')
})

t.test('no key configured: every webhook is refused (401), signed or not', async (t) => {
  const { app, sb } = await build(t, { options: { webhookPublicKey: undefined } })
  const seen = record(app)
  const raw = JSON.stringify(sb.buildWebhook({ type: 'ContactCreate' }))
  const res = await app.inject({ method: 'POST', url: PATH, payload: raw, headers: { 'content-type': 'application/json', ...sb.signWebhook(raw) } })
  t.equal(res.statusCode, 401)
  t.match(res.json(), { code: 'GHL_WEBHOOK_SIGNATURE', message: /no webhook public key is configured.*GHL_WEBHOOK_PUBLIC_KEY/ })
  t.equal(seen.length, 0)
})

t.test('another app → 200 ignored; stale → rejected; replay → 200 duplicate with no second event', async (t) => {
  const { app, sb, databaseUrl } = await build(t)
  const seen = record(app)
  const send = async (payload: object, raw = JSON.stringify(payload)) =>
    await app.inject({ method: 'POST', url: PATH, payload: raw, headers: { 'content-type': 'application/json', ...sb.signWebhook(raw) } })

  const foreign = await send(sb.buildWebhook({ type: 'ContactCreate', appId: 'someone-else' }))
  t.equal(foreign.statusCode, 200)
  t.same(foreign.json(), { ok: true, ignored: true })

  const stale = await send(sb.buildWebhook({ type: 'ContactCreate', timestamp: new Date(Date.now() - 10 * 60_000).toISOString() }))
  t.equal(stale.statusCode, 400)
  t.match(stale.json(), { code: 'GHL_WEBHOOK_STALE', message: /more than 300 s away/ })
  const future = await send(sb.buildWebhook({ type: 'ContactCreate', timestamp: new Date(Date.now() + 10 * 60_000).toISOString() }))
  t.equal(future.statusCode, 400)

  const event = sb.buildWebhook({ type: 'ContactTagUpdate', id: 'c1', tags: ['a'] })
  const raw = JSON.stringify(event)
  const first = await send(event, raw)
  t.same(first.json(), { ok: true })
  const replay = await send(event, raw)
  t.equal(replay.statusCode, 200)
  t.same(replay.json(), { ok: true, duplicate: true })
  t.same(seen.map((s) => s.payload.type), ['ContactTagUpdate'], 'one event for two deliveries')

  const sql = await sqlClient(t, databaseUrl)
  const { rows } = await sql.query('select webhook_id, type, processed_at, error from ghl_webhook_events order by received_at')
  t.match(rows, [
    { type: 'ContactCreate', error: /timestamp outside/ },
    { type: 'ContactCreate', error: /timestamp outside/ },
    { webhook_id: event.webhookId, type: 'ContactTagUpdate', processed_at: Date, error: null }
  ])
})

t.test('oversized → 413; malformed JSON → 400; a JSON body without type → 400', async (t) => {
  const { app, sb } = await build(t, { options: { webhookBodyLimit: 2048 } })
  const send = async (raw: string) => await app.inject({ method: 'POST', url: PATH, payload: raw, headers: { 'content-type': 'application/json', ...sb.signWebhook(raw) } })

  const big = JSON.stringify(sb.buildWebhook({ type: 'ContactCreate', notes: 'x'.repeat(4096) }))
  const tooBig = await send(big)
  t.equal(tooBig.statusCode, 413)
  t.match(tooBig.json(), { statusCode: 413 })

  const malformed = await send('{"type":"ContactCreate",')
  t.equal(malformed.statusCode, 400)
  t.match(malformed.json(), { code: 'GHL_WEBHOOK_MALFORMED', message: /not valid JSON/ })
  t.match((await send('[1,2]')).json(), { statusCode: 400, code: 'GHL_WEBHOOK_MALFORMED', message: /string `type`/ })
  t.match((await send(JSON.stringify({ type: 'ContactCreate', webhookId: 'w1' }))).json(), { statusCode: 400, message: /timestamp/ })
})

t.test('legacy x-wh-signature when enabled; raw base64 Ed25519 keys; several keys for rotation', async (t) => {
  const first = await build(t, { listen: true })
  const legacy = await build(t, { sandbox: first.sb, listen: true, options: { webhookPublicKey: undefined, webhookLegacyKey: first.sb.publicKeys.rsaPem } })
  const res = await first.sb.sendWebhook(`${legacy.url}${PATH}`, { type: 'ContactCreate' }, { scheme: 'rsa' })
  t.equal(res.status, 200, res.body)
  t.equal((await first.sb.sendWebhook(`${legacy.url}${PATH}`, { type: 'ContactCreate' }, { scheme: 'rsa', tamper: true })).status, 401)

  const other = await build(t, { listen: true })
  const rotated = await build(t, {
    sandbox: first.sb,
    listen: true,
    options: { webhookPublicKey: [other.sb.publicKeys.ed25519RawBase64, first.sb.publicKeys.ed25519RawBase64] }
  })
  t.equal((await first.sb.sendWebhook(`${rotated.url}${PATH}`, { type: 'ContactCreate' })).status, 200)
  t.equal((await other.sb.sendWebhook(`${rotated.url}${PATH}`, { type: 'ContactCreate', appId: first.sb.appId })).status, 200)
})

t.test('UNINSTALL on one instance → reauth_required on every instance, caches dropped fleet-wide', async (t) => {
  const a = await build(t, { listen: true })
  const b = await build(t, { sandbox: a.sb, databaseUrl: a.databaseUrl })
  await connect(a.app, a.sb)
  t.type(await b.app.ghl.tokens.getValidToken(), 'string', 'B has the token cached')
  const seenA = record(a.app)

  const res = await a.sb.sendWebhook(`${a.url}${PATH}`, { type: 'UNINSTALL' })
  t.equal(res.status, 200)
  t.match(seenA, [{ name: 'app:uninstalled', payload: { connection: LOCATION, locationId: LOCATION } }])

  for (const { app } of [a, b]) {
    const status = (await app.inject(`${PREFIX}/status`)).json()
    t.ok(['reauth_required', 'not_configured'].includes(status.auth_status), `status ${status.auth_status}`)
    t.match(status, { token_valid: false, has_access_token: false })
  }
  await t.rejects(a.app.ghl.tokens.getValidToken(), { code: 'GHL_REAUTH_REQUIRED' })
  await eventually(async () => await b.app.ghl.tokens.getValidToken().then(() => false, (err) => err.code === 'GHL_REAUTH_REQUIRED'), 5000, 'B to drop its cached token')
  await t.rejects(b.app.ghl.contacts.search({}), { code: 'GHL_REAUTH_REQUIRED' })

  // Installing again (a new authorization) brings the connection back on both.
  await connect(a.app, a.sb)
  await eventually(async () => await b.app.ghl.tokens.getValidToken().then(() => true, () => false), 5000, 'B to see the new tokens')
})

t.test('INSTALL emits app:installed; a store that cannot record answers 429 so GHL retries', async (t) => {
  const { app, sb, url, databaseUrl } = await build(t, { listen: true })
  const seen = record(app)
  const res = await sb.sendWebhook(`${url}${PATH}`, { type: 'INSTALL' })
  t.equal(res.status, 200)
  await eventually(() => seen.length === 1, 5000, 'app:installed')
  t.match(seen, [{ name: 'app:installed', payload: { connection: LOCATION, locationId: LOCATION, companyId: 'comp_sandbox_1' } }])

  // A store whose webhook table is unreachable.
  const real = await sideStore(t, databaseUrl)
  const broken = new Proxy(real, {
    get (target, name) {
      if (name === 'recordWebhook') return async () => { throw new Error('connection refused') }
      const value = Reflect.get(target, name, target)
      return typeof value === 'function' ? value.bind(target) : value
    }
  }) as TokenStore
  const other = await build(t, { sandbox: sb, databaseUrl, options: { db: broken, databaseUrl: undefined } })
  const raw = JSON.stringify(sb.buildWebhook({ type: 'ContactCreate' }))
  const refused = await other.app.inject({ method: 'POST', url: PATH, payload: raw, headers: { 'content-type': 'application/json', ...sb.signWebhook(raw) } })
  t.equal(refused.statusCode, 429)
  t.equal(refused.headers['retry-after'], '600')
  t.match(refused.json(), { code: 'GHL_WEBHOOK_STORE' })
})

t.test("the raw-body parser stays inside the webhooks route: the host's JSON routes still parse JSON", async (t) => {
  const sb = await sandboxFor(t)
  const databaseUrl = await testDatabase(t)
  const app = Fastify()
  t.teardown(() => app.close())
  await app.register(fastifyGhl, pluginOptions(sb, databaseUrl))
  app.post('/echo', async (request) => ({ got: request.body }))
  await app.ready()
  const res = await app.inject({ method: 'POST', url: '/echo', payload: { a: 1 } })
  t.same(res.json(), { got: { a: 1 } })
})

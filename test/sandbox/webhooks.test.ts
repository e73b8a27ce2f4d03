// Webhooks: Ed25519 / RSA signatures over the raw body, verifiable with the exposed public keys; payload shapes;
// delivery to a local node:http server; tampering.
import { createPublicKey, verify } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import { webhookAppId, type Sandbox } from '../../sandbox/index.js'
import { call, sandboxFor } from '../helpers/sandbox.js'

interface Received { headers: IncomingHttpHeaders, raw: Buffer }

/** A tiny webhook receiver that records what it gets and answers `status`. */
async function receiver (t: Test, status = 200): Promise<{ url: string, received: Received[] }> {
  const received: Received[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({ headers: req.headers, raw: Buffer.concat(chunks) })
      res.writeHead(status, { 'content-type': 'text/plain' }).end(`got ${received.length}`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections() }))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/ghl`, received }
}

function verifyEd25519 (sb: Sandbox, raw: Buffer, sig: string): boolean {
  return verify(null, raw, sb.publicKeys.ed25519Pem, Buffer.from(sig, 'base64'))
}

function verifyRsa (sb: Sandbox, raw: Buffer, sig: string): boolean {
  return verify('sha256', raw, sb.publicKeys.rsaPem, Buffer.from(sig, 'base64'))
}

t.test('webhookAppId is the client id up to the first dash', async (t) => {
  t.equal(webhookAppId('6578278e879ad2646715ba9c-lmqx1e2f'), '6578278e879ad2646715ba9c')
  t.equal(webhookAppId('a-b-c'), 'a')
  t.equal(webhookAppId('nodash'), 'nodash')
})

t.test('signWebhook: both signatures verify over the raw bytes with the public keys', async (t) => {
  const sb = await sandboxFor(t)
  const raw = JSON.stringify({ type: 'INSTALL', name: 'Zoë ✓' })
  const sigs = sb.signWebhook(raw)
  const bytes = Buffer.from(raw)
  t.ok(verifyEd25519(sb, bytes, sigs['x-ghl-signature']), 'ed25519 with the PEM')
  t.ok(verifyRsa(sb, bytes, sigs['x-wh-signature']), 'RSA-SHA256 with the PEM')
  const fromRaw = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(sb.publicKeys.ed25519RawBase64, 'base64').toString('base64url') }, format: 'jwk' })
  t.ok(verify(null, bytes, fromRaw, Buffer.from(sigs['x-ghl-signature'], 'base64')), 'ed25519 with the raw 32-byte key')
  t.equal(Buffer.from(sb.publicKeys.ed25519RawBase64, 'base64').length, 32)
  const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw), null, 1))
  t.notOk(verifyEd25519(sb, reserialised, sigs['x-ghl-signature']), 'a re-serialised body does not verify')

  const other = await sandboxFor(t)
  t.notOk(verifyEd25519(other, bytes, sigs['x-ghl-signature']), 'keys are per sandbox')
})

t.test('buildWebhook: GHL shapes, overrides, removals', async (t) => {
  const sb = await sandboxFor(t, { clientId: 'abc123-xyz' })
  const install = sb.buildWebhook({ type: 'INSTALL' })
  t.match(install, {
    type: 'INSTALL',
    appId: 'abc123',
    installType: 'Location',
    locationId: 'loc_sandbox_1',
    companyId: 'comp_sandbox_1',
    userId: String,
    timestamp: String,
    webhookId: /^[0-9a-f-]{36}$/
  })
  t.equal(new Date(install.timestamp as string).toISOString(), install.timestamp)
  const company = sb.buildWebhook({ type: 'INSTALL', installType: 'Company' })
  t.notOk('locationId' in company, 'company installs carry no locationId')
  const stale = sb.buildWebhook({ type: 'UNINSTALL', timestamp: '2020-01-01T00:00:00.000Z', webhookId: 'fixed-id' })
  t.same(stale, { type: 'UNINSTALL', appId: 'abc123', locationId: 'loc_sandbox_1', timestamp: '2020-01-01T00:00:00.000Z', webhookId: 'fixed-id' })
  const agency = sb.buildWebhook({ type: 'UNINSTALL', companyId: 'comp_9' })
  t.notOk('locationId' in agency)
  t.equal(agency.companyId, 'comp_9')
  const removed = sb.buildWebhook({ type: 'INSTALL', companyName: undefined })
  t.notOk('companyName' in removed, 'undefined removes a default')
  t.not(sb.buildWebhook({ type: 'INSTALL' }).webhookId, install.webhookId, 'fresh webhookId each time')

  const tok = sb.issueTokens()
  const created = await call(sb, 'POST', '/contacts/', tok.access_token, { body: { locationId: 'loc_sandbox_1', email: 'w@h.io', firstName: 'Wen', tags: ['t'] } })
  const event = sb.buildWebhook({ type: 'ContactCreate', id: created.body.contact.id })
  t.match(event, { type: 'ContactCreate', locationId: 'loc_sandbox_1', id: created.body.contact.id, email: 'w@h.io', firstName: 'Wen', tags: ['t'], dateAdded: created.body.contact.dateAdded, appId: 'abc123' })
  t.match(sb.buildWebhook({ type: 'ContactCreate' }), { id: /^[A-Za-z0-9]{20}$/, email: String, tags: [] })
  t.match(sb.buildWebhook({ type: 'ContactTagUpdate', id: 'c1' }), { type: 'ContactTagUpdate', appId: 'abc123', locationId: 'loc_sandbox_1', id: 'c1' })
  t.throws(() => sb.buildWebhook({ type: '' }))
})

t.test('sendWebhook POSTs the signed raw body; schemes; replay; tamper', async (t) => {
  const sb = await sandboxFor(t)
  const { url, received } = await receiver(t, 202)
  const res = await sb.sendWebhook(url, { type: 'INSTALL', locationId: 'loc_7' })
  t.equal(res.status, 202)
  t.equal(res.body, 'got 1')
  t.equal(res.payload.locationId, 'loc_7')
  const first = received[0]
  t.equal(first.headers['content-type'], 'application/json')
  t.same(JSON.parse(first.raw.toString()), res.payload)
  t.ok(verifyEd25519(sb, first.raw, String(first.headers['x-ghl-signature'])))
  t.equal(first.headers['x-wh-signature'], undefined, "default scheme is GHL's current: ed25519 only")

  await sb.sendWebhook(url, { type: 'UNINSTALL' }, { scheme: 'rsa' })
  t.equal(received[1].headers['x-ghl-signature'], undefined)
  t.ok(verifyRsa(sb, received[1].raw, String(received[1].headers['x-wh-signature'])))
  await sb.sendWebhook(url, { type: 'UNINSTALL' }, { scheme: 'both' })
  t.ok(verifyEd25519(sb, received[2].raw, String(received[2].headers['x-ghl-signature'])))
  t.ok(verifyRsa(sb, received[2].raw, String(received[2].headers['x-wh-signature'])))

  await sb.sendWebhook(url, res.payload)
  t.same(received[3].raw, first.raw, 'replaying a built payload sends the same bytes')

  const tampered = await sb.sendWebhook(url, { type: 'INSTALL' }, { scheme: 'both', tamper: true })
  const bad = received[4]
  t.notOk(verifyEd25519(sb, bad.raw, String(bad.headers['x-ghl-signature'])), 'tampered body fails ed25519')
  t.notOk(verifyRsa(sb, bad.raw, String(bad.headers['x-wh-signature'])), 'tampered body fails RSA')
  t.doesNotThrow(() => JSON.parse(bad.raw.toString()), 'still valid JSON')
  t.not(bad.raw.toString(), JSON.stringify(tampered.payload))

  await t.rejects(sb.sendWebhook('not a url', { type: 'INSTALL' }), TypeError)
  await t.rejects(sb.sendWebhook(url, { type: 'INSTALL' }, { scheme: 'md5' as 'rsa' }), TypeError)
})

t.test('webhooks over the control API', async (t) => {
  const sb = await sandboxFor(t)
  const { url, received } = await receiver(t, 429)
  const keys = await call(sb, 'GET', '/__sandbox/keys')
  t.same(keys.body, { ed25519Pem: sb.publicKeys.ed25519Pem, ed25519RawBase64: sb.publicKeys.ed25519RawBase64, rsaPem: sb.publicKeys.rsaPem, appId: 'sandbox' })
  const sent = await call(sb, 'POST', '/__sandbox/webhooks/send', undefined, { body: { url, event: { type: 'INSTALL', webhookId: 'w-1' }, scheme: 'both' } })
  t.equal(sent.status, 200)
  t.equal(sent.body.status, 429, 'the receiver’s status is reported')
  t.equal(sent.body.payload.webhookId, 'w-1')
  t.ok(verifyRsa(sb, received[0].raw, String(received[0].headers['x-wh-signature'])))

  const built = await call(sb, 'POST', '/__sandbox/webhooks/build', undefined, { body: { event: { type: 'UNINSTALL' } } })
  t.equal(built.status, 200)
  t.equal(built.body.rawBody, JSON.stringify(built.body.payload))
  t.ok(verifyEd25519(sb, Buffer.from(built.body.rawBody), built.body.headers['x-ghl-signature']))
  const signed = await call(sb, 'POST', '/__sandbox/webhooks/sign', undefined, { body: { rawBody: '{"a":1}' } })
  t.ok(verifyEd25519(sb, Buffer.from('{"a":1}'), signed.body['x-ghl-signature']))

  const unreachable = await call(sb, 'POST', '/__sandbox/webhooks/send', undefined, { body: { url: 'http://127.0.0.1:1/x', event: { type: 'INSTALL' } } })
  t.equal(unreachable.status, 502)
  t.equal((await call(sb, 'POST', '/__sandbox/webhooks/send', undefined, { body: { url, event: {} } })).status, 400)
})

// Retries against the sandbox: 5xx and network failures for idempotent calls; a create is never sent twice once it
// may have reached GHL, and is resent only when it surely never left.
import t from 'tap'
import { Agent, type Dispatcher } from 'undici'
import { createGhlApi } from '../../lib/ghl-api.js'
import { GhlEventEmitter } from '../../lib/events.js'
import { clientFixture, SandboxTokenProvider } from '../helpers/token-provider.js'
import { sandboxFor } from '../helpers/sandbox.js'

t.test('5xx twice then OK: succeeds on the third attempt', async (t) => {
  const { sandbox, client } = await clientFixture(t)
  const { contact } = await client.contacts.create({ email: 'five@example.com' })
  sandbox.resetStats()
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 503, count: 2 })
  const res = await client.contacts.get(contact.id)
  t.equal(res.contact.id, contact.id)
  const stats = sandbox.stats()
  t.equal(stats.requests, 3, 'three attempts reached the sandbox')
  t.equal(stats.faultsInjected, 2)
  t.equal(stats.apiCalls['GET /contacts/:id'], 1)
})

t.test('5xx on every attempt: the last answer is thrown after `attempts`', async (t) => {
  const { sandbox, client } = await clientFixture(t, { client: { retry: { attempts: 2 } } })
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 502, count: 5, body: { statusCode: 502, message: 'Bad Gateway' } })
  await t.rejects(client.contacts.get('abc'), { code: 'GHL_HTTP_ERROR', message: 'GHL answered 502 to GET /contacts/abc: Bad Gateway', cause: { status: 502 } })
  t.equal(sandbox.stats().requests, 2)
})

t.test('a create that gets a 5xx is not retried (it is not idempotent)', async (t) => {
  const { sandbox, client } = await clientFixture(t)
  sandbox.addFault({ path: '/contacts/', method: 'POST', status: 500 })
  await t.rejects(client.contacts.create({ email: 'once@example.com' }), { code: 'GHL_HTTP_ERROR', cause: { status: 500 } })
  t.equal(sandbox.stats().requests, 1)
})

t.test('a create whose answer is lost after GHL processed it is not sent twice', async (t) => {
  const { sandbox, client, location } = await clientFixture(t)
  sandbox.addFault({ path: '/contacts/', method: 'POST', drop: 'before-response' })
  const err = await client.contacts.create({ email: 'lost@example.com' }).catch((e: Error) => e)
  t.match(err, { code: 'GHL_NETWORK', message: /could not reach GHL for POST \/contacts\// })
  t.match((err as Error).cause, { code: 'UND_ERR_SOCKET' })
  const stats = sandbox.stats()
  t.equal(stats.requests, 1, 'sent once')
  t.equal(stats.contactsCreated, 1, 'one contact')
  t.equal(sandbox.contacts(location).length, 1)
})

t.test('a create that times out after it was sent is not sent twice', async (t) => {
  const { sandbox, client } = await clientFixture(t, { client: { timeouts: { requestMs: 200 } } })
  sandbox.addFault({ path: '/contacts/', method: 'POST', delayMs: 600 })
  const started = Date.now()
  const err = await client.contacts.create({ email: 'slow@example.com' }).catch((e: Error) => e)
  t.match(err, { code: 'GHL_TIMEOUT', statusCode: 504, message: 'GHL did not answer POST /contacts/ within 200 ms' })
  t.ok(Date.now() - started < 600, 'the deadline aborted the request')
  await new Promise((resolve) => setTimeout(resolve, 700))
  const stats = sandbox.stats()
  t.equal(stats.requests, 1, 'sent once')
  // the deadline aborted the undici request: the sandbox found the connection closed after its stall and dropped it
  t.equal(stats.contactsCreated, 0, 'the aborted request did not linger')
})

t.test('an idempotent call whose answer is lost is retried and succeeds', async (t) => {
  const { sandbox, client, location } = await clientFixture(t)
  sandbox.addFault({ path: '/contacts/upsert', method: 'POST', drop: 'before-response' })
  sandbox.addFault({ path: '/contacts/upsert', method: 'POST', drop: 'after-request' })
  const res = await client.contacts.upsert({ email: 'twice@example.com', firstName: 'Twice' })
  t.equal(res.contact.email, 'twice@example.com')
  t.equal(sandbox.stats().requests, 3)
  t.equal(sandbox.contacts(location).length, 1, 'upsert is idempotent: one contact')
})

t.test('a headers timeout on a GET is retried', async (t) => {
  // undici runs headers/body timeouts on its ~1 s timer wheel: 150 ms fires within about a second
  const { sandbox, client } = await clientFixture(t, { client: { timeouts: { headersMs: 150 } } })
  const { contact } = await client.contacts.create({ email: 'hdr@example.com' })
  sandbox.resetStats()
  sandbox.addFault({ path: '/contacts/*', method: 'GET', delayMs: 2500 })
  const res = await client.contacts.get(contact.id)
  t.equal(res.contact.id, contact.id)
  t.equal(sandbox.stats().requests, 2)
})

t.test('a create that surely never left (connection refused) is retried', async (t) => {
  // a port with nothing listening: start a sandbox, note its port, close it
  const gone = await sandboxFor(t)
  const deadUrl = gone.url
  const tokens = new SandboxTokenProvider(gone)
  const location = tokens.install()
  await gone.close()

  let attempts = 0
  const counting = new Agent().compose((dispatch: Dispatcher['dispatch']) => (opts, handler) => {
    attempts++
    return dispatch(opts, handler)
  })
  t.teardown(async () => { await counting.close() })
  const client = createGhlApi({
    tokens,
    events: new GhlEventEmitter(),
    apiBaseUrl: deadUrl,
    defaultConnection: location,
    dispatcher: counting,
    retry: { attempts: 3, baseMs: 1, capMs: 5 }
  })
  t.teardown(async () => { await client.close() })
  const err = await client.contacts.create({ email: 'refused@example.com' }).catch((e: Error) => e)
  t.match(err, { code: 'GHL_NETWORK', message: /ECONNREFUSED/ })
  t.equal(attempts, 3, 'ECONNREFUSED: resent, up to attempts')
})

// The circuit breaker per connection, against the sandbox: opens after its threshold, fails fast without a request
// reaching GHL, half-opens after resetTimeout and closes after a good probe; 4xx answers do not count.
import t from 'tap'
import { clientFixture } from '../helpers/token-provider.js'

const BREAKER = { volumeThreshold: 4, errorThresholdPercentage: 50, resetTimeout: 300 }

t.test('opens after the threshold, fails fast without touching the network, closes after a good probe', async (t) => {
  const { sandbox, client, events, location, tokens } = await clientFixture(t, { client: { breaker: BREAKER, retry: { attempts: 1 } } })
  const seen: string[] = []
  events.on('breaker:open', (e) => seen.push(`open:${e.connection}`))
  events.on('breaker:half_open', (e) => seen.push(`half_open:${e.connection}`))
  events.on('breaker:close', (e) => seen.push(`close:${e.connection}`))

  const { contact } = await client.contacts.create({ email: 'brk@example.com' })
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 500, count: 3 })
  // threshold: 4 calls in the rolling window (the create counts as a success), more than 50 % failed
  for (let i = 0; i < 2; i++) {
    await t.rejects(client.contacts.get(contact.id), { code: 'GHL_HTTP_ERROR', cause: { status: 500 } })
  }
  t.same(seen, [], '3 calls: below the volume threshold')
  await t.rejects(client.contacts.get(contact.id), { code: 'GHL_HTTP_ERROR', cause: { status: 500 } })
  t.same(seen, [`open:${location}`], '4 calls, 75 % failed: open')
  const state = client.breakerState()
  t.equal(state.state, 'open')
  t.ok(state.nextAttemptAt !== null && state.nextAttemptAt > Date.now())

  const before = sandbox.stats().requests
  const tokenCalls = tokens.getCalls
  const started = Date.now()
  const err = await client.contacts.get(contact.id).catch((e: Error) => e)
  t.match(err, { code: 'GHL_UNAVAILABLE', statusCode: 503, message: new RegExp(`connection ${location} \\(circuit open\\); next attempt after \\d{4}-`) })
  t.ok(Date.now() - started < 200, 'fails fast')
  await t.rejects(client.request({ method: 'POST', path: '/contacts/search', body: { locationId: location, pageLimit: 1 } }), { code: 'GHL_UNAVAILABLE' })
  t.equal(sandbox.stats().requests, before, 'no request reached the sandbox')
  t.equal(tokens.getCalls, tokenCalls, 'not even a token was asked for')

  await new Promise((resolve) => setTimeout(resolve, BREAKER.resetTimeout + 50))
  t.same(seen, [`open:${location}`, `half_open:${location}`])
  t.equal(client.breakerState().state, 'half_open')
  const res = await client.contacts.get(contact.id)
  t.equal(res.contact.id, contact.id, 'the probe succeeds')
  t.same(seen, [`open:${location}`, `half_open:${location}`, `close:${location}`])
  t.equal(client.breakerState().state, 'closed')
  t.equal(sandbox.stats().requests, before + 1)
})

t.test('a failed probe opens the circuit again', async (t) => {
  const { sandbox, client } = await clientFixture(t, { client: { breaker: BREAKER, retry: { attempts: 1 } } })
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 503, count: 5 })
  for (let i = 0; i < 4; i++) await t.rejects(client.contacts.get('x'), { cause: { status: 503 } })
  t.equal(client.breakerState().state, 'open')
  await new Promise((resolve) => setTimeout(resolve, BREAKER.resetTimeout + 50))
  await t.rejects(client.contacts.get('x'), { cause: { status: 503 } }, 'the probe fails')
  t.equal(client.breakerState().state, 'open')
  await t.rejects(client.contacts.get('x'), { code: 'GHL_UNAVAILABLE' })
})

t.test('4xx answers (other than 429) do not open the circuit', async (t) => {
  const { sandbox, client } = await clientFixture(t, { client: { breaker: BREAKER, retry: { attempts: 1 } } })
  for (let i = 0; i < 8; i++) await t.rejects(client.contacts.get('missing'), { code: 'GHL_HTTP_ERROR', cause: { status: 404 } })
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 422, count: 4 })
  for (let i = 0; i < 4; i++) await t.rejects(client.contacts.get('missing'), { cause: { status: 422 } })
  t.equal(client.breakerState().state, 'closed')
  t.match(client.breakerState(), { fires: 12, failures: 0 })
})

t.test('one breaker per connection: another location is not affected', async (t) => {
  const { sandbox, client, tokens } = await clientFixture(t, { client: { breaker: BREAKER, retry: { attempts: 1 } } })
  const other = tokens.install('loc_other')
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 500, count: 4 })
  for (let i = 0; i < 4; i++) await t.rejects(client.contacts.get('x'), { cause: { status: 500 } })
  t.equal(client.breakerState().state, 'open')
  t.equal(client.breakerState(other).state, 'closed')
  const { contact } = await client.forConnection(other).contacts.create({ email: 'other@example.com' })
  t.equal(contact.locationId, other)
})

t.test('breaker: false — no breaker at all', async (t) => {
  const { sandbox, client } = await clientFixture(t, { client: { breaker: false, retry: { attempts: 1 } } })
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 500, count: 12 })
  for (let i = 0; i < 12; i++) await t.rejects(client.contacts.get('x'), { cause: { status: 500 } })
  t.equal(client.breakerState().state, 'closed')
  t.equal(sandbox.stats().requests, 12)
})

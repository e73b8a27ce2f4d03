// Error parsing, headers and option checks, against undici's MockAgent (the sandbox tests cover the behaviour).
import t from 'tap'
import { MockAgent } from 'undici'
import { createGhlApi } from '../../lib/ghl-api.js'
import { ghlMessage, httpError, parseRetryAfter } from '../../lib/client/transport.js'
import { GhlEventEmitter } from '../../lib/events.js'
import { PACKAGE_VERSION } from '../../lib/client/version.js'
import type { TokenProvider } from '../../lib/tokens/provider.js'

const ORIGIN = 'https://ghl.test'
const TOKEN = 'tok-SECRET-123'

function fixedTokens (): TokenProvider {
  return {
    getValidToken: async () => TOKEN,
    refreshAfterUnauthorized: async () => TOKEN,
    markReauthRequired: async (c, r) => new Error(`reauth ${c}: ${r}`)
  }
}

function setup (t: { teardown: (fn: () => unknown) => void }, extra: Record<string, unknown> = {}): { agent: MockAgent, client: ReturnType<typeof createGhlApi> } {
  const agent = new MockAgent()
  agent.disableNetConnect()
  const client = createGhlApi({ tokens: fixedTokens(), events: new GhlEventEmitter(), apiBaseUrl: ORIGIN, dispatcher: agent, defaultConnection: 'loc1', sleep: async () => {}, ...extra })
  t.teardown(async () => { await client.close(); await agent.close() })
  return { agent, client }
}

t.test('ghlMessage: string, array, error, text, fallback', async (t) => {
  t.equal(ghlMessage({ statusCode: 400, message: 'Bad' }, 'x'), 'Bad')
  t.equal(ghlMessage({ statusCode: 422, message: ['email must be an email', 'phone is bad'] }, 'x'), 'email must be an email; phone is bad')
  t.equal(ghlMessage({ error: 'Unauthorized' }, 'x'), 'Unauthorized')
  t.equal(ghlMessage('plain text', 'x'), 'plain text')
  t.equal(ghlMessage(null, 'HTTP 502'), 'HTTP 502')
  t.equal(ghlMessage({ message: 'a'.repeat(1000) }, 'x').length, 301)
})

t.test('parseRetryAfter: seconds or HTTP date', async (t) => {
  t.equal(parseRetryAfter('1'), 1000)
  t.equal(parseRetryAfter('0.5'), 500)
  t.equal(parseRetryAfter(undefined), undefined)
  t.equal(parseRetryAfter('soon'), undefined)
  const now = Date.parse('2026-01-01T00:00:00Z')
  t.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:03 GMT', now), 3000)
})

t.test('httpError: status, body, meta and traceId on cause; token scrubbed', async (t) => {
  const dup = httpError(400, 'POST', '/contacts/', JSON.stringify({ statusCode: 400, message: 'This location does not allow duplicated contacts.', meta: { contactId: 'c1', contactName: 'Ada', matchingField: 'email' }, traceId: 'tr1' }), {}, TOKEN)
  t.match(dup, { code: 'GHL_HTTP_ERROR', statusCode: 502, message: 'GHL answered 400 to POST /contacts/: This location does not allow duplicated contacts.' })
  t.match(dup.cause, { status: 400, traceId: 'tr1', meta: { contactId: 'c1', matchingField: 'email' }, body: { statusCode: 400 } })
  const leaky = httpError(401, 'GET', '/contacts/x?token=1', `{"message":"Invalid token ${TOKEN}"}`, {}, TOKEN)
  t.notMatch(leaky.message, TOKEN)
  t.notMatch(JSON.stringify(leaky.cause), TOKEN)
  t.notMatch(leaky.message, 'token=1', 'no query string in the message')
  const rl = httpError(429, 'GET', '/x', '', { 'retry-after': '2', 'x-ratelimit-interval-milliseconds': '10000' }, TOKEN)
  t.match(rl.cause, { status: 429, body: null, retryAfterMs: 2000, intervalMs: 10000 })
  const html = httpError(502, 'GET', '/x', '<html>bad gateway</html>', {}, TOKEN)
  t.match(html.cause, { status: 502, body: '<html>bad gateway</html>' })
})

t.test('headers sent on every call; JSON in and out; query encoding', async (t) => {
  const { agent, client } = setup(t, { userAgent: undefined })
  const seen: Array<Record<string, string>> = []
  const pool = agent.get(ORIGIN)
  pool.intercept({ path: '/contacts/c1', method: 'GET' }).reply(200, (opts) => { seen.push(opts.headers as Record<string, string>); return { contact: { id: 'c1' } } }, { headers: { 'content-type': 'application/json' } })
  pool.intercept({ path: '/things?a=1&b=x%20y&tag=p&tag=q', method: 'POST', body: '{"hello":"world"}' }).reply(201, (opts) => { seen.push(opts.headers as Record<string, string>); return { ok: true } }, { headers: { 'content-type': 'application/json; charset=utf-8' } })
  t.same(await client.contacts.get('c1'), { contact: { id: 'c1' } })
  t.same(await client.request({ method: 'POST', path: '/things', query: { a: 1, b: 'x y', c: undefined, tag: ['p', 'q'] }, body: { hello: 'world' } }), { ok: true })
  t.match(seen[0], { authorization: `Bearer ${TOKEN}`, version: '2021-07-28', accept: 'application/json', 'user-agent': `fastify-ghl/${PACKAGE_VERSION}` })
  t.equal(seen[0]['content-type'], undefined)
  t.match(seen[1], { 'content-type': 'application/json', version: '2021-07-28' })
  t.not(PACKAGE_VERSION, '0.0.0')
})

t.test('4xx → typed error, not retried; the token never in message or cause', async (t) => {
  const { agent, client } = setup(t)
  const pool = agent.get(ORIGIN)
  pool.intercept({ path: '/contacts/missing', method: 'GET' }).reply(404, { statusCode: 404, message: 'Contact not found', traceId: 't-404' })
  pool.intercept({ path: '/contacts/', method: 'POST' }).reply(422, { statusCode: 422, message: ['email must be an email'], error: 'Unprocessable Entity' })
  const err = await client.contacts.get('missing').catch((e: Error) => e)
  t.match(err, { code: 'GHL_HTTP_ERROR', message: 'GHL answered 404 to GET /contacts/missing: Contact not found', cause: { status: 404, traceId: 't-404' } })
  const err2 = await client.request({ method: 'POST', path: '/contacts/', body: { email: 'x' } }).catch((e: Error) => e)
  t.match(err2, { code: 'GHL_HTTP_ERROR', message: /422 .*email must be an email/, cause: { status: 422, body: { error: 'Unprocessable Entity' } } })
  for (const e of [err, err2]) {
    t.notMatch(String((e as Error).message), TOKEN)
    t.notMatch(JSON.stringify((e as Error).cause), TOKEN)
    t.notMatch((e as Error).stack ?? '', TOKEN)
  }
})

t.test('options are checked up front, naming the option', async (t) => {
  const base = { tokens: fixedTokens(), events: new GhlEventEmitter(), apiBaseUrl: ORIGIN }
  t.throws(() => createGhlApi({ ...base, apiBaseUrl: 'nope' }), { code: 'GHL_CONFIG', message: /options\.apiBaseUrl/ })
  t.throws(() => createGhlApi({ ...base, tokens: {} as TokenProvider }), { code: 'GHL_CONFIG', message: /options\.tokens/ })
  t.throws(() => createGhlApi({ ...base, events: undefined as unknown as GhlEventEmitter }), { code: 'GHL_CONFIG', message: /options\.events/ })
  t.throws(() => createGhlApi({ ...base, retry: { attempts: 0 } }), { code: 'GHL_CONFIG', message: /options\.retry\.attempts/ })
  t.throws(() => createGhlApi({ ...base, rateLimit: { max: 0 } }), { code: 'GHL_CONFIG', message: /options\.rateLimit\.max/ })
  t.throws(() => createGhlApi({ ...base, timeouts: { connectMs: -1 } }), { code: 'GHL_CONFIG', message: /options\.timeouts\.connectMs/ })
  t.throws(() => createGhlApi({ ...base, defaultConnection: '' }), { code: 'GHL_CONFIG', message: /options\.defaultConnection/ })
  const client = createGhlApi({ ...base, dispatcher: new MockAgent() })
  t.teardown(async () => { await client.close() })
  await t.rejects(client.contacts.get('x'), { code: 'GHL_CONFIG', message: /defaultConnection/ })
  t.throws(() => client.rateLimitState(), { code: 'GHL_CONFIG' })
})

t.test('close(): later calls fail with GHL_UNAVAILABLE, owned pool closed', async (t) => {
  const client = createGhlApi({ tokens: fixedTokens(), events: new GhlEventEmitter(), apiBaseUrl: 'http://127.0.0.1:9', defaultConnection: 'loc1' })
  await client.close()
  await client.close()
  await t.rejects(client.contacts.get('x'), { code: 'GHL_UNAVAILABLE', message: /client is closed/ })
})

t.test('forConnection binds another connection and caches the view', async (t) => {
  const { agent, client } = setup(t)
  const pool = agent.get(ORIGIN)
  let body: unknown
  pool.intercept({ path: '/contacts/upsert', method: 'POST' }).reply(200, (opts) => { body = JSON.parse(String(opts.body)); return { new: true, contact: { id: 'n1' }, traceId: 'x' } })
  const other = client.forConnection('loc2')
  t.equal(client.forConnection('loc2'), other)
  t.equal(other.connection, 'loc2')
  t.match(await other.contacts.upsert({ email: 'a@b.co' }), { new: true, contact: { id: 'n1' } })
  t.match(body, { locationId: 'loc2', email: 'a@b.co' })
  t.match(other.rateLimitState(), { enabled: true, max: 100, windowMs: 10_000 })
  t.match(other.breakerState(), { state: 'closed' })
  t.throws(() => client.forConnection(''), { code: 'GHL_CONFIG' })
})

t.test('non-JSON 2xx is returned as text; empty 2xx as null; invalid JSON and oversize bodies fail', async (t) => {
  const { agent, client } = setup(t)
  const pool = agent.get(ORIGIN)
  pool.intercept({ path: '/text', method: 'GET' }).reply(200, 'hello', { headers: { 'content-type': 'text/plain' } })
  pool.intercept({ path: '/empty', method: 'DELETE' }).reply(204, '')
  pool.intercept({ path: '/bad', method: 'GET' }).reply(200, '{nope', { headers: { 'content-type': 'application/json' } })
  t.equal(await client.request({ method: 'GET', path: '/text' }), 'hello')
  t.equal(await client.request({ method: 'DELETE', path: '/empty' }), null)
  await t.rejects(client.request({ method: 'GET', path: '/bad' }), { code: 'GHL_HTTP_ERROR', message: /response is not valid JSON/ })
})

t.test('evict() drops a connection state; idle connections are swept', async (t) => {
  const { agent, client } = setup(t, { rateLimit: { max: 10, windowMs: 20 }, idleEvictMs: 30 })
  const pool = agent.get(ORIGIN)
  pool.intercept({ path: '/contacts/c1', method: 'GET' }).reply(200, { contact: { id: 'c1' } }, { headers: { 'x-ratelimit-remaining': '99', 'content-type': 'application/json' } }).times(3)
  await client.contacts.get('c1')
  t.equal(client.rateLimitState().serverRemaining, 99)
  client.evict('loc1')
  t.equal(client.rateLimitState().serverRemaining, null, 'state dropped')
  await client.contacts.get('c1')
  t.equal(client.rateLimitState().serverRemaining, 99, 'recreated on the next call')
  await new Promise((resolve) => setTimeout(resolve, 150))
  t.equal(client.rateLimitState().serverRemaining, null, 'swept once idle')
  t.match(await client.contacts.get('c1'), { contact: { id: 'c1' } })
  client.evict('unknown')
})

t.test('a response body over maxResponseBytes fails the call', async (t) => {
  const { agent, client } = setup(t, { maxResponseBytes: 1000 })
  agent.get(ORIGIN).intercept({ path: '/big', method: 'GET' }).reply(200, JSON.stringify({ data: 'x'.repeat(5000) }), { headers: { 'content-type': 'application/json' } })
  await t.rejects(client.request({ method: 'GET', path: '/big' }), { code: 'GHL_HTTP_ERROR', message: /response larger than 1000 bytes/ })
})

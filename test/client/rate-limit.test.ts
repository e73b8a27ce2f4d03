// Rate limits against the sandbox: the client-side limiter keeps a burst of calls under GHL's limit, and 429s are
// waited out (Retry-After, else the rest of the window) within a budget.
import t from 'tap'
import { clientFixture } from '../helpers/token-provider.js'

t.test('1,000 concurrent calls for one location: zero 429s, done as fast as the limit allows', async (t) => {
  const limit = { burst: 200, windowMs: 1000, daily: 200_000 }
  const { sandbox, client, events, location } = await clientFixture(t, {
    sandbox: { rateLimit: limit },
    client: { rateLimit: { max: limit.burst, windowMs: limit.windowMs } }
  })
  const { contact } = await client.contacts.create({ email: 'many@example.com' })
  let limited = 0
  events.on('rate_limited', (e) => { if (e.source === 'client' && e.connection === location) limited++ })
  sandbox.resetStats()
  const started = Date.now()
  const results = await Promise.all(Array.from({ length: 1000 }, async () => await client.contacts.get(contact.id)))
  const elapsed = Date.now() - started
  t.equal(results.length, 1000)
  t.ok(results.every((r) => r.contact.id === contact.id), 'every call answered')
  const stats = sandbox.stats()
  t.equal(stats.rateLimited, 0, 'no 429 from the sandbox')
  t.equal(stats.requests, 1000, 'no retries were needed')
  t.ok(stats.maxBurstObserved <= limit.burst, `max burst ${stats.maxBurstObserved} ≤ ${limit.burst}`)
  // 1 call already in the window + 1000 at 200/s: ~5 windows; allow the margin and scheduling
  t.ok(elapsed >= 4000 && elapsed < 15000, `took ${elapsed} ms (ideal ~5000)`)
  t.ok(limited >= 1, 'rate_limited (client) reported')
  const state = client.rateLimitState()
  t.match(state, { enabled: true, max: limit.burst, windowMs: limit.windowMs, queued: 0, inFlight: 0, serverMax: limit.burst, serverIntervalMs: limit.windowMs, dailyLimit: limit.daily })
  t.equal(state.dailyRemaining, limit.daily - 1001)
  t.type(state.serverRemaining, 'number')
})

t.test('an injected 429 with Retry-After: 1 is waited out, then the call succeeds', async (t) => {
  const { sandbox, client, events } = await clientFixture(t, { sandbox: { rateLimit: false } })
  const { contact } = await client.contacts.create({ email: 'wait@example.com' })
  const waits: number[] = []
  events.on('rate_limited', (e) => { if (e.source === 'ghl') waits.push(e.waitMs) })
  sandbox.resetStats()
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 429, headers: { 'retry-after': '1' }, body: { statusCode: 429, message: 'Too many requests' } })
  const started = Date.now()
  const res = await client.contacts.get(contact.id)
  const elapsed = Date.now() - started
  t.equal(res.contact.id, contact.id)
  t.ok(elapsed >= 950 && elapsed < 2000, `waited ${elapsed} ms`)
  t.same(waits, [1000])
  t.equal(sandbox.stats().requests, 2)
  t.equal(sandbox.stats().rateLimited, 1)
})

t.test('a 429 on a create is retried too (GHL refused it before acting on it)', async (t) => {
  const { sandbox, client, location } = await clientFixture(t, { sandbox: { rateLimit: false } })
  sandbox.addFault({ path: '/contacts/', method: 'POST', status: 429, headers: { 'x-ratelimit-interval-milliseconds': '200' } })
  const started = Date.now()
  const { contact } = await client.contacts.create({ email: 'later@example.com' })
  t.equal(contact.email, 'later@example.com')
  t.ok(Date.now() - started < 1000, 'without Retry-After: the rest of the (200 ms) window')
  t.equal(sandbox.contacts(location).length, 1)
})

t.test('429s past the budget: GHL_RATE_LIMITED with the wait', async (t) => {
  const { sandbox, client } = await clientFixture(t, { sandbox: { rateLimit: false }, client: { rateLimitBudgetMs: 500 } })
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 429, headers: { 'retry-after': '3' } })
  const started = Date.now()
  const err = await client.contacts.get('abc').catch((e: Error) => e)
  t.match(err, { code: 'GHL_RATE_LIMITED', statusCode: 429, message: /retry after 3000 ms/, cause: { status: 429, retryAfterMs: 3000, waitMs: 3000 } })
  t.ok(Date.now() - started < 500, 'gave up at once: the wait exceeds the budget')
  t.ok(client.rateLimitState().blockedUntil !== null, 'the limiter holds the connection until the wait is over')
})

t.test('the real limiter of the sandbox: a client without its own limit hits 429s and waits them out', async (t) => {
  const { sandbox, client } = await clientFixture(t, {
    sandbox: { rateLimit: { burst: 10, windowMs: 500, daily: 1000 } },
    // 429s count as breaker failures: keep the breaker out of this test
    client: { rateLimit: false, rateLimitBudgetMs: 5000, breaker: { volumeThreshold: 1000 } }
  })
  const { contact } = await client.contacts.create({ email: 'burst@example.com' })
  const results = await Promise.all(Array.from({ length: 25 }, async () => await client.contacts.get(contact.id)))
  t.equal(results.length, 25)
  t.ok(sandbox.stats().rateLimited > 0, 'the sandbox did answer 429')
  t.match(client.rateLimitState(), { enabled: false, serverMax: 10 })
})

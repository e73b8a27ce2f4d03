// Rate limits of the sandbox: burst window, daily count, the five headers, per-location buckets, disabled mode.
import t from 'tap'
import { call, sandboxFor } from '../helpers/sandbox.js'

const HEADERS = ['x-ratelimit-limit-daily', 'x-ratelimit-daily-remaining', 'x-ratelimit-interval-milliseconds', 'x-ratelimit-max', 'x-ratelimit-remaining']

t.test('burst: headers on every answer, remaining decreases, 429 past the limit, window slides', async (t) => {
  let now = Date.parse('2026-03-01T12:00:00Z')
  const sb = await sandboxFor(t, { rateLimit: { burst: 5, windowMs: 10_000, daily: 1000 }, now: () => now })
  const a = sb.issueTokens({ locationId: 'loc_A' })
  const b = sb.issueTokens({ locationId: 'loc_B' })
  const remaining: number[] = []
  for (let i = 0; i < 5; i++) {
    const res = await call(sb, 'GET', '/contacts/none', a.access_token)
    t.equal(res.status, 404, 'errors carry the headers too')
    for (const h of HEADERS) t.ok(res.headers[h] !== undefined, h)
    t.equal(res.headers['x-ratelimit-max'], '5')
    t.equal(res.headers['x-ratelimit-interval-milliseconds'], '10000')
    t.equal(res.headers['x-ratelimit-limit-daily'], '1000')
    remaining.push(Number(res.headers['x-ratelimit-remaining']))
    now += 100
  }
  t.same(remaining, [4, 3, 2, 1, 0])
  const limited = await call(sb, 'GET', '/contacts/none', a.access_token)
  t.equal(limited.status, 429)
  t.same(limited.body, { statusCode: 429, message: 'Too many requests' })
  t.equal(limited.headers['x-ratelimit-remaining'], '0')
  t.equal(limited.headers['retry-after'], '10', 'seconds until the oldest request leaves the window')
  t.equal(limited.headers['x-ratelimit-daily-remaining'], '995', '429s do not use the daily budget')

  const other = await call(sb, 'GET', '/contacts/none', b.access_token)
  t.equal(other.status, 404, 'another location has its own bucket')
  t.equal(other.headers['x-ratelimit-remaining'], '4')

  now += 9_550 // only the first request (at +0) has left the 10 s window
  const again = await call(sb, 'GET', '/contacts/none', a.access_token)
  t.equal(again.status, 404, 'one slot freed')
  t.equal(again.headers['x-ratelimit-remaining'], '0')
  t.equal((await call(sb, 'GET', '/contacts/none', a.access_token)).status, 429)

  const s = sb.stats()
  t.equal(s.rateLimited, 2)
  t.equal(s.maxBurstObserved, 7, '429s count in the observed burst')
})

t.test('daily limit, reset at the UTC day boundary', async (t) => {
  let now = Date.parse('2026-03-01T23:59:00Z')
  const sb = await sandboxFor(t, { rateLimit: { burst: 100, windowMs: 1000, daily: 3 }, now: () => now })
  const tok = sb.issueTokens().access_token
  const daily: string[] = []
  for (let i = 0; i < 3; i++) {
    const res = await call(sb, 'GET', '/contacts/x', tok)
    daily.push(String(res.headers['x-ratelimit-daily-remaining']))
  }
  t.same(daily, ['2', '1', '0'])
  const limited = await call(sb, 'GET', '/contacts/x', tok)
  t.equal(limited.status, 429)
  t.equal(limited.headers['retry-after'], '60', 'until midnight UTC')
  now += 60_000
  const next = await call(sb, 'GET', '/contacts/x', tok)
  t.equal(next.status, 404)
  t.equal(next.headers['x-ratelimit-daily-remaining'], '2')
})

t.test('default limits are GHL’s; 401s carry the headers', async (t) => {
  const sb = await sandboxFor(t)
  const res = await call(sb, 'GET', '/contacts/x', 'nope')
  t.equal(res.status, 401)
  t.equal(res.headers['x-ratelimit-max'], '100')
  t.equal(res.headers['x-ratelimit-interval-milliseconds'], '10000')
  t.equal(res.headers['x-ratelimit-limit-daily'], '200000')
  const tok = sb.issueTokens().access_token
  const ok = await call(sb, 'GET', '/contacts/x', tok)
  t.equal(ok.headers['x-ratelimit-remaining'], '99')
  t.equal(ok.headers['x-ratelimit-daily-remaining'], '199999')
})

t.test('rateLimit: false disables limiting and headers; bursts are still observed', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: false })
  const tok = sb.issueTokens().access_token
  const results = await Promise.all(Array.from({ length: 150 }, async () => await call(sb, 'GET', '/contacts/x', tok)))
  t.ok(results.every((r) => r.status === 404), 'never 429')
  t.equal(results[0].headers['x-ratelimit-remaining'], undefined, 'no headers')
  t.equal(sb.stats().maxBurstObserved, 150)
  t.equal(sb.stats().rateLimited, 0)
})

t.test('the token endpoint and control routes are not rate limited', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: { burst: 1, windowMs: 60_000, daily: 1 } })
  let tokens = sb.issueTokens()
  for (let i = 0; i < 3; i++) {
    const res = await call(sb, 'POST', '/oauth/token', undefined, {
      version: false,
      form: { client_id: sb.clientId, client_secret: sb.clientSecret, grant_type: 'refresh_token', refresh_token: tokens.refresh_token }
    })
    t.equal(res.status, 200)
    tokens = res.body
  }
  for (let i = 0; i < 3; i++) t.equal((await call(sb, 'GET', '/__sandbox/stats')).status, 200)
})

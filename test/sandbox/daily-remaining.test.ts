// The sandbox control that sets what is left of a location's daily budget: the headers say so from the next answer on,
// the budget keeps counting down from there, other locations keep theirs, and 0 left means 429 until the UTC day ends.
import t from 'tap'
import { call, sandboxFor } from '../helpers/sandbox.js'

t.test('POST /__sandbox/rate-limit/daily and setDailyRemaining() set the daily remaining of one location', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: { burst: 100, windowMs: 10_000, daily: 200_000 } })
  const a = sb.issueTokens({ locationId: 'loc_daily_A' })
  const b = sb.issueTokens({ locationId: 'loc_daily_B' })
  t.equal((await call(sb, 'GET', '/contacts/none', a.access_token)).headers['x-ratelimit-daily-remaining'], '199999')

  const set = await call(sb, 'POST', '/__sandbox/rate-limit/daily', undefined, { body: { locationId: 'loc_daily_A', remaining: 3 } })
  t.same(set.body, { locationId: 'loc_daily_A', dailyRemaining: 3 })
  const after = await call(sb, 'GET', '/contacts/none', a.access_token)
  t.equal(after.headers['x-ratelimit-daily-remaining'], '2', 'counted down from the value set')
  t.equal(after.headers['x-ratelimit-limit-daily'], '200000', 'the daily limit is unchanged')
  t.equal(after.headers['x-ratelimit-remaining'], '98', 'the burst window is unchanged')
  t.equal((await call(sb, 'GET', '/contacts/none', b.access_token)).headers['x-ratelimit-daily-remaining'], '199999', 'another location keeps its own')

  t.equal(sb.setDailyRemaining('loc_daily_A', 0), 0)
  const refused = await call(sb, 'GET', '/contacts/none', a.access_token)
  t.equal(refused.status, 429, 'nothing left today: 429')
  t.ok(Number(refused.headers['retry-after']) > 0, 'Retry-After until the UTC day ends')

  const bad = await call(sb, 'POST', '/__sandbox/rate-limit/daily', undefined, { body: { locationId: 'loc_daily_A', remaining: -1 } })
  t.equal(bad.status, 400)
  t.match(bad.body.message, /remaining/)
})

t.test('with rate limiting off the control answers 409', async (t) => {
  const sb = await sandboxFor(t, { rateLimit: false })
  const res = await call(sb, 'POST', '/__sandbox/rate-limit/daily', undefined, { body: { locationId: 'loc_x', remaining: 5 } })
  t.equal(res.status, 409)
  t.equal(sb.setDailyRemaining('loc_x', 5), undefined)
})

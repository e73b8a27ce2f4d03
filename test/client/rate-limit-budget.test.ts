// A call queued behind another call's 429 waits only as long as its own budget (rateLimitBudgetMs) allows: the pause
// is shared by every call of the instance, and one whose budget ends before the pause does fails at once with
// GHL_RATE_LIMITED instead of waiting out the whole Retry-After.
import t from 'tap'
import { eventually } from '../helpers/app.js'
import { clientFixture } from '../helpers/token-provider.js'

t.test('a 5 s pause with a 2 s budget: the call queued behind the 429 fails at once, not after the pause', async (t) => {
  const { sandbox, client } = await clientFixture(t, {
    sandbox: { rateLimit: false },
    client: { rateLimit: { max: 2, windowMs: 60_000 }, rateLimitBudgetMs: 2000 }
  })
  const { contact } = await client.contacts.create({ email: 'budget@example.com' })
  sandbox.resetStats()
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 429, headers: { 'retry-after': '5' }, body: { statusCode: 429, message: 'Too many requests' } })
  // The one slot left goes to the first call (which gets the 429); the second queues for a slot behind it.
  const started = Date.now()
  const first = client.contacts.get(contact.id).then(() => 'ok', (err: { code?: string }) => err.code)
  const second = client.contacts.get(contact.id).then(() => 'ok', (err: { code?: string }) => err.code)
  const secondResult = await second
  const waited = Date.now() - started
  t.equal(secondResult, 'GHL_RATE_LIMITED', 'the queued call fails: the 5 s pause outlasts its 2 s budget')
  t.ok(waited < 1500, `at once (${waited} ms), not after the pause`)
  t.equal(await first, 'GHL_RATE_LIMITED', 'the call that got the 429 cannot wait 5 s in a 2 s budget either')
  t.equal(sandbox.stats().rateLimited, 1, 'GHL saw one request during the pause, not two')
})

t.test('a pause within the budget: calls made during it wait for it (none reaches GHL), then go', async (t) => {
  const { sandbox, client } = await clientFixture(t, {
    sandbox: { rateLimit: false },
    client: { rateLimit: { max: 100, windowMs: 10_000 }, rateLimitBudgetMs: 5000 }
  })
  const { contact } = await client.contacts.create({ email: 'shared@example.com' })
  sandbox.resetStats()
  sandbox.addFault({ path: '/contacts/*', method: 'GET', status: 429, headers: { 'retry-after': '1' }, count: 1 })
  const first = client.contacts.get(contact.id)
  await eventually(() => sandbox.stats().rateLimited === 1, 5000, 'the first call answered 429')
  const started = Date.now()
  const later = await Promise.all(Array.from({ length: 5 }, async () => await client.contacts.get(contact.id)))
  const waited = Date.now() - started
  t.equal(later.length, 5, 'every call made during the pause succeeds')
  t.ok(waited >= 700, `they waited for the pause (${waited} ms)`)
  t.equal((await first).contact.id, contact.id, 'the call that got the 429 succeeds after it')
  t.equal(sandbox.stats().rateLimited, 1, 'no request reached GHL during the pause')
})

// The rateLimit option: `{ max, windowMs, marginMs, dailyReserve, fleet, budgetMs }` or false. Bad values and unknown
// keys fail registration naming the option; fleet (the default with the built-in stores) shares one budget per
// connection through the database, fleet: false keeps the per-process limiter, false turns limiting off; the
// accessor fastify.ghl.rateBudget() tells which, with both budgets.
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import fastifyGhl, { type GhlOptions } from '../../index.js'
import { rateLimitConfig, fleetBudgetStore } from '../../lib/config-rate-limit.js'
import { build } from '../helpers/app.js'

const BASE = { env: false, clientId: 'app1-client', clientSecret: 'secret', migrate: false } as const

async function refused (t: Test, rateLimit: unknown, message: RegExp | string): Promise<void> {
  const app = Fastify()
  t.teardown(() => app.close())
  await t.rejects(async () => {
    await app.register(fastifyGhl, { ...BASE, rateLimit } as GhlOptions)
    await app.ready()
  }, { code: 'GHL_CONFIG', message }, JSON.stringify(rateLimit))
}

t.test('bad rateLimit values and unknown keys fail registration, naming the option', async (t) => {
  await refused(t, { maximum: 5 }, /options\.rateLimit\.maximum is not an option/)
  await refused(t, { max: 0 }, /options\.rateLimit\.max must be an integer/)
  await refused(t, { windowMs: -1 }, /options\.rateLimit\.windowMs must be a positive number/)
  await refused(t, { dailyReserve: -0.1 }, /options\.rateLimit\.dailyReserve must be a non-negative number/)
  await refused(t, { dailyReserve: 2.5 }, /options\.rateLimit\.dailyReserve must be a fraction/)
  await refused(t, { fleet: 'yes' }, /options\.rateLimit\.fleet must be a boolean/)
  await refused(t, { budgetMs: 'soon' }, /options\.rateLimit\.budgetMs must be a non-negative number/)
  await refused(t, 5, /options\.rateLimit must be an object or false/)
})

t.test('normalised: defaults, a count or a fraction as reserve, the older rateLimitBudgetMs, false', async (t) => {
  t.same(rateLimitConfig(undefined), { limit: { max: 100, windowMs: 10_000 }, fleet: true, fleetExplicit: false, dailyReserve: 0.05, budgetMs: 30_000 })
  t.match(rateLimitConfig({ max: 50, dailyReserve: 2000, fleet: false, budgetMs: 5000 }), { limit: { max: 50 }, fleet: false, dailyReserve: 2000, budgetMs: 5000 })
  t.match(rateLimitConfig({}, 1234), { budgetMs: 1234 })
  t.match(rateLimitConfig({ budgetMs: 10 }, 1234), { budgetMs: 10 }, 'rateLimit.budgetMs wins')
  t.match(rateLimitConfig(false), { limit: false, fleet: false })
  t.throws(() => fleetBudgetStore(rateLimitConfig({ fleet: true }), {}), { code: 'GHL_CONFIG', message: /options\.rateLimit\.fleet needs a store/ })
  t.equal(fleetBudgetStore(rateLimitConfig({}), {}), undefined, 'a host store without a shared budget: per-process, unless fleet: true was asked for')
})

t.test('fleet by default, fleet: false per process, false off: rateBudget() and /status say which', async (t) => {
  const fleet = await build(t)
  t.match(fleet.app.ghl.rateBudget(), { burst: { mode: 'fleet', max: 100, windowMs: 10_000 }, daily: { limit: 200_000, reserve: 10_000, reserveReached: false } })
  const single = await build(t, { options: { rateLimit: { fleet: false, dailyReserve: 500 } } })
  t.match(single.app.ghl.rateBudget(), { burst: { mode: 'instance' }, daily: { reserve: 500 } })
  const off = await build(t, { options: { rateLimit: false } })
  t.match(off.app.ghl.rateBudget(), { burst: { mode: 'off' } })
})

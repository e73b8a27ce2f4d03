// Option names: an unknown key fails registration with the nearest valid name, at the top level and in every nested
// option object; options.routes turns each route off (404), moves it (prefix) or puts it behind the admin auth.
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import fastifyGhl, { type GhlOptions } from '../../index.js'
import { ADMIN_TOKEN, build, PREFIX } from '../helpers/app.js'

/** Options that would work, without a database (the key check fails before anything is opened). */
const BASE = { env: false, clientId: 'app1-client', clientSecret: 'secret', migrate: false } as const

async function refused (t: Test, over: Record<string, unknown>, message: RegExp | string): Promise<void> {
  const app = Fastify()
  t.teardown(() => app.close())
  await t.rejects(async () => {
    await app.register(fastifyGhl, { ...BASE, ...over } as GhlOptions)
  }, { code: 'GHL_CONFIG', message }, JSON.stringify(over))
}

t.test('unknown keys are refused by name with the nearest valid one, at every level', async (t) => {
  await refused(t, { refresher: { interval: 30 } }, 'options.refresher.interval is not an option; did you mean intervalSeconds?')
  await refused(t, { timeouts: { connect: 5 } }, 'options.timeouts.connect is not an option; did you mean connectMs?')
  await refused(t, { clientID: 'x' }, 'options.clientID is not an option; did you mean clientId?')
  await refused(t, { adminTokn: 'x'.repeat(20) }, 'options.adminTokn is not an option; did you mean adminToken?')
  await refused(t, { retry: { attempt: 2 } }, 'options.retry.attempt is not an option; did you mean attempts?')
  await refused(t, { rateLimit: { maximum: 5 } }, /options\.rateLimit\.maximum is not an option; did you mean max\?/)
  await refused(t, { breaker: { reset: 1000 } }, 'options.breaker.reset is not an option; did you mean resetTimeout?')
  await refused(t, { metrics: { protected: true } }, 'options.metrics.protected is not an option; did you mean protect?')
  await refused(t, { outbox: { backoff: { base: 5 } } }, 'options.outbox.backoff.base is not an option; did you mean baseMs?')
  await refused(t, { webhooks: { lease: 5 } }, 'options.webhooks.lease is not an option; did you mean leaseSeconds?')
  await refused(t, { webhooks: { backoff: { cap: 5 } } }, 'options.webhooks.backoff.cap is not an option; did you mean capMs?')
  await refused(t, { webhooks: { concurrency: 0 } }, /options\.webhooks\.concurrency must be a positive integer, got 0/)
  await refused(t, { webhooks: { backoff: { baseMs: 5000, capMs: 10 } } }, /options\.webhooks\.backoff\.capMs \(10\) must not be below webhooks\.backoff\.baseMs/)
  await refused(t, { outbox: { retentionDays: -1 } }, /options\.outbox\.retentionDays must be a positive number/)
  await refused(t, { routes: { stats: false } }, 'options.routes.stats is not an option; did you mean status?')
  await refused(t, { routes: { status: { prefx: '/x' } } }, 'options.routes.status.prefx is not an option; did you mean prefix?')
  await refused(t, { zzzqqq: 1 }, /options\.zzzqqq is not an option; known: env, clientId/)
  await refused(t, { routes: { metrics: 'yes' } }, 'options.routes.metrics must be true, false or { prefix?, admin? }')
  await refused(t, { routes: { webhooks: { prefix: '/trailing/' } } }, /options\.routes\.webhooks\.prefix must be ''/)
  await refused(t, { routes: { status: { admin: 'true' } } }, 'options.routes.status.admin must be a boolean, got string')
})

t.test('routes: off is 404, a prefix moves one route, admin puts it behind the guard or opens it', async (t) => {
  const { app } = await build(t, {
    options: {
      routes: {
        status: false,
        callback: false,
        authUrl: false,
        metrics: { prefix: '/internal', admin: true },
        webhooks: { admin: true },
        testIntegration: { prefix: '', admin: false }
      }
    }
  })
  t.equal((await app.inject(`${PREFIX}/status`)).statusCode, 404, 'status off')
  t.equal((await app.inject(`${PREFIX}/callback?code=x&state=y`)).statusCode, 404, 'callback off')
  t.equal((await app.inject({ url: `${PREFIX}/auth-url`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).statusCode, 404, 'auth-url off')

  t.equal((await app.inject(`${PREFIX}/metrics`)).statusCode, 404, 'metrics moved away from the prefix')
  const anonymousMetrics = await app.inject('/internal/metrics')
  t.equal(anonymousMetrics.statusCode, 401, 'metrics behind the admin auth')
  t.match(anonymousMetrics.json(), { code: 'GHL_ADMIN_AUTH_REQUIRED' })
  const metrics = await app.inject({ url: '/internal/metrics', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  t.equal(metrics.statusCode, 200)
  t.match(metrics.body, /ghl_requests_total/)

  const webhook = await app.inject({ method: 'POST', url: `${PREFIX}/webhooks`, payload: { type: 'ContactCreate' } })
  t.equal(webhook.statusCode, 401, 'webhooks behind the admin auth')
  t.match(webhook.json(), { code: 'GHL_ADMIN_AUTH_REQUIRED' })

  t.equal((await app.inject(`${PREFIX}/test-integration`)).statusCode, 404, 'test-integration moved to the root')
  const checks = await app.inject('/test-integration')
  t.equal(checks.statusCode, 200, 'test-integration opened (admin: false) answers without the token')
  t.match(checks.json(), { ok: false, location_id: 'loc_sandbox_1' }, 'its checks ran (the connection is not authorized yet)')
})

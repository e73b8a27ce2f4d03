// The plugin's routes live inside the host's app: what the host's own hooks and plugins answer on them reaches the
// client as the host sent it, exactly as on the host's own routes. Only the plugin's own errors get its format.
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance } from 'fastify'
import t, { type Test } from 'tap'
import fastifyGhl from '../../index.js'
import { ADMIN_TOKEN, PREFIX, pluginOptions } from '../helpers/app.js'
import { testDatabase } from '../helpers/db.js'
import { sandboxFor } from '../helpers/sandbox.js'

const PLUGIN_ROUTES = [
  { method: 'GET', url: `${PREFIX}/status` },
  { method: 'GET', url: `${PREFIX}/auth-url` },
  { method: 'GET', url: `${PREFIX}/callback?code=x&state=y` },
  { method: 'GET', url: `${PREFIX}/test-integration` },
  { method: 'GET', url: `${PREFIX}/metrics` },
  { method: 'POST', url: `${PREFIX}/webhooks`, payload: '{}', headers: { 'content-type': 'application/json' } },
  { method: 'GET', url: `${PREFIX}/admin` },
  { method: 'POST', url: `${PREFIX}/admin/refresh`, payload: 'connection=loc_sandbox_1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }
] as const

async function host (t: Test, setup: (app: FastifyInstance) => Promise<void> | void): Promise<FastifyInstance> {
  const sb = await sandboxFor(t)
  const app = Fastify({ logger: false })
  t.teardown(async () => { await app.close() })
  await setup(app)
  await app.register(fastifyGhl, pluginOptions(sb, await testDatabase(t)))
  app.get('/host', async () => ({ ok: true }))
  await app.ready()
  return app
}

t.test("a host guard's own reply passes through on every plugin route", async (t) => {
  const app = await host(t, (app) => {
    app.addHook('onRequest', async (request, reply) => {
      if (request.headers['x-let-in'] !== 'yes') return await reply.code(401).send({ denied: 'by the host', hint: 'log in' })
    })
  })
  const onHost = await app.inject({ method: 'GET', url: '/host' })
  t.equal(onHost.statusCode, 401)
  for (const route of PLUGIN_ROUTES) {
    const res = await app.inject(route)
    t.equal(res.statusCode, 401, `${route.method} ${route.url}`)
    t.same(res.json(), { denied: 'by the host', hint: 'log in' }, `${route.url}: the host's body, untouched`)
  }
})

t.test("a host hook's thrown 4xx keeps the host's error, not a GHL code", async (t) => {
  const app = await host(t, (app) => {
    app.addHook('onRequest', async (request) => {
      if (request.headers['x-let-in'] !== 'yes') throw Object.assign(new Error('members only'), { statusCode: 403, code: 'HOST_FORBIDDEN' })
    })
  })
  const onHost = (await app.inject({ method: 'GET', url: '/host' })).json()
  for (const route of PLUGIN_ROUTES) {
    const res = await app.inject(route)
    t.equal(res.statusCode, 403, route.url)
    t.same(res.json(), onHost, `${route.url}: answered as on the host's own route`)
  }
})

t.test("@fastify/rate-limit's 429 stays its own on the plugin's routes", async (t) => {
  const app = await host(t, async (app) => { await app.register(rateLimit, { global: true, max: 1, timeWindow: 60_000, keyGenerator: (request) => request.url }) })
  for (const url of ['/host', `${PREFIX}/status`]) {
    t.equal((await app.inject({ method: 'GET', url })).statusCode, 200, `${url}: the first call goes through`)
  }
  const onHost = await app.inject({ method: 'GET', url: '/host' })
  const onPlugin = await app.inject({ method: 'GET', url: `${PREFIX}/status` })
  t.equal(onHost.statusCode, 429)
  t.equal(onPlugin.statusCode, 429)
  t.not(onPlugin.json().code, 'GHL_BAD_REQUEST', 'not relabelled as the plugin\'s error')
  t.same(onPlugin.json(), { ...onHost.json(), message: onPlugin.json().message }, 'the same body as on the host route')
  t.ok(onPlugin.headers['retry-after'] !== undefined, 'its retry-after header too')
})

t.test("@fastify/helmet's headers are on the plugin's replies and its own errors keep their format", async (t) => {
  const app = await host(t, async (app) => { await app.register(helmet, { global: true }) })
  const status = await app.inject({ method: 'GET', url: `${PREFIX}/status` })
  t.equal(status.statusCode, 200)
  t.ok(status.headers['x-content-type-options'] === 'nosniff', 'helmet headers present')
  const denied = await app.inject({ method: 'GET', url: `${PREFIX}/test-integration` })
  t.equal(denied.statusCode, 401)
  t.match(denied.json(), { statusCode: 401, code: 'GHL_ADMIN_AUTH_REQUIRED', error: 'Unauthorized' }, "the plugin's own error, in its format")
  const ok = await app.inject({ method: 'GET', url: `${PREFIX}/metrics`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  t.equal(ok.statusCode, 200)
  // The admin page keeps its own stricter CSP over helmet's.
  const page = await app.inject({ method: 'GET', url: `${PREFIX}/admin` })
  t.equal(page.statusCode, 401)
  t.match(page.headers['content-security-policy'], /^default-src 'none'; style-src 'self'/)
  t.equal(page.headers['x-content-type-options'], 'nosniff')
})

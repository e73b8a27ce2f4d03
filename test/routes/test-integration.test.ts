// GET /test-integration: admin only (401 without credentials, 403 with wrong ones or none configured), and every
// live check passing against the sandbox.
import t from 'tap'
import { ADMIN_TOKEN, build, connect, LOCATION, PREFIX } from '../helpers/app.js'

const URL_ = `${PREFIX}/test-integration`

t.test('401 without a token, 403 with a wrong one, 200 with every check ok', async (t) => {
  const { app, sb } = await build(t)
  await connect(app, sb)

  const none = await app.inject(URL_)
  t.equal(none.statusCode, 401)
  t.equal(none.headers['www-authenticate'], 'Bearer realm="fastify-ghl"')
  t.match(none.json(), { statusCode: 401, code: 'GHL_ADMIN_AUTH_REQUIRED' })
  t.equal((await app.inject({ url: URL_, headers: { authorization: `Basic ${ADMIN_TOKEN}` } })).statusCode, 401)

  const wrong = await app.inject({ url: URL_, headers: { authorization: 'Bearer not-the-admin-token' } })
  t.equal(wrong.statusCode, 403)
  t.match(wrong.json(), { statusCode: 403, code: 'GHL_ADMIN_FORBIDDEN' })
  t.equal((await app.inject({ url: URL_, headers: { authorization: `Bearer ${ADMIN_TOKEN}x` } })).statusCode, 403)
  t.equal(sb.stats().refreshes, 0, 'nothing ran for refused requests')

  const ok = await app.inject({ url: URL_, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  t.equal(ok.statusCode, 200, ok.body)
  const body = ok.json()
  t.equal(body.ok, true)
  t.equal(body.location_id, LOCATION)
  // On an empty location the retrieval check reads the contact the creation check made (then it is deleted).
  t.same(body.tests.map((c: { name: string }) => c.name), ['token_refresh', 'api_connection', 'contact_creation', 'contact_retrieval', 'signup_sync'])
  t.same(body.skipped, [])
  for (const check of body.tests) {
    t.equal(check.ok, true, `${check.name}: ${check.error ?? check.detail}`)
    t.type(check.durationMs, 'number')
    t.notOk('error' in check)
  }
  t.equal(sb.stats().refreshes, 1, 'the token refresh check refreshed once')
  // The created test contact was deleted; the signup-sync contact stays, tagged as a test.
  const contacts = sb.contacts(LOCATION)
  t.equal(contacts.length, 1)
  t.equal(contacts[0].email, 'fastify-ghl.integration-test@example.com')
  t.same(contacts[0].tags.slice().sort(), ['fastify-ghl-test', 'integration_test'])

  // Run twice: still one signup contact, and this time contact retrieval reads it.
  const second = (await app.inject({ url: URL_, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()
  t.equal(second.ok, true)
  t.match(second.tests[3], { name: 'contact_retrieval', ok: true, detail: /read contact/ })
  t.equal(sb.contacts(LOCATION).length, 1)
})

t.test('a failing check is reported with its error; overall ok is false', async (t) => {
  const { app, sb } = await build(t)
  await connect(app, sb)
  sb.addFault({ path: '/contacts/', method: 'POST', status: 422, body: { statusCode: 422, message: ['email must be an email'] } })
  const body = (await app.inject({ url: URL_, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()
  t.equal(body.ok, false)
  t.match(body.tests.find((c: { name: string }) => c.name === 'contact_creation'), { ok: false, error: /GHL_HTTP_ERROR.*422.*email must be an email/ })
})

t.test('not connected: the checks fail with the reason, not a 500', async (t) => {
  const { app } = await build(t)
  const res = await app.inject({ url: URL_, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  t.equal(res.statusCode, 200)
  t.match(res.json(), { ok: false, tests: [{ name: 'token_refresh', ok: false, error: /GHL_NOT_CONNECTED/ }] })
})

t.test('no admin configured: refused (403) even with a bearer; adminPreHandler replaces the token', async (t) => {
  const { app, sb } = await build(t, { options: { adminToken: undefined } })
  const res = await app.inject({ url: URL_, headers: { authorization: 'Bearer anything-at-all-here' } })
  t.equal(res.statusCode, 403)
  t.match(res.json(), { code: 'GHL_ADMIN_FORBIDDEN', message: /admin routes are disabled.*GHL_ADMIN_TOKEN/ })

  const custom = await build(t, {
    sandbox: sb,
    options: {
      adminToken: undefined,
      adminPreHandler: async (request, reply) => {
        if (request.headers['x-staff'] !== 'yes') await reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'staff only' })
      }
    }
  })
  await connect(custom.app, sb, { 'x-staff': 'yes' })
  t.equal((await custom.app.inject(URL_)).statusCode, 403)
  const allowed = await custom.app.inject({ url: URL_, headers: { 'x-staff': 'yes' } })
  t.equal(allowed.statusCode, 200)
  t.equal(allowed.json().ok, true)
})

// GET /status is private by default: without admin auth only the seed's six keys of the default connection; the
// detailed view and other locations need the admin token (401 without, 403 with a wrong one) or the host's
// adminPreHandler; routes.status.admin puts the whole route behind the guard.
import t from 'tap'
import { ADMIN_TOKEN, build, LOCATION, PREFIX } from '../helpers/app.js'
import { sandboxFor } from '../helpers/sandbox.js'

const SIX = ['auth_status', 'auto_refresh_enabled', 'has_access_token', 'has_refresh_token', 'is_configured', 'token_valid']
const AS_ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}` }

t.test('anonymous: the six keys of the default connection; another location 401; the detailed view with the token', async (t) => {
  const sb = await sandboxFor(t)
  const seed = sb.issueTokens({ locationId: LOCATION })
  const { app } = await build(t, { sandbox: sb, options: { refreshToken: seed.refresh_token, refresher: false } })
  await app.ghl.tokens.getValidToken() // the seed has no access token: the first use refreshes

  for (const url of [`${PREFIX}/status`, `${PREFIX}/status?locationId=${LOCATION}`]) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 200, url)
    t.same(Object.keys(res.json()).sort(), SIX, `${url}: the six public keys, nothing more`)
    t.match(res.json(), { is_configured: true, auth_status: 'authenticated', token_valid: true })
    t.notMatch(res.body, /loc_|expires|last_error|outbox/, 'no location id, expiry, error or backlog')
  }

  const other = await app.inject(`${PREFIX}/status?locationId=loc_someone_else`)
  t.equal(other.statusCode, 401, 'another location without auth')
  t.match(other.json(), { code: 'GHL_ADMIN_AUTH_REQUIRED' })
  t.match(other.headers['www-authenticate'], /^Bearer/)
  t.notMatch(other.body, /loc_someone_else/, 'the answer says nothing about that location')

  const wrong = await app.inject({ url: `${PREFIX}/status`, headers: { authorization: 'Bearer not-the-admin-token-at-all' } })
  t.equal(wrong.statusCode, 403, 'a wrong token is refused, not downgraded to the public view')

  const full = await app.inject({ url: `${PREFIX}/status`, headers: AS_ADMIN })
  t.equal(full.statusCode, 200)
  t.match(full.json(), { location_id: LOCATION, auth_status: 'authenticated', breaker_state: 'closed', last_error: null })
  t.type(full.json().expires_at, 'string', 'the detailed view has the expiry')
  t.ok(Object.keys(full.json()).length > SIX.length, 'the detailed view has more than the six keys')

  const elsewhere = await app.inject({ url: `${PREFIX}/status?locationId=loc_someone_else`, headers: AS_ADMIN })
  t.equal(elsewhere.statusCode, 200, 'another location with auth')
  t.match(elsewhere.json(), { location_id: 'loc_someone_else', is_configured: false, auth_status: 'not_configured' })

  const invalid = await app.inject(`${PREFIX}/status?locationId=${encodeURIComponent('a b')}`)
  t.equal(invalid.statusCode, 400, 'a malformed location id is still a 400 first')
})

t.test('a host adminPreHandler: its refusal means the public view, its pass the detailed one', async (t) => {
  const { app } = await build(t, {
    options: {
      adminToken: undefined,
      adminPreHandler: async (request) => {
        if (request.headers['x-staff'] !== 'yes') throw Object.assign(new Error('staff only'), { statusCode: 401, code: 'HOST_STAFF_ONLY' })
      }
    }
  })
  const anonymous = await app.inject(`${PREFIX}/status`)
  t.equal(anonymous.statusCode, 200)
  t.same(Object.keys(anonymous.json()).sort(), SIX)
  t.match(anonymous.json(), { is_configured: false, auth_status: 'not_configured' })

  const staff = await app.inject({ url: `${PREFIX}/status`, headers: { 'x-staff': 'yes' } })
  t.match(staff.json(), { location_id: LOCATION, breaker_state: 'closed' })

  const other = await app.inject(`${PREFIX}/status?locationId=loc_other`)
  t.equal(other.statusCode, 401, "another location: the host guard's refusal is the answer")
  t.match(other.json(), { code: 'HOST_STAFF_ONLY', message: 'staff only' })
})

t.test('routes.status.admin: true puts the whole route behind the guard', async (t) => {
  const { app } = await build(t, { options: { routes: { status: { admin: true } } } })
  const anonymous = await app.inject(`${PREFIX}/status`)
  t.equal(anonymous.statusCode, 401)
  t.match(anonymous.json(), { code: 'GHL_ADMIN_AUTH_REQUIRED' })
  const admin = await app.inject({ url: `${PREFIX}/status`, headers: AS_ADMIN })
  t.equal(admin.statusCode, 200)
  t.match(admin.json(), { location_id: LOCATION, is_configured: false })
})

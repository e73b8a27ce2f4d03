// GET /status, the detailed view (admin): exactly the seed's keys with their types, each auth_status, and never a token.
import t, { type Test } from 'tap'
import { decryptRow } from '../../lib/tokens/codec.js'
import { parseKeyRing } from '../../lib/tokens/crypto.js'
import { ADMIN_TOKEN, build, connect, LOCATION, PREFIX, sideStore } from '../helpers/app.js'
import { TEST_KEY } from '../helpers/tokens.js'

/** The detailed view is the admin's (test/routes/status-privacy.test.ts has the public one). */
const AS_ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}` }

const KEYS = [
  'auth_status', 'auto_refresh_enabled', 'breaker_state', 'expires_at', 'expires_in_seconds', 'has_access_token',
  'has_refresh_token', 'is_configured', 'last_error', 'last_refreshed_at', 'location_id', 'outbox', 'rate_limit', 'token_valid'
]

function checkTypes (t: Test, body: Record<string, unknown>): void {
  t.same(Object.keys(body).sort(), KEYS, 'exactly the documented keys')
  for (const key of ['is_configured', 'has_access_token', 'has_refresh_token', 'token_valid', 'auto_refresh_enabled']) {
    t.type(body[key], 'boolean', `${key} is a boolean`)
  }
  t.ok(['authenticated', 'expired', 'reauth_required', 'not_configured'].includes(body.auth_status as string), 'auth_status is one of four')
  t.ok(['closed', 'open', 'half_open', 'shutdown'].includes(body.breaker_state as string), 'breaker_state')
  for (const key of ['location_id', 'expires_at', 'last_refreshed_at', 'last_error']) {
    t.ok(body[key] === null || typeof body[key] === 'string', `${key} is a string or null`)
  }
  for (const key of ['expires_at', 'last_refreshed_at']) {
    if (typeof body[key] === 'string') t.equal(new Date(body[key] as string).toISOString(), body[key], `${key} is ISO 8601`)
  }
  t.ok(body.expires_in_seconds === null || Number.isInteger(body.expires_in_seconds), 'expires_in_seconds is an integer or null')
  const rate = body.rate_limit as Record<string, unknown>
  t.same(Object.keys(rate).sort(), ['daily_remaining', 'daily_reserve_reached', 'mode', 'remaining'])
  t.type(rate.daily_reserve_reached, 'boolean')
  t.ok(['fleet', 'instance', 'off'].includes(rate.mode as string), 'rate_limit.mode')
  for (const key of ['remaining', 'daily_remaining']) t.ok(rate[key] === null || Number.isInteger(rate[key]), `rate_limit.${key}`)
}

/** The plaintext tokens stored for a connection (decrypted from the row). */
async function storedTokens (t: Test, databaseUrl: string, connection: string): Promise<string[]> {
  const store = await sideStore(t, databaseUrl)
  const row = await store.get(connection)
  if (row === null) return []
  const plain = decryptRow(parseKeyRing(TEST_KEY), row)
  return [plain.accessToken, plain.refreshToken].filter((x): x is string => x !== null)
}

t.test('not configured, then authenticated: exact keys and types, no token in the reply', async (t) => {
  const { app, sb, databaseUrl } = await build(t)
  const empty = await app.inject({ url: `${PREFIX}/status`, headers: AS_ADMIN })
  t.equal(empty.statusCode, 200)
  checkTypes(t, empty.json())
  t.same(empty.json(), {
    is_configured: false,
    has_access_token: false,
    has_refresh_token: false,
    token_valid: false,
    auth_status: 'not_configured',
    auto_refresh_enabled: false,
    location_id: LOCATION,
    expires_at: null,
    expires_in_seconds: null,
    last_refreshed_at: null,
    last_error: null,
    breaker_state: 'closed',
    rate_limit: { remaining: 100, daily_remaining: null, daily_reserve_reached: false, mode: 'fleet' },
    outbox: { pending: 0, dead: 0, oldest_pending_seconds: 0 }
  })

  await connect(app, sb)
  await app.ghl.contacts.search({ pageLimit: 1 })
  await app.ghl.tokens.forceRefresh()
  const res = await app.inject({ url: `${PREFIX}/status`, headers: AS_ADMIN })
  const body = res.json()
  checkTypes(t, body)
  t.match(body, {
    is_configured: true,
    has_access_token: true,
    has_refresh_token: true,
    token_valid: true,
    auth_status: 'authenticated',
    auto_refresh_enabled: true,
    location_id: LOCATION,
    last_error: null,
    breaker_state: 'closed'
  })
  t.ok(body.expires_in_seconds > 86000 && body.expires_in_seconds <= 86399, 'a day left')
  t.type(body.last_refreshed_at, 'string')
  t.ok(body.rate_limit.remaining < 100, 'GHL reported the burst remaining')
  t.type(body.rate_limit.daily_remaining, 'number')

  const tokens = await storedTokens(t, databaseUrl, LOCATION)
  t.equal(tokens.length, 2)
  for (const token of tokens) t.notOk(res.body.includes(token), 'no token in the status reply')
})

t.test('expired and reauth_required; another location is not_configured', async (t) => {
  let offsetMs = 0
  const { app, sb } = await build(t, { options: { now: () => Date.now() + offsetMs, refresher: false } })
  await connect(app, sb)

  offsetMs = 2 * 86_400_000
  const expired = (await app.inject({ url: `${PREFIX}/status`, headers: AS_ADMIN })).json()
  checkTypes(t, expired)
  t.match(expired, { is_configured: true, token_valid: false, auth_status: 'expired', expires_in_seconds: 0, auto_refresh_enabled: false })
  offsetMs = 0

  sb.revokeRefreshTokens()
  await t.rejects(app.ghl.tokens.forceRefresh(), { code: 'GHL_REAUTH_REQUIRED' })
  const reauth = (await app.inject({ url: `${PREFIX}/status`, headers: AS_ADMIN })).json()
  checkTypes(t, reauth)
  t.match(reauth, { is_configured: true, has_access_token: false, has_refresh_token: false, token_valid: false, auth_status: 'reauth_required', last_error: /rejected the refresh token/ })

  const other = (await app.inject({ url: `${PREFIX}/status?locationId=loc_elsewhere`, headers: AS_ADMIN })).json()
  checkTypes(t, other)
  t.match(other, { is_configured: false, auth_status: 'not_configured', location_id: 'loc_elsewhere' })

  const bad = await app.inject({ url: `${PREFIX}/status?locationId=${encodeURIComponent('a b')}`, headers: AS_ADMIN })
  t.equal(bad.statusCode, 400)
  t.match(bad.json(), { statusCode: 400, error: 'Bad Request' })
})

t.test('no default location configured: not_configured with location_id null', async (t) => {
  const { app } = await build(t, { options: { locationId: undefined } })
  const body = (await app.inject({ url: `${PREFIX}/status`, headers: AS_ADMIN })).json()
  checkTypes(t, body)
  t.match(body, { auth_status: 'not_configured', location_id: null, rate_limit: { remaining: null, daily_remaining: null } })
})

// OAuth behaviour of the sandbox: consent, code exchange, rotating refresh tokens, expiry, revocation, location tokens.
import t from 'tap'
import { normalizeOptions } from '../../sandbox/settings.js'
import { call, consent, refresh, sandboxFor, tokenCall } from '../helpers/sandbox.js'

const REDIRECT = 'http://127.0.0.1:9/callback'
const DAY = 86_400_000

t.test('consent validates the request and redirects with a code and the state', async (t) => {
  const sb = await sandboxFor(t)
  const { code, state, location } = await consent(sb, REDIRECT + '?keep=1', { state: 's-123' })
  t.match(code, /^sbx_code_/)
  t.equal(state, 's-123')
  t.ok(location.startsWith(REDIRECT + '?keep=1&code='), 'existing query kept')

  const base = { response_type: 'code', client_id: sb.clientId, redirect_uri: REDIRECT, scope: 'contacts.readonly' }
  const bad = async (q: Record<string, string>): Promise<number> =>
    (await call(sb, 'GET', '/v2/oauth/chooselocation?' + new URLSearchParams(q).toString(), undefined, { version: false })).status
  t.equal(await bad({ ...base, client_id: 'nope' }), 400, 'unknown client')
  t.equal(await bad({ ...base, response_type: 'token' }), 400, 'response_type')
  t.equal(await bad({ ...base, redirect_uri: '/relative' }), 400, 'relative redirect')
  t.equal(await bad({ ...base, redirect_uri: 'ftp://x/y' }), 400, 'non-http redirect')
  t.equal(await bad({ ...base, scope: '' }), 400, 'empty scope')
  const noState = await consent(sb, REDIRECT)
  t.equal(noState.state, null, 'no state when none was given')
})

t.test('authorization_code exchange: spec fields, single use, redirect_uri must match', async (t) => {
  const sb = await sandboxFor(t, { accessTokenTtlSeconds: 3600 })
  const { code } = await consent(sb, REDIRECT, { locationId: 'loc_X' })
  const mismatch = await tokenCall(sb, { grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:9/other' })
  t.equal(mismatch.status, 400)
  t.equal(mismatch.body.error, 'invalid_grant')

  const res = await tokenCall(sb, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, user_type: 'Location' })
  t.equal(res.status, 200)
  t.match(res.body, {
    access_token: /^sbx_at_[\w-]{43}$/,
    token_type: 'Bearer',
    expires_in: 3600,
    refresh_token: /^sbx_rt_[\w-]{43}$/,
    scope: 'contacts.readonly contacts.write',
    userType: 'Location',
    locationId: 'loc_X',
    companyId: 'comp_sandbox_1',
    userId: String,
    isBulkInstallation: false
  })
  t.notOk('approvedLocations' in res.body, 'no approvedLocations on a Location token')

  const again = await tokenCall(sb, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT })
  t.equal(again.status, 400, 'a code is single use')
  t.equal(again.body.error, 'invalid_grant')

  const api = await call(sb, 'GET', '/contacts/nope', res.body.access_token)
  t.equal(api.status, 404, 'the new access token works')
  t.equal(sb.stats().tokenCalls.authorization_code, 3)
  t.equal(sb.stats().invalidGrant, 2)
})

t.test('codes expire after 10 minutes', async (t) => {
  let now = Date.now()
  const sb = await sandboxFor(t, { now: () => now })
  const { code } = await consent(sb, REDIRECT)
  now += 10 * 60 * 1000 + 1
  const res = await tokenCall(sb, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT })
  t.equal(res.status, 400)
  t.equal(res.body.error, 'invalid_grant')
})

t.test('company installs via install=company, user_type must match', async (t) => {
  const sb = await sandboxFor(t)
  const { code } = await consent(sb, REDIRECT, { install: 'company' })
  const wrong = await tokenCall(sb, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, user_type: 'Location' })
  t.equal(wrong.status, 400)
  t.equal(wrong.body.error, 'invalid_grant')
  const res = await tokenCall(sb, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, user_type: 'Company' })
  t.equal(res.status, 200)
  t.match(res.body, { userType: 'Company', companyId: 'comp_sandbox_1', approvedLocations: ['loc_sandbox_1'], isBulkInstallation: true })
  t.notOk('locationId' in res.body)
  const r2 = await refresh(sb, res.body.refresh_token, 'Location')
  t.equal(r2.status, 400, 'refreshing a Company token as Location is refused')
  t.equal(r2.body.error, 'invalid_grant')
  const r3 = await refresh(sb, res.body.refresh_token, 'Company')
  t.equal(r3.status, 200, 'the refresh token survived the mismatch')
  t.equal(r3.body.userType, 'Company')
})

t.test('refresh rotates: a new refresh token each time, the used one is dead', async (t) => {
  const sb = await sandboxFor(t)
  const first = sb.issueTokens()
  const r1 = await refresh(sb, first.refresh_token)
  t.equal(r1.status, 200)
  t.not(r1.body.refresh_token, first.refresh_token)
  t.not(r1.body.access_token, first.access_token)
  t.equal(r1.body.locationId, 'loc_sandbox_1')

  const reuse = await refresh(sb, first.refresh_token)
  t.equal(reuse.status, 400)
  t.same(reuse.body, {
    statusCode: 400,
    error: 'invalid_grant',
    error_description: 'Invalid grant: refresh token is invalid',
    message: 'Invalid grant: refresh token is invalid'
  })

  const r2 = await refresh(sb, r1.body.refresh_token)
  t.equal(r2.status, 200, 'the new refresh token works')

  // GHL keeps old access tokens valid until their own expiry
  for (const access of [first.access_token, r1.body.access_token, r2.body.access_token]) {
    t.equal((await call(sb, 'GET', '/contacts/x', access)).status, 404, 'access token still valid')
  }
  const s = sb.stats()
  t.equal(s.refreshes, 2)
  t.equal(s.invalidGrant, 1)
  t.equal(s.tokenCalls.refresh_token, 3)
  t.equal(s.tokenCalls.total, 3)
})

t.test('the token endpoint: form only, client check, unsupported grants, missing fields', async (t) => {
  const sb = await sandboxFor(t)
  const { refresh_token: rt } = sb.issueTokens()
  const json = await call(sb, 'POST', '/oauth/token', undefined, {
    version: false,
    body: { client_id: sb.clientId, client_secret: sb.clientSecret, grant_type: 'refresh_token', refresh_token: rt }
  })
  t.equal(json.status, 422)
  t.equal(json.body.statusCode, 422)
  t.equal(json.body.error, 'Unprocessable Entity')
  t.ok(Array.isArray(json.body.message))

  const badSecret = await tokenCall(sb, { client_secret: 'wrong', grant_type: 'refresh_token', refresh_token: rt })
  t.equal(badSecret.status, 401)
  t.match(badSecret.body, { error: 'invalid_client', statusCode: 401, error_description: String })
  const badClient = await tokenCall(sb, { client_id: 'other', grant_type: 'refresh_token', refresh_token: rt })
  t.equal(badClient.status, 401)
  t.equal(badClient.body.error, 'invalid_client')

  const cc = await tokenCall(sb, { grant_type: 'client_credentials' })
  t.equal(cc.status, 400)
  t.equal(cc.body.error, 'unsupported_grant_type')

  const missing = await call(sb, 'POST', '/oauth/token', undefined, { version: false, form: { grant_type: 'refresh_token' } })
  t.equal(missing.status, 422)
  t.same(missing.body.message, ['client_id should not be empty', 'client_secret should not be empty'])
  const badType = await tokenCall(sb, { grant_type: 'password' })
  t.equal(badType.status, 422)
  const badUserType = await tokenCall(sb, { grant_type: 'refresh_token', refresh_token: rt, user_type: 'Agency' })
  t.equal(badUserType.status, 422)

  t.equal((await refresh(sb, rt)).status, 200, 'the refresh token was not consumed by the failures')
  const s = sb.stats()
  t.equal(s.invalidClient, 2)
  t.equal(s.unauthorized, 2)
  t.equal(s.unprocessable, 4)
})

t.test('access tokens expire with their TTL (sandbox clock)', async (t) => {
  let now = Date.now()
  const sb = await sandboxFor(t, { accessTokenTtlSeconds: 60, now: () => now })
  const tok = sb.issueTokens()
  t.equal(tok.expires_in, 60)
  t.equal((await call(sb, 'GET', '/contacts/x', tok.access_token)).status, 404)
  now += 59_000
  t.equal((await call(sb, 'GET', '/contacts/x', tok.access_token)).status, 404, 'valid just before expiry')
  now += 1_000
  const expired = await call(sb, 'GET', '/contacts/x', tok.access_token)
  t.equal(expired.status, 401)
  t.same(expired.body, { statusCode: 401, message: 'Invalid JWT' })
  const r = await refresh(sb, tok.refresh_token)
  t.equal(r.status, 200, 'refresh tokens outlive access tokens')
  t.equal((await call(sb, 'GET', '/contacts/x', r.body.access_token)).status, 404)
  sb.advanceTime(61_000)
  t.equal((await call(sb, 'GET', '/contacts/x', r.body.access_token)).status, 401, 'advanceTime moves the clock too')
})

t.test('a real 1 s TTL expires on the wall clock', async (t) => {
  const sb = await sandboxFor(t, { accessTokenTtlSeconds: 1 })
  const tok = sb.issueTokens()
  t.equal((await call(sb, 'GET', '/contacts/x', tok.access_token)).status, 404)
  await new Promise((resolve) => setTimeout(resolve, 1050))
  t.equal((await call(sb, 'GET', '/contacts/x', tok.access_token)).status, 401)
})

t.test('expire, revoke, revoke-refresh by location; inactive locations cannot refresh', async (t) => {
  const sb = await sandboxFor(t)
  const a = sb.issueTokens({ locationId: 'loc_A' })
  const b = sb.issueTokens({ locationId: 'loc_B' })
  t.equal(sb.expireAccessTokens({ locationId: 'loc_A' }), 1)
  t.equal((await call(sb, 'GET', '/contacts/x', a.access_token)).status, 401)
  t.equal((await call(sb, 'GET', '/contacts/x', b.access_token)).status, 404, 'other locations unaffected')

  t.equal(sb.revokeAccessTokens({ locationId: 'loc_B' }), 1)
  t.equal((await call(sb, 'GET', '/contacts/x', b.access_token)).status, 401)

  t.equal(sb.revokeRefreshTokens({ locationId: 'loc_A' }), 1)
  const ra = await refresh(sb, a.refresh_token)
  t.equal(ra.status, 400)
  t.equal(ra.body.error, 'invalid_grant')

  sb.setLocation('loc_B', { active: false })
  const rb = await refresh(sb, b.refresh_token)
  t.equal(rb.status, 400)
  t.equal(rb.body.message, 'Location is not active')
  sb.setLocation('loc_B', { active: true })
  t.equal((await refresh(sb, b.refresh_token)).status, 200, 'the refresh token survived')
  t.equal(sb.stats().unauthorized, 2)
})

t.test('tokenLatencyMs delays the token endpoint', async (t) => {
  const sb = await sandboxFor(t, { tokenLatencyMs: 150 })
  const { refresh_token: rt } = sb.issueTokens()
  const started = performance.now()
  t.equal((await refresh(sb, rt)).status, 200)
  t.ok(performance.now() - started >= 140, 'took the latency')
})

t.test('location tokens from a company token; installed locations', async (t) => {
  const sb = await sandboxFor(t)
  sb.setLocation('loc_2', { companyId: 'comp_sandbox_1', name: 'Second' })
  sb.setLocation('loc_other', { companyId: 'comp_other' })
  const company = sb.issueTokens({ userType: 'Company' })
  t.same(company.approvedLocations, ['loc_sandbox_1', 'loc_2'])
  const form = (locationId: string, companyId = 'comp_sandbox_1'): Record<string, string> => ({ companyId, locationId })

  const res = await call(sb, 'POST', '/oauth/locationToken', company.access_token, { form: form('loc_2') })
  t.equal(res.status, 200)
  t.match(res.body, { access_token: /^sbx_at_/, token_type: 'Bearer', expires_in: 86399, locationId: 'loc_2', userId: String, appId: 'sandbox', versionId: String })
  t.same(Object.keys(res.body).sort(), ['access_token', 'appId', 'expires_in', 'locationId', 'scope', 'token_type', 'userId', 'versionId'],
    'exactly GetLocationAccessTokenSuccessfulResponseDto: no refresh_token by default')
  t.equal((await call(sb, 'GET', '/contacts/x', res.body.access_token)).status, 404, 'the location token works on the API')

  t.equal((await call(sb, 'POST', '/oauth/locationToken', company.access_token, { form: form('loc_other') })).status, 403, 'location of another company')
  t.equal((await call(sb, 'POST', '/oauth/locationToken', company.access_token, { form: form('loc_2', 'comp_other') })).status, 403, 'another company')
  t.equal((await call(sb, 'POST', '/oauth/locationToken', company.access_token, { form: { companyId: 'comp_sandbox_1' } })).status, 422)
  t.equal((await call(sb, 'POST', '/oauth/locationToken', company.access_token, { body: form('loc_2') })).status, 422, 'form only')
  t.equal((await call(sb, 'POST', '/oauth/locationToken', company.access_token, { form: form('loc_2'), version: false })).status, 400, 'Version required')
  const loc = sb.issueTokens()
  const wrongType = await call(sb, 'POST', '/oauth/locationToken', loc.access_token, { form: form('loc_2') })
  t.equal(wrongType.status, 401, 'a Location token cannot mint location tokens')
  t.equal((await call(sb, 'GET', '/contacts/x', company.access_token)).status, 401, 'a Company token cannot call location APIs')
  t.equal(sb.stats().tokenCalls.location_token, 5)

  const list = await call(sb, 'GET', `/oauth/installedLocations?companyId=comp_sandbox_1&appId=${sb.appId}`, company.access_token)
  t.equal(list.status, 200)
  t.equal(list.body.count, 2)
  t.match(list.body.locations, [
    { _id: 'loc_sandbox_1', name: String, address: String, isInstalled: true, installedAt: String },
    { _id: 'loc_2', name: 'Second', isInstalled: true }
  ])
  const paged = await call(sb, 'GET', `/oauth/installedLocations?companyId=comp_sandbox_1&appId=${sb.appId}&skip=1&limit=1`, company.access_token)
  t.same(paged.body.locations.map((l: { _id: string }) => l._id), ['loc_2'])
  t.equal((await call(sb, 'GET', '/oauth/installedLocations?companyId=comp_sandbox_1', company.access_token)).status, 422, 'appId required')
  t.equal((await call(sb, 'GET', `/oauth/installedLocations?companyId=comp_other&appId=${sb.appId}`, company.access_token)).status, 403)
})

t.test('locationTokenRefresh: location tokens come with their own refresh token', async (t) => {
  const sb = await sandboxFor(t, { locationTokenRefresh: true })
  const company = sb.issueTokens({ userType: 'Company', planId: 'plan_1' })
  const res = await call(sb, 'POST', '/oauth/locationToken', company.access_token, { form: { companyId: 'comp_sandbox_1', locationId: 'loc_sandbox_1' } })
  t.equal(res.status, 200)
  t.match(res.body, { refresh_token: /^sbx_rt_/, userType: 'Location', companyId: 'comp_sandbox_1', isBulkInstallation: true, planId: 'plan_1', locationId: 'loc_sandbox_1' })
  const r = await refresh(sb, res.body.refresh_token)
  t.equal(r.status, 200, 'the refresh token works')
  t.equal(r.body.locationId, 'loc_sandbox_1')
  t.throws(() => normalizeOptions({ locationTokenRefresh: 'yes' as unknown as boolean }), /options\.locationTokenRefresh must be a boolean/)
})

t.test('refresh tokens unused for a year expire (sandbox clock); each use starts a new year', async (t) => {
  const sb = await sandboxFor(t)
  const first = sb.issueTokens()
  sb.advanceTime(364 * DAY)
  const r1 = await refresh(sb, first.refresh_token)
  t.equal(r1.status, 200, '364 days unused: still good')
  sb.advanceTime(364 * DAY)
  t.equal((await refresh(sb, r1.body.refresh_token)).status, 200, 'the new one has its own year')
  const idle = sb.issueTokens({ locationId: 'loc_idle' })
  sb.advanceTime(365 * DAY)
  const dead = await refresh(sb, idle.refresh_token)
  t.equal(dead.status, 400)
  t.equal(dead.body.error, 'invalid_grant', 'a year unused: invalid_grant')
  t.equal(sb.stats().invalidGrant, 1)
})

t.test('/oauth/chooselocation without /v2 (as the official SDK builds it) is the same consent page', async (t) => {
  const sb = await sandboxFor(t)
  const q = new URLSearchParams({ response_type: 'code', client_id: sb.clientId, redirect_uri: REDIRECT, scope: 'contacts.readonly', state: 'st' })
  const res = await call(sb, 'GET', `/oauth/chooselocation?${q.toString()}`, undefined, { version: false })
  t.equal(res.status, 302)
  const to = new URL(String(res.headers.location))
  t.equal(to.searchParams.get('state'), 'st')
  const exchanged = await tokenCall(sb, { grant_type: 'authorization_code', code: to.searchParams.get('code') ?? '', redirect_uri: REDIRECT })
  t.equal(exchanged.status, 200)
  t.equal((await call(sb, 'POST', `/oauth/chooselocation?${q.toString()}`, undefined, { version: false })).status, 404, 'GET only')
})

t.test('scopes are enforced', async (t) => {
  const sb = await sandboxFor(t)
  const readOnly = sb.issueTokens({ scope: 'contacts.readonly' })
  t.equal((await call(sb, 'GET', '/contacts/x', readOnly.access_token)).status, 404)
  const write = await call(sb, 'POST', '/contacts/', readOnly.access_token, { body: { locationId: 'loc_sandbox_1' } })
  t.equal(write.status, 401)
  t.equal(write.body.message, 'The token is not authorized for this scope.')
})

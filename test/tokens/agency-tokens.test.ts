// Location tokens through an agency connection when POST /oauth/locationToken answers per the official spec
// (GetLocationAccessTokenSuccessfulResponseDto: no refresh_token; the sandbox's default): accepted and stored, and when
// they near expiry, or GHL rejects them, minted again through the agency instead of refreshed (issue 13).
import t from 'tap'
import { ADMIN_TOKEN, build, connect, PREFIX } from '../helpers/app.js'
import { call, sandboxFor } from '../helpers/sandbox.js'
import { apiStatus, managerFor, migratedDatabase } from '../helpers/tokens.js'

const COMPANY = 'comp_sandbox_1'
const LOCATION = 'loc_sandbox_1'
const AGENCY_SCOPES = 'contacts.readonly contacts.write locations.readonly oauth.readonly oauth.write'

t.test('agency forLocation(id) with spec-shaped location tokens: stored, used, minted again after a 401 and on forceRefresh', async (t) => {
  const { app, sb } = await build(t, { options: { userType: 'Company', locationId: undefined, scopes: AGENCY_SCOPES } })
  await connect(app, sb)

  const loc = app.ghl.forLocation(LOCATION)
  const created = await loc.contacts.create({ email: 'spec-shaped@example.com' })
  t.equal(created.contact.locationId, LOCATION)
  t.equal(sb.stats().tokenCalls.location_token, 1)
  t.match(await app.ghl.tokens.status(LOCATION), { userType: 'Location', companyId: COMPANY, status: 'active', hasAccessToken: true, hasRefreshToken: false }, 'stored without a refresh token (the sandbox answers per the spec)')
  t.match((await app.inject({ url: `${PREFIX}/status?locationId=${LOCATION}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json(), { auth_status: 'authenticated', token_valid: true })

  // GHL rejects the location token: minted again (not refreshed), the call replayed.
  sb.expireAccessTokens({ locationId: LOCATION })
  t.match(await loc.contacts.get(created.contact.id), { contact: { id: created.contact.id } })
  t.equal(sb.stats().tokenCalls.location_token, 2, 'minted again after the 401')
  t.equal(sb.stats().tokenCalls.refresh_token, 0, 'no refresh was tried for it')

  const before = await app.ghl.tokens.getValidToken(LOCATION)
  const view = await app.ghl.tokens.forceRefresh(LOCATION)
  t.match(view, { status: 'active', lastError: null, hasRefreshToken: false })
  t.equal(sb.stats().tokenCalls.location_token, 3, 'forceRefresh mints too')
  const after = await app.ghl.tokens.getValidToken(LOCATION)
  t.not(after, before)
  t.equal(await apiStatus(sb, after), 404)
  t.equal(sb.stats().invalidGrant, 0)
})

t.test('a minted location token nearing expiry is minted again through its agency (window and sweep); a dead agency says so', async (t) => {
  const sb = await sandboxFor(t, { accessTokenTtlSeconds: 600 })
  const url = await migratedDatabase(t)
  const fx = await managerFor(t, sb, url)
  const company = await fx.manager.saveAuthorization(sb.issueTokens({ userType: 'Company', companyId: COMPANY }) as never)
  t.equal(company, COMPANY)
  // The spec-shaped answer, fetched over HTTP as the agency would.
  const agencyToken = await fx.manager.getValidToken(COMPANY)
  const res = await call(sb, 'POST', '/oauth/locationToken', agencyToken, { form: { companyId: COMPANY, locationId: LOCATION } })
  t.equal(res.status, 200)
  t.notOk('refresh_token' in res.body, 'no refresh_token in the answer')
  t.equal(await fx.manager.saveAuthorization({ ...res.body, userType: 'Location', companyId: COMPANY }), LOCATION, 'accepted and stored')
  const first = await fx.manager.getValidToken(LOCATION)
  t.equal(await apiStatus(sb, first), 404)

  // 8 minutes on, the 10-minute location token is inside the 5-minute window; the agency's token (also 10 minutes
  // at the sandbox) too, so the agency is refreshed first, then the location minted with its token.
  const later = await managerFor(t, sb, url, { now: () => Date.now() + 8 * 60_000 })
  const minted = await later.manager.getValidToken(LOCATION)
  t.not(minted, first)
  t.equal(await apiStatus(sb, minted), 404)
  t.equal(sb.stats().tokenCalls.location_token, 2, 'one more locationToken call')
  t.equal(sb.stats().tokenCalls.refresh_token, 1, 'the only refresh is the agency\'s own')
  t.match(await later.manager.status(LOCATION), { status: 'active', hasRefreshToken: false })

  // The sweep does the same (clock further on: the token just minted is due again).
  const sweep = await managerFor(t, sb, url, { now: () => Date.now() + 24 * 60 * 60_000 })
  t.same((await sweep.manager.listDue(10)).sort(), [COMPANY, LOCATION])
  t.equal(await sweep.manager.refreshIfDue(LOCATION), 'refreshed')
  t.equal(sb.stats().tokenCalls.location_token, 3)
  t.equal(await apiStatus(sb, await sweep.manager.getValidToken(LOCATION)), 404)

  // The agency's grant dies: the location cannot be minted; it says why, and keeps its status (it is not its grant).
  sb.revokeRefreshTokens({ companyId: COMPANY })
  const dead = await managerFor(t, sb, url, { now: () => Date.now() + 48 * 60 * 60_000 })
  const err = await dead.manager.forceRefresh(LOCATION).then(() => null, (e: Error) => e)
  t.match(err, { code: 'GHL_REAUTH_REQUIRED', message: new RegExp(COMPANY) }, 'the agency needs re-authorization')
  t.match(await dead.manager.status(COMPANY), { status: 'reauth_required' })
  t.match(await dead.manager.status(LOCATION), { status: 'active', lastError: new RegExp(`agency connection ${COMPANY} could not provide a token`) })
})

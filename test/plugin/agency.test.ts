// Agency (Company) installs: the OAuth round trip with user_type Company, forLocation(id) obtaining a location token
// through POST /oauth/locationToken, and INSTALL webhooks of locations under the agency storing theirs.
import t from 'tap'
import { ADMIN_TOKEN, authUrl, build, connect, eventually, PREFIX } from '../helpers/app.js'

const COMPANY = 'comp_sandbox_1'
const AGENCY_SCOPES = 'contacts.readonly contacts.write locations.readonly oauth.readonly oauth.write'

t.test('Company authorization, then forLocation(id) gets and stores a location token once', async (t) => {
  const { app, sb } = await build(t, { options: { userType: 'Company', locationId: undefined, scopes: AGENCY_SCOPES } })
  const auth = await authUrl(app)
  t.equal(new URL(auth.url).searchParams.get('user_type'), 'Company')
  const body = await connect(app, sb)
  t.same(body, { ok: true, connection: COMPANY, user_type: 'Company', location_id: null, company_id: COMPANY })

  const loc = app.ghl.forLocation('loc_sandbox_1')
  const created = await loc.contacts.create({ email: 'agency@example.com' })
  t.equal(created.contact.locationId, 'loc_sandbox_1')
  t.equal(sb.stats().tokenCalls.location_token, 1)
  t.match(await app.ghl.tokens.status('loc_sandbox_1'), { userType: 'Location', companyId: COMPANY, status: 'active' })

  await Promise.all([loc.contacts.search({}), app.ghl.forLocation('loc_sandbox_1').contacts.search({})])
  t.equal(sb.stats().tokenCalls.location_token, 1, 'stored: no second location-token call')

  // A location the agency cannot reach: GHL's 403 surfaces; not retried within the cooldown.
  sb.setLocation('loc_foreign', { companyId: 'comp_other' })
  await t.rejects(app.ghl.forLocation('loc_foreign').contacts.search({}), { code: 'GHL_REFRESH_FAILED', message: /403/ })
  const calls = sb.stats().tokenCalls.location_token
  await t.rejects(app.ghl.forLocation('loc_foreign').contacts.search({}), { code: 'GHL_NOT_CONNECTED' })
  t.equal(sb.stats().tokenCalls.location_token, calls)
})

t.test('INSTALL of a location under the agency stores its location token and emits app:installed', async (t) => {
  const { app, sb, url } = await build(t, { listen: true, options: { userType: 'Company', locationId: undefined, scopes: AGENCY_SCOPES } })
  await connect(app, sb)
  const installed: unknown[] = []
  app.ghl.events.on('app:installed', (e) => installed.push(e))

  sb.setLocation('loc_new', { companyId: COMPANY })
  const res = await sb.sendWebhook(`${url}${PREFIX}/webhooks`, { type: 'INSTALL', locationId: 'loc_new' })
  t.equal(res.status, 200)
  await eventually(() => installed.length === 1, 5000, 'app:installed')
  t.same(installed, [{ connection: 'loc_new', locationId: 'loc_new', companyId: COMPANY }])
  t.equal(sb.stats().tokenCalls.location_token, 1)
  const status = (await app.inject({ url: `${PREFIX}/status?locationId=loc_new`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()
  t.match(status, { auth_status: 'authenticated', is_configured: true })
  t.match(await app.ghl.forLocation('loc_new').contacts.search({}), { contacts: [] })

  // A Company-level INSTALL only announces itself (its tokens arrive through the callback).
  const company = await sb.sendWebhook(`${url}${PREFIX}/webhooks`, { type: 'INSTALL', installType: 'Company' })
  t.equal(company.status, 200)
  await eventually(() => installed.length === 2, 5000, 'the second app:installed')
  t.match(installed[1], { connection: COMPANY, companyId: COMPANY })
  t.equal(sb.stats().tokenCalls.location_token, 1)
})

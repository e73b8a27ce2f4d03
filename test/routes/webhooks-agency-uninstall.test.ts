// An agency-level UNINSTALL (companyId, no locationId) revokes the company connection and the location connections
// obtained through it, fleet-wide; a location of another company is left alone (issue 13).
import t from 'tap'
import { build, connect, eventually, PREFIX } from '../helpers/app.js'
import { managerFor } from '../helpers/tokens.js'

const COMPANY = 'comp_sandbox_1'
const AGENCY_SCOPES = 'contacts.readonly contacts.write locations.readonly oauth.readonly oauth.write'

t.test('agency UNINSTALL revokes its location connections too', async (t) => {
  // Location tokens with a refresh token (as HighLevel says it now answers): revoked whatever their shape.
  const a = await build(t, { listen: true, sandboxOptions: { locationTokenRefresh: true }, options: { userType: 'Company', locationId: undefined, scopes: AGENCY_SCOPES } })
  const { app, sb } = a
  await connect(app, sb)
  sb.setLocation('loc_agency_b', { companyId: COMPANY })
  await app.ghl.forLocation('loc_sandbox_1').contacts.search({})
  await app.ghl.forLocation('loc_agency_b').contacts.search({})
  // Another instance on the same database, and a location of another company stored there.
  const other = await managerFor(t, sb, a.databaseUrl)
  sb.setLocation('loc_elsewhere', { companyId: 'comp_other' })
  await other.manager.saveAuthorization(sb.issueTokens({ locationId: 'loc_elsewhere', companyId: 'comp_other' }) as never)
  t.type(await other.manager.getValidToken('loc_agency_b'), 'string', 'the other instance has the location token cached')

  const uninstalled: unknown[] = []
  app.ghl.events.on('app:uninstalled', (e) => uninstalled.push(e))
  const res = await sb.sendWebhook(`${a.url as string}${PREFIX}/webhooks`, { type: 'UNINSTALL', companyId: COMPANY })
  t.equal(res.status, 200)
  t.notOk('locationId' in res.payload, 'an agency-level UNINSTALL')
  await eventually(() => uninstalled.length === 1, 5000, 'app:uninstalled')
  t.same(uninstalled, [{ connection: COMPANY, locationId: undefined, companyId: COMPANY }])

  const statuses = Object.fromEntries((await app.ghl.tokens.list()).map((v) => [v.connection, v.status]))
  t.same(statuses, { [COMPANY]: 'revoked', loc_agency_b: 'revoked', loc_elsewhere: 'active', loc_sandbox_1: 'revoked' })
  t.match(await app.ghl.tokens.status('loc_agency_b'), { lastError: new RegExp(`uninstalled from agency ${COMPANY}`) })
  await t.rejects(app.ghl.forLocation('loc_sandbox_1').contacts.search({}), { code: 'GHL_REAUTH_REQUIRED' })
  await eventually(async () => await other.manager.getValidToken('loc_agency_b').then(() => false, (err) => err.code === 'GHL_REAUTH_REQUIRED'), 5000, 'the other instance to drop the revoked location')
  t.type(await other.manager.getValidToken('loc_elsewhere'), 'string', 'the other company\'s location still works')
  t.equal(sb.stats().tokenCalls.location_token, 2, 'no location token minted again after the uninstall')
})

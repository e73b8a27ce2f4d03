// Agency installs as queued jobs: 300 INSTALL webhooks for one agency, the sandbox at GHL's real rate limit
// (100 per 10 s per company) → 300 location connections, none lost, through the client's rate budget with bounded
// concurrency; another app's INSTALL is ignored. An agency-level UNINSTALL revokes its locations (from the queue).
import t from 'tap'
import { build, connect, eventually, PREFIX } from '../helpers/app.js'
import { managerFor } from '../helpers/tokens.js'
import { FAST_WEBHOOKS, PATH, sendEvent } from './helpers.js'

const COMPANY = 'comp_sandbox_1'
const AGENCY_SCOPES = 'contacts.readonly contacts.write locations.readonly oauth.readonly oauth.write'
const LOCATIONS = 300
const AGENCY = { userType: 'Company' as const, locationId: undefined, scopes: AGENCY_SCOPES }

t.test('300 INSTALLs for one agency at the real rate limit → 300 location connections, 0 lost', async (t) => {
  const { app, sb } = await build(t, { options: { ...AGENCY, webhooks: { ...FAST_WEBHOOKS, backoff: { baseMs: 500, capMs: 5000 } } } })
  await connect(app, sb)
  const installed = new Set<string>()
  app.ghl.webhooks.on('INSTALL', async ({ event, connection }) => {
    // The handler runs after the location token is stored: the connection works.
    t.equal((await app.ghl.tokens.status(connection?.locationId))?.status, 'active')
    installed.add(event.locationId as string)
  })
  const dead: unknown[] = []
  app.ghl.events.on('webhook:dead', (e) => dead.push(e))

  const ids = Array.from({ length: LOCATIONS }, (_, i) => `loc_bulk_${String(i).padStart(3, '0')}`)
  for (const id of ids) sb.setLocation(id, { companyId: COMPANY })
  const answers = await Promise.all(ids.map(async (locationId) => (await sendEvent(app, sb, { type: 'INSTALL', locationId })).statusCode))
  t.ok(answers.every((s) => s === 200), 'every INSTALL answered 200 at once (nothing called GHL before the answer)')
  t.same((await sendEvent(app, sb, { type: 'INSTALL', locationId: 'loc_foreign_app', appId: 'another-app' })).json(), { ok: true, ignored: true })

  await eventually(() => installed.size === LOCATIONS || dead.length > 0, 55_000, 'every location installed')
  t.same(dead, [], 'no install died')
  const locations = (await app.ghl.tokens.list()).filter((v) => v.userType === 'Location' && v.status === 'active')
  t.equal(locations.length, LOCATIONS, '300 location connections')
  t.equal(await app.ghl.tokens.status('loc_foreign_app'), null, "another app's INSTALL is ignored")
  t.ok(sb.stats().tokenCalls.location_token >= LOCATIONS)
  t.ok(sb.stats().maxBurstObserved <= 150, `bounded: at most ${sb.stats().maxBurstObserved} calls in one 10 s window`)
})

t.test('an INSTALL whose location token meets 503s and 429s is retried until the connection is stored', async (t) => {
  const { app, sb } = await build(t, { options: { ...AGENCY, retry: { attempts: 1 }, webhooks: FAST_WEBHOOKS } })
  await connect(app, sb)
  sb.setLocation('loc_retried', { companyId: COMPANY })
  // Three 503s (the client's own retry is off here, so the queue retries), then a 429 the client waits out.
  sb.addFault({ path: '/oauth/locationToken', status: 503, count: 3 })
  sb.addFault({ path: '/oauth/locationToken', status: 429, count: 1, headers: { 'retry-after': '1' } })
  const retries: any[] = []
  app.ghl.events.on('webhook:retry', (e) => retries.push(e))
  const processed: any[] = []
  app.ghl.events.on('webhook:processed', (e) => processed.push(e))
  t.same((await sendEvent(app, sb, { type: 'INSTALL', locationId: 'loc_retried' })).json(), { ok: true })
  await eventually(() => processed.length === 1, 20_000, 'the install')
  t.match(processed, [{ op: 'install', connection: 'loc_retried', attempts: 4 }])
  t.equal(retries.length, 3, 'three failed attempts, each retried')
  t.match(retries[0], { op: 'install', error: /503/ })
  t.equal(sb.pendingFaults().length, 0, 'the 429 was met and waited out')
  t.match(await app.ghl.tokens.status('loc_retried'), { userType: 'Location', status: 'active', companyId: COMPANY })
})

t.test('a Company INSTALL only announces itself; an agency UNINSTALL revokes its location connections too', async (t) => {
  const a = await build(t, { listen: true, sandboxOptions: { locationTokenRefresh: true }, options: { ...AGENCY, webhooks: FAST_WEBHOOKS } })
  const { app, sb } = a
  await connect(app, sb)
  const announced: unknown[] = []
  app.ghl.events.on('app:installed', (e) => announced.push(e))
  const company = await sb.sendWebhook(`${a.url as string}${PATH}`, { type: 'INSTALL', installType: 'Company' })
  t.equal(company.status, 200)
  await eventually(() => announced.length === 1, 5000, 'app:installed')
  t.match(announced, [{ connection: COMPANY, companyId: COMPANY }])
  t.equal(sb.stats().tokenCalls.location_token, 0)

  sb.setLocation('loc_agency_b', { companyId: COMPANY })
  await app.ghl.forLocation('loc_sandbox_1').contacts.search({})
  await app.ghl.forLocation('loc_agency_b').contacts.search({})
  const other = await managerFor(t, sb, a.databaseUrl)
  sb.setLocation('loc_elsewhere', { companyId: 'comp_other' })
  await other.manager.saveAuthorization(sb.issueTokens({ locationId: 'loc_elsewhere', companyId: 'comp_other' }) as never)
  t.type(await other.manager.getValidToken('loc_agency_b'), 'string', 'the other instance has the location token cached')

  const uninstalled: unknown[] = []
  app.ghl.events.on('app:uninstalled', (e) => uninstalled.push(e))
  const res = await sb.sendWebhook(`${a.url as string}${PATH}`, { type: 'UNINSTALL', companyId: COMPANY })
  t.equal(res.status, 200)
  t.notOk('locationId' in res.payload, 'an agency-level UNINSTALL')
  await eventually(() => uninstalled.length === 1, 5000, 'app:uninstalled')
  t.same(uninstalled, [{ connection: COMPANY, locationId: undefined, companyId: COMPANY }])
  const statuses = Object.fromEntries((await app.ghl.tokens.list()).map((v) => [v.connection, v.status]))
  t.same(statuses, { [COMPANY]: 'revoked', loc_agency_b: 'revoked', loc_elsewhere: 'active', loc_sandbox_1: 'revoked' })
  await t.rejects(app.ghl.forLocation('loc_sandbox_1').contacts.search({}), { code: 'GHL_REAUTH_REQUIRED' })
  await eventually(async () => await other.manager.getValidToken('loc_agency_b').then(() => false, (err) => err.code === 'GHL_REAUTH_REQUIRED'), 5000, 'the other instance to drop the revoked location')
  t.type(await other.manager.getValidToken('loc_elsewhere'), 'string', "the other company's location still works")
  const status = (await app.inject(`${PREFIX}/status?locationId=loc_agency_b`)).json()
  t.notMatch(status, { auth_status: 'authenticated' })
})

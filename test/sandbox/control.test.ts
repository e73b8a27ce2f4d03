// The control API under /__sandbox/, used only over HTTP (as child processes do), and the stats it reports.
import t from 'tap'
import { call, sandboxFor } from '../helpers/sandbox.js'

t.test('info, install, tokens, locations, contacts, clock — all over HTTP', async (t) => {
  const sb = await sandboxFor(t, { clientId: 'app42-client', companyId: 'comp_Z' })
  const u = sb.url
  const info = await call(u, 'GET', '/__sandbox')
  t.match(info.body, { url: u, clientId: 'app42-client', clientSecret: 'sandbox-secret', appId: 'app42', defaultLocationId: 'loc_sandbox_1', companyId: 'comp_Z', now: Number })

  const install = await call(u, 'POST', '/__sandbox/install', undefined, { body: { locationId: 'loc_H' } })
  t.equal(install.status, 200)
  t.match(install.body, { access_token: /^sbx_at_/, refresh_token: /^sbx_rt_/, userType: 'Location', locationId: 'loc_H', companyId: 'comp_Z' })
  const defaults = await call(u, 'POST', '/__sandbox/install')
  t.equal(defaults.body.locationId, 'loc_sandbox_1', 'an empty body installs the default location')
  const company = await call(u, 'POST', '/__sandbox/install', undefined, { body: { userType: 'Company' } })
  t.match(company.body, { userType: 'Company', companyId: 'comp_Z' })
  t.equal((await call(u, 'POST', '/__sandbox/install', undefined, { body: { userType: 'Agency' } })).status, 400)

  const tok = install.body.access_token as string
  t.equal((await call(u, 'GET', '/contacts/x', tok)).status, 404)
  t.same((await call(u, 'POST', '/__sandbox/tokens/expire', undefined, { body: { locationId: 'loc_H' } })).body, { count: 1 })
  t.equal((await call(u, 'GET', '/contacts/x', tok)).status, 401)
  t.same((await call(u, 'POST', '/__sandbox/tokens/revoke', undefined, { body: {} })).body, { count: 2 }, 'no filter: every live token')
  t.equal((await call(u, 'GET', '/contacts/x', defaults.body.access_token)).status, 401)
  t.same((await call(u, 'POST', '/__sandbox/tokens/revoke-refresh', undefined, { body: { locationId: 'loc_H' } })).body, { count: 1 })
  const refreshed = await call(u, 'POST', '/oauth/token', undefined, {
    version: false,
    form: { client_id: 'app42-client', client_secret: 'sandbox-secret', grant_type: 'refresh_token', refresh_token: install.body.refresh_token }
  })
  t.equal(refreshed.body.error, 'invalid_grant')

  const loc = await call(u, 'PUT', '/__sandbox/locations/loc_sandbox_1', undefined, { body: { allowDuplicates: false } })
  t.match(loc.body, { id: 'loc_sandbox_1', allowDuplicates: false, active: true })
  t.equal((await call(u, 'PUT', '/__sandbox/locations/loc_sandbox_1', undefined, { body: { active: 'no' } })).status, 400)
  const fresh = (await call(u, 'POST', '/__sandbox/install')).body
  const body = { locationId: 'loc_sandbox_1', email: 'same@x.io' }
  t.equal((await call(u, 'POST', '/contacts/', fresh.access_token, { body })).status, 201)
  t.equal((await call(u, 'POST', '/contacts/', fresh.access_token, { body })).status, 400, 'duplicates now refused')
  const listed = await call(u, 'GET', '/__sandbox/contacts/loc_sandbox_1')
  t.equal(listed.body.contacts.length, 1)
  t.equal(listed.body.contacts[0].email, 'same@x.io')
  t.same((await call(u, 'GET', '/__sandbox/contacts/loc_none')).body, { contacts: [] })

  const advanced = await call(u, 'POST', '/__sandbox/clock/advance', undefined, { body: { ms: 86_400_000 } })
  t.ok(advanced.body.now >= info.body.now + 86_400_000)
  t.equal((await call(u, 'GET', '/contacts/x', fresh.access_token)).status, 401, 'a day later the token expired')

  t.equal((await call(u, 'GET', '/__sandbox/nope')).status, 404)
  t.equal((await call(u, 'POST', '/__sandbox/install', undefined, { body: '{bad json' })).status, 400)
})

t.test('faults and stats over HTTP; control calls are never counted', async (t) => {
  const sb = await sandboxFor(t)
  const u = sb.url
  const tok = (await call(u, 'POST', '/__sandbox/install')).body
  const added = await call(u, 'POST', '/__sandbox/faults', undefined, { body: { path: '/contacts/*', status: 500, count: 2 } })
  t.equal(added.status, 201)
  t.match(added.body, { fault: { path: '/contacts/*', status: 500, count: 2 }, pending: 1 })
  t.equal((await call(u, 'POST', '/__sandbox/faults', undefined, { body: { path: 'nope', status: 500 } })).status, 400)
  t.equal((await call(u, 'GET', '/contacts/x', tok.access_token)).status, 500)
  t.same((await call(u, 'GET', '/__sandbox/faults')).body, { faults: [{ path: '/contacts/*', status: 500, count: 1 }] })
  t.equal((await call(u, 'DELETE', '/__sandbox/faults')).status, 200)
  t.equal((await call(u, 'GET', '/contacts/x', tok.access_token)).status, 404)

  // a mixed workload, then every counter
  const form = { client_id: sb.clientId, client_secret: sb.clientSecret, grant_type: 'refresh_token', refresh_token: tok.refresh_token }
  const r1 = await call(u, 'POST', '/oauth/token', undefined, { version: false, form })
  t.equal(r1.status, 200)
  t.equal((await call(u, 'POST', '/oauth/token', undefined, { version: false, form })).status, 400)
  t.equal((await call(u, 'POST', '/oauth/token', undefined, { version: false, form: { ...form, client_secret: 'x' } })).status, 401)
  t.equal((await call(u, 'GET', '/contacts/x', 'bad')).status, 401)
  const created = await call(u, 'POST', '/contacts/', r1.body.access_token, { body: { locationId: 'loc_sandbox_1', email: 'c@x.io' } })
  t.equal(created.status, 201)
  t.equal((await call(u, 'POST', '/contacts/', r1.body.access_token, { body: { locationId: 'loc_other' } })).status, 403)
  t.equal((await call(u, 'POST', '/contacts/', r1.body.access_token, { body: {} })).status, 422)
  await call(u, 'POST', '/__sandbox/faults', undefined, { body: { path: '/contacts/search', status: 429 } })
  t.equal((await call(u, 'POST', '/contacts/search', r1.body.access_token, { body: { locationId: 'loc_sandbox_1', pageLimit: 5 } })).status, 429)

  const stats = (await call(u, 'GET', '/__sandbox/stats')).body
  t.same(stats, {
    requests: 10,
    tokenCalls: { authorization_code: 0, refresh_token: 3, client_credentials: 0, location_token: 0, total: 3 },
    refreshes: 1,
    invalidGrant: 1,
    invalidClient: 1,
    apiCalls: { total: 5, 'GET /contacts/:id': 2, 'POST /contacts/': 3 },
    unauthorized: 2,
    forbidden: 1,
    unprocessable: 1,
    rateLimited: 1,
    faultsInjected: 2,
    maxBurstObserved: 4,
    contactsCreated: 1
  })
  t.same(sb.stats(), stats, 'the same numbers programmatically')

  t.equal((await call(u, 'POST', '/__sandbox/stats/reset')).status, 200)
  const reset = (await call(u, 'GET', '/__sandbox/stats')).body
  t.equal(reset.requests, 0)
  t.same(reset.apiCalls, { total: 0 })
  t.equal(reset.maxBurstObserved, 0)
  sb.resetStats()
  t.equal(sb.stats().requests, 0)
})

t.test('resources over the control API: seeds, opportunities, appointments, a contact\'s records, location settings', async (t) => {
  const sb = await sandboxFor(t)
  const u = sb.url
  const tok = (await call(u, 'POST', '/__sandbox/install')).body.access_token as string
  const seeds = await call(u, 'GET', '/__sandbox/seeds/loc_sandbox_1')
  t.equal(seeds.status, 200)
  t.same(Object.keys(seeds.body).sort(), ['calendars', 'campaigns', 'customFields', 'customValues', 'pipelines', 'users', 'workflows'])
  t.same(seeds.body, sb.seeds('loc_sandbox_1'), 'the same as seeds()')
  t.match(seeds.body.pipelines[0], { name: 'Sales Pipeline', stages: [{ name: 'New Lead' }] })

  const contact = (await call(u, 'POST', '/contacts/', tok, { body: { locationId: 'loc_sandbox_1', email: 'c@x.io' } })).body.contact
  const pipeline = seeds.body.pipelines[0]
  const opp = { locationId: 'loc_sandbox_1', pipelineId: pipeline.id, name: 'O', status: 'open', contactId: contact.id }
  t.equal((await call(u, 'POST', '/opportunities/', tok, { body: opp })).status, 201)
  t.equal((await call(u, 'POST', '/opportunities/', tok, { body: opp })).status, 400, 'one per contact and pipeline by default')
  const loc = await call(u, 'PUT', '/__sandbox/locations/loc_sandbox_1', undefined, { body: { allowDuplicateOpportunities: true } })
  t.match(loc.body, { allowDuplicateOpportunities: true, allowDuplicates: true })
  t.equal((await call(u, 'PUT', '/__sandbox/locations/loc_sandbox_1', undefined, { body: { allowDuplicateOpportunities: 'yes' } })).status, 400)
  t.equal((await call(u, 'POST', '/opportunities/', tok, { body: opp })).status, 201, 'allowed now')
  const opps = await call(u, 'GET', '/__sandbox/opportunities/loc_sandbox_1')
  t.equal(opps.body.opportunities.length, 2)
  t.same((await call(u, 'GET', '/__sandbox/opportunities/loc_none')).body, { opportunities: [] })
  t.same((await call(u, 'GET', '/__sandbox/appointments/loc_sandbox_1')).body, { appointments: [] })
  const records = await call(u, 'GET', `/__sandbox/contacts/loc_sandbox_1/${String(contact.id)}`)
  t.equal(records.body.opportunities.length, 2)
  t.equal((await call(u, 'GET', '/__sandbox/contacts/loc_sandbox_1/nobody')).status, 404)
  t.equal((await call(u, 'GET', '/__sandbox/seeds')).status, 404)
  t.same(sb.stats().apiCalls, { total: 4, 'POST /contacts/': 1, 'POST /opportunities/': 3 }, 'control calls are not counted')
})

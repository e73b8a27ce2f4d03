// The seeded directory of a location over HTTP: workflows, campaigns and users (search and get, for Location and
// Company tokens), with their 422s, 403s and scopes.
import t from 'tap'
import { call, sandboxFor } from '../helpers/sandbox.js'

const LOC = 'loc_sandbox_1'
const COMPANY = 'comp_sandbox_1'

t.test('workflows and campaigns lists', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const wf = await call(sb, 'GET', `/workflows/?locationId=${LOC}`, tok)
  t.equal(wf.status, 200)
  t.ok(wf.body.workflows.length >= 2)
  t.match(wf.body.workflows[0], { id: /^[0-9a-f-]{36}$/, name: 'New Lead Nurture', status: 'published', version: 1, createdAt: String, updatedAt: String, locationId: LOC })
  t.ok(wf.body.workflows.some((w: any) => w.status === 'draft'))
  t.equal((await call(sb, 'GET', `/workflows?locationId=${LOC}`, tok)).status, 200, 'no trailing slash is the same route')

  const cp = await call(sb, 'GET', `/campaigns/?locationId=${LOC}`, tok)
  t.equal(cp.status, 200)
  t.match(cp.body.campaigns[0], { id: String, name: 'Welcome Drip', status: 'published', locationId: LOC })
  const drafts = await call(sb, 'GET', `/campaigns/?locationId=${LOC}&status=draft`, tok)
  t.same(drafts.body.campaigns.map((c: any) => c.status), ['draft'])
  t.equal((await call(sb, 'GET', `/campaigns/?locationId=${LOC}&status=paused`, tok)).status, 422)

  for (const path of ['/workflows/', '/campaigns/']) {
    const missing = await call(sb, 'GET', path, tok)
    t.equal(missing.status, 422, `${path} needs locationId`)
    t.same(missing.body.message, ['locationId should not be empty', 'locationId must be a string'])
    t.equal((await call(sb, 'GET', `${path}?locationId=loc_B`, tok)).status, 403)
  }
  const contactsOnly = sb.issueTokens({ scope: 'contacts.readonly' }).access_token
  t.equal((await call(sb, 'GET', `/workflows/?locationId=${LOC}`, contactsOnly)).status, 401)
  t.equal((await call(sb, 'GET', `/campaigns/?locationId=${LOC}`, contactsOnly)).status, 401)
  t.equal((await call(sb, 'GET', `/workflows/?locationId=${LOC}`, sb.issueTokens({ scope: 'workflows.readonly' }).access_token)).status, 200)
})

t.test('users: search and get with a Location token', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const res = await call(sb, 'GET', `/users/search?companyId=${COMPANY}`, tok)
  t.equal(res.status, 200)
  t.equal(res.body.count, 3, 'the agency owner and the location\'s two users')
  t.match(res.body.users[0], { id: 'user_sandbox_1', name: 'Agency Owner', roles: { type: 'agency', role: 'admin' }, permissions: { contactsEnabled: true }, deleted: false })
  t.match(res.body.users[1], { id: /^[A-Za-z0-9]{20}$/, firstName: 'Alex', lastName: 'Admin', email: String, roles: { type: 'account', role: 'admin', locationIds: [LOC] } })
  const search = async (q: string): Promise<any> => await call(sb, 'GET', `/users/search?companyId=${COMPANY}&${q}`, tok)
  t.same((await search('query=sam')).body.users.map((u: any) => u.firstName), ['Sam'])
  t.same((await search('type=account&role=user')).body.users.map((u: any) => u.firstName), ['Sam'])
  t.same((await search('sort=firstName&sortDirection=desc')).body.users.map((u: any) => u.firstName), ['Sam', 'Alex', 'Agency'])
  t.same((await search(`ids=${String(res.body.users[1].id)}`)).body.users.map((u: any) => u.firstName), ['Alex'])
  const paged = await search('skip=1&limit=1')
  t.equal(paged.body.count, 3)
  t.same(paged.body.users.map((u: any) => u.firstName), ['Alex'])
  t.equal((await search(`locationId=${LOC}`)).body.count, 3)

  const missing = await call(sb, 'GET', '/users/search', tok)
  t.equal(missing.status, 422)
  t.same(missing.body.message, ['companyId should not be empty', 'companyId must be a string'])
  t.equal((await search('type=robot')).status, 422)
  t.equal((await search('limit=0')).status, 422)
  t.equal((await call(sb, 'GET', '/users/search?companyId=comp_other', tok)).status, 403, 'another company')
  t.equal((await search('locationId=loc_B')).status, 403, 'another location')

  const one = await call(sb, 'GET', `/users/${String(res.body.users[2].id)}`, tok)
  t.equal(one.status, 200)
  t.match(one.body, { id: res.body.users[2].id, firstName: 'Sam', email: String })
  const bUser = sb.seeds('loc_B').users[1]
  t.equal((await call(sb, 'GET', `/users/${bUser.id}`, tok)).status, 404, "another location's user is not visible")
  t.equal((await call(sb, 'GET', '/users/nope', tok)).status, 404)
  t.equal((await call(sb, 'GET', `/users/search?companyId=${COMPANY}`, sb.issueTokens({ scope: 'contacts.readonly' }).access_token)).status, 401)
})

t.test('users with a Company token: every location of the company', async (t) => {
  const sb = await sandboxFor(t)
  sb.setLocation('loc_2', { companyId: COMPANY })
  const company = sb.issueTokens({ userType: 'Company' }).access_token
  const all = await call(sb, 'GET', `/users/search?companyId=${COMPANY}`, company)
  t.equal(all.status, 200)
  t.equal(all.body.count, 5, 'owner + 2 per location')
  const loc2 = await call(sb, 'GET', `/users/search?companyId=${COMPANY}&locationId=loc_2`, company)
  t.equal(loc2.body.count, 3)
  t.ok(loc2.body.users.slice(1).every((u: any) => u.roles.locationIds.includes('loc_2')))
  sb.setLocation('loc_x', { companyId: 'comp_other' })
  t.equal((await call(sb, 'GET', `/users/search?companyId=${COMPANY}&locationId=loc_x`, company)).status, 403, 'a location of another company')
  t.equal((await call(sb, 'GET', `/users/${String(loc2.body.users[1].id)}`, company)).status, 200)
  t.equal((await call(sb, 'GET', '/users/search?companyId=comp_other', company)).status, 403)
})

// users.search/get, workflows.list and campaigns.list against the sandbox over HTTP.
import t from 'tap'
import { resourceFixture } from './sandbox-client.js'

t.test('users.search and users.get; workflows.list; campaigns.list', async (t) => {
  const { client, sandbox, location, seeds } = await resourceFixture(t)
  const { companyId } = sandbox.setLocation(location, {})
  const all = await client.users.search({ companyId, locationId: location })
  const ids = all.users?.map((u) => u.id) ?? []
  for (const u of seeds.users) t.ok(ids.includes(u.id), `user ${u.id} of the location is found`)
  const admin = seeds.users[0]
  const byQuery = await client.users.search({ companyId, query: admin.email, limit: '5' })
  t.same(byQuery.users?.map((u) => u.id), [admin.id], 'by email')
  t.match(await client.users.get(admin.id), { id: admin.id, email: admin.email })
  await t.rejects(client.users.get('no-such-user'), { code: 'GHL_HTTP_ERROR', cause: { status: 404 } })

  t.same((await client.workflows.list()).workflows?.map((w) => w.id), seeds.workflows.map((w) => w.id))
  t.same((await client.campaigns.list()).campaigns?.map((c) => c.id), seeds.campaigns.map((c) => c.id))
})

t.test('a missing companyId or a bad id is GHL_VALIDATION, nothing sent', async (t) => {
  const { client, refusedBeforeNetwork } = await resourceFixture(t)
  await refusedBeforeNetwork(() => client.users.search({} as never), 'invalid input: query.companyId is required')
  await refusedBeforeNetwork(() => client.users.get('..'), 'invalid input: userId must not be "." or ".."')
  await refusedBeforeNetwork(() => client.workflows.list(''), 'invalid input: locationId is required (the client has no default location)')
})

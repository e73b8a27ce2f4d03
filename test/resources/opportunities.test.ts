// opportunities.* and pipelines.list against the sandbox over HTTP: every method, what the sandbox stored, and a
// body GHL would refuse caught before the network.
import t from 'tap'
import { resourceFixture } from './sandbox-client.js'

t.test('pipelines.list, create, get, update, updateStatus, search, upsert, delete', async (t) => {
  const { client, sandbox, location, seeds } = await resourceFixture(t)
  const { pipelines } = await client.opportunities.pipelines.list()
  t.same(pipelines?.map((p) => p.id), seeds.pipelines.map((p) => p.id), 'the seeded pipelines')
  const [sales, onboarding] = seeds.pipelines
  const { contact } = await client.contacts.create({ email: 'opp@example.com', name: 'Opp Owner' })

  const created = await client.opportunities.create({ pipelineId: sales.id, name: 'Deal', status: 'open', contactId: contact.id, monetaryValue: 220 })
  const id = created.opportunity?.id as string
  t.ok(typeof id === 'string' && id.length > 0, 'an id')
  t.match(sandbox.opportunities(location), [{ id, name: 'Deal', monetaryValue: 220, pipelineId: sales.id, pipelineStageId: sales.stages[0].id, contactId: contact.id }])

  t.match((await client.opportunities.get(id)).opportunity, { id, name: 'Deal', pipelineId: sales.id })
  const stage = sales.stages[2].id
  t.match((await client.opportunities.update(id, { pipelineStageId: stage, monetaryValue: 300 })).opportunity, { id, pipelineStageId: stage, monetaryValue: 300 })
  t.match(await client.opportunities.updateStatus(id, { status: 'won' }), { succeded: true })
  t.equal(sandbox.opportunities(location)[0].status, 'won')

  const found = await client.opportunities.search({ contact_id: contact.id, pipeline_id: sales.id })
  t.same(found.opportunities?.map((o) => o.id), [id], 'search by contact and pipeline')
  t.same((await client.opportunities.search({ pipeline_id: onboarding.id })).opportunities, [], 'none in the other pipeline')

  // upsert: the contact's opportunity in the pipeline is matched (one per contact and pipeline), then a new one elsewhere
  const again = await client.opportunities.upsert({ pipelineId: sales.id, contactId: contact.id, pipelineStageId: sales.stages[1].id })
  t.match(again, { new: false, opportunity: { id } })
  const other = await client.opportunities.upsert({ pipelineId: onboarding.id, contactId: contact.id, name: 'Onboarding' })
  t.equal(other.new, true)
  t.equal(sandbox.opportunities(location).length, 2)

  t.match(await client.opportunities.delete(id), { succeded: true })
  t.same(sandbox.opportunities(location).map((o) => o.id), [other.opportunity?.id])
  await t.rejects(client.opportunities.get(id), { code: 'GHL_HTTP_ERROR', cause: { status: 404 } })
})

t.test('a wrong body or id is GHL_VALIDATION naming the field, and nothing is sent', async (t) => {
  const { client, refusedBeforeNetwork, seeds } = await resourceFixture(t)
  const pipelineId = seeds.pipelines[0].id
  await refusedBeforeNetwork(() => client.opportunities.create({ pipelineId, name: 'n', status: 'open' } as never), 'invalid input: opportunity.contactId is required')
  await refusedBeforeNetwork(() => client.opportunities.create({ pipelineId, name: 'n', status: 'closed', contactId: 'c' } as never), /opportunity\.status must be equal to one of the allowed values/)
  await refusedBeforeNetwork(() => client.opportunities.update('o1', { monetaryValue: '220' } as never), 'invalid input: opportunity.monetaryValue must be number')
  await refusedBeforeNetwork(() => client.opportunities.updateStatus('o1', {} as never), 'invalid input: status.status is required')
  await refusedBeforeNetwork(() => client.opportunities.upsert({ contactId: 'c' } as never), 'invalid input: opportunity.pipelineId is required')
  await refusedBeforeNetwork(() => client.opportunities.get('..'), 'invalid input: opportunityId must not be "." or ".."')
  await refusedBeforeNetwork(() => client.opportunities.delete(''), 'invalid input: opportunityId must be a non-empty string')
  await refusedBeforeNetwork(() => client.opportunities.search(null as never), 'invalid input: query must be an object')
})

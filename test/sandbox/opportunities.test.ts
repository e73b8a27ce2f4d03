// Opportunities API of the sandbox over HTTP: pipelines, create/get/update/status/delete, upsert, duplicates,
// references, custom fields, search (filters, order, dates, paging), and the guard (401 scope, 403, 404, 422, 400).
import t from 'tap'
import type { Sandbox } from '../../sandbox/index.js'
import { call, sandboxFor } from '../helpers/sandbox.js'

const LOC = 'loc_sandbox_1'

async function setup (sb: Sandbox): Promise<{ tok: string, pipeline: any, other: any, contact: any }> {
  const tok = sb.issueTokens().access_token
  const [pipeline, other] = sb.seeds(LOC).pipelines
  const contact = (await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, firstName: 'Opal', lastName: 'Oak', email: 'opal@x.io', phone: '5550001000', companyName: 'Oak Inc', tags: ['t1'] } })).body.contact
  return { tok, pipeline, other, contact }
}

t.test('pipelines: seeded per location, with stages', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const res = await call(sb, 'GET', `/opportunities/pipelines?locationId=${LOC}`, tok)
  t.equal(res.status, 200)
  t.ok(res.body.pipelines.length >= 1)
  t.match(res.body.pipelines[0], { id: /^[A-Za-z0-9]{20}$/, name: 'Sales Pipeline', locationId: LOC, stages: [{ id: String, name: 'New Lead', position: 0 }] })
  t.same(res.body.pipelines, sb.seeds(LOC).pipelines, 'the same as seeds()')
  const other = sb.issueTokens({ locationId: 'loc_B' }).access_token
  const b = await call(sb, 'GET', '/opportunities/pipelines?locationId=loc_B', other)
  t.not(b.body.pipelines[0].id, res.body.pipelines[0].id, 'each location has its own ids')
  t.equal((await call(sb, 'GET', '/opportunities/pipelines', tok)).status, 422, 'locationId required')
  t.equal((await call(sb, 'GET', '/opportunities/pipelines?locationId=loc_B', tok)).status, 403)
})

t.test('create → 201 with the contact embedded, first stage by default; get, update, status, delete', async (t) => {
  let now = Date.parse('2026-03-02T08:00:00Z')
  const sb = await sandboxFor(t, { now: () => now })
  const { tok, pipeline, other, contact } = await setup(sb)
  const deal = sb.seeds(LOC).customFields.find((f) => f.fieldKey === 'opportunity.deal_source')
  const created = await call(sb, 'POST', '/opportunities/', tok, {
    body: { locationId: LOC, pipelineId: pipeline.id, name: 'Big deal', status: 'open', contactId: contact.id, monetaryValue: 220, customFields: [{ key: 'deal_source', field_value: 'referral' }] }
  })
  t.equal(created.status, 201)
  const opp = created.body.opportunity
  t.match(opp, {
    id: /^[A-Za-z0-9]{20}$/,
    name: 'Big deal',
    monetaryValue: 220,
    pipelineId: pipeline.id,
    pipelineStageId: pipeline.stages[0].id,
    status: 'open',
    contactId: contact.id,
    locationId: LOC,
    createdAt: '2026-03-02T08:00:00.000Z',
    contact: { id: contact.id, name: 'Opal Oak', email: 'opal@x.io', phone: '+15550001000', companyName: 'Oak Inc', tags: ['t1'] },
    followers: []
  })
  t.same(opp.customFields, [{ id: deal?.id, fieldValue: 'referral' }], 'output custom fields are { id, fieldValue }')
  t.match(created.body.traceId, /^[0-9a-f-]{36}$/)

  const got = await call(sb, 'GET', `/opportunities/${String(opp.id)}`, tok)
  t.equal(got.status, 200)
  t.same(got.body.opportunity, opp)

  now += 60_000
  const moved = await call(sb, 'PUT', `/opportunities/${String(opp.id)}`, tok, { body: { pipelineStageId: pipeline.stages[2].id, name: 'Bigger deal' } })
  t.equal(moved.status, 200)
  t.match(moved.body.opportunity, { name: 'Bigger deal', pipelineStageId: pipeline.stages[2].id, lastStageChangeAt: '2026-03-02T08:01:00.000Z', lastStatusChangeAt: '2026-03-02T08:00:00.000Z' })
  const otherPipeline = await call(sb, 'PUT', `/opportunities/${String(opp.id)}`, tok, { body: { pipelineId: other.id } })
  t.match(otherPipeline.body.opportunity, { pipelineId: other.id, pipelineStageId: other.stages[0].id }, 'a new pipeline starts at its first stage')

  now += 60_000
  const status = await call(sb, 'PUT', `/opportunities/${String(opp.id)}/status`, tok, { body: { status: 'lost', lostReasonId: 'reason1' } })
  t.equal(status.status, 200)
  t.same({ succeded: status.body.succeded }, { succeded: true })
  t.match(sb.opportunities(LOC)[0], { status: 'lost', lostReasonId: 'reason1', lastStatusChangeAt: '2026-03-02T08:02:00.000Z' })
  t.equal((await call(sb, 'PUT', `/opportunities/${String(opp.id)}/status`, tok, { body: { status: 'closed' } })).status, 422)

  const del = await call(sb, 'DELETE', `/opportunities/${String(opp.id)}`, tok)
  t.equal(del.status, 200)
  t.equal(del.body.succeded, true)
  t.equal((await call(sb, 'GET', `/opportunities/${String(opp.id)}`, tok)).status, 404)
  t.equal((await call(sb, 'DELETE', `/opportunities/${String(opp.id)}`, tok)).status, 404)
  t.same(sb.opportunities(LOC), [])
  t.equal(sb.stats().apiCalls['PUT /opportunities/:id/status'], 2)
})

t.test('validation (422), references (400), duplicates (400 unless allowed)', async (t) => {
  const sb = await sandboxFor(t)
  const { tok, pipeline, other, contact } = await setup(sb)
  const create = async (body: Record<string, unknown>): Promise<any> => await call(sb, 'POST', '/opportunities/', tok, { body })
  const base = { locationId: LOC, pipelineId: pipeline.id, name: 'Deal', status: 'open', contactId: contact.id }

  const missing = await create({ locationId: LOC })
  t.equal(missing.status, 422)
  t.same(missing.body.message, [
    'pipelineId should not be empty', 'pipelineId must be a string', 'name should not be empty', 'name must be a string',
    'status must be one of the following values: open, won, lost, abandoned, all', 'contactId should not be empty', 'contactId must be a string'
  ])
  const types = await create({ ...base, monetaryValue: '220', status: 'closed', foo: 1, customFields: [{ field_value: 'x' }] })
  t.same(types.body.message, ['status must be one of the following values: open, won, lost, abandoned, all', 'monetaryValue must be a number conforming to the specified constraints',
    'property foo should not exist', 'customFields.0.id should not be empty'], 'in body order')
  const contactField = sb.seeds(LOC).customFields.find((f) => f.model === 'contact')
  const wrongModel = await create({ ...base, customFields: [{ id: contactField?.id, field_value: 'x' }] })
  t.equal(wrongModel.status, 422, 'a contact field on an opportunity')

  t.same((await create({ ...base, pipelineId: 'nope' })).body, { statusCode: 400, message: 'Pipeline nope not found', error: 'Bad Request' })
  t.equal((await create({ ...base, pipelineStageId: other.stages[0].id })).body.message, `Stage ${String(other.stages[0].id)} is not a stage of pipeline ${String(pipeline.id)}`)
  t.equal((await create({ ...base, contactId: 'nobody' })).body.message, 'Contact nobody not found')
  t.equal((await create({ ...base, locationId: 'loc_B' })).status, 403, 'another location in the body')

  t.equal((await create(base)).status, 201)
  const dup = await create(base)
  t.equal(dup.status, 400)
  t.equal(dup.body.message, 'Can not create duplicate opportunity for the contact.')
  t.equal((await create({ ...base, pipelineId: other.id })).status, 201, 'another pipeline is fine')
  const second = sb.opportunities(LOC)[1]
  t.equal((await call(sb, 'PUT', `/opportunities/${second.id}`, tok, { body: { pipelineId: pipeline.id } })).status, 400, 'nor can an update make a duplicate')
  sb.setLocation(LOC, { allowDuplicateOpportunities: true })
  t.equal((await create(base)).status, 201, 'allowed when the location allows duplicate opportunities')
  t.equal(sb.opportunities(LOC).length, 3)
})

t.test('upsert: followers fields required, by id, by contact and pipeline, or new', async (t) => {
  const sb = await sandboxFor(t)
  const { tok, pipeline, contact } = await setup(sb)
  const upsert = async (body: Record<string, unknown>): Promise<any> => await call(sb, 'POST', '/opportunities/upsert', tok, { body })
  const base = { locationId: LOC, pipelineId: pipeline.id, followers: [], isRemoveAllFollowers: false, followersActionType: 'add' }

  const missing = await upsert({ locationId: LOC, pipelineId: pipeline.id })
  t.equal(missing.status, 422)
  t.same(missing.body.message, ['followers must be an array', 'isRemoveAllFollowers must be a boolean value', 'followersActionType must be one of the following values: add, remove'])

  const first = await upsert({ ...base, contactId: contact.id, followers: ['u1', 'u2'], monetaryValue: 10 })
  t.equal(first.status, 200)
  t.equal(first.body.new, true)
  t.match(first.body.opportunity, { name: 'Opal Oak', status: 'open', contactId: contact.id, pipelineStageId: pipeline.stages[0].id, followers: ['u1', 'u2'], monetaryValue: 10 })

  const again = await upsert({ ...base, contactId: contact.id, status: 'won', followers: ['u1'], followersActionType: 'remove' })
  t.equal(again.body.new, false, "the contact's opportunity in the pipeline")
  t.equal(again.body.opportunity.id, first.body.opportunity.id)
  t.match(again.body.opportunity, { status: 'won', followers: ['u2'] })

  const byId = await upsert({ ...base, id: first.body.opportunity.id, name: 'Renamed', isRemoveAllFollowers: true, followers: ['u9'] })
  t.equal(byId.body.new, false)
  t.match(byId.body.opportunity, { name: 'Renamed', followers: ['u9'] })
  t.equal((await upsert({ ...base, id: 'nope' })).status, 400, 'an unknown id')

  const loose = await upsert({ ...base, name: 'No contact' })
  t.equal(loose.body.new, true, 'no contactId: a new opportunity')
  t.notOk('contact' in loose.body.opportunity)
  t.equal((await upsert({ ...base, locationId: 'loc_B' })).status, 403)
  t.equal(sb.opportunities(LOC).length, 2)
})

t.test('search: location_id, filters, q, order, dates, paging and meta', async (t) => {
  let now = Date.parse('2026-03-02T08:00:00Z')
  const sb = await sandboxFor(t, { now: () => now, accessTokenTtlSeconds: 30 * 86_400 })
  const { tok, pipeline, other, contact } = await setup(sb)
  const bob = (await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, firstName: 'Bob', email: 'bob@y.io' } })).body.contact
  const specs = [['A', pipeline, contact, 'open'], ['B', pipeline, bob, 'won'], ['C', other, contact, 'open'], ['D', other, bob, 'lost']] as const
  for (const [name, p, c, status] of specs) {
    now += 86_400_000
    t.equal((await call(sb, 'POST', '/opportunities/', tok, { body: { locationId: LOC, pipelineId: p.id, name, status, contactId: c.id, assignedTo: name === 'A' ? 'user_x' : undefined } })).status, 201)
  }
  const search = async (query: string): Promise<any> => await call(sb, 'GET', `/opportunities/search?location_id=${LOC}&${query}`, tok)
  const names = (res: any): string[] => res.body.opportunities.map((o: any) => o.name)

  const all = await search('')
  t.equal(all.status, 200)
  t.same(names(all), ['D', 'C', 'B', 'A'], 'newest first')
  t.match(all.body.meta, { total: 4, currentPage: 1 })
  t.notOk('nextPage' in all.body.meta, 'no next page')
  t.same(names(await search('order=added_asc')), ['A', 'B', 'C', 'D'])
  t.same(names(await search(`pipeline_id=${String(pipeline.id)}`)), ['B', 'A'])
  t.same(names(await search(`pipeline_stage_id=${String(other.stages[0].id)}`)), ['D', 'C'])
  t.same(names(await search(`contact_id=${String(bob.id)}`)), ['D', 'B'])
  t.same(names(await search('status=open')), ['C', 'A'])
  t.same(names(await search('status=all')), ['D', 'C', 'B', 'A'])
  t.same(names(await search('assigned_to=user_x')), ['A'])
  t.same(names(await search('q=bob@y')), ['D', 'B'], 'q matches the contact')
  t.same(names(await search('q=d')), ['D'], 'q matches the name')
  t.same(names(await search('q=oak%20inc')), ['C', 'A'], "q matches the contact's company")
  t.same(names(await search('date=03-04-2026&endDate=03-05-2026')), ['C', 'B'], 'createdAt from date to endDate (mm-dd-yyyy, whole days)')
  t.same(names(await search('campaignId=x&country=US&getNotes=true')), ['D', 'C', 'B', 'A'], 'accepted, ignored')

  const page1 = await search('limit=3')
  t.same(names(page1), ['D', 'C', 'B'])
  t.match(page1.body.meta, { total: 4, currentPage: 1, nextPage: 2, startAfterId: String, startAfter: Number, nextPageUrl: /\/opportunities\/search\?.*startAfterId=/ })
  const next = await call(sb, 'GET', new URL(page1.body.meta.nextPageUrl).pathname + new URL(page1.body.meta.nextPageUrl).search, tok)
  t.same(names(next), ['A'], 'nextPageUrl leads to the rest')
  const page2 = await search('limit=3&page=2')
  t.same(names(page2), ['A'])
  t.equal(page2.body.meta.prevPage, 1)

  for (const bad of ['limit=101', 'limit=x', 'page=0', 'status=closed', 'order=sideways', 'date=2026-03-04', 'getTasks=maybe']) {
    t.equal((await search(bad)).status, 422, bad)
  }
  const noLocation = await call(sb, 'GET', '/opportunities/search', tok)
  t.equal(noLocation.status, 422)
  t.same(noLocation.body.message, ['location_id should not be empty', 'location_id must be a string'])
  t.equal((await call(sb, 'GET', '/opportunities/search?location_id=loc_B', tok)).status, 403)
})

t.test('the guard: scopes (401), token type, location (403), Version', async (t) => {
  const sb = await sandboxFor(t)
  const { tok, pipeline, contact } = await setup(sb)
  const id = (await call(sb, 'POST', '/opportunities/', tok, { body: { locationId: LOC, pipelineId: pipeline.id, name: 'X', status: 'open', contactId: contact.id } })).body.opportunity.id
  const contactsOnly = sb.issueTokens({ scope: 'contacts.readonly contacts.write' }).access_token
  const denied = await call(sb, 'GET', `/opportunities/${String(id)}`, contactsOnly)
  t.equal(denied.status, 401)
  t.equal(denied.body.message, 'The token is not authorized for this scope.')
  const readOnly = sb.issueTokens({ scope: 'opportunities.readonly' }).access_token
  t.equal((await call(sb, 'GET', `/opportunities/${String(id)}`, readOnly)).status, 200, 'opportunities.readonly reads')
  t.equal((await call(sb, 'DELETE', `/opportunities/${String(id)}`, readOnly)).status, 401, 'but does not write')
  t.equal((await call(sb, 'PUT', `/opportunities/${String(id)}/status`, readOnly, { body: { status: 'won' } })).status, 401)
  const company = sb.issueTokens({ userType: 'Company' }).access_token
  t.equal((await call(sb, 'GET', `/opportunities/${String(id)}`, company)).status, 401, 'a Company token cannot')
  const elsewhere = sb.issueTokens({ locationId: 'loc_B' }).access_token
  for (const [method, path, body] of [['GET', `/opportunities/${String(id)}`], ['PUT', `/opportunities/${String(id)}`, { name: 'y' }], ['PUT', `/opportunities/${String(id)}/status`, { status: 'won' }], ['DELETE', `/opportunities/${String(id)}`]] as const) {
    t.equal((await call(sb, method, path, elsewhere, { body })).status, 403, `${method} ${path} of another location`)
  }
  t.equal((await call(sb, 'GET', `/opportunities/${String(id)}`, tok, { version: false })).status, 400)
  t.equal((await call(sb, 'GET', `/opportunities/${String(id)}`, undefined)).status, 401)
})

// The resources through the plugin (fastify.ghl and forLocation): the token manager, the Postgres store and the
// per-call metrics in the path, against the sandbox over HTTP.
import t from 'tap'
import { LOCATION_SCOPES } from '../../sandbox/settings.js'
import { build, connect, LOCATION } from '../helpers/app.js'

t.test('fastify.ghl: a signup by key with its next steps, twice; the same resources on forLocation', async (t) => {
  // the scopes the resources need (the default, contacts only, makes GHL answer 401 to the others)
  const { app, sb } = await build(t, { options: { scopes: LOCATION_SCOPES } })
  await connect(app, sb)
  const seeds = sb.seeds(LOCATION)
  const pipeline = seeds.pipelines[0]
  const options = { workflowId: seeds.workflows[0].id, opportunity: { pipelineId: pipeline.id, stageId: pipeline.stages[1].id }, note: 'From the plugin' }
  const user = { email: 'plugin@example.com', name: 'Plug In', customFields: { plan: 'pro' } }
  const first = await app.ghl.syncSignup(user, 'account', options)
  await app.ghl.syncSignup(user, 'account', options)
  const records = sb.contactRecords(first.contact.id)
  t.equal(sb.contacts(LOCATION).length, 1)
  t.equal(records.workflows.length, 1)
  t.equal(records.opportunities.length, 1)
  t.equal(records.opportunities[0].pipelineStageId, pipeline.stages[1].id)
  t.equal(records.notes.length, 1)
  const plan = seeds.customFields.find((f) => f.fieldKey === 'contact.plan')
  t.same(sb.contacts(LOCATION)[0].customFields, [{ id: plan?.id, value: 'pro' }])

  const view = app.ghl.forLocation(LOCATION)
  t.same((await view.opportunities.pipelines.list()).pipelines?.map((p) => p.id), seeds.pipelines.map((p) => p.id))
  t.same((await view.contacts.notes.list(first.contact.id)).notes?.map((n) => n.body?.startsWith('From the plugin')), [true])
  t.match(await app.ghl.contacts.createOrGet({ email: 'plugin@example.com' }), { created: true }, 'duplicates allowed here: a second contact')
  sb.setLocation(LOCATION, { allowDuplicates: false })
  t.match(await view.contacts.createOrGet({ email: 'plugin@example.com' }), { created: false, matchingField: 'email' })
  const metrics = await app.ghl.metrics?.getSingleMetricAsString('ghl_requests_total')
  t.match(metrics, /route="\/opportunities\/upsert"/, 'the resources\' calls are in the metrics')
})

// outbox.syncSignup takes the next steps of a direct syncSignup (workflow, opportunity, note): stored with the job,
// checked before it is stored, delivered once GHL answers again, and each step converges when the signup repeats.
import t from 'tap'
import { LOCATION_SCOPES } from '../../sandbox/settings.js'
import { build, connect, eventually, LOCATION } from '../helpers/app.js'
import { FAST_OUTBOX, outage } from './helpers.js'

t.test('a durable signup with workflow, opportunity and note, through an outage, twice', async (t) => {
  const { app, sb } = await build(t, { options: { ...FAST_OUTBOX, scopes: LOCATION_SCOPES } })
  await connect(app, sb)
  const seeds = sb.seeds(LOCATION)
  const pipeline = seeds.pipelines[0]
  const steps = { workflowId: seeds.workflows[0].id, opportunity: { pipelineId: pipeline.id, stageId: pipeline.stages[1].id }, note: 'Signed up in the outage' }

  await t.rejects(app.ghl.outbox.syncSignup({ email: 'steps@example.com' }, 'account', { opportunity: { pipelineId: pipeline.id } as never }),
    { code: 'GHL_VALIDATION', message: /options\.opportunity\.stageId/ }, 'a bad step is refused before anything is stored')
  t.equal((await app.ghl.outbox.stats()).pending, 0)

  outage(sb)
  const first = await app.ghl.outbox.syncSignup({ email: 'steps@example.com', name: 'Step Wise' }, 'account', steps)
  const again = await app.ghl.outbox.syncSignup({ email: 'steps@example.com', name: 'Step Wise' }, 'account', steps)
  t.equal(again.id, first.id, 'the same signup twice is one job')
  await eventually(async () => (await app.ghl.outbox.get(first.id))?.attempts !== 0, 10_000, 'an attempt during the outage')
  sb.clearFaults()
  await app.ghl.outbox.wait(first.id, { timeoutMs: 15_000 })

  const second = await app.ghl.outbox.syncSignup({ email: 'steps@example.com', name: 'Step Wise' }, 'account', { ...steps, key: 'signup-again' })
  await app.ghl.outbox.wait(second.id, { timeoutMs: 15_000 })
  const contacts = sb.contacts(LOCATION)
  t.equal(contacts.length, 1, 'one contact')
  const records = sb.contactRecords(contacts[0].id)
  t.equal(records.workflows.length, 1, 'in the workflow once')
  t.equal(records.opportunities.length, 1, 'one opportunity')
  t.equal(records.opportunities[0].pipelineStageId, pipeline.stages[1].id, 'in the stage')
  t.equal(records.notes.length, 1, 'one note, though the signup was delivered twice')
})

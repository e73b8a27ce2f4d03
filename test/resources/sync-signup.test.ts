// syncSignup's next steps and duplicates against the sandbox over HTTP: a signup made twice (a retry, or the same
// person again) leaves one contact, one workflow membership, one opportunity in the stage and one note.
import t from 'tap'
import { createContactsApi } from '../../lib/resources/contacts.js'
import { signupNoteMark, syncSignupWith } from '../../lib/resources/sync-signup.js'
import { resourceFixture } from './sandbox-client.js'

t.test('a location that disallows duplicates: createOrGet returns the existing id; syncSignup twice is one contact', async (t) => {
  const { client, sandbox, location } = await resourceFixture(t)
  sandbox.setLocation(location, { allowDuplicates: false })
  const first = await client.contacts.createOrGet({ email: 'dup@example.com', firstName: 'Dup' })
  t.match(first, { created: true, id: String, contact: { email: 'dup@example.com' } })
  const second = await client.contacts.createOrGet({ email: 'DUP@example.com', firstName: 'Again' })
  t.same(second, { id: first.id, created: false, matchingField: 'email' })
  await t.rejects(client.contacts.create({ email: 'dup@example.com' }), { code: 'GHL_DUPLICATE_CONTACT', contactId: first.id, matchingField: 'email' })

  const a = await client.syncSignup({ email: 'dup@example.com', name: 'Dup Person' }, 'newsletter')
  const b = await client.syncSignup({ email: 'dup@example.com', name: 'Dup Person' }, 'account')
  t.equal(a.contact.id, first.id)
  t.equal(b.contact.id, first.id)
  t.equal(sandbox.contacts(location).length, 1, 'one contact')
  t.same(sandbox.contacts(location)[0].tags.sort(), ['account', 'customer', 'newsletter'])
})

t.test('syncSignup never fails on a duplicate: GHL\'s duplicate 400 on upsert updates the contact it names', async (t) => {
  const { client, sandbox, location } = await resourceFixture(t)
  const { contact } = await client.contacts.create({ email: 'first@example.com', phone: '+15550101' })
  sandbox.addFault({
    path: '/contacts/upsert',
    method: 'POST',
    status: 400,
    body: { statusCode: 400, message: 'This location does not allow duplicated contacts.', meta: { contactName: '', contactId: contact.id, matchingField: 'phone' } }
  })
  const res = await client.syncSignup({ email: 'second@example.com', phone: '+15550101', name: 'Second Name' }, 'trial')
  t.equal(res.contact.id, contact.id, 'the existing contact')
  t.equal(res.new, false)
  t.equal(sandbox.contacts(location).length, 1)
  t.match(sandbox.contacts(location)[0], { email: 'first@example.com', name: 'Second Name', tags: ['trial'] })
})

t.test('signup with workflowId, opportunity and note, made twice: in the workflow, one opportunity in the stage, one note', async (t) => {
  const { client, sandbox, location, seeds } = await resourceFixture(t)
  const workflowId = seeds.workflows[0].id
  const pipeline = seeds.pipelines[1]
  const stageId = pipeline.stages[1].id
  const options = { workflowId, opportunity: { pipelineId: pipeline.id, stageId, monetaryValue: 49 }, note: 'Signed up from the pricing page' }
  const user = { email: 'next@example.com', name: 'Next Steps' }
  const first = await client.syncSignup(user, 'trial', options)
  const second = await client.syncSignup(user, 'trial', options)
  const id = first.contact.id
  t.equal(second.contact.id, id)
  const records = sandbox.contactRecords(id)
  t.match(records.workflows, [{ id: workflowId }], 'in the workflow')
  t.equal(records.workflows.length, 1)
  t.equal(records.opportunities.length, 1, 'exactly one opportunity')
  t.match(records.opportunities[0], { pipelineId: pipeline.id, pipelineStageId: stageId, monetaryValue: 49, name: 'Next Steps', contactId: id })
  t.equal(sandbox.opportunities(location).filter((o) => o.pipelineStageId === stageId).length, 1, 'one in the stage')
  t.equal(first.opportunity?.id, second.opportunity?.id)
  t.equal(records.notes.length, 1, 'one note')
  t.equal(records.notes[0].body, `Signed up from the pricing page\n\n${signupNoteMark('trial:next@example.com')}`)
  t.equal(second.note?.id, first.note?.id, 'the second run finds the note')

  // another signup key (the host's own signup id) is another note
  await client.syncSignup(user, 'trial', { note: 'Upgraded', signupKey: 'signup-42' })
  t.equal(sandbox.contactRecords(id).notes.length, 2)
})

t.test('options are checked before any write; the two-argument form still works', async (t) => {
  const { client, sandbox, location, refusedBeforeNetwork, seeds } = await resourceFixture(t)
  const pipelineId = seeds.pipelines[0].id
  const user = { email: 'opts@example.com' }
  await refusedBeforeNetwork(() => client.syncSignup(user, 'account', { workflowId: '' }), 'invalid input: options.workflowId must be a non-empty string')
  await refusedBeforeNetwork(() => client.syncSignup(user, 'account', { opportunity: { pipelineId } } as never), 'invalid input: options.opportunity.stageId must be a non-empty string')
  await refusedBeforeNetwork(() => client.syncSignup(user, 'account', { opportunity: { pipelineId, stageId: 's', monetaryValue: '5' as never } }), 'invalid input: options.opportunity.monetaryValue must be number')
  await refusedBeforeNetwork(() => client.syncSignup(user, 'account', { note: 7 as never }), 'invalid input: options.note must be a non-empty string')
  const res = await client.syncSignup(user, 'account')
  t.match(res, { new: true, contact: { email: 'opts@example.com', tags: ['customer', 'account'] } })
  t.equal(res.opportunity, undefined)
  t.equal(sandbox.contacts(location).length, 1)
})

t.test('syncSignupWith: the same steps over any resources; an opportunity needs the opportunities resource', async (t) => {
  const { client, location, sandbox } = await resourceFixture(t)
  const contacts = createContactsApi(client.request, location)
  await t.rejects(syncSignupWith({ contacts }, { email: 'w@example.com' }, 'account', { opportunity: { pipelineId: 'p', stageId: 's' } }), { code: 'GHL_CONFIG' })
  t.equal(sandbox.contacts(location).length, 0)
  const res = await syncSignupWith({ contacts, opportunities: client.opportunities }, { email: 'w@example.com' }, 'account', { workflowId: sandbox.seeds(location).workflows[0].id })
  t.equal(sandbox.contactRecords(res.contact.id).workflows.length, 1)
})

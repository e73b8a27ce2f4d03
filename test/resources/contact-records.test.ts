// contacts.notes, contacts.tasks, contacts.workflows and contacts.campaigns against the sandbox over HTTP: every
// method, what the sandbox stored for the contact, and bodies GHL would refuse caught before the network.
import t from 'tap'
import { resourceFixture } from './sandbox-client.js'

t.test('notes: create, list, update, delete', async (t) => {
  const { client, sandbox } = await resourceFixture(t)
  const { contact } = await client.contacts.create({ email: 'notes@example.com' })
  const { note } = await client.contacts.notes.create(contact.id, { body: 'first call', title: 'Call' })
  const id = note?.id as string
  t.match(note, { id: String, body: 'first call', title: 'Call', contactId: contact.id })
  t.match((await client.contacts.notes.list(contact.id)).notes, [{ id, body: 'first call' }])
  t.match((await client.contacts.notes.update(contact.id, id, { body: 'second call', pinned: true })).note, { id, body: 'second call', pinned: true })
  t.match(sandbox.contactRecords(contact.id).notes, [{ id, body: 'second call' }])
  t.match(await client.contacts.notes.delete(contact.id, id), { succeded: true })
  t.same(sandbox.contactRecords(contact.id).notes, [])
})

t.test('tasks: create, list, update, complete, delete', async (t) => {
  const { client, sandbox } = await resourceFixture(t)
  const { contact } = await client.contacts.create({ email: 'tasks@example.com' })
  const due = '2026-12-24T10:00:00.000Z'
  const { task } = await client.contacts.tasks.create(contact.id, { title: 'Onboard', dueDate: due, completed: false })
  const id = task?.id as string
  t.match(task, { id: String, title: 'Onboard', completed: false })
  t.match((await client.contacts.tasks.list(contact.id)).tasks, [{ id, title: 'Onboard' }])
  t.match((await client.contacts.tasks.update(contact.id, id, { title: 'Onboard call' })).task, { id, title: 'Onboard call' })
  t.match((await client.contacts.tasks.complete(contact.id, id)).task, { id, completed: true })
  t.match(sandbox.contactRecords(contact.id).tasks, [{ id, completed: true }])
  t.match((await client.contacts.tasks.complete(contact.id, id, false)).task, { completed: false }, 'and back')
  t.match(await client.contacts.tasks.delete(contact.id, id), { succeded: true })
  t.same(sandbox.contactRecords(contact.id).tasks, [])
})

t.test('workflows and campaigns: add (twice: still one membership), remove', async (t) => {
  const { client, sandbox, seeds } = await resourceFixture(t)
  const { contact } = await client.contacts.create({ email: 'member@example.com' })
  const workflowId = seeds.workflows[0].id
  const campaignId = seeds.campaigns[0].id
  t.match(await client.contacts.workflows.add(contact.id, workflowId), { succeded: true })
  await client.contacts.workflows.add(contact.id, workflowId, { eventStartTime: '2026-12-24T10:00:00+01:00' })
  t.match(sandbox.contactRecords(contact.id).workflows, [{ id: workflowId }])
  t.match(await client.contacts.campaigns.add(contact.id, campaignId), { succeded: true })
  await client.contacts.campaigns.add(contact.id, campaignId)
  t.match(sandbox.contactRecords(contact.id).campaigns, [{ id: campaignId }])
  t.match(await client.contacts.workflows.remove(contact.id, workflowId), { succeded: true })
  t.match(await client.contacts.campaigns.remove(contact.id, campaignId), { succeded: true })
  t.same(sandbox.contactRecords(contact.id).workflows, [])
  t.same(sandbox.contactRecords(contact.id).campaigns, [])
  await t.rejects(client.contacts.workflows.add(contact.id, 'no-such-workflow'), { code: 'GHL_HTTP_ERROR', cause: { status: 400 } })
})

t.test('bad bodies and ids: GHL_VALIDATION naming the field, nothing sent', async (t) => {
  const { client, refusedBeforeNetwork } = await resourceFixture(t)
  await refusedBeforeNetwork(() => client.contacts.notes.create('c1', {} as never), 'invalid input: note.body is required')
  await refusedBeforeNetwork(() => client.contacts.notes.update('c1', 'n1', { pinned: 'yes' } as never), 'invalid input: note.pinned must be boolean')
  await refusedBeforeNetwork(() => client.contacts.notes.delete('c1', '..'), 'invalid input: noteId must not be "." or ".."')
  await refusedBeforeNetwork(() => client.contacts.notes.list(''), 'invalid input: contactId must be a non-empty string')
  await refusedBeforeNetwork(() => client.contacts.tasks.create('c1', { title: 'x', completed: false } as never), 'invalid input: task.dueDate is required')
  await refusedBeforeNetwork(() => client.contacts.tasks.update('c1', 't1', { completed: 1 } as never), 'invalid input: task.completed must be boolean')
  await refusedBeforeNetwork(() => client.contacts.tasks.complete('c1', 't1', 'yes' as never), 'invalid input: task.completed must be boolean')
  await refusedBeforeNetwork(() => client.contacts.workflows.add('c1', 'w1', { eventStartTime: 5 } as never), 'invalid input: workflow.eventStartTime must be string')
  await refusedBeforeNetwork(() => client.contacts.workflows.remove('c1', '.'), 'invalid input: workflowId must not be "." or ".."')
  await refusedBeforeNetwork(() => client.contacts.campaigns.remove('c1', 'removeAll'), 'invalid input: campaignId must not be "removeAll"')
})

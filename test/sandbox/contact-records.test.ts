// What hangs on a contact, over HTTP: notes and tasks (CRUD, completion), workflow and campaign memberships, their
// validation (422), unknown records (404) and workflows/campaigns (400), scopes (401) and locations (403).
import t from 'tap'
import type { Sandbox } from '../../sandbox/index.js'
import { call, sandboxFor } from '../helpers/sandbox.js'

const LOC = 'loc_sandbox_1'

async function contactOf (sb: Sandbox, tok: string, email = 'rec@x.io'): Promise<string> {
  const res = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email } })
  if (res.status !== 201) throw new Error(res.text)
  return res.body.contact.id
}

t.test('notes: create (201), list newest first, get, update, delete', async (t) => {
  let now = Date.parse('2026-03-02T08:00:00Z')
  const sb = await sandboxFor(t, { now: () => now })
  const tok = sb.issueTokens().access_token
  const id = await contactOf(sb, tok)
  const base = `/contacts/${id}/notes`

  const first = await call(sb, 'POST', base, tok, { body: { body: 'first', userId: 'user_1', title: 'T', color: '#FFAA00', pinned: true } })
  t.equal(first.status, 201)
  t.match(first.body.note, { id: /^[A-Za-z0-9]{20}$/, body: 'first', userId: 'user_1', title: 'T', color: '#FFAA00', pinned: true, contactId: id, dateAdded: '2026-03-02T08:00:00.000Z' })
  now += 1000
  const second = await call(sb, 'POST', base, tok, { body: { body: 'second' } })
  t.notOk('userId' in second.body.note, 'no userId unless given')

  const list = await call(sb, 'GET', base, tok)
  t.equal(list.status, 200)
  t.same(list.body.notes.map((n: any) => n.body), ['second', 'first'], 'newest first')
  const noteId = first.body.note.id as string
  t.same((await call(sb, 'GET', `${base}/${noteId}`, tok)).body.note, first.body.note)

  const upd = await call(sb, 'PUT', `${base}/${noteId}`, tok, { body: { body: 'edited', pinned: false } })
  t.equal(upd.status, 200)
  t.match(upd.body.note, { id: noteId, body: 'edited', pinned: false, title: 'T' })
  t.same(sb.contactRecords(id).notes.map((n) => n.body), ['edited', 'second'], 'contactRecords() sees them')

  const del = await call(sb, 'DELETE', `${base}/${noteId}`, tok)
  t.equal(del.status, 200)
  t.equal(del.body.succeded, true)
  const gone = await call(sb, 'GET', `${base}/${noteId}`, tok)
  t.equal(gone.status, 404)
  t.equal(gone.body.message, 'Note not found')
  t.equal((await call(sb, 'PUT', `${base}/${noteId}`, tok, { body: { body: 'x' } })).status, 404)
  t.equal((await call(sb, 'DELETE', `${base}/${noteId}`, tok)).status, 404)

  const missing = await call(sb, 'POST', base, tok, { body: { title: 'no body' } })
  t.equal(missing.status, 422)
  t.same(missing.body.message, ['body should not be empty', 'body must be a string'])
  t.same((await call(sb, 'POST', base, tok, { body: { body: 'x', pinned: 'yes', extra: 1 } })).body.message, ['pinned must be a boolean value', 'property extra should not exist'])
  t.same((await call(sb, 'PUT', `${base}/${String(second.body.note.id)}`, tok, { body: { color: 3 } })).body.message, ['color must be a string'])
  t.equal((await call(sb, 'GET', '/contacts/nobody/notes', tok)).status, 404, 'unknown contact')
  t.equal(sb.stats().apiCalls['POST /contacts/:id/notes'], 4)
})

t.test('tasks: create (title, dueDate and completed required), list, get, update, complete, delete', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const id = await contactOf(sb, tok)
  const base = `/contacts/${id}/tasks`

  const missing = await call(sb, 'POST', base, tok, { body: { body: 'x' } })
  t.equal(missing.status, 422)
  t.same(missing.body.message, ['title should not be empty', 'title must be a string', 'dueDate must be a valid ISO 8601 date string', 'completed must be a boolean value'])
  t.same((await call(sb, 'POST', base, tok, { body: { title: 't', dueDate: 'tomorrow', completed: false } })).body.message, ['dueDate must be a valid ISO 8601 date string'])

  const created = await call(sb, 'POST', base, tok, { body: { title: 'Call back', body: 'about the quote', dueDate: '2026-03-05T11:00:00Z', completed: false, assignedTo: 'user_1' } })
  t.equal(created.status, 201)
  const task = created.body.task
  t.match(task, { id: /^[A-Za-z0-9]{20}$/, title: 'Call back', body: 'about the quote', dueDate: '2026-03-05T11:00:00Z', completed: false, assignedTo: 'user_1', contactId: id })
  t.same((await call(sb, 'GET', base, tok)).body.tasks, [task])
  t.same((await call(sb, 'GET', `${base}/${String(task.id)}`, tok)).body.task, task)

  const upd = await call(sb, 'PUT', `${base}/${String(task.id)}`, tok, { body: { title: 'Call back soon', dueDate: '2026-03-06' } })
  t.match(upd.body.task, { title: 'Call back soon', dueDate: '2026-03-06', completed: false })
  const done = await call(sb, 'PUT', `${base}/${String(task.id)}/completed`, tok, { body: { completed: true } })
  t.equal(done.status, 200)
  t.equal(done.body.task.completed, true)
  t.equal((await call(sb, 'PUT', `${base}/${String(task.id)}/completed`, tok, { body: {} })).status, 422, 'completed required')
  t.equal((await call(sb, 'PUT', `${base}/nope/completed`, tok, { body: { completed: true } })).status, 404)

  t.equal((await call(sb, 'DELETE', `${base}/${String(task.id)}`, tok)).body.succeded, true)
  t.same((await call(sb, 'GET', base, tok)).body.tasks, [])
  const gone = await call(sb, 'GET', `${base}/${String(task.id)}`, tok)
  t.equal(gone.status, 404)
  t.equal(gone.body.message, 'Task not found')
})

t.test('workflow and campaign memberships', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const id = await contactOf(sb, tok)
  const { workflows, campaigns } = sb.seeds(LOC)
  const [wf, wf2] = workflows
  const [cp, cp2] = campaigns

  const added = await call(sb, 'POST', `/contacts/${id}/workflow/${wf.id}`, tok, { body: { eventStartTime: '2026-06-23T03:30:00+01:00' } })
  t.equal(added.status, 200, 'workflow enrolment answers 200')
  t.same({ succeded: added.body.succeded }, { succeded: true })
  t.equal((await call(sb, 'POST', `/contacts/${id}/workflow/${wf2.id}`, tok)).status, 200, 'eventStartTime is optional, a body too')
  t.match(sb.contactRecords(id).workflows, [{ id: wf.id, eventStartTime: '2026-06-23T03:30:00+01:00', addedAt: String }, { id: wf2.id }])
  t.same((await call(sb, 'POST', `/contacts/${id}/workflow/${wf.id}`, tok, { body: { eventStartTime: 'soon' } })).body.message, ['eventStartTime must be a valid ISO 8601 date string'])
  const unknown = await call(sb, 'POST', `/contacts/${id}/workflow/nope`, tok)
  t.equal(unknown.status, 400)
  t.same(unknown.body, { statusCode: 400, message: 'Workflow nope not found', error: 'Bad Request' })
  t.equal((await call(sb, 'DELETE', `/contacts/${id}/workflow/${wf.id}`, tok)).status, 200)
  t.same(sb.contactRecords(id).workflows.map((m) => m.id), [wf2.id])

  const joined = await call(sb, 'POST', `/contacts/${id}/campaigns/${cp.id}`, tok)
  t.equal(joined.status, 201, 'campaign enrolment answers 201')
  t.equal(joined.body.succeded, true)
  await call(sb, 'POST', `/contacts/${id}/campaigns/${cp2.id}`, tok, { body: {} })
  t.same((await call(sb, 'POST', `/contacts/${id}/campaigns/${cp.id}`, tok, { body: { x: 1 } })).body.message, ['property x should not exist'], 'AddContactToCampaignDto is empty')
  t.equal((await call(sb, 'POST', `/contacts/${id}/campaigns/nope`, tok)).status, 400)
  t.equal((await call(sb, 'DELETE', `/contacts/${id}/campaigns/${cp.id}`, tok)).status, 200)
  t.same(sb.contactRecords(id).campaigns.map((m) => m.id), [cp2.id])
  const all = await call(sb, 'DELETE', `/contacts/${id}/campaigns/removeAll`, tok)
  t.equal(all.status, 200)
  t.same(sb.contactRecords(id).campaigns, [])

  const elsewhere = sb.issueTokens({ locationId: 'loc_B' }).access_token
  t.equal((await call(sb, 'POST', `/contacts/${id}/workflow/${wf.id}`, elsewhere)).status, 403)
  const otherWorkflow = sb.seeds('loc_B').workflows[0]
  t.equal((await call(sb, 'POST', `/contacts/${id}/workflow/${otherWorkflow.id}`, tok)).status, 400, "another location's workflow")
})

t.test('scopes, locations, and a deleted contact taking its records along', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const id = await contactOf(sb, tok)
  const note = (await call(sb, 'POST', `/contacts/${id}/notes`, tok, { body: { body: 'n' } })).body.note
  await call(sb, 'POST', `/contacts/${id}/tasks`, tok, { body: { title: 't', dueDate: '2026-03-05', completed: false } })
  await call(sb, 'POST', `/contacts/${id}/workflow/${sb.seeds(LOC).workflows[0].id}`, tok)

  const readOnly = sb.issueTokens({ scope: 'contacts.readonly' }).access_token
  t.equal((await call(sb, 'GET', `/contacts/${id}/notes`, readOnly)).status, 200)
  for (const [method, path, body] of [['POST', `/contacts/${id}/notes`, { body: 'x' }], ['PUT', `/contacts/${id}/notes/${String(note.id)}`, { body: 'x' }],
    ['DELETE', `/contacts/${id}/notes/${String(note.id)}`], ['POST', `/contacts/${id}/tasks`, {}], ['POST', `/contacts/${id}/workflow/x`], ['DELETE', `/contacts/${id}/campaigns/removeAll`]] as const) {
    const res = await call(sb, method, path, readOnly, { body })
    t.equal(res.status, 401, `${method} ${path} needs contacts.write`)
  }
  const elsewhere = sb.issueTokens({ locationId: 'loc_B' }).access_token
  t.equal((await call(sb, 'GET', `/contacts/${id}/notes`, elsewhere)).status, 403)
  t.equal((await call(sb, 'GET', `/contacts/${id}/tasks/x`, elsewhere)).status, 403)
  t.equal((await call(sb, 'GET', `/contacts/${id}/notes`, tok, { version: 'v3' })).status, 400)

  const control = await call(sb, 'GET', `/__sandbox/contacts/${LOC}/${id}`)
  t.equal(control.status, 200)
  t.match(control.body, { contact: { id }, notes: [{ body: 'n' }], tasks: [{ title: 't' }], workflows: [{ id: String }], campaigns: [], opportunities: [], appointments: [] })
  t.equal((await call(sb, 'GET', `/__sandbox/contacts/loc_B/${id}`)).status, 404, 'not in that location')

  t.equal((await call(sb, 'DELETE', `/contacts/${id}`, tok)).status, 200)
  t.same(sb.contactRecords(id), { notes: [], tasks: [], workflows: [], campaigns: [], opportunities: [], appointments: [] })
})

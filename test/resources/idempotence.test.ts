// What each resource method sends: method, path (ids encoded), and whether the client may repeat it after a network
// error or a 5xx (GET/PUT/DELETE yes; POST only where repeating converges: upsert, search, add tags/memberships).
import t from 'tap'
import type { RequestOptions, Requester } from '../../lib/client/types.js'
import { idempotentMethod } from '../../lib/client/retry.js'
import { createResources } from '../../lib/resources/index.js'

function recorder (): { request: Requester, calls: RequestOptions[] } {
  const calls: RequestOptions[] = []
  const request = (async (opts: RequestOptions) => {
    calls.push(opts)
    if (opts.path.endsWith('/customFields') && opts.method === 'GET') return { customFields: [] }
    return { contact: { id: 'c1' }, opportunity: { id: 'o1' } }
  }) as Requester
  return { request, calls }
}

/** Whether the client would retry it: the explicit flag, else the method's default. */
function retried (opts: RequestOptions): boolean {
  return opts.idempotent ?? idempotentMethod(opts.method)
}

t.test('every method: verb, path, retried or not', async (t) => {
  const { request, calls } = recorder()
  const r = createResources(request, 'loc 1')
  const cases: Array<[string, () => Promise<unknown>, string, string, boolean]> = [
    ['opportunities.search', () => r.opportunities.search({ q: 'x' }), 'GET', '/opportunities/search', true],
    ['opportunities.get', () => r.opportunities.get('o/1'), 'GET', '/opportunities/o%2F1', true],
    ['opportunities.create', () => r.opportunities.create({ pipelineId: 'p', name: 'n', status: 'open', contactId: 'c' }), 'POST', '/opportunities/', false],
    ['opportunities.update', () => r.opportunities.update('o1', { name: 'm' }), 'PUT', '/opportunities/o1', true],
    ['opportunities.updateStatus', () => r.opportunities.updateStatus('o1', { status: 'won' }), 'PUT', '/opportunities/o1/status', true],
    ['opportunities.upsert', () => r.opportunities.upsert({ pipelineId: 'p', contactId: 'c' }), 'POST', '/opportunities/upsert', true],
    ['opportunities.delete', () => r.opportunities.delete('o1'), 'DELETE', '/opportunities/o1', true],
    ['opportunities.pipelines.list', () => r.opportunities.pipelines.list(), 'GET', '/opportunities/pipelines', true],
    ['contacts.notes.list', () => r.contacts.notes.list('c1'), 'GET', '/contacts/c1/notes', true],
    ['contacts.notes.create', () => r.contacts.notes.create('c1', { body: 'b' }), 'POST', '/contacts/c1/notes', false],
    ['contacts.notes.update', () => r.contacts.notes.update('c1', 'n1', { body: 'b' }), 'PUT', '/contacts/c1/notes/n1', true],
    ['contacts.notes.delete', () => r.contacts.notes.delete('c1', 'n1'), 'DELETE', '/contacts/c1/notes/n1', true],
    ['contacts.tasks.list', () => r.contacts.tasks.list('c1'), 'GET', '/contacts/c1/tasks', true],
    ['contacts.tasks.create', () => r.contacts.tasks.create('c1', { title: 't', dueDate: '2026-01-01T00:00:00Z', completed: false }), 'POST', '/contacts/c1/tasks', false],
    ['contacts.tasks.update', () => r.contacts.tasks.update('c1', 't1', { title: 'u' }), 'PUT', '/contacts/c1/tasks/t1', true],
    ['contacts.tasks.complete', () => r.contacts.tasks.complete('c1', 't1'), 'PUT', '/contacts/c1/tasks/t1/completed', true],
    ['contacts.tasks.delete', () => r.contacts.tasks.delete('c1', 't1'), 'DELETE', '/contacts/c1/tasks/t1', true],
    ['contacts.workflows.add', () => r.contacts.workflows.add('c1', 'w1'), 'POST', '/contacts/c1/workflow/w1', true],
    ['contacts.workflows.remove', () => r.contacts.workflows.remove('c1', 'w1'), 'DELETE', '/contacts/c1/workflow/w1', true],
    ['contacts.campaigns.add', () => r.contacts.campaigns.add('c1', 'k1'), 'POST', '/contacts/c1/campaigns/k1', true],
    ['contacts.campaigns.remove', () => r.contacts.campaigns.remove('c1', 'k1'), 'DELETE', '/contacts/c1/campaigns/k1', true],
    ['workflows.list', () => r.workflows.list(), 'GET', '/workflows/', true],
    ['campaigns.list', () => r.campaigns.list(), 'GET', '/campaigns/', true],
    ['customFields.list', () => r.customFields.list(), 'GET', '/locations/loc%201/customFields', true],
    ['customFields.create', () => r.customFields.create({ name: 'n', dataType: 'TEXT' }), 'POST', '/locations/loc%201/customFields', false],
    ['customValues.list', () => r.customValues.list(), 'GET', '/locations/loc%201/customValues', true],
    ['customValues.update', () => r.customValues.update('v1', { name: 'n', value: 'v' }), 'PUT', '/locations/loc%201/customValues/v1', true],
    ['users.search', () => r.users.search({ companyId: 'co' }), 'GET', '/users/search', true],
    ['users.get', () => r.users.get('u1'), 'GET', '/users/u1', true],
    ['calendars.list', () => r.calendars.list(), 'GET', '/calendars/', true],
    ['calendars.freeSlots', () => r.calendars.freeSlots('cal', { startDate: 1, endDate: 2 }), 'GET', '/calendars/cal/free-slots', true],
    ['calendars.appointments.create', () => r.calendars.appointments.create({ calendarId: 'cal', contactId: 'c', startTime: '2026-01-01T00:00:00Z' }), 'POST', '/calendars/events/appointments', false],
    ['calendars.appointments.update', () => r.calendars.appointments.update('e1', { title: 't' }), 'PUT', '/calendars/events/appointments/e1', true],
    ['calendars.appointments.delete', () => r.calendars.appointments.delete('e1'), 'DELETE', '/calendars/events/e1', true],
    ['contacts.createOrGet', () => r.contacts.createOrGet({ email: 'a@b.co' }), 'POST', '/contacts/', false]
  ]
  for (const [name, call, method, path, repeat] of cases) {
    const before = calls.length
    await call()
    t.equal(calls.length, before + 1, `${name}: one request`)
    const sent = calls[calls.length - 1]
    t.match(sent, { method, path }, `${name}: ${method} ${path}`)
    t.equal(retried(sent), repeat, `${name}: ${repeat ? 'retried' : 'not retried'}`)
  }
  const located = calls.filter((c) => c.query?.locationId !== undefined || c.query?.location_id !== undefined)
  t.ok(located.every((c) => (c.query?.locationId ?? c.query?.location_id) === 'loc 1'), 'the connection\'s location filled into queries')
  t.ok(calls.filter((c) => c.path.startsWith('/calendars')).every((c) => c.headers?.version === '2021-04-15'), 'calendars: their own Version')
  t.match(calls.find((c) => c.path === '/opportunities/upsert')?.body, { locationId: 'loc 1', followers: [], isRemoveAllFollowers: false, followersActionType: 'add' })
})

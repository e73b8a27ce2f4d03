// Conformance: the sandbox's answers validate against the response schemas of HighLevel's official OpenAPI specs
// (copied into sandbox/spec/ so the package is self-contained), looked up by operation and status code.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { call, consent, refresh, sandboxFor, tokenCall } from '../helpers/sandbox.js'
import { componentRef, conforms, conformsTo, ERRATA, FILES, publishedAt, responseRef, SPEC_DIR, validator } from './spec-schemas.js'

const SHARED_DIR = new URL('../../../shared/ghl-api/', import.meta.url)

t.test('sandbox/spec is the official spec (when the shared copy is around)', async (t) => {
  for (const f of FILES) {
    const shared = new URL(f, SHARED_DIR)
    if (existsSync(fileURLToPath(shared))) t.equal(readFileSync(new URL(f, SPEC_DIR), 'utf8'), readFileSync(shared, 'utf8'), `${f} unchanged`)
    else t.pass(`${f}: no shared copy next to the project; using sandbox/spec`)
  }
})

t.test('each erratum still corrects the published spec (drop it once HighLevel fixes the spec)', async (t) => {
  for (const e of ERRATA) t.same(publishedAt(e), e.spec, `${e.file} ${e.at.join('.')}: ${e.why}`)
})

t.test('the validators are not vacuous (refs across files resolve)', async (t) => {
  t.notOk(validator(responseRef('apps/oauth.json', '/oauth/token', 'post', 200))({ access_token: 'x' }), 'userId is required')
  t.notOk(validator(responseRef('apps/contacts.json', '/contacts/', 'post', 201))({ contact: { tags: 'x' } }), 'tags must be an array')
  t.notOk(validator(responseRef('apps/contacts.json', '/contacts/{contactId}', 'get', 200))({ contact: { customFields: [{ id: 1 }] } }), 'nested $ref checked')
  t.notOk(validator(responseRef('apps/contacts.json', '/contacts/', 'post', 422))({ statusCode: 422, message: 'not an array' }), 'common-schemas.json resolved')
  t.notOk(validator(responseRef('apps/opportunities.json', '/opportunities/pipelines', 'get', 200))({ pipelines: [{ stages: ['New'] }] }), 'erratum: stages are objects')
  t.notOk(validator(responseRef('apps/opportunities.json', '/opportunities/{id}', 'get', 200))({ opportunity: { contact: { tags: 'x' } } }), 'embedded contact checked')
  t.notOk(validator(responseRef('apps/calendars.json', '/calendars/{calendarId}/free-slots', 'get', 200))({ traceId: 'x' }), 'inline schema: only date maps')
  t.notOk(validator(responseRef('apps/users.json', '/users/search', 'get', 200))({ users: [{ roles: { locationIds: 'x' } }] }), 'users checked')
})

t.test('OAuth answers conform to oauth.json', async (t) => {
  const sb = await sandboxFor(t)
  const redirect = 'http://127.0.0.1:9/cb'
  const { code } = await consent(sb, redirect)
  const exchanged = await tokenCall(sb, { grant_type: 'authorization_code', code, redirect_uri: redirect, user_type: 'Location' })
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', exchanged, 200)
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', await refresh(sb, exchanged.body.refresh_token), 200)
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', await refresh(sb, exchanged.body.refresh_token), 400)
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', await tokenCall(sb, { grant_type: 'refresh_token', refresh_token: 'x', client_secret: 'bad' }), 401)
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', await tokenCall(sb, { grant_type: 'nope' }), 422)

  const company = await tokenCall(sb, { grant_type: 'authorization_code', code: (await consent(sb, redirect, { install: 'company', scope: 'contacts.readonly oauth.readonly oauth.write' })).code, redirect_uri: redirect, user_type: 'Company' })
  conformsTo(t, 'apps/oauth.json', '/oauth/token', 'post', company, 200)
  const loc = await call(sb, 'POST', '/oauth/locationToken', company.body.access_token, { form: { companyId: company.body.companyId, locationId: 'loc_sandbox_1' } })
  conformsTo(t, 'apps/oauth.json', '/oauth/locationToken', 'post', loc, 200)
  conformsTo(t, 'apps/oauth.json', '/oauth/locationToken', 'post', await call(sb, 'POST', '/oauth/locationToken', 'bad', { form: { companyId: 'c', locationId: 'l' } }), 401)
  conformsTo(t, 'apps/oauth.json', '/oauth/locationToken', 'post', await call(sb, 'POST', '/oauth/locationToken', company.body.access_token, { form: { companyId: 'c' } }), 422)
  const installed = await call(sb, 'GET', `/oauth/installedLocations?companyId=${String(company.body.companyId)}&appId=${sb.appId}`, company.body.access_token)
  conformsTo(t, 'apps/oauth.json', '/oauth/installedLocations', 'get', installed, 200)
  t.ok(installed.body.locations.length > 0)
})

t.test('contacts answers conform to contacts.json', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const C = 'apps/contacts.json'
  const plan = sb.seeds('loc_sandbox_1').customFields[0].id
  const body = {
    locationId: 'loc_sandbox_1',
    firstName: 'Rosan',
    lastName: 'Deo',
    email: 'rosan@deos.com',
    phone: '+1 888-888-8888',
    address1: '3535 1st St N',
    city: 'Dolomite',
    state: 'AL',
    postalCode: '35061',
    website: 'https://www.tesla.com',
    timezone: 'America/Chihuahua',
    dnd: true,
    dndSettings: { Call: { status: 'active', message: 'x', code: 'y' }, Email: { status: 'inactive' } },
    inboundDndSettings: { all: { status: 'active' } },
    tags: ['nisi sint commodo amet', 'consequat'],
    customFields: [{ id: plan, field_value: 'My Text' }, { key: 'signup_source', field_value: 'Other' }],
    source: 'public api',
    dateOfBirth: '1990-09-25',
    country: 'US',
    companyName: 'DGS VolMAX',
    assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
    gender: 'male'
  }
  const created = await call(sb, 'POST', '/contacts/', tok, { body })
  conformsTo(t, C, '/contacts/', 'post', created, 201)
  const id = created.body.contact.id as string
  conformsTo(t, C, '/contacts/{contactId}', 'get', await call(sb, 'GET', `/contacts/${id}`, tok), 200)
  conformsTo(t, C, '/contacts/{contactId}', 'put', await call(sb, 'PUT', `/contacts/${id}`, tok, { body: { lastName: 'Doe', tags: ['x'] } }), 200)
  const upsertNew = await call(sb, 'POST', '/contacts/upsert', tok, { body: { locationId: 'loc_sandbox_1', email: 'new@deos.com', firstName: 'New' } })
  conformsTo(t, C, '/contacts/upsert', 'post', upsertNew, 200)
  t.equal(upsertNew.body.new, true)
  const upsertOld = await call(sb, 'POST', '/contacts/upsert', tok, { body: { locationId: 'loc_sandbox_1', email: 'ROSAN@deos.com', tags: ['y'] } })
  conformsTo(t, C, '/contacts/upsert', 'post', upsertOld, 200)
  t.equal(upsertOld.body.new, false)
  conformsTo(t, C, '/contacts/{contactId}/tags', 'post', await call(sb, 'POST', `/contacts/${id}/tags`, tok, { body: { tags: ['z'] } }), 201)
  conformsTo(t, C, '/contacts/{contactId}/tags', 'delete', await call(sb, 'DELETE', `/contacts/${id}/tags`, tok, { body: { tags: ['z'] } }), 200)

  // POST /contacts/search documents no response schema: its items are the list's ContactsSearchSchema
  const search = await call(sb, 'POST', '/contacts/search', tok, { body: { locationId: 'loc_sandbox_1', pageLimit: 10 } })
  t.equal(search.status, 200)
  conforms(t, 'POST /contacts/search 200', componentRef(C, 'ContactsSearchSuccessfulResponseDto'), search.body)
  t.equal(search.body.contacts.length, 2)
  t.equal(search.body.total, 2)

  conformsTo(t, C, '/contacts/{contactId}', 'delete', await call(sb, 'DELETE', `/contacts/${id}`, tok), 200)

  // error answers
  conformsTo(t, C, '/contacts/', 'post', await call(sb, 'POST', '/contacts/', 'bad', { body }), 401)
  conformsTo(t, C, '/contacts/', 'post', await call(sb, 'POST', '/contacts/', tok, { body: { email: 'x' } }), 422)
  conformsTo(t, C, '/contacts/', 'post', await call(sb, 'POST', '/contacts/', tok, { body, version: false }), 400)
  sb.setLocation('loc_sandbox_1', { allowDuplicates: false })
  const dup = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: 'loc_sandbox_1', email: 'new@deos.com' } })
  conformsTo(t, C, '/contacts/', 'post', dup, 400)
  t.ok(typeof dup.body.meta.contactId === 'string')
  conformsTo(t, C, '/contacts/{contactId}', 'put', await call(sb, 'PUT', `/contacts/${id}`, tok, { body: { foo: 1 } }), 422)
})

const LOC = 'loc_sandbox_1'

t.test('opportunities answers conform to opportunities.json', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const O = 'apps/opportunities.json'
  const [pipeline] = sb.seeds(LOC).pipelines
  const contactId = (await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, name: 'Opp Contact', email: 'o@x.io', phone: '5550001111', companyName: 'Co', tags: ['a'] } })).body.contact.id
  conformsTo(t, O, '/opportunities/pipelines', 'get', await call(sb, 'GET', `/opportunities/pipelines?locationId=${LOC}`, tok), 200)
  const body = { locationId: LOC, pipelineId: pipeline.id, name: 'Deal', status: 'open', contactId, monetaryValue: 220, assignedTo: 'user_1', customFields: [{ key: 'deal_source', field_value: 'ads' }] }
  const created = await call(sb, 'POST', '/opportunities/', tok, { body })
  conformsTo(t, O, '/opportunities/', 'post', created, 201)
  const id = created.body.opportunity.id as string
  conformsTo(t, O, '/opportunities/{id}', 'get', await call(sb, 'GET', `/opportunities/${id}`, tok), 200)
  conformsTo(t, O, '/opportunities/{id}', 'put', await call(sb, 'PUT', `/opportunities/${id}`, tok, { body: { pipelineStageId: pipeline.stages[1].id } }), 200)
  conformsTo(t, O, '/opportunities/{id}/status', 'put', await call(sb, 'PUT', `/opportunities/${id}/status`, tok, { body: { status: 'won' } }), 200)
  const upsert = { locationId: LOC, pipelineId: pipeline.id, contactId, followers: ['user_1'], isRemoveAllFollowers: false, followersActionType: 'add' }
  conformsTo(t, O, '/opportunities/upsert', 'post', await call(sb, 'POST', '/opportunities/upsert', tok, { body: upsert }), 200)
  conformsTo(t, O, '/opportunities/{id}', 'get', await call(sb, 'GET', `/opportunities/${id}`, tok), 200)
  await call(sb, 'POST', '/opportunities/upsert', tok, { body: { ...upsert, contactId: undefined, name: 'Second' } })
  const search = await call(sb, 'GET', `/opportunities/search?location_id=${LOC}&limit=1`, tok)
  conformsTo(t, O, '/opportunities/search', 'get', search, 200)
  t.ok(search.body.meta.nextPageUrl, 'with a next page in meta')
  conformsTo(t, O, '/opportunities/search', 'get', await call(sb, 'GET', `/opportunities/search?location_id=${LOC}&page=2&limit=1`, tok), 200)
  conformsTo(t, O, '/opportunities/search', 'get', await call(sb, 'GET', '/opportunities/search', tok), 422)
  conformsTo(t, O, '/opportunities/', 'post', await call(sb, 'POST', '/opportunities/', tok, { body: { locationId: LOC } }), 422)
  conformsTo(t, O, '/opportunities/', 'post', await call(sb, 'POST', '/opportunities/', tok, { body: { ...body, pipelineId: 'nope' } }), 400)
  conformsTo(t, O, '/opportunities/', 'post', await call(sb, 'POST', '/opportunities/', 'bad', { body }), 401)
  conformsTo(t, O, '/opportunities/upsert', 'post', await call(sb, 'POST', '/opportunities/upsert', tok, { body: { locationId: LOC } }), 422)
  conformsTo(t, O, '/opportunities/pipelines', 'get', await call(sb, 'GET', `/opportunities/pipelines?locationId=${LOC}`, tok, { version: 'v3' }), 400)
  conformsTo(t, O, '/opportunities/{id}', 'delete', await call(sb, 'DELETE', `/opportunities/${id}`, tok), 200)
})

t.test('notes, tasks, memberships and the contacts list conform to contacts.json', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const C = 'apps/contacts.json'
  const id = (await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email: 'n@x.io', customFields: [{ key: 'plan', field_value: 'pro' }] } })).body.contact.id as string
  conformsTo(t, C, '/contacts/', 'get', await call(sb, 'GET', `/contacts/?locationId=${LOC}`, tok), 200)
  conformsTo(t, C, '/contacts/', 'get', await call(sb, 'GET', '/contacts/', tok), 422)

  const note = await call(sb, 'POST', `/contacts/${id}/notes`, tok, { body: { body: 'hello', userId: 'u1', title: 'T', color: '#FFAA00', pinned: true } })
  conformsTo(t, C, '/contacts/{contactId}/notes', 'post', note, 201)
  const noteId = note.body.note.id as string
  conformsTo(t, C, '/contacts/{contactId}/notes', 'get', await call(sb, 'GET', `/contacts/${id}/notes`, tok), 200)
  conformsTo(t, C, '/contacts/{contactId}/notes/{id}', 'get', await call(sb, 'GET', `/contacts/${id}/notes/${noteId}`, tok), 200)
  conformsTo(t, C, '/contacts/{contactId}/notes/{id}', 'put', await call(sb, 'PUT', `/contacts/${id}/notes/${noteId}`, tok, { body: { body: 'edited' } }), 200)
  conformsTo(t, C, '/contacts/{contactId}/notes', 'post', await call(sb, 'POST', `/contacts/${id}/notes`, tok, { body: {} }), 422)
  conformsTo(t, C, '/contacts/{contactId}/notes', 'get', await call(sb, 'GET', `/contacts/${id}/notes`, tok, { version: false }), 400)
  conformsTo(t, C, '/contacts/{contactId}/notes', 'get', await call(sb, 'GET', `/contacts/${id}/notes`, 'bad'), 401)
  conformsTo(t, C, '/contacts/{contactId}/notes/{id}', 'delete', await call(sb, 'DELETE', `/contacts/${id}/notes/${noteId}`, tok), 200)

  const task = await call(sb, 'POST', `/contacts/${id}/tasks`, tok, { body: { title: 'Call', body: 'b', dueDate: '2026-03-05T11:00:00Z', completed: false, assignedTo: 'u1' } })
  conformsTo(t, C, '/contacts/{contactId}/tasks', 'post', task, 201)
  const taskId = task.body.task.id as string
  conformsTo(t, C, '/contacts/{contactId}/tasks', 'get', await call(sb, 'GET', `/contacts/${id}/tasks`, tok), 200)
  conformsTo(t, C, '/contacts/{contactId}/tasks/{taskId}', 'get', await call(sb, 'GET', `/contacts/${id}/tasks/${taskId}`, tok), 200)
  conformsTo(t, C, '/contacts/{contactId}/tasks/{taskId}', 'put', await call(sb, 'PUT', `/contacts/${id}/tasks/${taskId}`, tok, { body: { title: 'Call again' } }), 200)
  conformsTo(t, C, '/contacts/{contactId}/tasks/{taskId}/completed', 'put', await call(sb, 'PUT', `/contacts/${id}/tasks/${taskId}/completed`, tok, { body: { completed: true } }), 200)
  conformsTo(t, C, '/contacts/{contactId}/tasks/{taskId}/completed', 'put', await call(sb, 'PUT', `/contacts/${id}/tasks/${taskId}/completed`, tok, { body: {} }), 422)
  conformsTo(t, C, '/contacts/{contactId}/tasks', 'post', await call(sb, 'POST', `/contacts/${id}/tasks`, tok, { body: { title: 1 } }), 422)
  conformsTo(t, C, '/contacts/{contactId}/tasks/{taskId}', 'delete', await call(sb, 'DELETE', `/contacts/${id}/tasks/${taskId}`, tok), 200)

  const { workflows, campaigns } = sb.seeds(LOC)
  const wf = `/contacts/${id}/workflow/${workflows[0].id}`
  conformsTo(t, C, '/contacts/{contactId}/workflow/{workflowId}', 'post', await call(sb, 'POST', wf, tok, { body: { eventStartTime: '2026-06-23T03:30:00+01:00' } }), 200)
  conformsTo(t, C, '/contacts/{contactId}/workflow/{workflowId}', 'post', await call(sb, 'POST', wf, tok, { body: { eventStartTime: 1 } }), 422)
  conformsTo(t, C, '/contacts/{contactId}/workflow/{workflowId}', 'post', await call(sb, 'POST', `/contacts/${id}/workflow/nope`, tok), 400)
  conformsTo(t, C, '/contacts/{contactId}/workflow/{workflowId}', 'delete', await call(sb, 'DELETE', wf, tok), 200)
  const cp = `/contacts/${id}/campaigns/${campaigns[0].id}`
  conformsTo(t, C, '/contacts/{contactId}/campaigns/{campaignId}', 'post', await call(sb, 'POST', cp, tok), 201)
  conformsTo(t, C, '/contacts/{contactId}/campaigns/{campaignId}', 'delete', await call(sb, 'DELETE', cp, tok), 200)
  conformsTo(t, C, '/contacts/{contactId}/campaigns/removeAll', 'delete', await call(sb, 'DELETE', `/contacts/${id}/campaigns/removeAll`, tok), 200)
})

t.test('custom fields and values conform to locations.json', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const L = 'apps/locations.json'
  const fields = `/locations/${LOC}/customFields`
  conformsTo(t, L, '/locations/{locationId}/customFields', 'get', await call(sb, 'GET', `${fields}?model=all`, tok), 200)
  const created = await call(sb, 'POST', fields, tok, { body: { name: 'Referral Code', dataType: 'TEXT', placeholder: 'code', model: 'opportunity', textBoxListOptions: [{ label: 'a' }] } })
  conformsTo(t, L, '/locations/{locationId}/customFields', 'post', created, 201)
  conformsTo(t, L, '/locations/{locationId}/customFields', 'post', await call(sb, 'POST', fields, tok, { body: { dataType: 'NOPE' } }), 422)
  conformsTo(t, L, '/locations/{locationId}/customFields', 'post', await call(sb, 'POST', fields, tok, { body: { name: 'Referral Code', dataType: 'TEXT', model: 'opportunity' } }), 400)
  const fid = created.body.customField.id as string
  conformsTo(t, L, '/locations/{locationId}/customFields/{id}', 'get', await call(sb, 'GET', `${fields}/${fid}`, tok), 200)
  conformsTo(t, L, '/locations/{locationId}/customFields/{id}', 'put', await call(sb, 'PUT', `${fields}/${fid}`, tok, { body: { name: 'Referral' } }), 200)
  conformsTo(t, L, '/locations/{locationId}/customFields/{id}', 'put', await call(sb, 'PUT', `${fields}/${fid}`, tok, { body: {} }), 422)

  const values = `/locations/${LOC}/customValues`
  conformsTo(t, L, '/locations/{locationId}/customValues', 'get', await call(sb, 'GET', values, tok), 200)
  const value = await call(sb, 'POST', values, tok, { body: { name: 'Hotline', value: '+15550100001' } })
  conformsTo(t, L, '/locations/{locationId}/customValues', 'post', value, 201)
  conformsTo(t, L, '/locations/{locationId}/customValues', 'post', await call(sb, 'POST', values, tok, { body: { name: 1 } }), 422)
  const vid = value.body.customValue.id as string
  conformsTo(t, L, '/locations/{locationId}/customValues/{id}', 'get', await call(sb, 'GET', `${values}/${vid}`, tok), 200)
  conformsTo(t, L, '/locations/{locationId}/customValues/{id}', 'put', await call(sb, 'PUT', `${values}/${vid}`, tok, { body: { name: 'Hotline', value: '+15550100002' } }), 200)
  conformsTo(t, L, '/locations/{locationId}/customValues/{id}', 'delete', await call(sb, 'DELETE', `${values}/${vid}`, tok), 200)
  conformsTo(t, L, '/locations/{locationId}/customValues', 'get', await call(sb, 'GET', values, 'bad'), 401)
})

t.test('users, workflows and campaigns conform to their specs', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const U = 'apps/users.json'
  const users = await call(sb, 'GET', '/users/search?companyId=comp_sandbox_1', tok)
  conformsTo(t, U, '/users/search', 'get', users, 200)
  conformsTo(t, U, '/users/search', 'get', await call(sb, 'GET', '/users/search?companyId=comp_sandbox_1', sb.issueTokens({ userType: 'Company' }).access_token), 200)
  conformsTo(t, U, '/users/search', 'get', await call(sb, 'GET', '/users/search', tok), 422)
  conformsTo(t, U, '/users/{userId}', 'get', await call(sb, 'GET', `/users/${String(users.body.users[1].id)}`, tok), 200)
  conformsTo(t, U, '/users/{userId}', 'get', await call(sb, 'GET', '/users/x', 'bad'), 401)
  conformsTo(t, 'apps/workflows.json', '/workflows/', 'get', await call(sb, 'GET', `/workflows/?locationId=${LOC}`, tok), 200)
  conformsTo(t, 'apps/workflows.json', '/workflows/', 'get', await call(sb, 'GET', '/workflows/', tok), 422)
  conformsTo(t, 'apps/campaigns.json', '/campaigns/', 'get', await call(sb, 'GET', `/campaigns/?locationId=${LOC}&status=published`, tok), 200)
  conformsTo(t, 'apps/campaigns.json', '/campaigns/', 'get', await call(sb, 'GET', `/campaigns/?locationId=${LOC}`, tok, { version: false }), 400)
})

t.test('calendars answers conform to calendars.json', async (t) => {
  const monday = Date.parse('2026-03-02T00:00:00Z')
  const sb = await sandboxFor(t, { now: () => monday })
  const tok = sb.issueTokens().access_token
  const K = 'apps/calendars.json'
  const version = '2021-04-15'
  const cal = sb.seeds(LOC).calendars[0]
  const contactId = (await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email: 'k@x.io' } })).body.contact.id
  conformsTo(t, K, '/calendars/', 'get', await call(sb, 'GET', `/calendars/?locationId=${LOC}`, tok, { version }), 200)
  const slots = await call(sb, 'GET', `/calendars/${cal.id}/free-slots?startDate=${monday}&endDate=${monday + 86_400_000}&timezone=America/New_York`, tok, { version })
  conformsTo(t, K, '/calendars/{calendarId}/free-slots', 'get', slots, 200)
  t.ok(Object.keys(slots.body).length > 0, 'with slots')
  conformsTo(t, K, '/calendars/{calendarId}/free-slots', 'get', await call(sb, 'GET', `/calendars/${cal.id}/free-slots?startDate=0&endDate=${monday}`, tok, { version }), 400)
  const body = { calendarId: cal.id, locationId: LOC, contactId, startTime: '2026-03-02T10:00:00.000Z', title: 'Call', address: 'Zoom', rrule: 'RRULE:FREQ=WEEKLY;COUNT=2' }
  const booked = await call(sb, 'POST', '/calendars/events/appointments', tok, { version, body })
  conformsTo(t, K, '/calendars/events/appointments', 'post', booked, 200)
  t.equal(booked.body.isRecurring, true)
  conformsTo(t, K, '/calendars/events/appointments', 'post', await call(sb, 'POST', '/calendars/events/appointments', tok, { version, body }), 400)
  conformsTo(t, K, '/calendars/events/appointments', 'post', await call(sb, 'POST', '/calendars/events/appointments', 'bad', { version, body }), 401)
  // calendars.json documents no 422: validation failures are GHL's usual UnprocessableDTO
  const invalid = await call(sb, 'POST', '/calendars/events/appointments', tok, { version, body: {} })
  t.equal(invalid.status, 422)
  conforms(t, 'POST /calendars/events/appointments 422', componentRef('common/common-schemas.json', 'UnprocessableDTO'), invalid.body)
  const id = booked.body.id as string
  conformsTo(t, K, '/calendars/events/appointments/{eventId}', 'put', await call(sb, 'PUT', `/calendars/events/appointments/${id}`, tok, { version, body: { startTime: '2026-03-02T11:00:00.000Z' } }), 200)
  conformsTo(t, K, '/calendars/events/{eventId}', 'delete', await call(sb, 'DELETE', `/calendars/events/${id}`, tok, { version }), 201)
})

// Contacts API of the sandbox: each operation and its response shape, the guard (401/400/403), 422s, duplicates,
// upsert matching and search.
import t from 'tap'
import type { Sandbox } from '../../sandbox/index.js'
import { call, sandboxFor } from '../helpers/sandbox.js'

const LOC = 'loc_sandbox_1'

/** The seeded contact custom field of this name. */
function field (sb: Sandbox, name: string): { id: string, fieldKey: string } {
  const f = sb.seeds(LOC).customFields.find((c) => c.name === name)
  if (f === undefined) throw new Error(`no seeded field ${name}`)
  return f
}

t.test('create → 201 { contact, traceId } with GHL derived fields', async (t) => {
  const sb = await sandboxFor(t)
  const { access_token: tok } = sb.issueTokens()
  const plan = field(sb, 'Plan').id
  const interests = field(sb, 'Interests').id
  const res = await call(sb, 'POST', '/contacts/', tok, {
    body: {
      locationId: LOC,
      firstName: 'Rosan',
      lastName: 'Deo',
      email: 'Rosan@Deos.com',
      phone: '+1 888-888-8888',
      tags: ['a', 'b', 'a'],
      source: 'public api',
      customFields: [{ id: plan, field_value: 'x' }, { key: 'interests', field_value: ['p', 'q'] }],
      dateOfBirth: '09/25/1990',
      dndSettings: { Email: { status: 'active' } }
    }
  })
  t.equal(res.status, 201)
  t.match(res.body.traceId, /^[0-9a-f-]{36}$/)
  const c = res.body.contact
  t.match(c, {
    id: /^[A-Za-z0-9]{20}$/,
    locationId: LOC,
    firstName: 'Rosan',
    lastName: 'Deo',
    name: 'Rosan Deo',
    firstNameLowerCase: 'rosan',
    lastNameLowerCase: 'deo',
    fullNameLowerCase: 'rosan deo',
    email: 'Rosan@Deos.com',
    emailLowerCase: 'rosan@deos.com',
    phone: '+18888888888',
    tags: ['a', 'b'],
    source: 'public api',
    type: 'lead',
    dateOfBirth: '1990-09-25T00:00:00.000Z',
    dndSettings: { Email: { status: 'active' } }
  })
  t.ok(!Number.isNaN(Date.parse(c.dateAdded)) && c.dateAdded === c.dateUpdated)
  t.equal(c.customFields.length, 2)
  t.same(c.customFields[0], { id: plan, value: 'x' }, 'output custom fields are { id, value }')
  t.same(c.customFields[1], { id: interests, value: ['p', 'q'] }, 'a key resolves to the field id')
  t.equal(sb.stats().contactsCreated, 1)
  t.equal(sb.contacts(LOC).length, 1)
  sb.contacts(LOC)[0].tags.push('mutated')
  t.same(sb.contacts(LOC)[0].tags, ['a', 'b'], 'contacts() returns copies')
})

t.test('get, update, delete', async (t) => {
  const sb = await sandboxFor(t)
  const { access_token: tok } = sb.issueTokens()
  const [f1, f2] = [field(sb, 'Plan').id, field(sb, 'Seats').id]
  const created = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email: 'a@b.co', tags: ['one'], customFields: [{ id: f1, field_value: '1' }, { id: f2, field_value: '2' }] } })
  const id: string = created.body.contact.id

  const got = await call(sb, 'GET', `/contacts/${id}`, tok)
  t.equal(got.status, 200)
  t.same(got.body.contact, created.body.contact)

  const upd = await call(sb, 'PUT', `/contacts/${id}`, tok, { body: { firstName: 'Ann', tags: ['two'], customFields: [{ id: f2, field_value: '22' }], email: null } })
  t.equal(upd.status, 200)
  t.equal(upd.body.succeded, true)
  t.match(upd.body.contact, { id, firstName: 'Ann', name: 'Ann', tags: ['two'] })
  t.notOk('email' in upd.body.contact, 'null clears a field')
  t.same(upd.body.contact.customFields, [{ id: f1, value: '1' }, { id: f2, value: '22' }], 'custom fields merge by id')
  const cleared = await call(sb, 'PUT', `/contacts/${id}`, tok, { body: { customFields: [{ key: 'contact.plan', field_value: '' }] } })
  t.same(cleared.body.contact.customFields, [{ id: f2, value: '22' }], 'an empty value clears the field (by its full key)')

  const withLocation = await call(sb, 'PUT', `/contacts/${id}`, tok, { body: { locationId: LOC } })
  t.equal(withLocation.status, 422)
  t.same(withLocation.body.message, ['property locationId should not exist'], 'UpdateContactDto has no locationId')

  const del = await call(sb, 'DELETE', `/contacts/${id}`, tok)
  t.equal(del.status, 200)
  t.equal(del.body.succeded, true)
  const gone = await call(sb, 'GET', `/contacts/${id}`, tok)
  t.equal(gone.status, 404)
  t.match(gone.body, { statusCode: 404, message: 'Contact not found' })
  t.equal((await call(sb, 'PUT', `/contacts/${id}`, tok, { body: { firstName: 'x' } })).status, 404)
  t.equal((await call(sb, 'DELETE', `/contacts/${id}`, tok)).status, 404)
  t.equal((await call(sb, 'PATCH', `/contacts/${id}`, tok)).status, 404, 'unknown method/route')

  const s = sb.stats()
  t.equal(s.apiCalls['GET /contacts/:id'], 2)
  t.equal(s.apiCalls['PUT /contacts/:id'], 4)
  t.equal(s.apiCalls['DELETE /contacts/:id'], 2)
  t.equal(s.apiCalls['POST /contacts/'], 1)
  t.equal(s.apiCalls.total, 9)
})

t.test('the guard: Bearer (401), Version (400), location (403)', async (t) => {
  const sb = await sandboxFor(t)
  const a = sb.issueTokens({ locationId: 'loc_A' })
  const b = sb.issueTokens({ locationId: 'loc_B' })

  for (const token of [undefined, 'garbage', '']) {
    const res = await call(sb, 'GET', '/contacts/x', token)
    t.equal(res.status, 401)
    t.same(res.body, { statusCode: 401, message: 'Invalid JWT' })
  }
  const noVersion = await call(sb, 'GET', '/contacts/x', a.access_token, { version: false })
  t.equal(noVersion.status, 400)
  t.match(noVersion.body, { statusCode: 400, message: /Version/ })
  const unknownDate = await call(sb, 'GET', '/contacts/x', a.access_token, { version: '2020-01-01' })
  t.equal(unknownDate.status, 400)
  t.match(unknownDate.body.message, /^Version header is invalid: 2020-01-01/)
  for (const version of ['v3', 'V3', 'latest']) {
    const named = await call(sb, 'GET', '/contacts/x', a.access_token, { version })
    t.equal(named.status, 400, `Version ${version}`)
    t.same(named.body, { statusCode: 400, message: `Version ${version} is not supported on GET /contacts/x: it is a v2 path (use 2021-07-28 or 2023-02-21)`, error: 'Bad Request' })
  }
  t.equal((await call(sb, 'GET', '/contacts/x', a.access_token, { version: '2023-02-21' })).status, 404, '2023-02-21 accepted')

  const other = await call(sb, 'POST', '/contacts/', a.access_token, { body: { locationId: 'loc_B', email: 'x@y.io' } })
  t.equal(other.status, 403)
  t.same(other.body, { statusCode: 403, message: 'The token does not have access to this location.' })
  const mine = await call(sb, 'POST', '/contacts/', b.access_token, { body: { locationId: 'loc_B', email: 'x@y.io' } })
  t.equal(mine.status, 201)
  const id = mine.body.contact.id
  for (const [method, body] of [['GET', undefined], ['PUT', { firstName: 'z' }], ['DELETE', undefined]] as const) {
    t.equal((await call(sb, method, `/contacts/${id}`, a.access_token, { body })).status, 403, `${method} of another location's contact`)
  }
  t.equal((await call(sb, 'POST', '/contacts/upsert', a.access_token, { body: { locationId: 'loc_B', email: 'x@y.io' } })).status, 403)
  t.equal((await call(sb, 'POST', '/contacts/search', a.access_token, { body: { locationId: 'loc_B', pageLimit: 10 } })).status, 403)
  const s = sb.stats()
  t.equal(s.unauthorized, 3)
  t.equal(s.forbidden, 6)
})

t.test('422 with class-validator style messages', async (t) => {
  const sb = await sandboxFor(t)
  const { access_token: tok } = sb.issueTokens()
  const res = await call(sb, 'POST', '/contacts/', tok, {
    body: { email: 'not-an-email', tags: 'x', dnd: 'yes', firstName: 3, nickname: 'n', customFields: [{ field_value: 1 }], dateOfBirth: '1990-13-45' }
  })
  t.equal(res.status, 422)
  t.equal(res.body.statusCode, 422)
  t.equal(res.body.error, 'Unprocessable Entity')
  t.ok(Array.isArray(res.body.message))
  for (const m of ['email must be an email', 'tags must be an array', 'dnd must be a boolean value', 'firstName must be a string',
    'property nickname should not exist', 'customFields.0.id should not be empty', 'locationId should not be empty']) {
    t.ok(res.body.message.includes(m), m)
  }
  t.ok(res.body.message.some((m: string) => m.startsWith('dateOfBirth must be a valid date')))
  const tags = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, tags: ['ok', 1] } })
  t.same(tags.body.message, ['each value in tags must be a string'])
  const dnd = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, dndSettings: { SMS: { status: 'maybe' }, Fax: {} } } })
  t.same(dnd.body.message, ['dndSettings.SMS.status must be one of the following values: active, inactive, permanent', 'property dndSettings.Fax should not exist'])

  const badJson = await call(sb, 'POST', '/contacts/', tok, { body: '{"locationId":' })
  t.equal(badJson.status, 400)
  const notObject = await call(sb, 'POST', '/contacts/', tok, { body: [1, 2] })
  t.equal(notObject.status, 422)
  t.equal(sb.stats().unprocessable, 4)
})

t.test('custom fields: unknown ids and keys, and fields of the other model, are 422s; nothing is stored', async (t) => {
  const sb = await sandboxFor(t)
  const { access_token: tok } = sb.issueTokens()
  const deal = sb.seeds(LOC).customFields.find((f) => f.model === 'opportunity')
  t.ok(deal, 'an opportunity field is seeded')
  const res = await call(sb, 'POST', '/contacts/', tok, {
    body: { locationId: LOC, email: 'cf@x.io', customFields: [{ id: 'nope', field_value: 'x' }, { key: 'no_such_key', field_value: 'y' }, { id: deal?.id, field_value: 'z' }] }
  })
  t.equal(res.status, 422)
  t.same(res.body.message, [
    'customFields.0.id nope is not a custom field of this location',
    'customFields.1.key no_such_key is not a custom field of this location',
    `customFields.2.id ${String(deal?.id)} is a custom field of the opportunity model, not contact`
  ])
  t.equal(sb.contacts(LOC).length, 0, 'nothing created')
  const other = sb.issueTokens({ locationId: 'loc_other' })
  const elsewhere = await call(sb, 'POST', '/contacts/', other.access_token, { body: { locationId: 'loc_other', customFields: [{ id: field(sb, 'Plan').id, field_value: 'x' }] } })
  t.equal(elsewhere.status, 422, "another location's field id is unknown here")
  const upsert = await call(sb, 'POST', '/contacts/upsert', tok, { body: { locationId: LOC, email: 'u@x.io', customFields: [{ key: 'nope', field_value: 'x' }] } })
  t.equal(upsert.status, 422, 'upsert resolves fields too')
})

t.test('bodies over 1 MB → 413', async (t) => {
  const sb = await sandboxFor(t)
  const { access_token: tok } = sb.issueTokens()
  const res = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, address1: 'x'.repeat(1024 * 1024 + 10) } })
  t.equal(res.status, 413)
  t.equal(res.body.statusCode, 413)
  t.equal(sb.stats().contactsCreated, 0)
})

t.test('a location that disallows duplicates answers 400 with meta.contactId', async (t) => {
  const sb = await sandboxFor(t, { allowDuplicateContacts: false })
  const { access_token: tok } = sb.issueTokens()
  const first = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, firstName: 'Jo', lastName: 'Ng', email: 'jo@ng.io', phone: '5551234567' } })
  t.equal(first.status, 201)
  const id = first.body.contact.id

  const byEmail = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email: 'JO@NG.IO' } })
  t.equal(byEmail.status, 400)
  t.same(byEmail.body, {
    statusCode: 400,
    message: 'This location does not allow duplicated contacts.',
    meta: { contactId: id, contactName: 'Jo Ng', matchingField: 'email' }
  })
  const byPhone = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, phone: '+1 (555) 123-4567' } })
  t.equal(byPhone.status, 400)
  t.equal(byPhone.body.meta.matchingField, 'phone')
  t.equal(byPhone.body.meta.contactId, id)

  const other = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email: 'other@ng.io' } })
  t.equal(other.status, 201)
  const clash = await call(sb, 'PUT', `/contacts/${String(other.body.contact.id)}`, tok, { body: { email: 'jo@ng.io' } })
  t.equal(clash.status, 400, 'update into a duplicate is refused too')

  sb.setLocation(LOC, { allowDuplicates: true })
  t.equal((await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email: 'jo@ng.io' } })).status, 201, 'allowed again')
  t.equal(sb.stats().contactsCreated, 3)
})

t.test('upsert matches email (case-insensitive) first, then phone; its tags overwrite the contact\'s', async (t) => {
  const sb = await sandboxFor(t)
  const { access_token: tok } = sb.issueTokens()
  const up = async (body: Record<string, unknown>): Promise<any> => {
    const res = await call(sb, 'POST', '/contacts/upsert', tok, { body: { locationId: LOC, ...body } })
    t.equal(res.status, 200)
    t.match(res.body.traceId, /^[0-9a-f-]{36}$/)
    return res.body
  }
  const a = await up({ email: 'Ann@Example.com', firstName: 'Ann', tags: ['signup'] })
  t.equal(a.new, true)
  const a2 = await up({ email: 'ann@example.COM', lastName: 'Lee', tags: ['paid'] })
  t.equal(a2.new, false)
  t.equal(a2.contact.id, a.contact.id)
  t.same(a2.contact.tags, ['paid'], 'tags overwritten (spec: upsert tags replace the contact\'s tags)')
  const a3 = await up({ email: 'ann@example.com', firstName: 'Ann' })
  t.same(a3.contact.tags, ['paid'], 'no tags in the body: tags kept')
  t.equal(a2.contact.name, 'Ann Lee')

  const p = await up({ phone: '555-000-1111', firstName: 'Phil' })
  t.equal(p.new, true)
  const p2 = await up({ phone: '+15550001111', email: 'phil@example.com' })
  t.equal(p2.new, false, 'matched by phone')
  t.equal(p2.contact.id, p.contact.id)
  t.equal(p2.contact.email, 'phil@example.com')

  const both = await up({ email: 'ann@example.com', phone: '5550001111', tags: ['x'] })
  t.equal(both.contact.id, a.contact.id, 'email wins over phone')

  const forced = await up({ email: 'ann@example.com', createNewIfDuplicateAllowed: true })
  t.equal(forced.new, true, 'createNewIfDuplicateAllowed on a location that allows duplicates')
  t.notOk('createNewIfDuplicateAllowed' in forced.contact)
  sb.setLocation(LOC, { allowDuplicates: false })
  const ignored = await up({ email: 'nobody@example.com', createNewIfDuplicateAllowed: true })
  t.equal(ignored.new, true)
  const again = await up({ email: 'nobody@example.com', createNewIfDuplicateAllowed: true })
  t.equal(again.new, false, 'ignored when duplicates are not allowed')

  const bad = await call(sb, 'POST', '/contacts/upsert', tok, { body: { email: 'x@y.io' } })
  t.equal(bad.status, 422, 'locationId required')
  t.equal(sb.stats().contactsCreated, 4)
})

t.test('search: locationId and pageLimit required, query, filters, paging', async (t) => {
  let now = Date.parse('2026-01-01T00:00:00Z')
  const sb = await sandboxFor(t, { now: () => now })
  const { access_token: tok } = sb.issueTokens()
  const people = [['Ann', 'ann@x.io', '5550000001'], ['Bob', 'bob@x.io', '5550000002'], ['Cleo', 'cleo@y.io', '5550000003'], ['Dan', 'dan@y.io', undefined]]
  for (const [firstName, email, phone] of people) {
    now += 1000
    const res = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, firstName, email, ...(phone === undefined ? {} : { phone }), tags: [firstName === 'Bob' ? 'vip' : 'std'] } })
    t.equal(res.status, 201)
  }
  const search = async (body: Record<string, unknown>): Promise<any> => await call(sb, 'POST', '/contacts/search', tok, { body })

  const missing = await search({ locationId: LOC })
  t.equal(missing.status, 422)
  t.same(missing.body.message, ['pageLimit must be an integer number'])
  t.equal((await search({ pageLimit: 10 })).status, 422)

  const all = await search({ locationId: LOC, pageLimit: 10 })
  t.equal(all.status, 200)
  t.equal(all.body.total, 4)
  t.same(all.body.contacts.map((c: any) => c.firstName), ['Dan', 'Cleo', 'Bob', 'Ann'], 'newest first')
  t.match(all.body.contacts[0], { id: String, locationId: LOC, email: 'dan@y.io', dateAdded: String, tags: ['std'], customFields: [] })

  const q = await search({ locationId: LOC, pageLimit: 10, query: '@y.io' })
  t.same(q.body.contacts.map((c: any) => c.firstName), ['Dan', 'Cleo'])
  const phone = await search({ locationId: LOC, pageLimit: 10, query: '0000002' })
  t.same(phone.body.contacts.map((c: any) => c.firstName), ['Bob'])

  const eq = await search({ locationId: LOC, pageLimit: 10, filters: [{ field: 'email', operator: 'eq', value: 'CLEO@y.io' }] })
  t.equal(eq.body.total, 1)
  t.equal(eq.body.contacts[0].firstName, 'Cleo')
  const or = await search({ locationId: LOC, pageLimit: 10, filters: [{ group: 'OR', filters: [{ field: 'tags', operator: 'eq', value: 'vip' }, { field: 'firstName', operator: 'eq', value: 'ann' }] }] })
  t.same(or.body.contacts.map((c: any) => c.firstName), ['Bob', 'Ann'])
  const noPhone = await search({ locationId: LOC, pageLimit: 10, filters: [{ field: 'phone', operator: 'not_exists' }] })
  t.same(noPhone.body.contacts.map((c: any) => c.firstName), ['Dan'])
  const badFilter = await search({ locationId: LOC, pageLimit: 10, filters: [{ field: 'email', operator: 'like', value: 'x' }] })
  t.equal(badFilter.status, 422)

  const page2 = await search({ locationId: LOC, pageLimit: 3, page: 2 })
  t.equal(page2.body.total, 4)
  t.same(page2.body.contacts.map((c: any) => c.firstName), ['Ann'])
  const after = await search({ locationId: LOC, pageLimit: 2, searchAfter: all.body.contacts[1].searchAfter })
  t.same(after.body.contacts.map((c: any) => c.firstName), ['Bob', 'Ann'])
  const asc = await search({ locationId: LOC, pageLimit: 2, sort: [{ field: 'firstName', direction: 'asc' }] })
  t.same(asc.body.contacts.map((c: any) => c.firstName), ['Ann', 'Bob'])
  t.equal((await search({ locationId: LOC, pageLimit: 501 })).status, 422)
})

t.test('GET /contacts/ (deprecated, still served): newest first, query, limit, startAfterId paging', async (t) => {
  let now = Date.parse('2026-01-01T00:00:00Z')
  const sb = await sandboxFor(t, { now: () => now })
  const { access_token: tok } = sb.issueTokens()
  for (const [firstName, email] of [['Ann', 'ann@x.io'], ['Bob', 'bob@x.io'], ['Cleo', 'cleo@y.io']]) {
    now += 1000
    await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, firstName, email } })
  }
  const list = async (q: string): Promise<any> => await call(sb, 'GET', `/contacts/?locationId=${LOC}${q}`, tok)
  const all = await list('')
  t.equal(all.status, 200)
  t.same(all.body.contacts.map((c: any) => c.firstName), ['Cleo', 'Bob', 'Ann'])
  t.equal(all.body.count, 3)
  t.match(all.body.meta, { total: 3, nextPageUrl: null, startAfterId: null })
  t.same((await list('&query=x.io')).body.contacts.map((c: any) => c.firstName), ['Bob', 'Ann'])
  const page = await list('&limit=2')
  t.same(page.body.contacts.map((c: any) => c.firstName), ['Cleo', 'Bob'])
  t.match(page.body.meta, { total: 3, startAfterId: page.body.contacts[1].id, startAfter: Date.parse(page.body.contacts[1].dateAdded), nextPageUrl: /startAfterId=/ })
  const next = new URL(page.body.meta.nextPageUrl)
  t.same((await call(sb, 'GET', next.pathname + next.search, tok)).body.contacts.map((c: any) => c.firstName), ['Ann'])
  t.equal((await call(sb, 'GET', `/contacts?locationId=${LOC}`, tok)).status, 200, 'without the trailing slash too')
  t.equal((await list('&limit=101')).status, 422)
  t.equal((await list('&startAfter=soon')).status, 422)
  t.equal((await call(sb, 'GET', '/contacts/', tok)).status, 422, 'locationId required')
  t.equal((await call(sb, 'GET', '/contacts/?locationId=loc_B', tok)).status, 403)
  t.equal((await call(sb, 'GET', `/contacts/?locationId=${LOC}`, sb.issueTokens({ scope: 'opportunities.readonly' }).access_token)).status, 401)
})

t.test('duplicate lookup and tags', async (t) => {
  const sb = await sandboxFor(t)
  const { access_token: tok } = sb.issueTokens()
  const c = (await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email: 'dup@x.io', phone: '5551112222', tags: ['a'] } })).body.contact
  const byEmail = await call(sb, 'GET', `/contacts/search/duplicate?locationId=${LOC}&email=${encodeURIComponent('DUP@x.io')}`, tok)
  t.equal(byEmail.status, 200)
  t.equal(byEmail.body.contact.id, c.id)
  const byPhone = await call(sb, 'GET', `/contacts/search/duplicate?locationId=${LOC}&number=${encodeURIComponent('+15551112222')}`, tok)
  t.equal(byPhone.body.contact.id, c.id)
  const none = await call(sb, 'GET', `/contacts/search/duplicate?locationId=${LOC}&email=none@x.io`, tok)
  t.equal(none.body.contact, null)
  t.equal((await call(sb, 'GET', '/contacts/search/duplicate', tok)).status, 422)

  const added = await call(sb, 'POST', `/contacts/${String(c.id)}/tags`, tok, { body: { tags: ['b', 'a'] } })
  t.equal(added.status, 201)
  t.same(added.body.tags, ['a', 'b'])
  const removed = await call(sb, 'DELETE', `/contacts/${String(c.id)}/tags`, tok, { body: { tags: ['a'] } })
  t.same(removed.body.tags, ['b'])
  t.equal((await call(sb, 'POST', `/contacts/${String(c.id)}/tags`, tok, { body: { tags: 'x' } })).status, 422)
})

import t from 'tap'
import { createContactsApi, contactValidators, describeValidationError } from '../../lib/resources/contacts.js'
import type { RequestOptions, Requester } from '../../lib/client/types.js'
import { signupToContact, splitName, signupTagsFor, DEFAULT_SIGNUP_TAGS, createSyncSignup } from '../../lib/resources/sync-signup.js'

function recorder (): { request: Requester, calls: RequestOptions[] } {
  const calls: RequestOptions[] = []
  const request = (async (opts: RequestOptions) => { calls.push(opts); return { ok: true } }) as Requester
  return { request, calls }
}

t.test('validators compile once', async (t) => {
  t.equal(contactValidators(), contactValidators())
})

t.test('bad input: GHL_VALIDATION naming the field, nothing sent', async (t) => {
  const { request, calls } = recorder()
  const contacts = createContactsApi(request, 'loc1')
  const cases: Array<[() => Promise<unknown>, string]> = [
    [async () => await contacts.create({ email: 'not-an-email' }), 'contact.email must match format "email"'],
    [async () => await contacts.create({ email: 'a@b.co', tags: 'vip' as unknown as string[] }), 'contact.tags must be array'],
    [async () => await contacts.create({ email: 'a@b.co', tags: ['ok', 3 as unknown as string] }), 'contact.tags[1] must be string'],
    [async () => await contacts.create({ firstName: 5 as unknown as string }), 'contact.firstName must be string'],
    [async () => await contacts.create({ nickname: 'x' } as never), 'contact.nickname is not allowed'],
    [async () => await contacts.create({ dnd: 'yes' as unknown as boolean }), 'contact.dnd must be boolean'],
    [async () => await contacts.create({ dndSettings: { SMS: { status: 'maybe' as 'active' } } }), 'contact.dndSettings.SMS.status must be equal to one of the allowed values'],
    [async () => await contacts.create({ customFields: [{ field_value: 'x' } as never] }), 'contact.customFields[0] must have an id or a key'],
    [async () => await contacts.create({ locationId: '' }), 'contact.locationId must NOT have fewer than 1 characters'],
    [async () => await contacts.update('c1', { email: 'nope' }), 'contact.email must match format "email"'],
    [async () => await contacts.update('', { email: 'a@b.co' }), 'contactId must be a non-empty string'],
    [async () => await contacts.get(''), 'contactId must be a non-empty string'],
    [async () => await contacts.create({ dateOfBirth: 19900925 as unknown as string }), 'contact.dateOfBirth must be string or object or null'],
    [async () => await contacts.delete(undefined as unknown as string), 'contactId must be a non-empty string'],
    [async () => await contacts.upsert({ email: 'bad@' }), 'contact.email must match format "email"'],
    [async () => await contacts.upsert(null as never), 'contact must be an object'],
    [async () => await contacts.search({ pageLimit: 0 }), 'search.pageLimit must be >= 1'],
    [async () => await contacts.search({ pageLimit: 'x' as unknown as number }), 'search.pageLimit must be integer']
  ]
  for (const [fn, message] of cases) {
    await t.rejects(fn, { code: 'GHL_VALIDATION', statusCode: 400, message: `invalid input: ${message}` }, message)
  }
  t.equal(calls.length, 0, 'no request made')

  const noLocation = createContactsApi(request, undefined)
  await t.rejects(noLocation.create({ email: 'a@b.co' }), { code: 'GHL_VALIDATION', message: /contact\.locationId is required/ })
  await t.rejects(noLocation.search({}), { code: 'GHL_VALIDATION', message: /search\.locationId is required/ })
  t.equal(calls.length, 0)
})

t.test('good input: locationId filled, right method/path/idempotence, caller input untouched', async (t) => {
  const { request, calls } = recorder()
  const contacts = createContactsApi(request, 'loc1')
  const input = { email: 'ada@example.com', firstName: 'Ada', dateOfBirth: '1990-09-25', customFields: [{ id: 'f2', field_value: 'pro' }, { id: 'f1', field_value: 3 }] }
  await contacts.create(input)
  t.same(input, { email: 'ada@example.com', firstName: 'Ada', dateOfBirth: '1990-09-25', customFields: [{ id: 'f2', field_value: 'pro' }, { id: 'f1', field_value: 3 }] })
  t.match(calls[0], { method: 'POST', path: '/contacts/', idempotent: false, body: { ...input, locationId: 'loc1' } })
  await contacts.create({ locationId: 'other', email: null })
  t.match(calls[1], { body: { locationId: 'other', email: null } })
  await contacts.get('abc/def')
  t.match(calls[2], { method: 'GET', path: '/contacts/abc%2Fdef' })
  t.equal(calls[2].body, undefined)
  await contacts.update('c1', { tags: ['a'] })
  t.match(calls[3], { method: 'PUT', path: '/contacts/c1', body: { tags: ['a'] } })
  await contacts.delete('c1')
  t.match(calls[4], { method: 'DELETE', path: '/contacts/c1' })
  await contacts.upsert({ email: 'x@y.io' })
  t.match(calls[5], { method: 'POST', path: '/contacts/upsert', idempotent: true, body: { email: 'x@y.io', locationId: 'loc1' } })
  await contacts.search()
  t.match(calls[6], { method: 'POST', path: '/contacts/search', idempotent: true, body: { locationId: 'loc1', pageLimit: 20 } })
  await contacts.search({ query: 'ada', pageLimit: 5, filters: [{ field: 'email', operator: 'eq', value: 'a@b.co' }] })
  t.match(calls[7], { body: { locationId: 'loc1', pageLimit: 5, query: 'ada' } })
})

t.test('describeValidationError formats paths', async (t) => {
  t.equal(describeValidationError('contact', { instancePath: '/customFields/2/field_value', schemaPath: '#/x/type', keyword: 'type', params: { type: 'string' }, message: 'must be string' }), 'contact.customFields[2].field_value must be string')
  t.equal(describeValidationError('contact', { instancePath: '', schemaPath: '#/required', keyword: 'required', params: { missingProperty: 'locationId' }, message: '' }), 'contact.locationId is required')
})

t.test('syncSignup mapping', async (t) => {
  t.same(splitName('  Ada   King Lovelace '), { firstName: 'Ada', lastName: 'King Lovelace' })
  t.same(splitName('Cher'), { firstName: 'Cher' })
  t.same(splitName('  '), {})
  t.same(signupTagsFor('account', { tags: ['vip', 'customer', ' '] }, DEFAULT_SIGNUP_TAGS), ['customer', 'account', 'vip'])
  t.same(signupTagsFor('webinar', {}, DEFAULT_SIGNUP_TAGS), ['webinar'], 'unmapped type: just itself')
  t.same(signupTagsFor('toString', {}, DEFAULT_SIGNUP_TAGS), ['toString'], 'no prototype lookups')

  t.same(signupToContact({ email: ' Ada@Example.com ', name: 'Ada Lovelace', phone: '+15550100', customFields: { plan: 'pro' } }, 'trial', DEFAULT_SIGNUP_TAGS), {
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    name: 'Ada Lovelace',
    phone: '+15550100',
    source: 'fastify-ghl trial signup',
    tags: ['trial'],
    customFields: [{ key: 'plan', field_value: 'pro' }]
  })
  t.match(signupToContact({ email: 'a@b.co', firstName: 'A', lastName: 'B', name: 'ignored split', source: 'landing' }, 'newsletter', DEFAULT_SIGNUP_TAGS),
    { firstName: 'A', lastName: 'B', source: 'landing', tags: ['newsletter'] })
  t.throws(() => signupToContact({ email: '' }, 'account', DEFAULT_SIGNUP_TAGS), { code: 'GHL_VALIDATION', message: /user\.email is required/ })
  t.throws(() => signupToContact({ email: 'a@b.co' }, '', DEFAULT_SIGNUP_TAGS), { code: 'GHL_VALIDATION', message: /signupType/ })
  t.throws(() => createSyncSignup({} as never, { bad: 'x' } as never), { code: 'GHL_CONFIG', message: /options\.signupTags\.bad/ })

  const { request, calls } = recorder()
  const contacts = createContactsApi(request, 'loc9')
  const sync = createSyncSignup(contacts, { account: ['customer', 'paying'] })
  await sync({ email: 'z@z.io', name: 'Zed' }, 'account')
  t.match(calls[0], { path: '/contacts/upsert', body: { locationId: 'loc9', email: 'z@z.io' } })
  t.equal((calls[0].body as { tags?: unknown }).tags, undefined, 'no tags in the upsert: they would replace existing ones')
  t.equal(calls.length, 1, 'the recorder returns no contact id: no tag call')
  await t.rejects(sync({ email: 'nope' }, 'account'), { code: 'GHL_VALIDATION', message: /contact\.email must match format "email"/ })
  t.same(await contacts.addTags('c1', ['a']), { ok: true })
  t.match(calls.at(-1), { method: 'POST', path: '/contacts/c1/tags', body: { tags: ['a'] }, idempotent: true })
  await contacts.removeTags('c1', ['a'])
  t.match(calls.at(-1), { method: 'DELETE', path: '/contacts/c1/tags', body: { tags: ['a'] } })
  await t.rejects(contacts.addTags('c1', 'a' as never), { code: 'GHL_VALIDATION', message: /tags must be an array/ })
  await t.rejects(contacts.addTags('c1', [1] as never), { code: 'GHL_VALIDATION', message: /tags\[0\] must be string/ })
})

// The contacts resource and syncSignup against the sandbox: result shapes, duplicates, validation before the network.
import t from 'tap'
import { clientFixture } from '../helpers/token-provider.js'

t.test('create, get, update, upsert, search, delete: result shapes', async (t) => {
  const { client, location, sandbox } = await clientFixture(t)

  const created = await client.contacts.create({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '+1 555 0100', tags: ['vip'] })
  t.match(created, { contact: { id: String, locationId: location, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', tags: ['vip'] }, traceId: String })
  const id = created.contact.id

  const got = await client.contacts.get(id)
  t.match(got, { contact: { id, locationId: location, email: 'ada@example.com', dateAdded: String } })

  const updated = await client.contacts.update(id, { city: 'London', tags: ['vip', 'math'] })
  t.match(updated, { succeded: true, contact: { id, city: 'London', tags: ['vip', 'math'] } })

  const upserted = await client.contacts.upsert({ email: 'ada@example.com', companyName: 'Analytical Engines' })
  t.match(upserted, { new: false, contact: { id, companyName: 'Analytical Engines' }, traceId: String })
  const fresh = await client.contacts.upsert({ email: 'grace@example.com', firstName: 'Grace' })
  t.match(fresh, { new: true, contact: { id: String, email: 'grace@example.com' } })
  t.not(fresh.contact.id, id)

  const found = await client.contacts.search({ query: 'ada@example.com' })
  t.match(found, { contacts: [{ id }], total: 1 })
  const all = await client.contacts.search({ pageLimit: 10 })
  t.equal(all.contacts.length, 2)

  const deleted = await client.contacts.delete(id)
  t.match(deleted, { succeded: true })
  await t.rejects(client.contacts.get(id), { code: 'GHL_HTTP_ERROR', message: `GHL answered 404 to GET /contacts/${id}: Contact not found`, cause: { status: 404 } })
  t.equal(sandbox.contacts(location).length, 1)
})

t.test('duplicate contact: GHL_DUPLICATE_CONTACT with contactId and matchingField; GHL\'s 400 on cause', async (t) => {
  const { client, location, sandbox } = await clientFixture(t)
  sandbox.setLocation(location, { allowDuplicates: false })
  const { contact } = await client.contacts.create({ email: 'dup@example.com', firstName: 'Dup' })
  const err = await client.contacts.create({ email: 'DUP@example.com' }).catch((e: Error) => e)
  t.match(err, {
    code: 'GHL_DUPLICATE_CONTACT',
    contactId: contact.id,
    matchingField: 'email',
    cause: { status: 400, meta: { contactId: contact.id, matchingField: 'email' }, body: { statusCode: 400, message: 'This location does not allow duplicated contacts.' } }
  })
  t.equal(sandbox.stats().contactsCreated, 1)
})

t.test('bad input: GHL_VALIDATION naming the field, no request reaches the sandbox', async (t) => {
  const { client, sandbox } = await clientFixture(t)
  sandbox.resetStats()
  await t.rejects(client.contacts.create({ email: 'not-an-email' }), { code: 'GHL_VALIDATION', message: 'invalid input: contact.email must match format "email"' })
  await t.rejects(client.contacts.upsert({ email: 'a@b.co', tags: [1 as unknown as string] }), { code: 'GHL_VALIDATION', message: 'invalid input: contact.tags[0] must be string' })
  await t.rejects(client.contacts.update('c1', { unknownField: 1 } as never), { code: 'GHL_VALIDATION', message: 'invalid input: contact.unknownField is not allowed' })
  await t.rejects(client.contacts.search({ pageLimit: -1 }), { code: 'GHL_VALIDATION', message: 'invalid input: search.pageLimit must be >= 1' })
  await t.rejects(client.contacts.get(''), { code: 'GHL_VALIDATION', message: 'invalid input: contactId must be a non-empty string' })
  await t.rejects(client.syncSignup({ email: '' }, 'account'), { code: 'GHL_VALIDATION', message: 'invalid input: user.email is required' })
  t.equal(sandbox.stats().requests, 0, 'nothing sent')
})

t.test('syncSignup twice: one contact with the right tags; a later signup type adds its tags', async (t) => {
  const { client, location, sandbox } = await clientFixture(t)
  const user = { email: 'Lin@Example.com', name: 'Lin Manuel Miranda', phone: '+1 555 0199', tags: ['beta'], source: 'website' }
  const first = await client.syncSignup(user, 'account')
  t.match(first, { new: true, contact: { email: 'lin@example.com', firstName: 'Lin', lastName: 'Manuel Miranda', source: 'website' } })
  t.same(first.contact.tags?.slice().sort(), ['account', 'beta', 'customer'])
  const second = await client.syncSignup(user, 'account')
  t.match(second, { new: false, contact: { id: first.contact.id } })
  let contacts = sandbox.contacts(location)
  t.equal(contacts.length, 1, 'one contact')
  t.same(contacts[0].tags.slice().sort(), ['account', 'beta', 'customer'])
  t.equal(sandbox.stats().contactsCreated, 1)

  await client.syncSignup({ email: 'lin@example.com' }, 'newsletter')
  contacts = sandbox.contacts(location)
  t.equal(contacts.length, 1)
  t.same(contacts[0].tags.slice().sort(), ['account', 'beta', 'customer', 'newsletter'], 'earlier tags kept')
})

t.test('syncSignup with a configured tag map and custom fields by key', async (t) => {
  const { client, location, sandbox } = await clientFixture(t, { client: { signupTags: { account: ['paying', 'onboarding'] } } })
  const res = await client.syncSignup({ email: 'cf@example.com', firstName: 'Cee', customFields: { plan: 'pro' } }, 'account')
  t.same(res.contact.tags?.slice().sort(), ['account', 'onboarding', 'paying'])
  const [stored] = sandbox.contacts(location)
  t.equal(stored.customFields.length, 1)
  t.equal(stored.customFields[0].value, 'pro')
})

t.test('forConnection: the same API on another location', async (t) => {
  const { client, tokens, sandbox } = await clientFixture(t)
  const other = tokens.install('loc_second')
  const api = client.forConnection(other)
  const { contact } = await api.contacts.create({ email: 'second@example.com' })
  t.equal(contact.locationId, other, 'locationId filled with the bound connection')
  t.match(await api.contacts.get(contact.id), { contact: { id: contact.id } })
  const synced = await api.syncSignup({ email: 'second@example.com' }, 'trial')
  t.equal(synced.contact.id, contact.id)
  t.equal(sandbox.contacts(other).length, 1)
  t.match(api.rateLimitState(), { serverMax: 100, enabled: true })
  t.match(await api.request({ method: 'GET', path: `/contacts/${contact.id}` }), { contact: { id: contact.id } })
})

// customFields (list, get by key, create), customValues (list, update), and custom fields by key in contact writes
// and syncSignup, against the sandbox over HTTP: keys resolve to ids through one cached lookup per location, a
// miss refetches, a 422 naming a custom field refetches and sends again, an unknown key fails before any write.
import t from 'tap'
import { resourceFixture } from './sandbox-client.js'

t.test('customFields.list, get by key, create; customValues.list, update', async (t) => {
  const { client, sandbox, location, seeds } = await resourceFixture(t)
  const { customFields } = await client.customFields.list()
  t.same(customFields?.map((f) => f.id).sort(), seeds.customFields.map((f) => f.id).sort(), 'every model by default')
  t.same((await client.customFields.list({ model: 'opportunity' })).customFields?.map((f) => f.fieldKey), ['opportunity.deal_source'])
  const plan = seeds.customFields.find((f) => f.fieldKey === 'contact.plan')
  t.match(await client.customFields.get('plan'), { id: plan?.id, fieldKey: 'contact.plan' }, 'by short key')
  t.match(await client.customFields.get('contact.plan'), { id: plan?.id }, 'by full key')
  t.match(await client.customFields.get('opportunity.deal_source'), { model: 'opportunity' })
  sandbox.resetStats()
  t.equal(await client.customFields.get('nope'), undefined)
  t.equal(sandbox.stats().requests, 1, 'a miss in the cached list: one fresh lookup')

  const { customField } = await client.customFields.create({ name: 'Referral Code', dataType: 'TEXT' })
  t.match(customField, { id: String, fieldKey: 'contact.referral_code', dataType: 'TEXT' })
  t.match(await client.customFields.get('referral_code'), { id: customField?.id }, 'a created field is found at once')
  t.ok(sandbox.seeds(location).customFields.some((f) => f.id === customField?.id))

  const values = (await client.customValues.list()).customValues ?? []
  t.same(values.map((v) => v.id), seeds.customValues.map((v) => v.id))
  const { customValue } = await client.customValues.update(values[0].id as string, { name: values[0].name as string, value: 'Renamed Co' })
  t.match(customValue, { id: values[0].id, value: 'Renamed Co' })
  t.equal(sandbox.seeds(location).customValues[0].value, 'Renamed Co')
})

t.test('bad bodies: GHL_VALIDATION naming the field, nothing sent', async (t) => {
  const { client, refusedBeforeNetwork } = await resourceFixture(t)
  await refusedBeforeNetwork(() => client.customFields.create({ name: 'x' } as never), 'invalid input: customField.dataType is required')
  await refusedBeforeNetwork(() => client.customValues.update('v1', { name: 'x' } as never), 'invalid input: customValue.value is required')
  await refusedBeforeNetwork(() => client.customValues.update('..', { name: 'x', value: 'y' }), 'invalid input: customValueId must not be "." or ".."')
  await refusedBeforeNetwork(() => client.customFields.get(''), 'invalid input: key must be a non-empty string')
})

t.test('by key end to end: a field created through the API, used by key in syncSignup; the contact carries its id', async (t) => {
  const { client, sandbox, location } = await resourceFixture(t)
  const { customField } = await client.customFields.create({ name: 'Favourite Color', dataType: 'TEXT' })
  const fieldId = customField?.id as string
  const seats = sandbox.seeds(location).customFields.find((f) => f.fieldKey === 'contact.seats')?.id as string
  sandbox.resetStats()
  const { contact } = await client.syncSignup({ email: 'keys@example.com', customFields: { favourite_color: 'teal', 'contact.seats': 3 } }, 'account')
  const stored = sandbox.contacts(location).find((c) => c.id === contact.id)
  t.same(stored?.customFields.sort((a, b) => a.id.localeCompare(b.id)), [{ id: fieldId, value: 'teal' }, { id: seats, value: 3 }].sort((a, b) => a.id.localeCompare(b.id)))
  t.equal(sandbox.stats().apiCalls['GET /locations/:locationId/customFields'], 1, 'one lookup')

  // the list is cached: a second write by key makes no lookup
  await client.contacts.update(contact.id, { customFields: { favourite_color: 'red' } })
  t.equal(sandbox.stats().apiCalls['GET /locations/:locationId/customFields'], 1, 'still one lookup')
  t.match(sandbox.contacts(location).find((c) => c.id === contact.id)?.customFields, [{ id: fieldId, value: 'red' }])
  // GHL's list form with a key is resolved too (the spec requires an id)
  await client.contacts.upsert({ email: 'keys@example.com', customFields: [{ key: 'favourite_color', field_value: 'blue' }] })
  t.match(sandbox.contacts(location).find((c) => c.id === contact.id)?.customFields, [{ id: fieldId, value: 'blue' }])
})

t.test('an unknown key fails with GHL_VALIDATION naming it, after a fresh lookup and before any write', async (t) => {
  const { client, sandbox, location } = await resourceFixture(t)
  sandbox.resetStats()
  await t.rejects(client.syncSignup({ email: 'unknown@example.com', customFields: { plan: 'pro', shoe_size: 44 } }, 'account'), {
    code: 'GHL_VALIDATION',
    message: `invalid input: contact.customFields[1].key "shoe_size" is not a contact custom field of location ${location}`
  })
  const stats = sandbox.stats()
  t.equal(stats.apiCalls['GET /locations/:locationId/customFields'], 1, 'the lookup')
  t.equal(stats.apiCalls.total, 1, 'and nothing else: no write')
  t.same(sandbox.contacts(location), [])
  await t.rejects(client.contacts.create({ email: 'x@example.com', customFields: { 'opportunity.deal_source': 'web' } }), {
    code: 'GHL_VALIDATION', message: /"opportunity\.deal_source" is not a contact custom field/
  }, 'a field of the other model is not a contact field')
})

t.test('a miss refetches the list: a field created elsewhere after the lookup is found', async (t) => {
  const { client, sandbox, location } = await resourceFixture(t)
  await client.contacts.create({ email: 'a@example.com', customFields: { plan: 'pro' } })
  // created behind this client's back (another instance, a person in GHL)
  const other = client.forConnection(location)
  await other.customFields.create({ name: 'Late Field', dataType: 'TEXT' })
  sandbox.resetStats()
  const { contact } = await client.contacts.create({ email: 'b@example.com', customFields: { late_field: 'yes' } })
  t.equal(sandbox.stats().apiCalls['GET /locations/:locationId/customFields'], 1, 'one fresh lookup on the miss')
  t.equal(sandbox.contacts(location).find((c) => c.id === contact.id)?.customFields.length, 1)
})

t.test('a 422 naming a custom field (stale ids) refetches the list and sends once more', async (t) => {
  const { client, sandbox, location } = await resourceFixture(t)
  await client.customFields.list()
  await client.contacts.create({ email: 'warm@example.com', customFields: { plan: 'basic' } })
  sandbox.resetStats()
  sandbox.addFault({ path: '/contacts/upsert', method: 'POST', status: 422, body: { statusCode: 422, message: ['customFields.0.id abc is not a custom field of this location'] } })
  const { contact } = await client.contacts.upsert({ email: 'stale@example.com', customFields: { plan: 'pro' } })
  const stats = sandbox.stats()
  t.equal(stats.apiCalls['POST /contacts/upsert'] ?? 0, 1, 'the faulted upsert never reached the handler; the second did')
  t.equal(stats.requests, 3, 'upsert (422), lookup, upsert')
  t.match(sandbox.contacts(location).find((c) => c.id === contact.id)?.customFields, [{ value: 'pro' }])
  // a 422 about something else is not retried
  sandbox.addFault({ path: '/contacts/upsert', method: 'POST', status: 422, body: { statusCode: 422, message: ['email must be an email'] } })
  sandbox.resetStats()
  await t.rejects(client.contacts.upsert({ email: 'other@example.com', customFields: { plan: 'pro' } }), { cause: { status: 422 } })
  t.equal(sandbox.stats().requests, 1)
})

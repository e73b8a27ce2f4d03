// Custom fields and custom values of a location over HTTP, and custom field values on contacts and opportunities:
// list by model, get by id or key, create (201, field key, 400 on a taken key), update, values CRUD, guard.
import t from 'tap'
import { call, sandboxFor } from '../helpers/sandbox.js'

const LOC = 'loc_sandbox_1'
const FIELDS = `/locations/${LOC}/customFields`
const VALUES = `/locations/${LOC}/customValues`

t.test('custom fields: seeded, listed by model, found by id or field key', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const contact = await call(sb, 'GET', FIELDS, tok)
  t.equal(contact.status, 200)
  t.ok(contact.body.customFields.length >= 3)
  t.ok(contact.body.customFields.every((f: any) => f.model === 'contact'), 'contact fields by default')
  t.match(contact.body.customFields[0], { id: /^[A-Za-z0-9]{20}$/, name: 'Plan', fieldKey: 'contact.plan', dataType: 'TEXT', position: 0, locationId: LOC, model: 'contact' })
  const opp = await call(sb, 'GET', `${FIELDS}?model=opportunity`, tok)
  t.same(opp.body.customFields.map((f: any) => f.fieldKey), ['opportunity.deal_source'])
  const all = await call(sb, 'GET', `${FIELDS}?model=all`, tok)
  t.equal(all.body.customFields.length, contact.body.customFields.length + opp.body.customFields.length)
  t.equal((await call(sb, 'GET', `${FIELDS}?model=deal`, tok)).status, 422)

  const id = contact.body.customFields[0].id as string
  t.same((await call(sb, 'GET', `${FIELDS}/${id}`, tok)).body.customField, contact.body.customFields[0], 'by id')
  t.same((await call(sb, 'GET', `${FIELDS}/contact.plan`, tok)).body.customField, contact.body.customFields[0], 'by field key')
  const none = await call(sb, 'GET', `${FIELDS}/nope`, tok)
  t.equal(none.status, 404)
  t.equal(none.body.message, 'Custom field not found')
})

t.test('create and update custom fields; a new field works on contacts at once', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const missing = await call(sb, 'POST', FIELDS, tok, { body: { placeholder: 'x' } })
  t.equal(missing.status, 422)
  t.same(missing.body.message, ['name should not be empty', 'name must be a string', 'dataType must be one of the following values: TEXT, LARGE_TEXT, NUMERICAL, PHONE, MONETORY, CHECKBOX, SINGLE_OPTIONS, MULTIPLE_OPTIONS, DATE, TEXTBOX_LIST, FILE_UPLOAD, RADIO, EMAIL'])
  t.equal((await call(sb, 'POST', FIELDS, tok, { body: { name: 'X', dataType: 'TEXT', model: 'deal' } })).status, 422)

  const created = await call(sb, 'POST', FIELDS, tok, { body: { name: 'Favourite Colour', dataType: 'SINGLE_OPTIONS', placeholder: 'pick one', position: 7 } })
  t.equal(created.status, 201)
  t.match(created.body.customField, { id: /^[A-Za-z0-9]{20}$/, name: 'Favourite Colour', fieldKey: 'contact.favourite_colour', dataType: 'SINGLE_OPTIONS', placeholder: 'pick one', position: 7, model: 'contact', locationId: LOC })
  const taken = await call(sb, 'POST', FIELDS, tok, { body: { name: 'Favourite Colour', dataType: 'TEXT' } })
  t.equal(taken.status, 400)
  t.equal(taken.body.message, 'A custom field with this field key already exists')
  const keyed = await call(sb, 'POST', FIELDS, tok, { body: { name: 'Stage Note', dataType: 'TEXT', model: 'opportunity', fieldKey: 'stage_note' } })
  t.equal(keyed.body.customField.fieldKey, 'opportunity.stage_note', 'fieldKey (undocumented, accepted by GHL) sets the key')

  const fieldId = created.body.customField.id as string
  const upd = await call(sb, 'PUT', `${FIELDS}/${fieldId}`, tok, { body: { name: 'Favourite Color', placeholder: 'choose' } })
  t.equal(upd.status, 200)
  t.match(upd.body.customField, { id: fieldId, name: 'Favourite Color', placeholder: 'choose', fieldKey: 'contact.favourite_colour' }, 'the key stays')
  t.same((await call(sb, 'PUT', `${FIELDS}/${fieldId}`, tok, { body: { placeholder: 'x' } })).body.message, ['name should not be empty', 'name must be a string'])
  t.equal((await call(sb, 'PUT', `${FIELDS}/nope`, tok, { body: { name: 'x' } })).status, 404)

  const c = await call(sb, 'POST', '/contacts/', tok, { body: { locationId: LOC, email: 'cf@x.io', customFields: [{ key: 'favourite_colour', field_value: 'blue' }] } })
  t.equal(c.status, 201)
  t.same(c.body.contact.customFields, [{ id: fieldId, value: 'blue' }])
  t.same((await call(sb, 'GET', `/contacts/${String(c.body.contact.id)}`, tok)).body.contact.customFields, [{ id: fieldId, value: 'blue' }], 'stored')
  const [pipeline] = sb.seeds(LOC).pipelines
  const o = await call(sb, 'POST', '/opportunities/', tok, { body: { locationId: LOC, pipelineId: pipeline.id, name: 'O', status: 'open', contactId: c.body.contact.id, customFields: [{ id: keyed.body.customField.id, field_value: 'note' }] } })
  t.same(o.body.opportunity.customFields, [{ id: keyed.body.customField.id, fieldValue: 'note' }])
})

t.test('custom values: list, get, create, update, delete', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  const list = await call(sb, 'GET', VALUES, tok)
  t.equal(list.status, 200)
  t.match(list.body.customValues[0], { id: /^[A-Za-z0-9]{20}$/, name: 'Company Name', fieldKey: '{{ custom_values.company_name }}', value: 'Sandbox Co', locationId: LOC })
  const id = list.body.customValues[0].id as string
  t.same((await call(sb, 'GET', `${VALUES}/${id}`, tok)).body.customValue, list.body.customValues[0])

  const upd = await call(sb, 'PUT', `${VALUES}/${id}`, tok, { body: { name: 'Company Name', value: 'Acme' } })
  t.equal(upd.status, 200)
  t.match(upd.body.customValue, { id, value: 'Acme', fieldKey: '{{ custom_values.company_name }}' })
  t.same((await call(sb, 'PUT', `${VALUES}/${id}`, tok, { body: { value: 'x' } })).body.message, ['name should not be empty', 'name must be a string'])
  t.equal((await call(sb, 'PUT', `${VALUES}/nope`, tok, { body: { name: 'a', value: 'b' } })).status, 404)

  const created = await call(sb, 'POST', VALUES, tok, { body: { name: 'Booking Link', value: 'https://x.test/book' } })
  t.equal(created.status, 201)
  t.match(created.body.customValue, { name: 'Booking Link', fieldKey: '{{ custom_values.booking_link }}', value: 'https://x.test/book' })
  t.equal((await call(sb, 'POST', VALUES, tok, { body: { name: 'x' } })).status, 422)
  const del = await call(sb, 'DELETE', `${VALUES}/${String(created.body.customValue.id)}`, tok)
  t.equal(del.body.succeded, true)
  t.equal((await call(sb, 'GET', `${VALUES}/${String(created.body.customValue.id)}`, tok)).status, 404)
  t.equal(sb.seeds(LOC).customValues.length, 2)
})

t.test('the guard: path location (403), scopes (401)', async (t) => {
  const sb = await sandboxFor(t)
  const tok = sb.issueTokens().access_token
  for (const path of ['/locations/loc_B/customFields', '/locations/loc_B/customFields/x', '/locations/loc_B/customValues', '/locations/loc_B/customValues/x']) {
    t.equal((await call(sb, 'GET', path, tok)).status, 403, path)
  }
  t.equal((await call(sb, 'POST', '/locations/loc_B/customFields', tok, { body: { name: 'x', dataType: 'TEXT' } })).status, 403)
  const readFields = sb.issueTokens({ scope: 'locations/customFields.readonly' }).access_token
  t.equal((await call(sb, 'GET', FIELDS, readFields)).status, 200)
  t.equal((await call(sb, 'POST', FIELDS, readFields, { body: { name: 'x', dataType: 'TEXT' } })).status, 401)
  t.equal((await call(sb, 'GET', VALUES, readFields)).status, 401, 'custom values have their own scopes')
  const values = sb.issueTokens({ scope: 'locations/customValues.write' }).access_token
  t.equal((await call(sb, 'GET', VALUES, values)).status, 200, 'write implies read')
  t.equal((await call(sb, 'GET', FIELDS, values)).status, 401)
})

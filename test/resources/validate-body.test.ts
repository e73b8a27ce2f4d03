// Request bodies validated against the generated schemas with the overrides on top: GHL_VALIDATION naming the field.
import { Ajv, type AnySchema } from 'ajv'
import t, { type Test } from 'tap'
import { bodySchemas } from '../../lib/resources/generated/index.js'
import { bodyValidator, effectiveBodySchema, validateBody, type BodySpec, type RequestBody } from '../../lib/resources/validate-body.js'

const opportunity = { pipelineId: 'p1', locationId: 'loc1', name: 'Deal', status: 'open', contactId: 'c1' }

function rejects (t: Test, spec: BodySpec, operationId: string, body: unknown, message: string, subject?: string): void {
  t.throws(() => { validateBody(spec, operationId as never, body, subject) }, { code: 'GHL_VALIDATION', statusCode: 400, message: 'invalid input: ' + message }, message)
}

/** The spec's own schema, no overrides: what the overrides are measured against. */
function specOnly (spec: BodySpec, operationId: string): (body: unknown) => boolean {
  const ajv = new Ajv({ strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true })
  return ajv.compile(effectiveBodySchema(spec, operationId, {}) as AnySchema) as (body: unknown) => boolean
}

t.test('every JSON body of every spec compiles under strict ajv, once', async (t) => {
  let n = 0
  for (const [spec, operations] of Object.entries(bodySchemas)) {
    for (const operationId of Object.keys(operations)) {
      const v = bodyValidator(spec as BodySpec, operationId as never)
      t.equal(bodyValidator(spec as BodySpec, operationId as never), v, `${spec} ${operationId} compiled once`)
      n++
    }
  }
  t.ok(n >= 60, `${n} operations`)
  t.ok('create-opportunity' in bodySchemas.opportunities && 'create-contact' in bodySchemas.contacts)
})

t.test('a valid body passes, and is typed as the generated body after', async (t) => {
  const body: unknown = { ...opportunity, monetaryValue: 220, customFields: [{ id: 'f1', field_value: 'x' }] }
  validateBody('opportunities', 'create-opportunity', body)
  const typed: RequestBody<'opportunities', 'create-opportunity'> = body
  t.equal(typed.pipelineId, 'p1')
  t.doesNotThrow(() => { validateBody('opportunities', 'update-opportunity-status', { status: 'won' }) })
  t.doesNotThrow(() => { validateBody('users', 'filter-users-by-email', { companyId: 'co1', emails: 'a@b.co,c@d.co' }) })
})

t.test('a missing field, a wrong type or value: GHL_VALIDATION naming the field', async (t) => {
  const { contactId: _, ...noContact } = opportunity
  rejects(t, 'opportunities', 'create-opportunity', noContact, 'opportunity.contactId is required', 'opportunity')
  rejects(t, 'opportunities', 'create-opportunity', { ...opportunity, monetaryValue: '220' }, 'body.monetaryValue must be number')
  rejects(t, 'opportunities', 'create-opportunity', { ...opportunity, status: 'closed' }, 'body.status must be equal to one of the allowed values')
  rejects(t, 'opportunities', 'create-opportunity', { ...opportunity, customFields: [{ id: 'f1' }, { field_value: 1 }] }, 'body.customFields[1] must have an id or a key')
  rejects(t, 'opportunities', 'update-opportunity-status', {}, 'body.status is required')
  rejects(t, 'opportunities', 'add-followers-opportunity', { followers: ['u1', 2] }, 'body.followers[1] must be string')
  rejects(t, 'calendars', 'create-event-notification', [{ receiverType: 'contact', channel: 'email' }], 'body[0].notificationType is required')
  rejects(t, 'custom-fields', 'create-custom-field-folder', 'folder', 'body must be object')
})

t.test('overrides take effect where the spec is wrong', async (t) => {
  // the spec requires the follower fields and types monetaryValue as an object
  const upsert = { pipelineId: 'p1', locationId: 'loc1', monetaryValue: 220 }
  t.notOk(specOnly('opportunities', 'Upsert-opportunity')(upsert), 'the spec alone rejects it')
  t.doesNotThrow(() => { validateBody('opportunities', 'Upsert-opportunity', upsert) })
  rejects(t, 'opportunities', 'Upsert-opportunity', { locationId: 'loc1' }, 'body.pipelineId is required')

  // the spec requires query, paging and four detail flags
  const search = { locationId: 'loc1', additionalDetails: { notes: true } }
  t.notOk(specOnly('opportunities', 'search-opportunities-advanced')(search))
  t.doesNotThrow(() => { validateBody('opportunities', 'search-opportunities-advanced', search) })

  // the spec requires a custom field's id; GHL also takes its key, and a number for a numeric field
  const byKey = { ...opportunity, customFields: [{ key: 'budget', field_value: 1200 }] }
  t.notOk(specOnly('opportunities', 'create-opportunity')(byKey))
  t.doesNotThrow(() => { validateBody('opportunities', 'create-opportunity', byKey) })

  // contacts: email format, dateOfBirth as a string, no unknown properties
  t.ok(specOnly('contacts', 'create-contact')({ locationId: 'loc1', email: 'not-an-email' }), 'the spec has no email format')
  rejects(t, 'contacts', 'create-contact', { locationId: 'loc1', email: 'not-an-email' }, 'contact.email must match format "email"', 'contact')
  t.notOk(specOnly('contacts', 'create-contact')({ locationId: 'loc1', dateOfBirth: '1990-09-25' }))
  t.doesNotThrow(() => { validateBody('contacts', 'update-contact', { dateOfBirth: '1990-09-25' }) })
  rejects(t, 'contacts', 'update-contact', { nickname: 'x' }, 'body.nickname is not allowed')

  // users: the operation filters by "email array", the spec types emails a comma-separated string
  t.doesNotThrow(() => { validateBody('users', 'filter-users-by-email', { companyId: 'co1', emails: ['a@b.co'] }) })
  rejects(t, 'users', 'filter-users-by-email', { companyId: 'co1', emails: 3 }, 'body.emails must be string or array')

  // calendars: "either calendarId or assignedUserId"
  t.doesNotThrow(() => { validateBody('calendars', 'create-block-slot', { locationId: 'loc1', assignedUserId: 'u1' }) })
})

t.test('an operation without a JSON body is a programming error, not bad input', async (t) => {
  t.throws(() => bodyValidator('opportunities', 'get-pipelines' as never), TypeError)
  t.throws(() => bodyValidator('locations', 'upload-file-customFields' as never), /no operation upload-file-customFields with a JSON body/)
})

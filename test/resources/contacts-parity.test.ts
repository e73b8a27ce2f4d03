// Contacts moved from hand-copied schemas (contact-schemas.ts, deleted) onto the generated contacts.json schemas with
// spec-overrides.ts: the verdicts and messages below are what the hand-copied schemas gave, recorded before the move,
// so contacts judge bodies exactly as before — through validateBody and through the contacts resource itself.
import t from 'tap'
import { createContactsApi, contactValidators, describeValidationError } from '../../lib/resources/contacts.js'
import type { Requester } from '../../lib/client/types.js'
import { validateBody } from '../../lib/resources/validate-body.js'

type Kind = 'create' | 'update' | 'upsert' | 'search'
const OPERATION = { create: 'create-contact', update: 'update-contact', upsert: 'upsert-contact', search: 'search-contacts-advanced' } as const

/** [kind, body, what contact-schemas.ts answered: 'ok' or the message] */
const cases: Array<[Kind, unknown, string]> = [
  ["create", {"locationId": "l", "firstName": "Ada", "email": "ada@example.com", "tags": ["a"], "dnd": false, "country": "GB"}, "ok"],
  ["create", {"locationId": "l", "email": "not-an-email"}, "contact.email must match format \"email\""],
  ["create", {"locationId": "l", "email": null, "phone": null}, "ok"],
  ["create", {"locationId": "l", "tags": "vip"}, "contact.tags must be array"],
  ["create", {"locationId": "l", "tags": ["ok", 3]}, "contact.tags[1] must be string"],
  ["create", {"locationId": "l", "firstName": 5}, "contact.firstName must be string"],
  ["create", {"locationId": "l", "nickname": "x"}, "contact.nickname is not allowed"],
  ["create", {"locationId": "l", "dnd": "yes"}, "contact.dnd must be boolean"],
  ["create", {"locationId": "l", "dndSettings": {"SMS": {"status": "maybe"}}}, "contact.dndSettings.SMS.status must be equal to one of the allowed values"],
  ["create", {"locationId": "l", "dndSettings": {"SMS": {"message": "no status"}}}, "contact.dndSettings.SMS.status is required"],
  ["create", {"locationId": "l", "inboundDndSettings": {"all": {"status": "permanent"}}}, "contact.inboundDndSettings.all.status must be equal to one of the allowed values"],
  ["create", {"locationId": "l", "customFields": [{"field_value": "x"}]}, "contact.customFields[0] must have an id or a key"],
  ["create", {"locationId": "l", "customFields": [{"key": "budget", "field_value": 1200}, {"id": "f2", "field_value": ["a", "b"]}]}, "ok"],
  ["create", {"locationId": ""}, "contact.locationId must NOT have fewer than 1 characters"],
  ["create", {"email": "a@b.co"}, "contact.locationId is required"],
  ["create", {"locationId": "l", "dateOfBirth": "1990-09-25"}, "ok"],
  ["create", {"locationId": "l", "dateOfBirth": 19900925}, "contact.dateOfBirth must be string or object or null"],
  ["update", {"email": "nope"}, "contact.email must match format \"email\""],
  ["update", {"dateOfBirth": null, "source": null, "assignedTo": null}, "ok"],
  ["update", {"locationId": "l"}, "contact.locationId is not allowed"],
  ["update", {"postalCode": 12345}, "contact.postalCode must be string"],
  ["upsert", {"locationId": "l", "email": "a@b.co", "createNewIfDuplicateAllowed": true}, "ok"],
  ["upsert", {"locationId": "l", "createNewIfDuplicateAllowed": "yes"}, "contact.createNewIfDuplicateAllowed must be boolean"],
  ["upsert", {"phone": "+15550100"}, "contact.locationId is required"],
  ["search", {"locationId": "l", "pageLimit": 20, "query": "ada", "filters": [{"field": "tags", "operator": "eq", "value": "a"}]}, "ok"],
  ["search", {"locationId": "l"}, "contact.pageLimit is required"],
  ["search", {"locationId": "l", "pageLimit": 0}, "contact.pageLimit must be >= 1"],
  ["search", {"pageLimit": 20}, "contact.locationId is required"],
  ["search", {"locationId": "l", "pageLimit": 20, "page": 1.5}, "contact.page must be integer"]
]

function generated (kind: Kind, body: unknown): string {
  try {
    validateBody('contacts', OPERATION[kind], body, 'contact')
    return 'ok'
  } catch (err) {
    return (err as Error).message.replace(/^invalid input: /, '')
  }
}

t.test('validateBody: same verdict and message as the hand-copied schemas', async (t) => {
  for (const [kind, body, expected] of cases) t.equal(generated(kind, body), expected, `${kind} ${JSON.stringify(body)}`)
  const rejected = cases.filter(([, , e]) => e !== 'ok').length
  t.ok(rejected > 15 && rejected < cases.length - 5, `both kinds of case (${rejected} rejected of ${cases.length})`)
})

t.test('contactValidators (what contacts.ts uses): the same', async (t) => {
  for (const [kind, body, expected] of cases) {
    const validate = contactValidators()[kind]
    const got = validate(body) ? 'ok' : describeValidationError('contact', validate.errors![0])
    t.equal(got, expected, `${kind} ${JSON.stringify(body)}`)
  }
})

t.test('the contacts resource rejects what the schemas reject, before any request', async (t) => {
  let calls = 0
  const request = (async (opts: { method: string }) => {
    // the custom-field lookup behind `{ key: 'budget' }` is a read; count the writes
    if (opts.method === 'GET') return { customFields: [{ id: 'f-budget', fieldKey: 'contact.budget', model: 'contact' }] }
    calls++
    return { contact: { id: 'c1' }, contacts: [] }
  }) as Requester
  const contacts = createContactsApi(request, undefined)
  for (const [kind, body, expected] of cases) {
    if (kind === 'search') continue
    const before = calls
    const run = kind === 'update' ? contacts.update('c1', body as never) : contacts[kind](body as never)
    const got = await run.then(() => 'ok', (err: Error) => err.message.replace(/^invalid input: /, ''))
    t.equal(got, expected, `${kind} ${JSON.stringify(body)}`)
    t.equal(calls - before, expected === 'ok' ? 1 : 0, 'a request only for a valid body')
  }
})

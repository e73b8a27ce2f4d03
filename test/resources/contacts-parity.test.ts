// validate-body with the contacts overrides judges contact bodies as the hand-copied contact-schemas.ts does (same
// verdict, same message), so contacts.ts can move onto the generated schemas without changing behaviour.
import t from 'tap'
import { contactValidators, describeValidationError } from '../../lib/resources/contacts.js'
import { validateBody } from '../../lib/resources/validate-body.js'

type Kind = 'create' | 'update' | 'upsert' | 'search'
const OPERATION = { create: 'create-contact', update: 'update-contact', upsert: 'upsert-contact', search: 'search-contacts-advanced' } as const

const cases: Array<[Kind, unknown]> = [
  ['create', { locationId: 'l', firstName: 'Ada', email: 'ada@example.com', tags: ['a'], dnd: false, country: 'GB' }],
  ['create', { locationId: 'l', email: 'not-an-email' }],
  ['create', { locationId: 'l', email: null, phone: null }],
  ['create', { locationId: 'l', tags: 'vip' }],
  ['create', { locationId: 'l', tags: ['ok', 3] }],
  ['create', { locationId: 'l', firstName: 5 }],
  ['create', { locationId: 'l', nickname: 'x' }],
  ['create', { locationId: 'l', dnd: 'yes' }],
  ['create', { locationId: 'l', dndSettings: { SMS: { status: 'maybe' } } }],
  ['create', { locationId: 'l', dndSettings: { SMS: { message: 'no status' } } }],
  ['create', { locationId: 'l', inboundDndSettings: { all: { status: 'permanent' } } }],
  ['create', { locationId: 'l', customFields: [{ field_value: 'x' }] }],
  ['create', { locationId: 'l', customFields: [{ key: 'budget', field_value: 1200 }, { id: 'f2', field_value: ['a', 'b'] }] }],
  ['create', { locationId: '' }],
  ['create', { email: 'a@b.co' }],
  ['create', { locationId: 'l', dateOfBirth: '1990-09-25' }],
  ['create', { locationId: 'l', dateOfBirth: 19900925 }],
  ['update', { email: 'nope' }],
  ['update', { dateOfBirth: null, source: null, assignedTo: null }],
  ['update', { locationId: 'l' }],
  ['update', { postalCode: 12345 }],
  ['upsert', { locationId: 'l', email: 'a@b.co', createNewIfDuplicateAllowed: true }],
  ['upsert', { locationId: 'l', createNewIfDuplicateAllowed: 'yes' }],
  ['upsert', { phone: '+15550100' }],
  ['search', { locationId: 'l', pageLimit: 20, query: 'ada', filters: [{ field: 'tags', operator: 'eq', value: 'a' }] }],
  ['search', { locationId: 'l' }],
  ['search', { locationId: 'l', pageLimit: 0 }],
  ['search', { pageLimit: 20 }],
  ['search', { locationId: 'l', pageLimit: 20, page: 1.5 }]
]

/** `ok` or the message contact-schemas.ts gives. */
function handCopied (kind: Kind, body: unknown): string {
  const validate = contactValidators()[kind]
  if (validate(body)) return 'ok'
  const first = validate.errors?.[0]
  return first === undefined ? 'invalid' : describeValidationError('contact', first)
}

function generated (kind: Kind, body: unknown): string {
  try {
    validateBody('contacts', OPERATION[kind], body, 'contact')
    return 'ok'
  } catch (err) {
    return (err as Error).message.replace(/^invalid input: /, '')
  }
}

t.test('same verdict and message as contact-schemas.ts', async (t) => {
  let rejected = 0
  for (const [kind, body] of cases) {
    const expected = handCopied(kind, body)
    if (expected !== 'ok') rejected++
    t.equal(generated(kind, body), expected, `${kind} ${JSON.stringify(body)}`)
  }
  t.ok(rejected > 15 && rejected < cases.length - 5, `both kinds of case (${rejected} rejected of ${cases.length})`)
})

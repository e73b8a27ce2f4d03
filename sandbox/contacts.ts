// /contacts routes: create, get, update, delete, upsert, search, duplicate lookup and tags, answered with the
// response DTOs of contacts.json.
import { randomUUID } from 'node:crypto'
import { checkLocation, type Guard } from './auth.js'
import { CREATE_FIELDS, isEmail, UPDATE_FIELDS, UPSERT_FIELDS, validateContactBody } from './contact-input.js'
import { searchContacts } from './contact-search.js'
import type { Core, RequestContext } from './core.js'
import { errorBody, isObject, type Reply } from './http.js'
import type { AccessRecord } from './tokens.js'
import type { SandboxContact } from './types.js'

const READ: Guard = { userType: 'Location', scopes: ['contacts.readonly', 'contacts.write'] }
const WRITE: Guard = { userType: 'Location', scopes: ['contacts.write'] }

export interface ApiRoute {
  /** stats key, e.g. 'GET /contacts/:id' */
  key: string
  guard: Guard
  /** whether the handler takes a body */
  body: boolean
  /** counted in stats.apiCalls (POST /oauth/locationToken is counted in tokenCalls instead) */
  apiCall: boolean
  run: (core: Core, ctx: RequestContext, rec: AccessRecord, body: unknown, param: string) => void
}

function traceId (): string {
  return randomUUID()
}

function unprocessable (reply: Reply, messages: string[]): void {
  reply.json(422, errorBody(422, messages))
}

function notFound (reply: Reply): void {
  reply.json(404, errorBody(404, 'Contact not found'))
}

/** 403 when the body names another location than the token's; true when the call may go on. */
function bodyLocationAllowed (reply: Reply, rec: AccessRecord, body: unknown): boolean {
  if (isObject(body) && typeof body.locationId === 'string' && body.locationId.length > 0) return checkLocation(reply, rec, body.locationId)
  return true
}

/** The contact the token may see, or undefined with the answer sent (404 / 403). */
function ownContact (core: Core, reply: Reply, rec: AccessRecord, id: string): SandboxContact | undefined {
  const contact = core.contacts.get(id)
  if (contact === undefined) {
    notFound(reply)
    return undefined
  }
  if (!checkLocation(reply, rec, contact.locationId)) return undefined
  return contact
}

/** For a location that disallows duplicates: the existing contact with the same email (then phone). */
function duplicateOf (core: Core, locationId: string, body: Record<string, unknown>, except?: string): { contact: SandboxContact, field: 'email' | 'phone' } | undefined {
  const loc = core.locations.get(locationId)
  if (loc === undefined || loc.allowDuplicates) return undefined
  if (typeof body.email === 'string') {
    const c = core.contacts.findByEmail(locationId, body.email, except)
    if (c !== undefined) return { contact: c, field: 'email' }
  }
  if (typeof body.phone === 'string') {
    const c = core.contacts.findByPhone(locationId, body.phone, except)
    if (c !== undefined) return { contact: c, field: 'phone' }
  }
  return undefined
}

function duplicateError (reply: Reply, dup: { contact: SandboxContact, field: 'email' | 'phone' }): void {
  reply.json(400, {
    statusCode: 400,
    message: 'This location does not allow duplicated contacts.',
    meta: { contactId: dup.contact.id, contactName: typeof dup.contact.name === 'string' ? dup.contact.name : '', matchingField: dup.field }
  })
}

function create (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown): void {
  if (!bodyLocationAllowed(reply, rec, body)) return
  const errors = validateContactBody(body, CREATE_FIELDS, true)
  if (errors.length > 0) return unprocessable(reply, errors)
  const input = body as Record<string, unknown>
  const locationId = input.locationId as string
  core.locations.ensure(locationId, rec.grant.companyId)
  const dup = duplicateOf(core, locationId, input)
  if (dup !== undefined) return duplicateError(reply, dup)
  const contact = core.contacts.create(locationId, input, core.clock.iso())
  core.stats.contactsCreated++
  reply.json(201, { contact, traceId: traceId() })
}

function get (core: Core, { reply }: RequestContext, rec: AccessRecord, _body: unknown, id: string): void {
  const contact = ownContact(core, reply, rec, id)
  if (contact !== undefined) reply.json(200, { contact, traceId: traceId() })
}

function update (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown, id: string): void {
  const errors = validateContactBody(body, UPDATE_FIELDS, false)
  if (errors.length > 0) return unprocessable(reply, errors)
  const contact = ownContact(core, reply, rec, id)
  if (contact === undefined) return
  const input = body as Record<string, unknown>
  const dup = duplicateOf(core, contact.locationId, input, contact.id)
  if (dup !== undefined) return duplicateError(reply, dup)
  core.contacts.update(contact, input, 'replace', core.clock.iso())
  reply.json(200, { succeded: true, contact, traceId: traceId() })
}

function remove (core: Core, { reply }: RequestContext, rec: AccessRecord, _body: unknown, id: string): void {
  const contact = ownContact(core, reply, rec, id)
  if (contact === undefined) return
  core.contacts.delete(contact)
  reply.json(200, { succeded: true, traceId: traceId() })
}

function upsert (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown): void {
  if (!bodyLocationAllowed(reply, rec, body)) return
  const errors = validateContactBody(body, UPSERT_FIELDS, true)
  if (errors.length > 0) return unprocessable(reply, errors)
  const { createNewIfDuplicateAllowed, ...input } = body as Record<string, unknown>
  const locationId = input.locationId as string
  const loc = core.locations.ensure(locationId, rec.grant.companyId)
  const now = core.clock.iso()
  let match: SandboxContact | undefined
  if (!(loc.allowDuplicates && createNewIfDuplicateAllowed === true)) {
    if (typeof input.email === 'string') match = core.contacts.findByEmail(locationId, input.email)
    if (match === undefined && typeof input.phone === 'string') match = core.contacts.findByPhone(locationId, input.phone)
  }
  if (match !== undefined) {
    const { locationId: _, ...changes } = input
    core.contacts.update(match, changes, 'merge', now)
    reply.json(200, { new: false, contact: match, traceId: traceId() })
    return
  }
  const contact = core.contacts.create(locationId, input, now)
  core.stats.contactsCreated++
  reply.json(200, { new: true, contact, traceId: traceId() })
}

function search (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown): void {
  if (!bodyLocationAllowed(reply, rec, body)) return
  const result = searchContacts(core.contacts, body)
  if ('errors' in result) return unprocessable(reply, result.errors)
  reply.json(200, { contacts: result.contacts, total: result.total, traceId: traceId() })
}

function duplicate (core: Core, ctx: RequestContext, rec: AccessRecord): void {
  const { reply } = ctx
  const params = new URLSearchParams(ctx.search)
  const locationId = params.get('locationId')
  if (locationId === null || locationId === '') return unprocessable(reply, ['locationId should not be empty', 'locationId must be a string'])
  if (!checkLocation(reply, rec, locationId)) return
  const email = params.get('email')
  const number = params.get('number')
  if (email !== null && email !== '' && !isEmail(email)) return unprocessable(reply, ['email must be an email'])
  let contact: SandboxContact | undefined
  if (email !== null && email !== '') contact = core.contacts.findByEmail(locationId, email)
  if (contact === undefined && number !== null && number !== '') contact = core.contacts.findByPhone(locationId, number)
  reply.json(200, { contact: contact ?? null, traceId: traceId() })
}

function tagsBody (reply: Reply, body: unknown): string[] | undefined {
  const errors: string[] = []
  if (!isObject(body) || !Array.isArray(body.tags)) errors.push('tags must be an array')
  else if (!body.tags.every((t) => typeof t === 'string')) errors.push('each value in tags must be a string')
  if (errors.length > 0) {
    unprocessable(reply, errors)
    return undefined
  }
  return (body as { tags: string[] }).tags
}

function addTags (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown, id: string): void {
  const tags = tagsBody(reply, body)
  if (tags === undefined) return
  const contact = ownContact(core, reply, rec, id)
  if (contact !== undefined) reply.json(201, { tags: core.contacts.addTags(contact, tags, core.clock.iso()), traceId: traceId() })
}

function removeTags (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown, id: string): void {
  const tags = tagsBody(reply, body)
  if (tags === undefined) return
  const contact = ownContact(core, reply, rec, id)
  if (contact !== undefined) reply.json(200, { tags: core.contacts.removeTags(contact, tags, core.clock.iso()), traceId: traceId() })
}

const ROUTES = {
  create: { key: 'POST /contacts/', guard: WRITE, body: true, apiCall: true, run: create },
  upsert: { key: 'POST /contacts/upsert', guard: WRITE, body: true, apiCall: true, run: upsert },
  search: { key: 'POST /contacts/search', guard: READ, body: true, apiCall: true, run: search },
  duplicate: { key: 'GET /contacts/search/duplicate', guard: READ, body: false, apiCall: true, run: duplicate },
  get: { key: 'GET /contacts/:id', guard: READ, body: false, apiCall: true, run: get },
  update: { key: 'PUT /contacts/:id', guard: WRITE, body: true, apiCall: true, run: update },
  delete: { key: 'DELETE /contacts/:id', guard: WRITE, body: false, apiCall: true, run: remove },
  addTags: { key: 'POST /contacts/:id/tags', guard: WRITE, body: true, apiCall: true, run: addTags },
  removeTags: { key: 'DELETE /contacts/:id/tags', guard: WRITE, body: true, apiCall: true, run: removeTags }
} satisfies Record<string, ApiRoute>

/** The contacts route for a path under /contacts, with its `:id` (decoded), or undefined. */
export function matchContacts (method: string, path: string): { route: ApiRoute, param: string } | undefined {
  // path starts with '/contacts'
  const rest = path.length > 10 ? path.slice(10) : ''
  if (rest === '' || rest === '/') return method === 'POST' ? { route: ROUTES.create, param: '' } : undefined
  if (rest === 'upsert') return method === 'POST' ? { route: ROUTES.upsert, param: '' } : undefined
  if (rest === 'search') return method === 'POST' ? { route: ROUTES.search, param: '' } : undefined
  if (rest === 'search/duplicate') return method === 'GET' ? { route: ROUTES.duplicate, param: '' } : undefined
  const slash = rest.indexOf('/')
  let id: string
  try {
    id = decodeURIComponent(slash === -1 ? rest : rest.slice(0, slash))
  } catch {
    return undefined
  }
  if (id.length === 0) return undefined
  if (slash === -1) {
    if (method === 'GET') return { route: ROUTES.get, param: id }
    if (method === 'PUT') return { route: ROUTES.update, param: id }
    if (method === 'DELETE') return { route: ROUTES.delete, param: id }
    return undefined
  }
  if (rest.slice(slash) === '/tags') {
    if (method === 'POST') return { route: ROUTES.addTags, param: id }
    if (method === 'DELETE') return { route: ROUTES.removeTags, param: id }
  }
  return undefined
}

// /contacts routes: create, get, update, delete, upsert, search, the deprecated list, duplicate lookup and tags,
// answered with the response DTOs of contacts.json. Notes, tasks and memberships are in contact-*.ts.
import { bodyLocationAllowed, ownContact, queryLocation, readGuard, resolveFields, send, unprocessable, valid, writeGuard, type RouteDef } from './api.js'
import { CREATE_SHAPE, isEmail, UPDATE_SHAPE, UPSERT_SHAPE } from './contact-input.js'
import { listContacts, searchContacts } from './contact-search.js'
import type { Core, RequestContext } from './core.js'
import { isObject, type Reply } from './http.js'
import type { Params } from './router.js'
import type { AccessRecord } from './tokens.js'
import type { SandboxContact } from './types.js'
import { checkBody, queryNumber } from './validate.js'

const READ = readGuard('contacts')
const WRITE = writeGuard('contacts')

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
    meta: { contactName: typeof dup.contact.name === 'string' ? dup.contact.name : '', contactId: dup.contact.id, matchingField: dup.field }
  })
}

function create (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown): void {
  if (!bodyLocationAllowed(reply, rec, body)) return
  if (!valid(reply, checkBody(body, CREATE_SHAPE))) return
  const locationId = (body as { locationId: string }).locationId
  const input = resolveFields(core, reply, locationId, 'contact', body as Record<string, unknown>)
  if (input === undefined) return
  core.locations.ensure(locationId, rec.grant.companyId)
  const dup = duplicateOf(core, locationId, input)
  if (dup !== undefined) return duplicateError(reply, dup)
  const contact = core.contacts.create(locationId, input, core.clock.iso())
  core.stats.contactsCreated++
  send(reply, 201, { contact })
}

function get (core: Core, { reply }: RequestContext, rec: AccessRecord, _body: unknown, { id }: Params): void {
  const contact = ownContact(core, reply, rec, id)
  if (contact !== undefined) send(reply, 200, { contact })
}

function update (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown, { id }: Params): void {
  if (!valid(reply, checkBody(body, UPDATE_SHAPE))) return
  const contact = ownContact(core, reply, rec, id)
  if (contact === undefined) return
  const input = resolveFields(core, reply, contact.locationId, 'contact', body as Record<string, unknown>)
  if (input === undefined) return
  const dup = duplicateOf(core, contact.locationId, input, contact.id)
  if (dup !== undefined) return duplicateError(reply, dup)
  core.contacts.update(contact, input, core.clock.iso())
  send(reply, 200, { succeded: true, contact })
}

function remove (core: Core, { reply }: RequestContext, rec: AccessRecord, _body: unknown, { id }: Params): void {
  const contact = ownContact(core, reply, rec, id)
  if (contact === undefined) return
  core.contacts.delete(contact)
  core.records.drop(contact.id)
  send(reply, 200, { succeded: true })
}

/** Matches by email, then phone (unless createNewIfDuplicateAllowed on a location that allows duplicates); the
 * body's fields overwrite the match's, `tags` included (spec: upsert tags replace the contact's tags). */
function upsert (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown): void {
  if (!bodyLocationAllowed(reply, rec, body)) return
  if (!valid(reply, checkBody(body, UPSERT_SHAPE))) return
  const { createNewIfDuplicateAllowed, ...fields } = body as Record<string, unknown>
  const locationId = fields.locationId as string
  const input = resolveFields(core, reply, locationId, 'contact', fields)
  if (input === undefined) return
  const loc = core.locations.ensure(locationId, rec.grant.companyId)
  const now = core.clock.iso()
  let match: SandboxContact | undefined
  if (!(loc.allowDuplicates && createNewIfDuplicateAllowed === true)) {
    if (typeof input.email === 'string') match = core.contacts.findByEmail(locationId, input.email)
    if (match === undefined && typeof input.phone === 'string') match = core.contacts.findByPhone(locationId, input.phone)
  }
  if (match !== undefined) {
    const { locationId: _, ...changes } = input
    core.contacts.update(match, changes, now)
    send(reply, 200, { new: false, contact: match })
    return
  }
  const contact = core.contacts.create(locationId, input, now)
  core.stats.contactsCreated++
  send(reply, 200, { new: true, contact })
}

function search (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown): void {
  if (!bodyLocationAllowed(reply, rec, body)) return
  const result = searchContacts(core.contacts, body)
  if ('errors' in result) return unprocessable(reply, result.errors)
  send(reply, 200, { contacts: result.contacts, total: result.total })
}

/** GET /contacts/ (deprecated in the spec, still served): locationId, query, limit ≤ 100, startAfter/startAfterId. */
function list (core: Core, ctx: RequestContext, rec: AccessRecord): void {
  const q = new URLSearchParams(ctx.search)
  const errors: string[] = []
  const limit = queryNumber(q, 'limit', errors, { min: 1, max: 100, fallback: 20 })
  queryNumber(q, 'startAfter', errors, { fallback: 0 })
  const locationId = queryLocation(ctx, rec, q, 'locationId', errors)
  if (locationId === undefined) return
  const page = listContacts(core.contacts, locationId, { query: q.get('query') ?? '', limit: Math.floor(limit), startAfterId: q.get('startAfterId') ?? '' })
  const last = page.contacts[page.contacts.length - 1]
  const more = page.next && last !== undefined
  const next = more ? { startAfterId: last.id, startAfter: Date.parse(last.dateAdded) } : undefined
  const nextPageUrl = next === undefined
    ? null
    : `${core.url}/contacts/?${new URLSearchParams({ locationId, limit: String(limit), startAfterId: next.startAfterId, startAfter: String(next.startAfter) }).toString()}`
  send(ctx.reply, 200, {
    contacts: page.contacts,
    count: page.total,
    meta: { total: page.total, nextPageUrl, startAfterId: next?.startAfterId ?? null, startAfter: next?.startAfter ?? null }
  })
}

function duplicate (core: Core, ctx: RequestContext, rec: AccessRecord): void {
  const { reply } = ctx
  const params = new URLSearchParams(ctx.search)
  const locationId = queryLocation(ctx, rec, params)
  if (locationId === undefined) return
    const email = params.get('email')
  const number = params.get('number')
  if (email !== null && email !== '' && !isEmail(email)) return unprocessable(reply, ['email must be an email'])
  let contact: SandboxContact | undefined
  if (email !== null && email !== '') contact = core.contacts.findByEmail(locationId, email)
  if (contact === undefined && number !== null && number !== '') contact = core.contacts.findByPhone(locationId, number)
  send(reply, 200, { contact: contact ?? null })
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

function addTags (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown, { id }: Params): void {
  const tags = tagsBody(reply, body)
  if (tags === undefined) return
  const contact = ownContact(core, reply, rec, id)
  if (contact !== undefined) send(reply, 201, { tags: core.contacts.addTags(contact, tags, core.clock.iso()) })
}

function removeTags (core: Core, { reply }: RequestContext, rec: AccessRecord, body: unknown, { id }: Params): void {
  const tags = tagsBody(reply, body)
  if (tags === undefined) return
  const contact = ownContact(core, reply, rec, id)
  if (contact !== undefined) send(reply, 200, { tags: core.contacts.removeTags(contact, tags, core.clock.iso()) })
}

export const CONTACT_ROUTES: readonly RouteDef[] = [
  { method: 'POST', path: '/contacts/', guard: WRITE, run: create },
  { method: 'GET', path: '/contacts/', guard: READ, run: list },
  { method: 'POST', path: '/contacts/upsert', guard: WRITE, run: upsert },
  { method: 'POST', path: '/contacts/search', guard: READ, run: search },
  { method: 'GET', path: '/contacts/search/duplicate', guard: READ, run: duplicate },
  { method: 'GET', path: '/contacts/:id', guard: READ, run: get },
  { method: 'PUT', path: '/contacts/:id', guard: WRITE, run: update },
  { method: 'DELETE', path: '/contacts/:id', guard: WRITE, run: remove },
  { method: 'POST', path: '/contacts/:id/tags', guard: WRITE, run: addTags },
  { method: 'DELETE', path: '/contacts/:id/tags', guard: WRITE, body: true, run: removeTags }
]

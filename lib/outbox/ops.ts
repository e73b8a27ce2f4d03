// The outbox's operations: how each write becomes a job (payload, default key and ordering group) and how the relay
// delivers it through the normal client (token manager, rate limiter, breaker). Every op is convergent: an upsert
// matched by email, tags added, or a request the caller declared idempotent, so a delivery repeated after a crash
// changes nothing the first one did not.
import { createHash } from 'node:crypto'
import type { RequestOptions, Requester } from '../client/types.js'
import { GhlValidationError } from '../errors.js'
import type { ContactsApi } from '../resources/contacts.js'
import type { UpsertContactInput } from '../resources/contact-types.js'
import { checkSyncSignupOptions, signupToContact, type SignupUser, type SyncSignup, type SyncSignupOptions } from '../resources/sync-signup.js'

export const OUTBOX_OPS = ['syncSignup', 'upsertContact', 'addTags', 'request'] as const
export type OutboxOp = typeof OUTBOX_OPS[number]

/** A contact named by its GHL id, or by email (resolved by an upsert on delivery). */
export type ContactRef = string | { email: string }

/** A call for `outbox.request`: only calls that are safe to repeat (`idempotent: true` is required). */
export interface OutboxRequest {
  method: RequestOptions['method']
  path: string
  query?: RequestOptions['query']
  body?: unknown
  headers?: Record<string, string>
  idempotent: true
}

/** The job an op makes: its payload, and the key and group used when the caller gives none. */
export interface PreparedJob {
  op: OutboxOp
  payload: unknown
  key: string
  group: string
}

/** What delivery needs of the client: the API bound to a connection (`fastify.ghl.forLocation`). */
export interface DeliveryApi {
  forLocation: (connection: string) => { request: Requester, contacts: Pick<ContactsApi, 'upsert' | 'addTags'>, syncSignup: SyncSignup }
}

function digest (value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value) ?? '').digest('base64url').slice(0, 22)
}

function lower (value: string): string {
  return value.trim().toLowerCase()
}

/** The ordering group of a contact's jobs: everything about one person at one location runs in order. */
function contactGroup (connection: string, identity: string): string {
  return `contact:${connection}:${identity}`
}

export function prepareSyncSignup (connection: string, user: SignupUser, signupType: string, tags: Readonly<Record<string, readonly string[]>>, steps?: SyncSignupOptions): PreparedJob {
  // Validated now (the host hears about a missing email at once, not from a dead job); delivered with the same code.
  const contact = signupToContact(user, signupType, tags)
  if (steps !== undefined) checkSyncSignupOptions(steps)
  const email = lower(contact.email as string)
  const { locationId: _ignored, ...rest } = user
  return {
    op: 'syncSignup',
    payload: { user: rest, signupType: signupType.trim(), ...(steps === undefined ? {} : { steps }) },
    key: `signup:${connection}:${signupType.trim()}:${email}`,
    group: contactGroup(connection, email)
  }
}

export function prepareUpsertContact (connection: string, body: UpsertContactInput): PreparedJob {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new GhlValidationError('contact must be an object')
  const email = typeof body.email === 'string' && body.email.trim() !== '' ? lower(body.email) : undefined
  const phone = typeof body.phone === 'string' && body.phone.trim() !== '' ? body.phone.trim() : undefined
  if (email === undefined && phone === undefined) throw new GhlValidationError('contact.email or contact.phone is required: the upsert matches on them')
  const { locationId: _ignored, ...rest } = body
  return {
    op: 'upsertContact',
    payload: { body: rest },
    key: `upsert:${connection}:${digest(rest)}`,
    group: contactGroup(connection, email ?? phone as string)
  }
}

export function prepareAddTags (connection: string, contact: ContactRef, tags: readonly string[]): PreparedJob {
  if (!Array.isArray(tags) || tags.length === 0 || !tags.every((tag) => typeof tag === 'string' && tag.trim() !== '')) {
    throw new GhlValidationError('tags must be a non-empty array of non-empty strings')
  }
  let ref: ContactRef
  let identity: string
  if (typeof contact === 'string' && contact !== '') {
    ref = contact
    identity = `id:${contact}`
  } else if (contact !== null && typeof contact === 'object' && typeof contact.email === 'string' && contact.email.trim() !== '') {
    ref = { email: lower(contact.email) }
    identity = ref.email
  } else {
    throw new GhlValidationError('contactRef must be a contact id or { email }')
  }
  const sorted = [...new Set(tags.map((tag) => tag.trim()))].sort()
  return {
    op: 'addTags',
    payload: { contact: ref, tags: sorted },
    key: `tags:${connection}:${identity}:${digest(sorted)}`,
    group: contactGroup(connection, identity)
  }
}

export function prepareRequest (connection: string, call: OutboxRequest): PreparedJob {
  if (call === null || typeof call !== 'object') throw new GhlValidationError('request must be an object')
  if (call.idempotent !== true) {
    throw new GhlValidationError('outbox.request needs idempotent: true — a queued call may be delivered more than once (after a crash), so it must be safe to repeat')
  }
  if (typeof call.method !== 'string' || typeof call.path !== 'string' || !call.path.startsWith('/')) {
    throw new GhlValidationError('request needs a method and a path starting with /')
  }
  const payload = { method: call.method.toUpperCase(), path: call.path, query: call.query, body: call.body, headers: call.headers }
  const key = `request:${connection}:${digest(payload)}`
  return { op: 'request', payload, key, group: key }
}

/** What a delivery stores as the job's result: small, no personal data beyond ids. */
function contactSummary (response: { new?: unknown, contact?: { id?: unknown, tags?: unknown } } | null | undefined): unknown {
  const contact = response?.contact
  return { contactId: typeof contact?.id === 'string' ? contact.id : null, new: response?.new === true, tags: Array.isArray(contact?.tags) ? contact.tags : undefined }
}

const MAX_RESULT_CHARS = 8192

/** Delivers one job through the client; resolves with the result to store, or throws (see classify.ts). */
export async function deliver (api: DeliveryApi, op: string, connection: string, payload: unknown): Promise<unknown> {
  const view = api.forLocation(connection)
  const p = payload as Record<string, any>
  switch (op) {
    case 'syncSignup':
      return contactSummary(await view.syncSignup(p.user as SignupUser, p.signupType as string, p.steps as SyncSignupOptions | undefined))
    case 'upsertContact':
      return contactSummary(await view.contacts.upsert(p.body as UpsertContactInput))
    case 'addTags': {
      const ref = p.contact as ContactRef
      let id: string
      if (typeof ref === 'string') id = ref
      else {
        const found = await view.contacts.upsert({ email: ref.email })
        if (typeof found.contact?.id !== 'string') throw new Error(`GHL returned no contact id for ${ref.email}`)
        id = found.contact.id
      }
      const added = await view.contacts.addTags(id, p.tags as string[])
      return { contactId: id, tags: added.tags }
    }
    case 'request': {
      const response = await view.request({ method: p.method, path: p.path, query: p.query, body: p.body, headers: p.headers, idempotent: true })
      const text = JSON.stringify(response) ?? 'null'
      return text.length <= MAX_RESULT_CHARS ? response : { truncated: true, chars: text.length }
    }
    default:
      throw new GhlValidationError(`unknown outbox op ${JSON.stringify(op)}`)
  }
}

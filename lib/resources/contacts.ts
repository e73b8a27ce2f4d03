// contacts.create | get | update | delete | upsert | search, validated against the official schemas before any
// network call. The schemas are compiled once per process, on first use; GET and DELETE do no schema work.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import formatsPlugin from 'ajv-formats'
import { GhlValidationError } from '../errors.js'
import type { Requester } from '../client/types.js'
import { CreateContactDto, SearchBodyV2DTO, UpdateContactDto, UpsertContactDto } from './contact-schemas.js'
import type {
  CreateContactInput,
  CreateContactResponse,
  DeleteContactResponse,
  GetContactResponse,
  SearchContactsInput,
  SearchContactsResponse,
  TagsResponse,
  UpdateContactInput,
  UpdateContactResponse,
  UpsertContactInput,
  UpsertContactResponse
} from './contact-types.js'

export const DEFAULT_SEARCH_PAGE_LIMIT = 20

interface Validators {
  create: ValidateFunction
  update: ValidateFunction
  upsert: ValidateFunction
  search: ValidateFunction
}

let validators: Validators | undefined

// ajv-formats is CommonJS with `exports.default`: under NodeNext its default import is the module object.
const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as unknown as (ajv: Ajv, formats: string[]) => Ajv

/** Compiles the contact schemas the first time it is called, then returns the same functions. */
export function contactValidators (): Validators {
  if (validators !== undefined) return validators
  const ajv = new Ajv({ allErrors: false, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true, useDefaults: false })
  addFormats(ajv, ['email'])
  validators = {
    create: ajv.compile(CreateContactDto),
    update: ajv.compile(UpdateContactDto),
    upsert: ajv.compile(UpsertContactDto),
    search: ajv.compile(SearchBodyV2DTO)
  }
  return validators
}

/** `/customFields/0/field_value` → `customFields[0].field_value` */
function jsonPointerToPath (pointer: string): string {
  let out = ''
  for (const raw of pointer.split('/')) {
    if (raw === '') continue
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    out += /^\d+$/.test(part) ? `[${part}]` : `.${part}`
  }
  return out
}

/** One readable sentence naming the field, e.g. `contact.email must match format "email"`. */
export function describeValidationError (subject: string, err: ErrorObject): string {
  const path = subject + jsonPointerToPath(err.instancePath)
  switch (err.keyword) {
    case 'required':
      if (err.schemaPath.includes('/else/')) return `${path} must have an id or a key`
      return `${path}.${(err.params as { missingProperty: string }).missingProperty} is required`
    case 'additionalProperties':
      return `${path}.${(err.params as { additionalProperty: string }).additionalProperty} is not allowed`
    case 'type': {
      const type = (err.params as { type: string | string[] }).type
      return `${path} must be ${(Array.isArray(type) ? type : String(type).split(',')).join(' or ')}`
    }
    default:
      return `${path} ${err.message ?? 'is invalid'}`
  }
}

function check (validate: ValidateFunction, subject: string, value: unknown): void {
  if (validate(value)) return
  const first = validate.errors?.[0]
  throw new GhlValidationError(first === undefined ? `${subject} is invalid` : describeValidationError(subject, first))
}

function requireObject (value: unknown, subject: string): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new GhlValidationError(`${subject} must be an object`)
  }
}

function invalidContactId (): Error {
  return new GhlValidationError('contactId must be a non-empty string')
}

/** `.` and `..` survive encodeURIComponent and are dot segments: `/contacts/..` is `/` once a server or proxy normalises it. */
function dotSegment (contactId: string): boolean {
  return contactId === '.' || contactId === '..'
}

function dotSegmentId (): Error {
  return new GhlValidationError('contactId must not be "." or ".."')
}

function contactPath (contactId: unknown): string {
  if (typeof contactId !== 'string' || contactId.length === 0) throw invalidContactId()
  if (dotSegment(contactId)) throw dotSegmentId()
  return '/contacts/' + encodeURIComponent(contactId)
}

/** Fills `locationId` with the connection's location when omitted (a new object: the caller's input is not changed). */
function withLocation<T extends { locationId?: string }> (input: T, locationId: string | undefined): T {
  if (input.locationId !== undefined || locationId === undefined) return input
  return { ...input, locationId }
}

export interface ContactsApi {
  /** POST /contacts/ → `{ contact }`. Not retried once it may have reached GHL (it is not idempotent). */
  create: (input: CreateContactInput) => Promise<CreateContactResponse>
  /** GET /contacts/{id} → `{ contact }` */
  get: (contactId: string) => Promise<GetContactResponse>
  /** PUT /contacts/{id} → `{ succeded, contact }` */
  update: (contactId: string, input: UpdateContactInput) => Promise<UpdateContactResponse>
  /** DELETE /contacts/{id} → `{ succeded }` */
  delete: (contactId: string) => Promise<DeleteContactResponse>
  /** POST /contacts/upsert → `{ new, contact, traceId }`; matched by the location's duplicate settings (email, phone). */
  upsert: (input: UpsertContactInput) => Promise<UpsertContactResponse>
  /** POST /contacts/search → `{ contacts, total }` */
  search: (input?: SearchContactsInput) => Promise<SearchContactsResponse>
  /** POST /contacts/{id}/tags → `{ tags }` (all tags of the contact after adding). */
  addTags: (contactId: string, tags: string[]) => Promise<TagsResponse>
  /** DELETE /contacts/{id}/tags → `{ tags }` (the tags left). */
  removeTags: (contactId: string, tags: string[]) => Promise<TagsResponse>
}

function checkTags (tags: unknown): asserts tags is string[] {
  if (!Array.isArray(tags)) throw new GhlValidationError('tags must be an array of strings')
  for (let i = 0; i < tags.length; i++) {
    if (typeof tags[i] !== 'string') throw new GhlValidationError(`tags[${i}] must be string`)
  }
}

/**
 * The contacts resource over a requester bound to one connection.
 * @param locationId filled into create/upsert/search bodies that omit it (the connection's location).
 */
export function createContactsApi (request: Requester, locationId: string | undefined): ContactsApi {
  const v = contactValidators()
  return {
    async create (input) {
      requireObject(input, 'contact')
      const body = withLocation(input, locationId)
      check(v.create, 'contact', body)
      return await request<CreateContactResponse>({ method: 'POST', path: '/contacts/', body, idempotent: false })
    },
    get (contactId) {
      // not async: the hot path of reads saves a promise; a bad id still rejects rather than throws
      if (typeof contactId !== 'string' || contactId.length === 0) return Promise.reject(invalidContactId())
      if (contactId.length <= 2 && dotSegment(contactId)) return Promise.reject(dotSegmentId())
      return request<GetContactResponse>({ method: 'GET', path: '/contacts/' + encodeURIComponent(contactId) })
    },
    async update (contactId, input) {
      const path = contactPath(contactId)
      requireObject(input, 'contact')
      check(v.update, 'contact', input)
      return await request<UpdateContactResponse>({ method: 'PUT', path, body: input })
    },
    async delete (contactId) {
      return await request<DeleteContactResponse>({ method: 'DELETE', path: contactPath(contactId) })
    },
    async upsert (input) {
      requireObject(input, 'contact')
      const body = withLocation(input, locationId)
      check(v.upsert, 'contact', body)
      return await request<UpsertContactResponse>({ method: 'POST', path: '/contacts/upsert', body, idempotent: true })
    },
    async search (input = {}) {
      requireObject(input, 'search')
      let body = withLocation(input, locationId)
      if (body.pageLimit === undefined) body = { ...body, pageLimit: DEFAULT_SEARCH_PAGE_LIMIT }
      check(v.search, 'search', body)
      return await request<SearchContactsResponse>({ method: 'POST', path: '/contacts/search', body, idempotent: true })
    },
    async addTags (contactId, tags) {
      const path = contactPath(contactId) + '/tags'
      checkTags(tags)
      // adding tags a contact already has changes nothing: safe to repeat
      return await request<TagsResponse>({ method: 'POST', path, body: { tags }, idempotent: true })
    },
    async removeTags (contactId, tags) {
      const path = contactPath(contactId) + '/tags'
      checkTags(tags)
      return await request<TagsResponse>({ method: 'DELETE', path, body: { tags } })
    }
  }
}

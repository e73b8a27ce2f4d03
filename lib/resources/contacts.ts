// contacts.create | get | update | delete | upsert | search | addTags | removeTags | createOrGet, and what hangs off a
// contact (notes, tasks, workflows, campaigns: contact-records.ts). Bodies are validated against HighLevel's official
// contacts.json (validate-body.ts, compiled once per process on first use) before any network call; custom fields
// given by key are resolved to their ids (custom-fields.ts); GHL's duplicate-contact 400 is GhlDuplicateContactError.
import type { ValidateFunction } from 'ajv'
import type { GhlErrorCause } from '../client/transport.js'
import type { Requester } from '../client/types.js'
import { GhlDuplicateContactError, GhlValidationError } from '../errors.js'
import { createContactRecordsApi, type ContactRecordsApi } from './contact-records.js'
import type {
  Contact,
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
import { createFieldKeys, customFieldItems, namesCustomField, needsLookup, type CustomFieldItem, type FieldKeys } from './custom-fields.js'
import { invalidId, requireObject, segment, withLocation } from './shared.js'
import { bodyValidator, describeValidationError } from './validate-body.js'

export { describeValidationError }

export const DEFAULT_SEARCH_PAGE_LIMIT = 20

interface Validators {
  create: ValidateFunction
  update: ValidateFunction
  upsert: ValidateFunction
  search: ValidateFunction
}

let validators: Validators | undefined

/** The contact validators (the generated contacts.json schemas with spec-overrides.ts), compiled once. */
export function contactValidators (): Validators {
  validators ??= {
    create: bodyValidator('contacts', 'create-contact'),
    update: bodyValidator('contacts', 'update-contact'),
    upsert: bodyValidator('contacts', 'upsert-contact'),
    search: bodyValidator('contacts', 'search-contacts-advanced')
  }
  return validators
}

function check (validate: ValidateFunction, subject: string, value: unknown): void {
  if (validate(value)) return
  const first = validate.errors?.[0]
  throw new GhlValidationError(first === undefined ? `${subject} is invalid` : describeValidationError(subject, first))
}

const CONTACT_PATH_NAME = 'contactId'

function contactPath (contactId: unknown): string {
  return '/contacts/' + segment(CONTACT_PATH_NAME, contactId)
}

const DUPLICATE_MESSAGE = /does not allow duplicated contacts/i

/** GHL's 400 "This location does not allow duplicated contacts." with `meta.contactId` → GhlDuplicateContactError. */
export function duplicateContactError (err: unknown): GhlDuplicateContactError | undefined {
  const cause = (err as { cause?: GhlErrorCause } | null)?.cause
  if (cause?.status !== 400 || !DUPLICATE_MESSAGE.test(JSON.stringify(cause.body ?? ''))) return undefined
  const meta = cause.meta ?? {}
  if (typeof meta.contactId !== 'string' || meta.contactId === '') return undefined
  return new GhlDuplicateContactError(meta.contactId, typeof meta.matchingField === 'string' ? meta.matchingField : undefined, cause)
}

/** What createOrGet answers: the new contact, or the id of the one that already has this email or phone. */
export type CreateOrGetResult =
  | { id: string, created: true, contact: Contact }
  | { id: string, created: false, matchingField?: string }

export interface ContactsApi extends ContactRecordsApi {
  /**
   * POST /contacts/ → `{ contact }`. Not retried once it may have reached GHL (it is not idempotent). A location that
   * does not allow duplicates answers a second contact with the same email or phone with GhlDuplicateContactError
   * (`contactId`, `matchingField`). `customFields` may be a map `{ fieldKey: value }` (see `upsert`).
   */
  create: (input: CreateContactInput) => Promise<CreateContactResponse>
  /** create, or on GHL_DUPLICATE_CONTACT the existing contact's id (`created: false`): never fails on a duplicate. */
  createOrGet: (input: CreateContactInput) => Promise<CreateOrGetResult>
  /** GET /contacts/{id} → `{ contact }` */
  get: (contactId: string) => Promise<GetContactResponse>
  /** PUT /contacts/{id} → `{ succeded, contact }`. `tags` here replaces all the contact's tags (use addTags). */
  update: (contactId: string, input: UpdateContactInput) => Promise<UpdateContactResponse>
  /** DELETE /contacts/{id} → `{ succeded }` */
  delete: (contactId: string) => Promise<DeleteContactResponse>
  /**
   * POST /contacts/upsert → `{ new, contact, traceId }`; matched by the location's duplicate settings (email, phone).
   *
   * **`tags` overwrites**: GHL replaces ALL the contact's tags with the ones sent here (tags added by an earlier
   * signup, a workflow or a person are lost). To add tags, leave them out and call `addTags` (as syncSignup does).
   *
   * `customFields` may be GHL's list (`[{ id | key, field_value }]`) or a map `{ fieldKey: value }` (`plan` or
   * `contact.plan`): keys are resolved to ids through the location's cached custom-field list before sending; an
   * unknown key is GHL_VALIDATION naming it, and nothing is written.
   */
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

export interface ContactsApiOptions {
  /** The custom-field lists behind custom fields by key (shared with `customFields`); default: the contacts' own. */
  fieldKeys?: FieldKeys
}

/**
 * The contacts resource over a requester bound to one connection.
 * @param locationId filled into create/upsert/search bodies that omit it (the connection's location).
 */
export function createContactsApi (request: Requester, locationId: string | undefined, options: ContactsApiOptions = {}): ContactsApi {
  const v = contactValidators()
  const keys = options.fieldKeys ?? createFieldKeys(request)

  /** `input` with a custom-field map turned into GHL's list (validation judges the list). */
  function prepared<T extends { customFields?: unknown }> (input: T): T {
    const fields = input.customFields
    if (fields === undefined || fields === null || Array.isArray(fields)) return input
    return { ...input, customFields: customFieldItems(fields, 'contact.customFields') }
  }

  /**
   * Sends a validated body, its custom fields by key resolved first (in `location`); a 422 that names a custom field
   * (the cached list was stale) resolves them again from a fresh list and sends once more. Duplicates → typed error.
   */
  async function write<R> (body: { customFields?: unknown }, location: unknown, send: (body: unknown) => Promise<R>): Promise<R> {
    const items = body.customFields as CustomFieldItem[] | undefined
    const byKey = Array.isArray(items) && needsLookup(items)
    let where = ''
    if (byKey) {
      if (typeof location !== 'string' || location === '') throw new GhlValidationError('contact.customFields by key need a locationId')
      where = location
    }
    const resolve = async (): Promise<unknown> => byKey ? { ...body, customFields: await keys.resolve(where, 'contact', items, 'contact.customFields') } : body
    try {
      try {
        return await send(await resolve())
      } catch (err) {
        if (!byKey || !namesCustomField(err)) throw err
        keys.invalidate(where)
        return await send(await resolve())
      }
    } catch (err) {
      throw duplicateContactError(err) ?? err
    }
  }

  const api: ContactsApi = {
    ...createContactRecordsApi(request),
    async create (input) {
      requireObject(input, 'contact')
      const body = prepared(withLocation(input, locationId))
      check(v.create, 'contact', body)
      return await write(body, body.locationId, async (b) =>
        await request<CreateContactResponse>({ method: 'POST', path: '/contacts/', body: b, idempotent: false }))
    },
    async createOrGet (input) {
      try {
        const { contact } = await api.create(input)
        return { id: contact.id, created: true, contact }
      } catch (err) {
        if (!(err instanceof GhlDuplicateContactError)) throw err
        const out: CreateOrGetResult = { id: err.contactId, created: false }
        if (err.matchingField !== undefined) out.matchingField = err.matchingField
        return out
      }
    },
    get (contactId) {
      // not async: the hot path of reads saves a promise; a bad id still rejects rather than throws
      if (typeof contactId !== 'string' || contactId.length === 0) return Promise.reject(invalidId(CONTACT_PATH_NAME))
      if (contactId.length <= 2 && (contactId === '.' || contactId === '..')) {
        return Promise.reject(new GhlValidationError(`${CONTACT_PATH_NAME} must not be "." or ".."`))
      }
      return request<GetContactResponse>({ method: 'GET', path: '/contacts/' + encodeURIComponent(contactId) })
    },
    async update (contactId, input) {
      const path = contactPath(contactId)
      requireObject(input, 'contact')
      const body = prepared(input)
      check(v.update, 'contact', body)
      return await write(body, locationId, async (b) => await request<UpdateContactResponse>({ method: 'PUT', path, body: b }))
    },
    async delete (contactId) {
      return await request<DeleteContactResponse>({ method: 'DELETE', path: contactPath(contactId) })
    },
    async upsert (input) {
      requireObject(input, 'contact')
      const body = prepared(withLocation(input, locationId))
      check(v.upsert, 'contact', body)
      return await write(body, body.locationId, async (b) =>
        await request<UpsertContactResponse>({ method: 'POST', path: '/contacts/upsert', body: b, idempotent: true }))
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
  return api
}

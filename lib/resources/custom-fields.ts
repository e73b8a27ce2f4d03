// customFields (list, get by key, create) and customValues (list, update) of a location, typed from locations.json;
// and the custom-fields-by-key resolution the contact writes use: `{ plan: 'pro' }` or `[{ key: 'plan', … }]` →
// `[{ id, field_value }]` (what every custom-field schema of the spec requires) through a per-location cached
// GET /locations/{id}/customFields, refreshed on a miss (and by the writes on a 422 naming a custom field).
import type { Requester } from '../client/types.js'
import type { GhlErrorCause } from '../client/transport.js'
import { GhlValidationError } from '../errors.js'
import type { components } from './generated/locations.js'
import { checkedBody, locationOf, segment, type SpecBody, type SpecReply } from './shared.js'

type S = 'locations'
const SPEC: S = 'locations'

export type CustomField = components['schemas']['CustomFieldSchema']
export type CustomValue = components['schemas']['CustomValueSchema']
export type CustomFieldModel = 'contact' | 'opportunity'

/** CreateCustomFieldsDTO */
export type CreateCustomFieldInput = SpecBody<S, 'create-custom-field'>
/** customValuesDTO */
export type UpdateCustomValueInput = SpecBody<S, 'update-custom-value'>

export type ListCustomFieldsResponse = SpecReply<S, 'get-custom-fields'>
export type CustomFieldResponse = SpecReply<S, 'create-custom-field'>
export type ListCustomValuesResponse = SpecReply<S, 'get-custom-values'>
export type CustomValueResponse = SpecReply<S, 'update-custom-value'>

/** A value written to a custom field (text, number, money, options, file map…). */
export type CustomFieldValue = string | number | boolean | string[] | Record<string, unknown> | null

/** A custom field value addressed by `id`, or by `key` (resolved to the id before sending). */
export type CustomFieldItem =
  | { id: string, key?: string, field_value?: CustomFieldValue }
  | { id?: string, key: string, field_value?: CustomFieldValue }

/** Custom fields as a write takes them: GHL's list, or a map from field key (`plan` or `contact.plan`) to value. */
export type CustomFieldsInput = CustomFieldItem[] | Record<string, CustomFieldValue>

/** How long a location's field list is trusted without a miss. */
export const FIELD_CACHE_TTL_MS = 5 * 60_000

export interface CustomFieldsApi {
  /** GET /locations/{locationId}/customFields → `{ customFields }`; `model` default `all` (GHL's default: contact). */
  list: (options?: { model?: CustomFieldModel | 'all', locationId?: string }) => Promise<ListCustomFieldsResponse>
  /**
   * The field whose key is `key` (`contact.plan`, or `plan` for the contact model), from the cached list (fetched on
   * a miss); undefined when the location has none.
   */
  get: (key: string, options?: { model?: CustomFieldModel, locationId?: string }) => Promise<CustomField | undefined>
  /** POST /locations/{locationId}/customFields → `{ customField }`. Not retried (a second field, or a 400). */
  create: (input: CreateCustomFieldInput, options?: { locationId?: string }) => Promise<CustomFieldResponse>
}

export interface CustomValuesApi {
  /** GET /locations/{locationId}/customValues → `{ customValues }` */
  list: (options?: { locationId?: string }) => Promise<ListCustomValuesResponse>
  /** PUT /locations/{locationId}/customValues/{id} → `{ customValue }` */
  update: (id: string, input: UpdateCustomValueInput, options?: { locationId?: string }) => Promise<CustomValueResponse>
}

interface Entry {
  fields: CustomField[]
  loadedAt: number
}

/** The per-location field lists behind custom fields by key. */
export interface FieldKeys {
  /** The location's fields (every model), cached; `fresh` refetches (concurrent callers share one lookup). */
  fields: (locationId: string, fresh?: boolean) => Promise<CustomField[]>
  /** The field of `model` whose key is `key`, from the cached list; a miss refetches it unless it was fetched just now. */
  find: (locationId: string, model: CustomFieldModel, key: string) => Promise<CustomField | undefined>
  /** Forgets the location's list (after a field was created, or a 422 naming a custom field). */
  invalidate: (locationId?: string) => void
  /**
   * `input` as GHL's `[{ id, field_value }]`: keys resolved to ids (refetching the list once on a miss); an unknown
   * key is GHL_VALIDATION naming it. Items with an id are sent as given. No lookup when no item has only a key.
   */
  resolve: (locationId: string, model: CustomFieldModel, input: readonly CustomFieldItem[], subject?: string) => Promise<CustomFieldItem[]>
}

/** `{ key: value }` → `[{ key, field_value }]`; a list is copied as is. GHL_VALIDATION for anything else. */
export function customFieldItems (input: unknown, subject = 'customFields'): CustomFieldItem[] {
  if (Array.isArray(input)) return [...input] as CustomFieldItem[]
  if (input === null || typeof input !== 'object') throw new GhlValidationError(`${subject} must be an array or an object`)
  return Object.entries(input as Record<string, CustomFieldValue>).map(([key, value]) => ({ key, field_value: value }))
}

/** Whether any item needs its key resolved. */
export function needsLookup (items: readonly CustomFieldItem[]): boolean {
  return items.some((item) => item !== null && typeof item === 'object' && typeof item.id !== 'string' && typeof item.key === 'string')
}

function matches (field: CustomField, model: CustomFieldModel, key: string): boolean {
  if ((field.model ?? 'contact') !== model) return false
  return field.fieldKey === key || field.fieldKey === `${model}.${key}`
}

/** A 422 from GHL that names a custom field (an id it does not know, a key…): the list may be stale. */
export function namesCustomField (err: unknown): boolean {
  const cause = (err as { cause?: GhlErrorCause } | null)?.cause
  if (cause?.status !== 422) return false
  return /custom ?fields?/i.test(JSON.stringify(cause.body ?? ''))
}

export function createFieldKeys (request: Requester, now: () => number = Date.now): FieldKeys {
  const entries = new Map<string, Entry>()
  const inflight = new Map<string, Promise<Entry>>()

  async function load (locationId: string): Promise<Entry> {
    let p = inflight.get(locationId)
    if (p === undefined) {
      p = request<ListCustomFieldsResponse>({
        method: 'GET',
        path: `/locations/${segment('locationId', locationId)}/customFields`,
        query: { model: 'all' }
      }).then((res) => {
        const entry = { fields: Array.isArray(res?.customFields) ? res.customFields : [], loadedAt: now() }
        entries.set(locationId, entry)
        return entry
      }).finally(() => { inflight.delete(locationId) })
      inflight.set(locationId, p)
    }
    return await p
  }

  /** The list and whether it was fetched by this call (a miss in a list fetched just now needs no second lookup). */
  async function lookup (locationId: string, fresh: boolean): Promise<{ fields: CustomField[], fetched: boolean }> {
    const entry = entries.get(locationId)
    if (!fresh && entry !== undefined && now() - entry.loadedAt < FIELD_CACHE_TTL_MS) return { fields: entry.fields, fetched: false }
    return { fields: (await load(locationId)).fields, fetched: true }
  }

  async function fields (locationId: string, fresh = false): Promise<CustomField[]> {
    return (await lookup(locationId, fresh)).fields
  }

  return {
    fields,
    async find (locationId, model, key) {
      const first = await lookup(locationId, false)
      const found = first.fields.find((f) => matches(f, model, key))
      if (found !== undefined || first.fetched) return found
      return (await fields(locationId, true)).find((f) => matches(f, model, key))
    },
    invalidate (locationId) {
      if (locationId === undefined) entries.clear()
      else entries.delete(locationId)
    },
    async resolve (locationId, model, items, subject = 'customFields') {
      if (!needsLookup(items)) return [...items]
      const first = await lookup(locationId, false)
      let list = first.fields
      const find = (key: string): CustomField | undefined => list.find((f) => matches(f, model, key))
      const missing = items.some((item) => typeof item.id !== 'string' && find(item.key as string) === undefined)
      if (missing && !first.fetched) list = await fields(locationId, true)
      return items.map((item, i) => {
        if (typeof item.id === 'string') return item
        const key = item.key as string
        const field = find(key)
        if (field?.id === undefined) {
          throw new GhlValidationError(`${subject}[${i}].key "${key}" is not a ${model} custom field of location ${locationId}`)
        }
        const out: CustomFieldItem = { id: field.id }
        if ('field_value' in item) out.field_value = item.field_value
        return out
      })
    }
  }
}

/** customFields and customValues of the connection's location (or `options.locationId`). */
export function createLocationFieldsApi (request: Requester, locationId: string | undefined, keys: FieldKeys): { customFields: CustomFieldsApi, customValues: CustomValuesApi } {
  const base = (given: unknown): string => `/locations/${segment('locationId', locationOf(given, locationId))}`
  const customFields: CustomFieldsApi = {
    async list (options = {}) {
      const path = base(options.locationId) + '/customFields'
      return await request<ListCustomFieldsResponse>({ method: 'GET', path, query: { model: options.model ?? 'all' } })
    },
    async get (key, options = {}) {
      if (typeof key !== 'string' || key.length === 0) throw new GhlValidationError('key must be a non-empty string')
      const location = locationOf(options.locationId, locationId)
      const model = options.model ?? (key.startsWith('opportunity.') ? 'opportunity' : 'contact')
      return await keys.find(location, model, key)
    },
    async create (input, options = {}) {
      const path = base(options.locationId) + '/customFields'
      const body = checkedBody(SPEC, 'create-custom-field', input, 'customField')
      try {
        return await request<CustomFieldResponse>({ method: 'POST', path, body, idempotent: false })
      } finally {
        keys.invalidate(locationOf(options.locationId, locationId))
      }
    }
  }
  const customValues: CustomValuesApi = {
    async list (options = {}) {
      return await request<ListCustomValuesResponse>({ method: 'GET', path: base(options.locationId) + '/customValues' })
    },
    async update (id, input, options = {}) {
      const path = base(options.locationId) + '/customValues/' + segment('customValueId', id)
      const body = checkedBody(SPEC, 'update-custom-value', input, 'customValue')
      return await request<CustomValueResponse>({ method: 'PUT', path, body })
    }
  }
  return { customFields, customValues }
}

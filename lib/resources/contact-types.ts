// TypeScript types of the contacts resource. Inputs are the generated types of HighLevel's contacts.json (with
// spec-overrides.ts; lib/resources/generated/contacts.ts), widened where the client does more: `locationId` defaults to
// the connection's, custom fields may be a map by key. Answers are written out here because the spec marks every
// field of them optional while GHL always sends `contact` and its `id`.
// Input and output differ: custom fields go in as `{ id | key, field_value }` and come back as `{ id, value }`.
import type { components } from './generated/contacts.js'
import type { Optional, SpecBody } from './shared.js'

type Schemas = components['schemas']

export type DndSetting = Schemas['DndSettingSchema']
export type DndStatus = DndSetting['status']
export type DndSettings = Schemas['DndSettingsSchema']
export type InboundDndSettings = Schemas['InboundDndSettingsSchema']
export type AttributionSource = Schemas['AttributionSource']

/** A custom field value to write: addressed by `id` or by `key`. */
export type CustomFieldInput =
  | { id: string, key?: string, field_value?: CustomFieldValue }
  | { id?: string, key: string, field_value?: CustomFieldValue }

export type CustomFieldValue = string | number | boolean | string[] | Record<string, unknown> | null

/** A custom field as GHL returns it. */
export interface CustomFieldOutput {
  id: string
  value?: unknown
}

/**
 * `customFields` as the client takes them: GHL's list `[{ id | key, field_value }]`, or a map `{ fieldKey: value }`;
 * keys are resolved to ids before sending.
 *
 * `tags` on update and upsert REPLACES all the contact's current tags (GHL's documented behaviour); to add tags use
 * `contacts.addTags` (syncSignup does).
 */
type WithFieldMap<T> = Omit<T, 'customFields'> & { customFields?: CustomFieldInput[] | Record<string, CustomFieldValue> }

/** CreateContactDto. `locationId` defaults to the client's connection. */
export type CreateContactInput = WithFieldMap<Optional<SpecBody<'contacts', 'create-contact'>, 'locationId'>>

/** UpdateContactDto. `tags` replaces all the contact's tags. */
export type UpdateContactInput = WithFieldMap<SpecBody<'contacts', 'update-contact'>>

/** UpsertContactDto. `locationId` defaults to the client's connection; `tags` replaces all the contact's tags. */
export type UpsertContactInput = WithFieldMap<Optional<SpecBody<'contacts', 'upsert-contact'>, 'locationId'>>

export interface SearchFilter {
  field?: string
  operator?: string
  value?: unknown
  group?: 'AND' | 'OR'
  filters?: SearchFilter[]
}

/** SearchBodyV2DTO (empty in the spec; what GHL accepts, per spec-overrides.ts). `locationId` defaults to the client's connection, `pageLimit` to 20. */
export type SearchContactsInput = Optional<SpecBody<'contacts', 'search-contacts-advanced'>, 'locationId' | 'pageLimit'>

/** GetContectByIdSchema (sic) / CreateContactSchema: a contact as GHL returns it. */
export interface Contact {
  id: string
  locationId?: string
  name?: string
  firstName?: string
  lastName?: string
  firstNameLowerCase?: string
  lastNameLowerCase?: string
  fullNameLowerCase?: string
  email?: string
  emailLowerCase?: string
  phone?: string
  timezone?: string
  companyName?: string
  dnd?: boolean
  dndSettings?: DndSettings
  type?: string
  source?: string
  assignedTo?: string
  address1?: string
  city?: string
  state?: string
  country?: string
  postalCode?: string
  website?: string
  tags?: string[]
  dateOfBirth?: string
  dateAdded?: string
  dateUpdated?: string
  deleted?: boolean
  bounceEmail?: boolean
  unsubscribeEmail?: boolean
  customFields?: CustomFieldOutput[]
  businessId?: string
  attributionSource?: AttributionSource
  lastAttributionSource?: AttributionSource
  visitorId?: string
  [key: string]: unknown
}

/** POST /contacts/ → 201 CreateContactsSuccessfulResponseDto */
export interface CreateContactResponse {
  contact: Contact
  traceId?: string
}

/** GET /contacts/{id} → ContactsByIdSuccessfulResponseDto */
export interface GetContactResponse {
  contact: Contact
  traceId?: string
}

/** PUT /contacts/{id} → UpdateContactsSuccessfulResponseDto (GHL spells it `succeded`). */
export interface UpdateContactResponse {
  succeded: boolean
  contact: Contact
  traceId?: string
}

/** DELETE /contacts/{id} → DeleteContactsSuccessfulResponseDto */
export interface DeleteContactResponse {
  succeded: boolean
  traceId?: string
}

/** POST /contacts/upsert → UpsertContactsSuccessfulResponseDto */
export interface UpsertContactResponse {
  new: boolean
  contact: Contact
  traceId?: string
}

/** POST /contacts/search */
export interface SearchContactsResponse {
  contacts: Contact[]
  total?: number
  count?: number
  traceId?: string
}

/** POST and DELETE /contacts/{id}/tags */
export interface TagsResponse {
  tags: string[]
  traceId?: string
}

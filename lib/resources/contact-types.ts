// TypeScript types of the contacts resource, after HighLevel's official OpenAPI spec (shared/ghl-api/apps/contacts.json).
// Input and output differ: custom fields go in as `{ id | key, field_value }` and come back as `{ id, value }`.

export type DndStatus = 'active' | 'inactive' | 'permanent'

export interface DndSetting {
  status: DndStatus
  message?: string
  code?: string
}

export interface DndSettings {
  Call?: DndSetting
  Email?: DndSetting
  SMS?: DndSetting
  WhatsApp?: DndSetting
  GMB?: DndSetting
  FB?: DndSetting
}

export interface InboundDndSettings {
  all?: { status: 'active' | 'inactive', message?: string }
}

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

interface ContactWritableFields {
  firstName?: string | null
  lastName?: string | null
  name?: string | null
  email?: string | null
  phone?: string | null
  address1?: string | null
  city?: string | null
  state?: string | null
  postalCode?: string
  website?: string | null
  timezone?: string | null
  dnd?: boolean
  dndSettings?: DndSettings
  inboundDndSettings?: InboundDndSettings
  /**
   * On update and upsert: REPLACES all the contact's current tags (GHL's documented behaviour); to add tags use
   * `contacts.addTags` (syncSignup does).
   */
  tags?: string[]
  /** GHL's list `[{ id | key, field_value }]`, or a map `{ fieldKey: value }`; keys are resolved to ids before sending. */
  customFields?: CustomFieldInput[] | Record<string, CustomFieldValue>
  /** YYYY-MM-DD and the other documented formats. */
  dateOfBirth?: string | Record<string, unknown> | null
  country?: string
}

/** CreateContactDto. `locationId` defaults to the client's connection. */
export interface CreateContactInput extends ContactWritableFields {
  locationId?: string
  gender?: string
  source?: string
  companyName?: string | null
  /** User id. */
  assignedTo?: string
}

/** UpdateContactDto. */
export interface UpdateContactInput extends ContactWritableFields {
  source?: string | null
  assignedTo?: string | null
}

/** UpsertContactDto. `locationId` defaults to the client's connection. */
export interface UpsertContactInput extends CreateContactInput {
  createNewIfDuplicateAllowed?: boolean
}

export interface SearchFilter {
  field?: string
  operator?: string
  value?: unknown
  group?: 'AND' | 'OR'
  filters?: SearchFilter[]
}

/** SearchBodyV2DTO (empty in the spec; what GHL accepts). `locationId` defaults to the client's connection, `pageLimit` to 20. */
export interface SearchContactsInput {
  locationId?: string
  pageLimit?: number
  page?: number
  searchAfter?: unknown[]
  query?: string
  filters?: SearchFilter[]
  sort?: Array<{ field: string, direction: 'asc' | 'desc' }>
  [key: string]: unknown
}

export interface AttributionSource {
  url: string
  campaign?: string | null
  utmSource?: string | null
  utmMedium?: string | null
  utmContent?: string | null
  referrer?: string | null
  campaignId?: string | null
  fbclid?: string | null
  gclid?: string | null
  msclikid?: string | null
  dclid?: string | null
  fbc?: string | null
  fbp?: string | null
  fbEventId?: string | null
  userAgent?: string | null
  ip?: string | null
  medium?: string | null
  mediumId?: string | null
}

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

// JSON Schemas of the contacts request bodies, copied from HighLevel's official OpenAPI spec
// (shared/ghl-api/apps/contacts.json: CreateContactDto, UpdateContactDto, UpsertContactDto, SearchBodyV2DTO and the
// schemas they reference), `example`s dropped. Where the spec contradicts what GHL accepts and documents, the
// schema follows GHL, and says so:
// - `email` gets `format: "email"` (GHL rejects malformed addresses with a 422);
// - `dateOfBirth` is declared `type: object` but documented and exampled as a string ("1990-09-25"): string or object;
// - custom field values are declared `type: object` for numbers and money ("example": 100): any JSON value;
//   a custom field needs `id` or `key` (the spec requires `id`, but `key` exists to address a field by its key);
// - top-level properties not in the spec are rejected (GHL answers 422 "property … should not exist");
// - SearchBodyV2DTO is empty in the spec: `locationId` and `pageLimit` are what GHL requires in practice.
// Compiled once per process (see contacts.ts), never per call.

const str = { type: 'string' } as const
const nullableStr = { type: 'string', nullable: true } as const

const DndSettingSchema = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['active', 'inactive', 'permanent'] },
    message: str,
    code: str
  },
  required: ['status']
} as const

const DndSettingsSchema = {
  type: 'object',
  properties: {
    Call: DndSettingSchema,
    Email: DndSettingSchema,
    SMS: DndSettingSchema,
    WhatsApp: DndSettingSchema,
    GMB: DndSettingSchema,
    FB: DndSettingSchema
  }
} as const

const InboundDndSettingsSchema = {
  type: 'object',
  properties: {
    all: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['active', 'inactive'] },
        message: str
      },
      required: ['status']
    }
  }
} as const

/** TextField | LargeTextField | SingleSelectField | RadioField | NumericField | MonetoryField | CheckboxField | MultiSelectField | FileField */
const CustomFieldInput = {
  type: 'object',
  properties: {
    id: str,
    key: str,
    field_value: { type: ['string', 'number', 'boolean', 'array', 'object', 'null'] }
  },
  if: { required: ['id'] },
  then: true,
  else: { required: ['key'] }
} as const

const contactFields = {
  firstName: nullableStr,
  lastName: nullableStr,
  name: nullableStr,
  email: { type: 'string', nullable: true, format: 'email' },
  phone: nullableStr,
  address1: nullableStr,
  city: nullableStr,
  state: nullableStr,
  postalCode: str,
  website: nullableStr,
  timezone: nullableStr,
  dnd: { type: 'boolean' },
  dndSettings: DndSettingsSchema,
  inboundDndSettings: InboundDndSettingsSchema,
  tags: { type: 'array', items: str },
  customFields: { type: 'array', items: CustomFieldInput },
  dateOfBirth: {
    type: ['string', 'object', 'null'],
    description: 'Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY'
  },
  country: str
} as const

export const CreateContactDto = {
  type: 'object',
  properties: {
    ...contactFields,
    locationId: { type: 'string', minLength: 1 },
    gender: str,
    source: str,
    companyName: nullableStr,
    assignedTo: { type: 'string', description: "User's Id" }
  },
  required: ['locationId'],
  additionalProperties: false
} as const

export const UpdateContactDto = {
  type: 'object',
  properties: {
    ...contactFields,
    source: nullableStr,
    assignedTo: { type: 'string', nullable: true, description: "User's Id" }
  },
  additionalProperties: false
} as const

/** The spec's UpsertContactDto is CreateContactDto plus `createNewIfDuplicateAllowed`. */
export const UpsertContactDto = {
  ...CreateContactDto,
  properties: {
    ...CreateContactDto.properties,
    createNewIfDuplicateAllowed: { type: 'boolean', default: false }
  }
} as const

export const SearchBodyV2DTO = {
  type: 'object',
  properties: {
    locationId: { type: 'string', minLength: 1 },
    pageLimit: { type: 'integer', minimum: 1 },
    page: { type: 'integer', minimum: 1 },
    searchAfter: { type: 'array' },
    query: str,
    filters: { type: 'array', items: { type: 'object' } },
    sort: { type: 'array', items: { type: 'object' } }
  },
  required: ['locationId', 'pageLimit']
} as const

// Where HighLevel's official OpenAPI specs (sandbox/spec/apps/*.json) contradict what GHL accepts or documents, the
// fix lives here, by spec and component schema name — never by hand in lib/resources/generated/. One table, applied
// twice:
// - by `npm run generate:types` to `components.schemas` before openapi-typescript runs, so the generated types agree;
// - at run time by validate-body.ts on the generated request-body schemas (which stay a faithful copy of the spec).
// An override replaces whole property schemas (written inline, without `$ref`), replaces `required`, or sets
// keywords. Changing this file changes the generated types: run `npm run generate:types` after.

/** A JSON Schema object (OpenAPI 3.0 flavour: `nullable` allowed). */
export type JsonSchema = Record<string, unknown>

export interface SchemaOverride {
  /** What the spec gets wrong, and what GHL does instead. */
  why: string
  /** Property schemas that replace the spec's (or add one the spec lacks). */
  properties?: Record<string, JsonSchema>
  /** What GHL really requires: replaces the spec's `required` (an empty list removes it). */
  required?: readonly string[]
  /** Keywords set on the schema itself, e.g. `additionalProperties: false`. */
  keywords?: JsonSchema
}

/** Overrides by spec file name (`opportunities` for opportunities.json), then by `components.schemas` name. */
export type SpecOverrides = Readonly<Record<string, Readonly<Record<string, SchemaOverride>>>>

/** Any JSON value: custom field values are strings, numbers, money, lists, file maps… */
const anyJsonValue = { type: ['string', 'number', 'boolean', 'array', 'object', 'null'] }

/** A custom field to write, addressed by `id` or by `key` (the message for neither: "must have an id or a key"). */
const customFieldsInput = {
  type: 'array',
  items: {
    type: 'object',
    properties: { id: { type: 'string' }, key: { type: 'string' }, field_value: anyJsonValue },
    if: { required: ['id'] },
    then: true,
    else: { required: ['key'] }
  }
}

const CUSTOM_FIELDS_WHY = 'custom fields: the spec requires `id` (GHL also takes `key`) and types numeric and money values as objects (its examples are numbers)'

const contactFieldFixes = {
  email: { type: 'string', nullable: true, format: 'email' },
  dateOfBirth: {
    type: ['string', 'object', 'null'],
    description: 'Supported formats: YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD, MM_DD_YYYY'
  },
  customFields: customFieldsInput
}

const CONTACT_WHY = 'email has no format (GHL answers 422 to a malformed one); dateOfBirth is typed object but documented and exampled as a string ("1990-09-25"); ' +
  CUSTOM_FIELDS_WHY + '; GHL rejects properties the DTO lacks ("property … should not exist")'

const newContact: SchemaOverride = {
  why: CONTACT_WHY + '; an empty locationId is rejected',
  properties: { ...contactFieldFixes, locationId: { type: 'string', minLength: 1 } },
  keywords: { additionalProperties: false }
}

const BLOCK_SLOT_WHY = 'calendarId is required, yet its own description says "Either calendarId or assignedUserId can be set, not both"'

export const specOverrides = {
  contacts: {
    CreateContactDto: newContact,
    UpsertContactDto: newContact,
    UpdateContactDto: { why: CONTACT_WHY, properties: contactFieldFixes, keywords: { additionalProperties: false } },
    SearchBodyV2DTO: {
      why: 'the spec declares an empty object; GHL requires locationId and pageLimit and takes these',
      properties: {
        locationId: { type: 'string', minLength: 1 },
        pageLimit: { type: 'integer', minimum: 1 },
        page: { type: 'integer', minimum: 1 },
        searchAfter: { type: 'array' },
        query: { type: 'string' },
        filters: { type: 'array', items: { type: 'object' } },
        sort: { type: 'array', items: { type: 'object' } }
      },
      required: ['locationId', 'pageLimit']
    }
  },
  opportunities: {
    CreateDto: { why: CUSTOM_FIELDS_WHY, properties: { customFields: customFieldsInput } },
    UpdateOpportunityDto: { why: CUSTOM_FIELDS_WHY, properties: { customFields: customFieldsInput } },
    UpsertOpportunityDto: {
      why: 'monetaryValue is typed object but is a number (its example is 220, CreateDto types it number); ' +
        'the follower fields (followers, isRemoveAllFollowers, followersActionType) only matter when changing followers, yet are required; ' +
        'contactId (required in earlier versions of the spec, and what GHL matches an upsert on) is missing',
      properties: { monetaryValue: { type: 'number' }, contactId: { type: 'string' } },
      required: ['pipelineId', 'locationId']
    },
    OpportunitySearchBodyDTO: {
      why: 'every field is required, paging and query included (GET /opportunities/search takes them all as optional filters): only locationId is',
      required: ['locationId']
    },
    AdditionalDetailsDTO: {
      why: 'four opt-in flags (notes, tasks, calendarEvents, unReadConversations), all required: each is optional',
      required: []
    }
  },
  users: {
    FilterByEmailDto: {
      why: 'emails is typed a comma-separated string, but the operation says it filters by "email array": either',
      properties: { emails: { type: ['string', 'array'], items: { type: 'string' } } }
    }
  },
  calendars: {
    BlockSlotCreateRequestDTO: {
      why: BLOCK_SLOT_WHY,
      required: ['locationId']
    },
    BlockSlotEditRequestDTO: {
      why: BLOCK_SLOT_WHY,
      required: ['locationId']
    },
    LookBusyConfiguration: {
      why: '`enabled` is required and has a default (false) at once: it is optional',
      required: ['LookBusyPercentage']
    }
  }
} satisfies SpecOverrides

/** `schema` with `override` applied (a new object; the input is not changed). */
export function applySchemaOverride (schema: JsonSchema, override: SchemaOverride): JsonSchema {
  const out: JsonSchema = { ...schema, ...override.keywords }
  if (override.properties !== undefined) {
    out.properties = { ...(schema.properties as Record<string, JsonSchema> | undefined), ...override.properties }
  }
  if (override.required !== undefined) {
    if (override.required.length === 0) delete out.required
    else out.required = [...override.required]
  }
  return out
}

/**
 * `schemas` (a spec's `components.schemas`, or the `definitions` of a generated body schema) with the overrides of
 * `spec` applied to the ones present. A new object; schemas without an override are shared, not copied.
 */
export function applySpecOverrides (
  spec: string,
  schemas: Readonly<Record<string, JsonSchema>>,
  overrides: SpecOverrides = specOverrides
): Record<string, JsonSchema> {
  const forSpec = overrides[spec]
  const out: Record<string, JsonSchema> = { ...schemas }
  if (forSpec === undefined) return out
  for (const [name, override] of Object.entries(forSpec)) {
    const schema = out[name]
    if (schema !== undefined) out[name] = applySchemaOverride(schema, override)
  }
  return out
}

// /locations/:locationId/customFields (list by model, get by id or field key, create, update) and
// /locations/:locationId/customValues (list, get, create, update, delete), as locations.json describes them.
import { badRequest, notFound, readGuard, send, valid, writeGuard, type Handler, type RouteDef } from './api.js'
import { checkLocation } from './auth.js'
import type { Core, RequestContext } from './core.js'
import type { Params } from './router.js'
import type { AccessRecord } from './tokens.js'
import { checkBody, queryEnum, type Check, type Shape } from './validate.js'
import type { CustomField, CustomValue } from './resource-types.js'

const DATA_TYPES = ['TEXT', 'LARGE_TEXT', 'NUMERICAL', 'PHONE', 'MONETORY', 'CHECKBOX', 'SINGLE_OPTIONS', 'MULTIPLE_OPTIONS', 'DATE',
  'TEXTBOX_LIST', 'FILE_UPLOAD', 'RADIO', 'EMAIL']

const textBoxListOptions: Check = (errors, key, value) => {
  if (!Array.isArray(value)) errors.push(`${key} must be an array`)
  else if (!value.every((o) => o !== null && typeof o === 'object' && !Array.isArray(o))) errors.push(`each value in ${key} must be an object`)
}

/** UpdateCustomFieldsDTO, plus fieldKey, parentId and description: undocumented, accepted by GHL (highlevel-api-docs #300). */
const UPDATE_FIELD: Shape = {
  name: { type: 'string', required: true },
  placeholder: { type: 'string' },
  acceptedFormat: { type: 'stringArray' },
  isMultipleFile: { type: 'boolean' },
  maxNumberOfFiles: { type: 'number' },
  textBoxListOptions: { type: 'custom', check: textBoxListOptions },
  position: { type: 'number' },
  model: { type: 'string', values: ['contact', 'opportunity'] },
  parentId: { type: 'string' },
  description: { type: 'string' }
}

/** CreateCustomFieldsDTO */
const CREATE_FIELD: Shape = { ...UPDATE_FIELD, dataType: { type: 'string', required: true, values: DATA_TYPES }, fieldKey: { type: 'string' } }

/** customValuesDTO */
const VALUE: Shape = { name: { type: 'string', required: true }, value: { type: 'string', required: true } }

function inLocation (ctx: RequestContext, rec: AccessRecord, params: Params): boolean {
  return checkLocation(ctx.reply, rec, params.locationId)
}

const listFields: Handler = (core, ctx, rec, _body, params) => {
  const errors: string[] = []
  const model = queryEnum(new URLSearchParams(ctx.search), 'model', ['contact', 'opportunity', 'all'], errors) ?? 'contact'
  if (!valid(ctx.reply, errors) || !inLocation(ctx, rec, params)) return
  send(ctx.reply, 200, { customFields: core.fields.list(params.locationId, model as CustomField['model'] | 'all') })
}

const createField: Handler = (core, ctx, rec, body, params) => {
  if (!valid(ctx.reply, checkBody(body, CREATE_FIELD)) || !inLocation(ctx, rec, params)) return
  const field = core.fields.create(params.locationId, body as Record<string, unknown>)
  if (field === undefined) return badRequest(ctx.reply, 'A custom field with this field key already exists')
  send(ctx.reply, 201, { customField: field })
}

/** The field or value of the path in the token's location, or undefined with the answer sent (403 / 404). */
function own<T> (ctx: RequestContext, rec: AccessRecord, params: Params, find: (locationId: string, id: string) => T | undefined, missing: string): T | undefined {
  if (!inLocation(ctx, rec, params)) return undefined
  const found = find(params.locationId, params.id)
  if (found === undefined) notFound(ctx.reply, missing)
  return found
}

function ownField (core: Core, ctx: RequestContext, rec: AccessRecord, params: Params): CustomField | undefined {
  return own(ctx, rec, params, (loc, id) => core.fields.get(loc, id), 'Custom field not found')
}

/** GET of one field or value: `{ [key]: it }`. */
function getter<T> (key: string, find: (core: Core, ctx: RequestContext, rec: AccessRecord, params: Params) => T | undefined): Handler {
  return (core, ctx, rec, _body, params) => {
    const found = find(core, ctx, rec, params)
    if (found !== undefined) send(ctx.reply, 200, { [key]: found })
  }
}

const getField = getter('customField', ownField)

const updateField: Handler = (core, ctx, rec, body, params) => {
  if (!valid(ctx.reply, checkBody(body, UPDATE_FIELD))) return
  const field = ownField(core, ctx, rec, params)
  if (field === undefined) return
  core.fields.applyField(field, body as Record<string, unknown>)
  send(ctx.reply, 200, { customField: field })
}

const listValues: Handler = (core, ctx, rec, _body, params) => {
  if (inLocation(ctx, rec, params)) send(ctx.reply, 200, { customValues: core.fields.listValues(params.locationId) })
}

const createValue: Handler = (core, ctx, rec, body, params) => {
  if (!valid(ctx.reply, checkBody(body, VALUE)) || !inLocation(ctx, rec, params)) return
  const { name, value } = body as { name: string, value: string }
  send(ctx.reply, 201, { customValue: core.fields.createValue(params.locationId, name, value) })
}

function ownValue (core: Core, ctx: RequestContext, rec: AccessRecord, params: Params): CustomValue | undefined {
  return own(ctx, rec, params, (loc, id) => core.fields.getValue(loc, id), 'Custom value not found')
}

const getValue = getter('customValue', ownValue)

/** The name is part of the value's field key, which stays as it was created (GHL keeps merge fields stable). */
const updateValue: Handler = (core, ctx, rec, body, params) => {
  if (!valid(ctx.reply, checkBody(body, VALUE))) return
  const value = ownValue(core, ctx, rec, params)
  if (value === undefined) return
  Object.assign(value, { name: (body as CustomValue).name, value: (body as CustomValue).value })
  send(ctx.reply, 200, { customValue: value })
}

const deleteValue: Handler = (core, ctx, rec, _body, params) => {
  const value = ownValue(core, ctx, rec, params)
  if (value === undefined) return
  core.fields.deleteValue(params.locationId, value.id)
  send(ctx.reply, 200, { succeded: true })
}

const FIELDS_READ = readGuard('locations/customFields')
const FIELDS_WRITE = writeGuard('locations/customFields')
const VALUES_READ = readGuard('locations/customValues')
const VALUES_WRITE = writeGuard('locations/customValues')

export const LOCATION_FIELD_ROUTES: readonly RouteDef[] = [
  { method: 'GET', path: '/locations/:locationId/customFields', guard: FIELDS_READ, run: listFields },
  { method: 'POST', path: '/locations/:locationId/customFields', guard: FIELDS_WRITE, run: createField },
  { method: 'GET', path: '/locations/:locationId/customFields/:id', guard: FIELDS_READ, run: getField },
  { method: 'PUT', path: '/locations/:locationId/customFields/:id', guard: FIELDS_WRITE, run: updateField },
  { method: 'GET', path: '/locations/:locationId/customValues', guard: VALUES_READ, run: listValues },
  { method: 'POST', path: '/locations/:locationId/customValues', guard: VALUES_WRITE, run: createValue },
  { method: 'GET', path: '/locations/:locationId/customValues/:id', guard: VALUES_READ, run: getValue },
  { method: 'PUT', path: '/locations/:locationId/customValues/:id', guard: VALUES_WRITE, run: updateValue },
  { method: 'DELETE', path: '/locations/:locationId/customValues/:id', guard: VALUES_WRITE, run: deleteValue }
]

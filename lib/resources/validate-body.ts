// Request bodies validated against HighLevel's official specs before sending: the generated schemas
// (lib/resources/generated/*.schemas.ts) with the fixes of spec-overrides.ts on top. One validator per operation,
// compiled on first use and kept for the life of the process; operations never used cost nothing.
import { Ajv, type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv'
import formatsPlugin from 'ajv-formats'
import { GhlValidationError } from '../errors.js'
import { bodySchemas, type SpecOperations } from './generated/index.js'
import { applySpecOverrides, specOverrides, type JsonSchema, type SpecOverrides } from './spec-overrides.js'

/** A spec with JSON request bodies: `contacts`, `opportunities`, `custom-fields`… */
export type BodySpec = keyof typeof bodySchemas

/** An operation of `S` that takes a JSON body: `create-opportunity`, `Upsert-opportunity`… */
export type BodyOperationId<S extends BodySpec> = keyof (typeof bodySchemas)[S] & string

/** The generated type of that body (with the overrides, as the types are generated with them). */
export type RequestBody<S extends BodySpec, O extends BodyOperationId<S>> =
  O extends keyof SpecOperations[S]
    ? NonNullable<SpecOperations[S][O] extends { requestBody?: infer B } ? B : never> extends { content: { 'application/json': infer J } } ? J : never
    : never

// ajv-formats is CommonJS with `exports.default`: under NodeNext its default import is the module object.
const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as unknown as (ajv: Ajv, formats: string[]) => Ajv

/** The formats the specs and overrides use; ajv (strict) refuses a schema with any other. */
const FORMATS = ['email']

let ajv: Ajv | undefined
const validators = new Map<string, ValidateFunction>()

function compiler (): Ajv {
  if (ajv === undefined) {
    ajv = new Ajv({ allErrors: false, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true, useDefaults: false })
    addFormats(ajv, FORMATS)
  }
  return ajv
}

/**
 * The schema of one operation's body as validated: the generated one with `overrides` applied to its `definitions`
 * (where every component schema it uses is, the body's own included: its root is a `$ref` into them).
 */
export function effectiveBodySchema (spec: BodySpec, operationId: string, overrides: SpecOverrides = specOverrides): JsonSchema {
  const schema = (bodySchemas[spec] as Record<string, JsonSchema | undefined>)[operationId]
  if (schema === undefined) throw new TypeError(`the ${spec} spec has no operation ${operationId} with a JSON body`)
  const definitions = schema.definitions as Record<string, JsonSchema> | undefined
  if (definitions === undefined) return schema
  return { ...schema, definitions: applySpecOverrides(spec, definitions, overrides) }
}

/** The compiled validator of one operation's body: compiled once per process, on first use. */
export function bodyValidator<S extends BodySpec> (spec: S, operationId: BodyOperationId<S>): ValidateFunction {
  const id = `${spec} ${operationId}`
  let validate = validators.get(id)
  if (validate === undefined) {
    validate = compiler().compile(effectiveBodySchema(spec, operationId) as AnySchema)
    validators.set(id, validate)
  }
  return validate
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

/**
 * Throws GHL_VALIDATION naming the first offending field (`opportunity.pipelineId is required`,
 * `opportunity.monetaryValue must be number`) unless `body` is valid for the operation; the message starts with
 * `subject` (default `body`).
 */
export function validateBody<S extends BodySpec, O extends BodyOperationId<S>> (
  spec: S,
  operationId: O,
  body: unknown,
  subject = 'body'
): asserts body is RequestBody<S, O> {
  const validate = bodyValidator(spec, operationId)
  if (validate(body)) return
  const first = validate.errors?.[0]
  throw new GhlValidationError(first === undefined ? `${subject} is invalid` : describeValidationError(subject, first))
}

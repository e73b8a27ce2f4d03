// The JSON Schema of each operation's `application/json` request body, self-contained: every `$ref` (into the spec's
// components or another file's) points into the schema's own `definitions`, which hold exactly the schemas it uses.
// `example` and `examples` are dropped (they are documentation, and several contradict their own type).
import type { JsonSchema } from '../../lib/resources/spec-overrides.js'
import { refResolver, type ResolvedRef, type Spec } from './specs.js'

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const DROPPED = new Set(['example', 'examples'])
/** Keywords whose value is a map of schemas, a list of schemas, or one schema (anything else is copied as is). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs'])
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf'])
const SCHEMA_ONE = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'])

interface Operation {
  operationId?: string
  requestBody?: { $ref?: string, content?: Record<string, { schema?: JsonSchema }> }
}

function isObject (value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

class BodySchemaBuilder {
  readonly definitions: Record<string, JsonSchema> = {}
  private readonly origin = new Map<string, string>()

  constructor (private readonly spec: string, private readonly resolve: (ref: string) => ResolvedRef) {}

  schema (node: unknown): unknown {
    if (!isObject(node)) return node
    const out: JsonSchema = {}
    for (const [key, value] of Object.entries(node)) {
      if (DROPPED.has(key)) continue
      if (key === '$ref' && typeof value === 'string') out.$ref = this.ref(value)
      else if (SCHEMA_MAPS.has(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.schema(v)]))
      else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map((v) => this.schema(v))
      else if (SCHEMA_ONE.has(key)) out[key] = Array.isArray(value) ? value.map((v) => this.schema(v)) : this.schema(value)
      else out[key] = value
    }
    return out
  }

  /** Adds the target (and, through it, what it uses) to `definitions`; returns the local ref. */
  private ref (ref: string): string {
    const target = this.resolve(ref)
    const seen = this.origin.get(target.name)
    if (seen === undefined) {
      this.origin.set(target.name, target.file)
      this.definitions[target.name] = {} // claimed first: a schema that refers to itself ends here
      this.definitions[target.name] = this.schema(target.schema) as JsonSchema
    } else if (seen !== target.file) {
      throw new Error(`${this.spec}: two schemas named ${target.name} (${seen}, ${target.file})`)
    }
    return '#/definitions/' + target.name
  }
}

function sortedKeys<T> (record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]))
}

/** By operationId, in the spec's order: `{ 'create-opportunity': { $ref: '#/definitions/CreateDto', definitions } }`. */
export function requestBodySchemas (spec: Spec): Record<string, JsonSchema> {
  const resolve = refResolver(spec)
  const out: Record<string, JsonSchema> = {}
  for (const [path, item] of Object.entries(spec.document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as Operation | undefined
      const body = op?.requestBody
      if (op === undefined || body === undefined) continue
      if (body.$ref !== undefined) throw new Error(`${spec.name}: ${method} ${path}: requestBody $ref is not supported`)
      const json = body.content?.['application/json']?.schema
      if (json === undefined) continue // multipart uploads, form-encoded token requests
      const id = op.operationId
      if (id === undefined) throw new Error(`${spec.name}: ${method} ${path} has a JSON body but no operationId`)
      if (id in out) throw new Error(`${spec.name}: operationId ${id} is used twice`)
      const builder = new BodySchemaBuilder(spec.name, resolve)
      const root = builder.schema(json) as JsonSchema
      out[id] = Object.keys(builder.definitions).length === 0 ? root : { ...root, definitions: sortedKeys(builder.definitions) }
    }
  }
  return out
}

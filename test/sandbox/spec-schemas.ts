// The official OpenAPI specs (sandbox/spec/) compiled with ajv, for schema.test.ts: response schemas looked up by
// operation and status, components by name, and the errata — the few places where the spec is known to be wrong and
// what GHL (and the sandbox) sends instead, each checked to be still wrong in the spec.
import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import formatsPlugin from 'ajv-formats'
import type { Test } from 'tap'

export const SPEC_DIR = new URL('../../sandbox/spec/', import.meta.url)
export const FILES = ['apps/oauth.json', 'apps/contacts.json', 'apps/opportunities.json', 'apps/locations.json', 'apps/users.json',
  'apps/workflows.json', 'apps/campaigns.json', 'apps/calendars.json', 'common/common-schemas.json']
const BASE = 'https://ghl.spec.local/'

// ajv-formats is CommonJS with `exports.default`: under NodeNext its default import is the module object.
const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ?? formatsPlugin) as unknown as (ajv: Ajv) => Ajv

type Json = Record<string, any>

export interface Erratum {
  file: string
  /** JSON path of the wrong schema node */
  at: string[]
  /** what the spec says there */
  spec: Json
  /** what GHL sends */
  real: Json
  why: string
}

export const ERRATA: readonly Erratum[] = [
  {
    file: 'apps/opportunities.json',
    at: ['components', 'schemas', 'PipelinesResponseSchema', 'properties', 'stages', 'items'],
    spec: { type: 'array' },
    real: {
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { type: 'string' }, name: { type: 'string' }, position: { type: 'number' }, showInFunnel: { type: 'boolean' }, showInPieChart: { type: 'boolean' } }
    },
    why: 'stages are objects (their ids are what opportunities point at), not arrays'
  },
  {
    file: 'apps/opportunities.json',
    at: ['components', 'schemas', 'SearchOpportunitiesResponseSchema', 'properties', 'followers', 'items'],
    spec: { type: 'array' },
    real: { type: 'string' },
    why: 'followers are user ids (UpsertOpportunityDto and FollowersDTO send strings)'
  }
]

function nodeAt (doc: Json, at: string[]): Json {
  return at.slice(0, -1).reduce((n, k) => n[k], doc)
}

/** The spec as published, and with the errata applied (what is validated against). */
export const published: Record<string, Json> = {}
export const specs: Record<string, Json> = {}
for (const f of FILES) {
  published[f] = JSON.parse(readFileSync(new URL(f, SPEC_DIR), 'utf8'))
  specs[f] = structuredClone(published[f])
}
for (const e of ERRATA) nodeAt(specs[e.file], e.at)[e.at[e.at.length - 1]] = e.real

export function publishedAt (e: Erratum): unknown {
  return nodeAt(published[e.file], e.at)[e.at[e.at.length - 1]]
}

// Each spec is registered under an absolute id that keeps its relative place, so
// `../common/common-schemas.json#/components/schemas/…` resolves as it does next to the files.
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
for (const f of FILES) ajv.addSchema({ ...specs[f], $id: BASE + f })

const compiled = new Map<string, ValidateFunction>()
export function validator (ref: string): ValidateFunction {
  let v = compiled.get(ref)
  if (v === undefined) compiled.set(ref, (v = ajv.compile({ $ref: ref })))
  return v
}

function pointer (parts: string[]): string {
  return parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')
}

/** The response schema the spec gives for this operation and status (a $ref or inline), as an absolute ref. */
export function responseRef (file: string, path: string, method: string, status: number): string {
  const op = specs[file].paths[path]?.[method]
  if (op === undefined) throw new Error(`${file} has no ${method.toUpperCase()} ${path}`)
  const schema = op.responses[String(status)]?.content?.['application/json']?.schema
  if (schema === undefined) throw new Error(`${file} ${method.toUpperCase()} ${path} has no schema for ${status}`)
  if (schema.$ref !== undefined) return new URL(schema.$ref, BASE + file).href
  return `${BASE}${file}#/${pointer(['paths', path, method, 'responses', String(status), 'content', 'application/json', 'schema'])}`
}

export function componentRef (file: string, name: string): string {
  if (specs[file].components.schemas[name] === undefined) throw new Error(`${file} has no schema ${name}`)
  return `${BASE}${file}#/components/schemas/${name}`
}

export function conforms (t: Test, what: string, ref: string, body: unknown): void {
  const validate = validator(ref)
  const ok = validate(body)
  t.ok(ok, `${what} conforms to ${ref.slice(BASE.length)}`, ok ? {} : { errors: validate.errors, body })
}

/** Checks that an answer has the status the spec documents and validates against that status's schema. */
export function conformsTo (t: Test, file: string, path: string, method: string, res: { status: number, body: unknown }, status: number): void {
  t.equal(res.status, status, `${method.toUpperCase()} ${path} answers ${status}`)
  conforms(t, `${method.toUpperCase()} ${path} ${status}`, responseRef(file, path, method, status), res.body)
}

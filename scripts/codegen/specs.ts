// Reads HighLevel's OpenAPI specs and resolves their schema `$ref`s, local (`#/components/schemas/X`) or into another
// file (`../common/common-schemas.json#/components/schemas/X`), relative to the spec that holds them.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import type { JsonSchema } from '../../lib/resources/spec-overrides.js'

export interface OpenApiDocument {
  openapi: string
  paths?: Record<string, Record<string, unknown>>
  components?: { schemas?: Record<string, JsonSchema>, [key: string]: unknown }
  [key: string]: unknown
}

export interface Spec {
  /** The file name without `.json`: `opportunities`, `custom-fields`. */
  name: string
  /** Absolute path of the spec. */
  file: string
  document: OpenApiDocument
}

export interface ResolvedRef {
  /** The schema's name under `components.schemas`. */
  name: string
  /** Absolute path of the file that holds it. */
  file: string
  schema: JsonSchema
}

const SCHEMA_REF = /^(?<file>[^#]*)#\/components\/schemas\/(?<name>[^/]+)$/

export function readJson (file: string): OpenApiDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument
}

/** Every `*.json` of `dir`, by name. */
export function loadSpecs (dir: string): Spec[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.slice(0, -'.json'.length), file: resolve(dir, f), document: readJson(join(dir, f)) }))
}

/** Resolves the `$ref`s found in `spec`; other files are read once. Throws on a ref that is not a component schema. */
export function refResolver (spec: Spec): (ref: string) => ResolvedRef {
  const documents = new Map<string, OpenApiDocument>([[spec.file, spec.document]])
  return (ref) => {
    const m = SCHEMA_REF.exec(ref)
    if (m?.groups === undefined) throw new Error(`${spec.name}: unsupported $ref ${ref} (only component schemas are)`)
    const file = m.groups.file === '' ? spec.file : resolve(dirname(spec.file), m.groups.file)
    let document = documents.get(file)
    if (document === undefined) {
      document = readJson(file)
      documents.set(file, document)
    }
    const name = decodeURIComponent(m.groups.name).replace(/~1/g, '/').replace(/~0/g, '~')
    const schema = document.components?.schemas?.[name]
    if (schema === undefined) throw new Error(`${spec.name}: $ref ${ref} points at nothing`)
    return { name, file, schema }
  }
}

/** The files other than the spec itself that its `$ref`s point into, relative to `root`. */
export function referencedFiles (spec: Spec, root: string): string[] {
  const found = new Set<string>()
  for (const m of JSON.stringify(spec.document).matchAll(/"\$ref":"([^"#]+)#/g)) {
    found.add(relative(root, resolve(dirname(spec.file), m[1])))
  }
  return [...found].sort()
}

// The text of every file under lib/resources/generated/: per spec, its types (openapi-typescript) and, when it has
// JSON request bodies, their schemas; and an index over them all.
import { createRequire } from 'node:module'
import { relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'
import { applySpecOverrides, specOverrides, type JsonSchema } from '../../lib/resources/spec-overrides.js'
import { requestBodySchemas } from './body-schemas.js'
import { referencedFiles, type Spec } from './specs.js'

export const REGENERATE = 'npm run generate:types'
/** How every generated file starts. */
export const GENERATED_MARK = '// GENERATED FILE — do not edit.'
const OVERRIDES = 'lib/resources/spec-overrides.ts'
const GENERATOR_VERSION = (createRequire(import.meta.url)('openapi-typescript/package.json') as { version: string }).version

function header (lines: string[]): string {
  return [
    `${GENERATED_MARK} Regenerate with \`${REGENERATE}\` (scripts/generate-types.ts).`,
    ...lines.filter((l) => l !== '').map((l) => '// ' + l)
  ].join('\n') + '\n'
}

/** `with its $refs into sandbox/spec/common/common-schemas.json resolved`, or nothing when it has none into other files. */
function refsNote (spec: Spec, root: string): string {
  const refs = referencedFiles(spec, root)
  return refs.length === 0 ? '' : `with its $refs into ${refs.join(', ')} resolved,`
}

/** `custom-fields` → `customFields` */
function identifier (specName: string): string {
  return specName.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
}

/** Fails on an override that names a schema the spec lacks (the spec changed under it). */
function checkOverrides (spec: Spec): void {
  const schemas = spec.document.components?.schemas ?? {}
  const forSpec = (specOverrides as Record<string, Record<string, unknown>>)[spec.name] ?? {}
  for (const name of Object.keys(forSpec)) {
    if (!(name in schemas)) throw new Error(`${OVERRIDES}: ${spec.name} has no schema ${name}`)
  }
}

export async function typesModule (spec: Spec, root: string): Promise<string> {
  checkOverrides(spec)
  // a copy: openapi-typescript bundles the document in place (its external $refs become local ones)
  const { components = {}, ...rest } = structuredClone(spec.document)
  const document = { ...rest, components: { ...components, schemas: applySpecOverrides(spec.name, components.schemas ?? {}) } }
  const ast = await openapiTS(document as unknown as OpenAPI3, {
    cwd: pathToFileURL(spec.file), // relative $refs resolve from the spec's own URL, as they would from the file
    emptyObjectsUnknown: true, // a bare `type: object` is some object, not `Record<string, never>`
    defaultNonNullable: false, // a property with a default is optional to send (the request DTOs are component schemas)
    silent: true
  })
  return header([
    `TypeScript types of HighLevel's official OpenAPI spec ${relative(root, spec.file)},`,
    refsNote(spec, root),
    `by openapi-typescript ${GENERATOR_VERSION}, with the fixes of ${OVERRIDES} applied to components.schemas first.`,
    'Bodies: operations[operationId][\'requestBody\' | \'responses\'], components[\'schemas\'][name].'
  ]) + '\n' + astToString(ast)
}

/** `undefined` when the spec has no JSON request body. */
export function schemasModule (spec: Spec, root: string): string | undefined {
  const schemas: Record<string, JsonSchema> = requestBodySchemas(spec)
  if (Object.keys(schemas).length === 0) return undefined
  return header([
    `JSON Schemas of the application/json request bodies in ${relative(root, spec.file)},`,
    refsNote(spec, root),
    'keyed by operationId, each self-contained (its $refs point into its own `definitions`), `example`s dropped.',
    `The spec as it is: validate-body.ts applies ${OVERRIDES} on top, at run time.`
  ]) + '\n' + `export const schemas = ${JSON.stringify(schemas, null, 2)} as const\n`
}

/** `bodySchemas` by spec name (the specs that have JSON bodies) and `SpecOperations`, the operations types by spec name. */
export function indexModule (specs: Spec[], withSchemas: Set<string>): string {
  const lines = [header(['Every generated spec module, by spec name.'])]
  for (const s of specs) lines.push(`import type { operations as ${identifier(s.name)} } from './${s.name}.js'`)
  for (const s of specs) {
    if (withSchemas.has(s.name)) lines.push(`import { schemas as ${identifier(s.name)}Schemas } from './${s.name}.schemas.js'`)
  }
  lines.push('', '/** The JSON request-body schemas of each spec that has any, by spec name, then operationId. */', 'export const bodySchemas = {')
  const bodies = specs.filter((s) => withSchemas.has(s.name))
  bodies.forEach((s, i) => lines.push(`  '${s.name}': ${identifier(s.name)}Schemas${i < bodies.length - 1 ? ',' : ''}`))
  lines.push('} as const', '', '/** The generated `operations` of each spec, by spec name. */', 'export interface SpecOperations {')
  for (const s of specs) lines.push(`  '${s.name}': ${identifier(s.name)}`)
  lines.push('}', '')
  return lines.join('\n')
}

/** Every generated file, by file name. */
export async function generatedFiles (specs: Spec[], root: string): Promise<Map<string, string>> {
  for (const name of Object.keys(specOverrides)) {
    if (!specs.some((s) => s.name === name)) throw new Error(`${OVERRIDES}: there is no spec ${name}`)
  }
  const files = new Map<string, string>()
  const withSchemas = new Set<string>()
  for (const spec of specs) {
    files.set(`${spec.name}.ts`, await typesModule(spec, root))
    const schemas = schemasModule(spec, root)
    if (schemas !== undefined) {
      files.set(`${spec.name}.schemas.ts`, schemas)
      withSchemas.add(spec.name)
    }
  }
  files.set('index.ts', indexModule(specs, withSchemas))
  return files
}

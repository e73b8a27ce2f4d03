// The override layer: how an override applies, and that every one still fits its spec (names a schema a JSON body
// uses, touches properties the schema has) — a spec update that moves under an override fails here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { bodySchemas } from '../../lib/resources/generated/index.js'
import { applySchemaOverride, applySpecOverrides, specOverrides, type JsonSchema, type SchemaOverride } from '../../lib/resources/spec-overrides.js'
import { ROOT } from './helpers.js'

function componentSchemas (spec: string): Record<string, JsonSchema> {
  const document = JSON.parse(readFileSync(join(ROOT, 'sandbox/spec/apps', spec + '.json'), 'utf8')) as { components: { schemas: Record<string, JsonSchema> } }
  return document.components.schemas
}

t.test('an override replaces properties whole, replaces required, sets keywords; the input is untouched', async (t) => {
  const schema = {
    type: 'object',
    properties: { a: { type: 'object', nullable: true }, b: { type: 'string' } },
    required: ['a', 'b']
  }
  const before = JSON.stringify(schema)
  const out = applySchemaOverride(schema, { why: 'test', properties: { a: { type: 'number' } }, required: ['b'], keywords: { additionalProperties: false } })
  t.strictSame(out, { type: 'object', properties: { a: { type: 'number' }, b: { type: 'string' } }, required: ['b'], additionalProperties: false })
  t.notOk('required' in applySchemaOverride(schema, { why: 'test', required: [] }), 'an empty list removes required')
  t.equal(JSON.stringify(schema), before)

  const schemas = { X: schema, Y: { type: 'string' } }
  const applied = applySpecOverrides('s', schemas, { s: { X: { why: 'test', required: [] }, Missing: { why: 'test', required: [] } } })
  t.notOk('required' in applied.X)
  t.equal(applied.Y, schemas.Y, 'a schema without an override is shared')
  t.notOk('Missing' in applied, 'an override adds no schema')
  t.strictSame(applySpecOverrides('other', schemas), schemas, 'a spec without overrides is as it was')
})

t.test('every override fits its spec and is used by a request body', async (t) => {
  for (const [spec, overrides] of Object.entries(specOverrides as Record<string, Record<string, SchemaOverride>>)) {
    const schemas = componentSchemas(spec)
    const bodies = JSON.stringify((bodySchemas as Record<string, unknown>)[spec] ?? {})
    for (const [name, override] of Object.entries(overrides)) {
      const at = `${spec} ${name}`
      t.ok(override.why.length > 20, `${at} says why`)
      const schema = schemas[name]
      if (schema === undefined) { t.fail(`${at}: no such schema in the spec`); continue }
      t.ok(bodies.includes(`"#/definitions/${name}"`), `${at} is used by a JSON request body`)
      const properties = Object.keys((schema.properties ?? {}) as object)
      for (const p of Object.keys(override.properties ?? {})) {
        // a property the spec lacks may be added when the override says so (its `why` names it)
        t.ok(properties.length === 0 || properties.includes(p) || override.why.includes(p), `${at}.${p} is a property of the spec's schema, or one its why says the spec lacks`)
      }
      const after = applySchemaOverride(schema, override)
      for (const r of override.required ?? []) t.ok(r in (after.properties as object), `${at} requires ${r}, a property`)
      t.not(JSON.stringify(after), JSON.stringify(schema), `${at} changes something`)
    }
  }
})

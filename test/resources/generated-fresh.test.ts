// The committed lib/resources/generated/ is what `npm run generate:types` makes from the committed specs and
// overrides: a spec (or override) changed without regenerating fails here.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { ROOT, run, tempDir } from './helpers.js'

const GENERATED = join(ROOT, 'lib/resources/generated')

async function generate (t: Test, ...args: string[]): Promise<string> {
  const out = await tempDir(t, 'ghl-generated-')
  const r = await run(process.execPath, ['--import', 'tsx', 'scripts/generate-types.ts', '--out', out, ...args])
  t.equal(r.code, 0, `the generator ran: ${r.stderr}`)
  return out
}

t.test('the committed generated files are what the generator makes', async (t) => {
  const out = await generate(t)
  const committed = (await readdir(GENERATED)).sort()
  t.strictSame((await readdir(out)).sort(), committed, 'the same files')
  t.ok(committed.includes('opportunities.ts') && committed.includes('opportunities.schemas.ts') && committed.includes('index.ts'))
  for (const f of committed) {
    const fresh = await readFile(join(out, f), 'utf8')
    const kept = await readFile(join(GENERATED, f), 'utf8')
    t.ok(fresh === kept, `${f} is up to date (if not: npm run generate:types)`)
    t.match(kept, /^\/\/ GENERATED FILE — do not edit\. Regenerate with `npm run generate:types`/, `${f} says it is generated, and how`)
  }
})

t.test('a changed spec makes different files (what the check above would catch)', async (t) => {
  const specs = await tempDir(t, 'ghl-spec-')
  await cp(join(ROOT, 'sandbox/spec'), specs, { recursive: true })
  const file = join(specs, 'apps/opportunities.json')
  const spec = JSON.parse(await readFile(file, 'utf8')) as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } }
  spec.components.schemas.CreateDto.properties.probability = { type: 'integer' }
  await writeFile(file, JSON.stringify(spec))

  const out = await generate(t, '--specs', join(specs, 'apps'))
  const types = await readFile(join(out, 'opportunities.ts'), 'utf8')
  const schemas = await readFile(join(out, 'opportunities.schemas.ts'), 'utf8')
  t.match(types, /probability\?: number;/)
  t.match(schemas, /"probability": \{\s*"type": "integer"/)
  t.not(types, await readFile(join(GENERATED, 'opportunities.ts'), 'utf8'))
})

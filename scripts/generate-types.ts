// npm run generate:types [-- --out DIR] [--specs DIR]
// Regenerates lib/resources/generated/ from HighLevel's official OpenAPI specs (sandbox/spec/apps/*.json): per spec,
// its types (<spec>.ts, by openapi-typescript) and the JSON Schemas of its request bodies (<spec>.schemas.ts), and
// index.ts over them. With --out, writes into DIR instead (the freshness test compares that with the committed files);
// with --specs, reads the specs from DIR (its `$ref`s resolve from there: keep ../common beside it).
// Fixes to the specs go in lib/resources/spec-overrides.ts, never in the generated files.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { GENERATED_MARK, generatedFiles } from './codegen/emit.js'
import { loadSpecs } from './codegen/specs.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DEFAULT_SPECS = join(ROOT, 'sandbox/spec/apps')
const DEFAULT_OUT = join(ROOT, 'lib/resources/generated')

function dirOption (argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(name)
  if (i === -1) return fallback
  const dir = argv[i + 1]
  if (dir === undefined || dir.startsWith('--')) throw new Error(`${name} needs a directory`)
  return resolve(dir)
}

const argv = process.argv.slice(2)
const out = dirOption(argv, '--out', DEFAULT_OUT)
const files = await generatedFiles(loadSpecs(dirOption(argv, '--specs', DEFAULT_SPECS)), ROOT)
mkdirSync(out, { recursive: true })
// A generated file the generator no longer writes (its spec removed) goes; nothing else is touched.
for (const f of readdirSync(out)) {
  if (f.endsWith('.ts') && !files.has(f) && readFileSync(join(out, f), 'utf8').startsWith(GENERATED_MARK)) rmSync(join(out, f))
}
for (const [name, text] of files) writeFileSync(join(out, name), text)
console.log(`wrote ${files.size} files to ${relative(process.cwd(), out) || '.'}`)

// Build step after tsc: the published declarations must type-check in a host with `strict` and `skipLibCheck: false`.
// drizzle-orm's own declarations do not (they import its optional peers — gel, mysql2, … — and fail on themselves), and
// any import of drizzle-orm's types pulls all of them in. Drizzle only ever appears in our declarations as the type of
// internal members (the stores' database handle, a host transaction's `execute(query)`), so each drizzle type import
// in dist/**/*.d.ts is replaced by a local opaque alias: a database is any `object`, a query is `never` (any
// `execute(query)` function fits). The PGlite entry (dist/pglite.d.ts, dist/db/pglite-*.d.ts) keeps its types: whoever
// imports it has installed @electric-sql/pglite. Inline `import("drizzle-orm…").X` types (inferred) are aliased too.
// Usage: tsx scripts/opaque-declarations.ts dist
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const IMPORT = /^import (?:type )?\{([^}]*)\} from ['"](drizzle-orm(?:\/[^'"]*)?)['"];\n/gm
/** An inferred type: `import("drizzle-orm/pg-core").PgColumn<…>` → `PgColumn<…>` (then aliased like the imported ones). */
const INLINE = /import\(["']drizzle-orm(?:\/[^"']*)?["']\)\.([A-Za-z_$][\w$]*)/g
/** Names whose opaque stand-in is `never` (they are only ever parameters); every other name becomes `object`. */
const NEVER = new Set(['SQL', 'SQLWrapper'])
const KEEP = /^(pglite\.d\.ts|db\/pglite-[^/]+\.d\.ts)$/

async function declarations (dir: string, base = ''): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(join(dir, base), { withFileTypes: true })) {
    const rel = base === '' ? entry.name : `${base}/${entry.name}`
    if (entry.isDirectory()) out.push(...await declarations(dir, rel))
    else if (entry.name.endsWith('.d.ts') && !KEEP.test(rel)) out.push(rel)
  }
  return out
}

async function main (dir: string): Promise<void> {
  let changed = 0
  for (const rel of await declarations(dir)) {
    const file = join(dir, rel)
    const text = await readFile(file, 'utf8')
    const names: string[] = []
    const stripped = text.replace(IMPORT, (_line, list: string) => {
      for (const part of list.split(',')) {
        const name = part.replace(/\btype\b/, '').trim().split(/\s+as\s+/).pop()
        if (name !== undefined && name !== '') names.push(name)
      }
      return ''
    }).replace(INLINE, (_m, name: string) => {
      names.push(name)
      return name
    })
    if (names.length === 0) continue
    // A row type inferred from a table (`typeof table.$inferInsert`) is a plain record once the table is opaque.
    let opaque = stripped.replace(/typeof [\w$]+\.\$infer(?:Insert|Select)/g, 'Record<string, unknown>')
    // `typeof pgTable` (a drizzle value's type) is the opaque alias of that name.
    for (const name of new Set(names)) opaque = opaque.replace(new RegExp(`typeof ${name.replace(/\$/g, '\\$')}\\b`, 'g'), name)
    const aliases = [...new Set(names)].map((n) => `type ${n}<_A = unknown, _B = unknown, _C = unknown, _D = unknown, _E = unknown> = ${NEVER.has(n) ? 'never' : 'object'};\n`).join('')
    await writeFile(file, `/** drizzle-orm's types, opaque here (see scripts/opaque-declarations.ts). */\n${aliases}${opaque}`)
    changed++
  }
  process.stdout.write(`opaque-declarations: ${changed} declaration files without drizzle-orm imports\n`)
}

await main(process.argv[2] ?? 'dist')

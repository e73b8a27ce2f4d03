// The layout rules of DESIGN.md, kept true: imports run one way (plugins → routes → lib → db), the core knows nothing
// of Fastify, no file imports itself back through others, and files stay small.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const LAYERS = ['plugins', 'routes', 'lib', 'db'] as const
type Layer = typeof LAYERS[number]
/** Which layers each layer may import from (itself included). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  plugins: ['plugins', 'routes', 'lib', 'db'],
  routes: ['routes', 'lib'],
  lib: ['lib', 'db'],
  db: ['db']
}
/** Packages the framework-free layers must not import (@fastify/error is a plain error factory, allowed). */
const FRAMEWORK = /^(fastify|fastify-plugin|@fastify\/(?!error$).+)$/
const MAX_LINES = 400
const MAX_ROOT_PLUGIN_LINES = 150
/** Generated from the specs: long by nature, never edited by hand. */
const GENERATED = /^lib\/resources\/generated\//

type Graph = Map<string, string[]>

function sources (dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split('\\').join('/'))
}

function specifiers (text: string): string[] {
  const out: string[] = []
  const re = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm
  for (const m of text.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3])
  return out
}

function layerOf (file: string): Layer | undefined {
  return LAYERS.find((layer) => file.startsWith(layer + '/'))
}

function build (files: string[]): { graph: Graph, packages: Map<string, string[]> } {
  const graph: Graph = new Map()
  const packages = new Map<string, string[]>()
  for (const file of files) {
    const edges: string[] = []
    const pkgs: string[] = []
    for (const spec of specifiers(readFileSync(join(ROOT, file), 'utf8'))) {
      if (spec.startsWith('.')) edges.push(relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '.ts').split('\\').join('/'))
      else if (!spec.startsWith('node:')) pkgs.push(spec)
    }
    graph.set(file, edges)
    packages.set(file, pkgs)
  }
  return { graph, packages }
}

function forbiddenEdges (graph: Graph): string[] {
  const out: string[] = []
  for (const [file, edges] of graph) {
    const from = layerOf(file)
    if (from === undefined) continue
    for (const target of edges) {
      const to = layerOf(target)
      if (to === undefined || !ALLOWED[from].includes(to)) out.push(`${file} → ${target}`)
    }
  }
  return out
}

/** Every import circle, each as the files on it (Tarjan's strongly connected components of more than one file). */
function cycles (graph: Graph): string[][] {
  let index = 0
  const stack: string[] = []
  const onStack = new Set<string>()
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const found: string[][] = []
  const visit = (v: string): void => {
    indices.set(v, index); low.set(v, index); index++
    stack.push(v); onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue
      if (!indices.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)) } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!))
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = []
      let w: string
      do { w = stack.pop()!; onStack.delete(w); component.push(w) } while (w !== v)
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort())
    }
  }
  for (const v of graph.keys()) if (!indices.has(v)) visit(v)
  return found
}

const files = [...LAYERS.flatMap(sources), 'index.ts']
const { graph, packages } = build(files)

t.test('the checks catch what they are for', async (t) => {
  const bad: Graph = new Map([
    ['lib/a.ts', ['lib/b.ts', 'plugins/p.ts']],
    ['lib/b.ts', ['lib/a.ts']],
    ['plugins/p.ts', []],
    ['db/s.ts', ['lib/a.ts']]
  ])
  t.same(forbiddenEdges(bad), ['lib/a.ts → plugins/p.ts', 'db/s.ts → lib/a.ts'])
  t.same(cycles(bad), [['lib/a.ts', 'lib/b.ts']])
  t.same(specifiers("import type { A } from './a.js'\nexport { B } from '../b.js'\nimport './side.js'\nconst m = await import('./lazy.js')"),
    ['./a.js', '../b.js', './side.js', './lazy.js'])
})

t.test('sources were found', async (t) => {
  for (const layer of LAYERS) t.ok(files.some((f) => f.startsWith(layer + '/')), `${layer}/ has sources`)
  t.ok(graph.get('plugins/ghl.ts')?.length, 'the root plugin imports something')
})

t.test('imports run one way: plugins → routes → lib → db', async (t) => {
  t.same(forbiddenEdges(graph), [])
})

t.test('no import circle', async (t) => {
  t.same(cycles(graph), [])
})

t.test('lib/ and db/ import nothing of Fastify', async (t) => {
  const offenders: string[] = []
  for (const [file, pkgs] of packages) {
    const layer = layerOf(file)
    if (layer !== 'lib' && layer !== 'db') continue
    for (const pkg of pkgs) if (FRAMEWORK.test(pkg)) offenders.push(`${file} → ${pkg}`)
  }
  t.same(offenders, [])
})

t.test('files stay small', async (t) => {
  const lines = (file: string): number => readFileSync(join(ROOT, file), 'utf8').split('\n').length - 1
  t.ok(lines('plugins/ghl.ts') <= MAX_ROOT_PLUGIN_LINES, `plugins/ghl.ts has ${lines('plugins/ghl.ts')} lines (≤ ${MAX_ROOT_PLUGIN_LINES})`)
  const long = files.filter((f) => f !== 'index.ts' && !GENERATED.test(f) && lines(f) > MAX_LINES).map((f) => `${f}: ${lines(f)}`)
  t.same(long, [], `no file over ${MAX_LINES} lines`)
})

// bench/run — what `npm run bench` runs: every benchmark in bench/ in sequence, each in its own child process
// (`npx tsx --expose-gc bench/<name>.ts`), so no bench inherits another's heap, sockets or JIT state.
//
// A benchmark is any `bench/*.ts` except this file and names starting with `_` (helpers). Each one prints its own
// table and a final JSON line, and exits 1 when its ratio misses its target; this runner exits 1 when any did.
//
// Usage: npm run bench                        all benchmarks
//        npm run bench -- --only overhead     one (repeat --only, or comma-separate, for several)
//        npm run bench -- --list              names only
// Env is passed through (e.g. BENCH_CALLS=4000 npm run bench -- --only overhead for a quick look).
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = dirname(here)

function available (): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'run.ts' && !f.startsWith('_'))
    .map((f) => basename(f, '.ts'))
    .sort()
}

function parseArgs (argv: string[]): { only: string[], list: boolean } {
  const only: string[] = []
  let list = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--list') list = true
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length)
      if (value === undefined || value === '') throw new Error('--only needs a benchmark name')
      for (const name of value.split(',')) if (name !== '') only.push(basename(name.trim(), '.ts'))
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: tsx bench/run.ts [--only name[,name…]]… [--list]\n')
      process.exit(0)
    } else throw new Error(`unknown argument ${JSON.stringify(arg)} (usage: tsx bench/run.ts [--only name] [--list])`)
  }
  return { only, list }
}

async function runOne (name: string): Promise<{ code: number, seconds: number }> {
  const file = relative(root, join(here, `${name}.ts`))
  const started = performance.now()
  process.stdout.write(`\n━━ bench ${name}: npx tsx --expose-gc ${file}\n`)
  const child = spawn('npx', ['tsx', '--expose-gc', file], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
    shell: process.platform === 'win32'
  })
  const code = await new Promise<number>((resolve) => {
    child.on('error', (err) => {
      process.stderr.write(`bench ${name}: could not start: ${err.message}\n`)
      resolve(1)
    })
    child.on('exit', (c, signal) => { resolve(c ?? (signal !== null ? 1 : 0)) })
  })
  return { code, seconds: (performance.now() - started) / 1000 }
}

async function main (): Promise<void> {
  const { only, list } = parseArgs(process.argv.slice(2))
  const all = available()
  if (list) {
    process.stdout.write(all.join('\n') + '\n')
    return
  }
  const unknown = only.filter((n) => !all.includes(n))
  if (unknown.length > 0) throw new Error(`no benchmark named ${unknown.join(', ')} (have: ${all.join(', ')})`)
  const selected = only.length > 0 ? all.filter((n) => only.includes(n)) : all
  if (selected.length === 0) throw new Error('no benchmarks in bench/')

  const results: Array<{ name: string, code: number, seconds: number }> = []
  for (const name of selected) results.push({ name, ...await runOne(name) })

  process.stdout.write('\n━━ summary\n')
  for (const r of results) {
    process.stdout.write(`  ${r.name.padEnd(20)} ${r.code === 0 ? 'ok  ' : 'FAIL'}  exit ${r.code}  ${r.seconds.toFixed(1)} s\n`)
  }
  if (results.some((r) => r.code !== 0)) process.exitCode = 1
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error)?.message ?? String(err)}\n`)
  process.exitCode = 1
})

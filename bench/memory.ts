// bench/memory — memory after 200,000 calls vs after 20,000 (issue 7, benchmark "Memory": no growth beyond noise).
//
// What runs: the real plugin — fastify-ghl registered in a Fastify app with embedded PGlite in memory, the connection
// seeded with a sandbox-issued refresh token and refreshed once by the real token manager — and `app.ghl.contacts.get(id)`
// called BENCH_CALLS times at a fixed concurrency, so the token manager, the breaker, retries, the deadline timer, the
// metrics (prom-client) and the events are all in the loop (only the client-side rate limiter is off: it would throttle
// to GHL's 100 calls per 10 s). Every answer is checked to be the right contact.
//
// Before the first call and every BENCH_SAMPLE_EVERY calls (all calls settled, no request in flight) the bench runs
// full GCs until the heap stops shrinking and records process.memoryUsage(): heapUsed, heapTotal, external,
// arrayBuffers, rss. The mark before the first call is shown only (the first calls legitimately grow the heap: JIT
// code, sockets, metric label sets); "Δ first" in the table is relative to the first mark after calls. The gate compares
// heapUsed at BENCH_CALLS with heapUsed at the first mark after calls (BENCH_SAMPLE_EVERY: 200,000 vs 20,000 by
// default): growth ≤ BENCH_MAX_GROWTH_MB (default 4 MiB). A leak of 23 bytes per call or more over the 180,000
// calls in between exceeds it (50 B/call = 8.6 MiB, over 2× the bound). The noise it must clear: the GC'd heap of a
// steady process still moves by up to ~2.3 MiB over the first few hundred thousand calls, then comes back (V8
// compiling, optimising and later flushing code; a 1,000,000-call run rose by 2.3 MiB from the 100k mark to the 300k
// mark, then fell back to +0.7 at 1M, with a slope of −0.9 B/call). The least-squares slope of heapUsed over the marks
// after calls is gated too (≤ BENCH_MAX_SLOPE_B, default 24 B/call), so one odd mark cannot pass or fail the run alone.
// RSS is reported, not gated: it follows the allocator, PGlite's WebAssembly memory and the OS (a ~40 MiB drop some
// 20–40 s into every run is pages returned after start-up), so it moves by tens of MiB for reasons unrelated to calls.
//
// Baseline, same process, same sandbox, before the plugin phase: the same number of reads with a bare undici
// Pool.request (same four headers, status check, body.json()), measured the same way — the floor of the method
// (undici, the HTTP parser, V8 itself). BENCH_BASELINE=0 skips it (half the time).
//
// The sandbox runs in a child process by default (BENCH_SANDBOX=process), so its own memory is not counted: it keeps
// a 10-second window of request timestamps per token even with its rate limit off (a burst observer; bounded, but at
// 10,000 calls/s that is ~100,000 numbers that come and go) and its counters. BENCH_SANDBOX=inline puts it in this
// process (its growth is then counted on both sides).
//
// Run:   npx tsx --expose-gc bench/memory.ts        (or: npm run bench -- --only memory)   — --expose-gc is required
// Env:   BENCH_CALLS          calls per phase                                default 200000
//        BENCH_SAMPLE_EVERY   calls between marks (the first mark too)       default 20000
//        BENCH_CONCURRENCY    calls in flight                                default 64
//        BENCH_MAX_GROWTH_MB  max heapUsed growth, first mark → last, MiB   default 4
//        BENCH_MAX_SLOPE_B    max least-squares heap slope, bytes per call  default 24
//        BENCH_BASELINE       1 (default): bare-undici phase first; 0: plugin phase only
//        BENCH_SANDBOX        process (default) | inline
//        BENCH_LEAK_BYTES     0 (default); N > 0 retains ~N bytes per plugin call (N/8 array slots), to check by hand
//                             that the gate catches a leak of that size
import { fileURLToPath } from 'node:url'
import Fastify, { type FastifyInstance } from 'fastify'
import { Pool } from 'undici'
import fastifyGhl from '../index.js'
import { DEFAULT_USER_AGENT } from '../lib/client/version.js'
import { generateKey } from '../lib/tokens/crypto.js'
import {
  API_VERSION,
  choiceEnv,
  f,
  forkSandbox,
  gcFn,
  inlineSandbox,
  intEnv,
  numEnv,
  pad,
  round3,
  SANDBOX_CHILD_FLAG,
  serveSandboxChild,
  settledGc,
  slope,
  type ChildSandbox
} from './_stats.js'

const SCRIPT = fileURLToPath(import.meta.url)
const MiB = 1024 * 1024

type Call = () => Promise<unknown>

interface Mark {
  calls: number
  heapUsed: number
  heapTotal: number
  external: number
  arrayBuffers: number
  rss: number
}

interface Phase {
  name: 'undici' | 'plugin'
  marks: Mark[]
  seconds: number
  /** heapUsed at the last mark − at the first, bytes */
  heapGrowth: number
  rssGrowth: number
  /** least-squares slope of heapUsed over the marks, bytes per call */
  heapSlope: number
}

interface Contact { contact?: { id?: string } }

async function calls (call: Call, id: string, n: number, concurrency: number): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < n) {
      next++
      const res = await call()
      if ((res as Contact)?.contact?.id !== id) throw new Error(`unexpected answer: ${JSON.stringify(res).slice(0, 200)}`)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker))
}

async function mark (done: number): Promise<Mark> {
  await settledGc()
  const m = process.memoryUsage()
  return { calls: done, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, rss: m.rss }
}

async function phase (name: Phase['name'], call: Call, id: string, total: number, every: number, concurrency: number,
  progress: (m: Mark) => void): Promise<Phase> {
  // mark 0 (before this phase's calls) is shown, not compared: the first calls grow the heap legitimately (JIT code,
  // sockets, the metrics' label sets); the comparison starts at the first mark after `every` calls
  const marks: Mark[] = [await mark(0)]
  progress(marks[0])
  const t0 = performance.now()
  let done = 0
  while (done < total) {
    const n = Math.min(every, total - done)
    await calls(call, id, n, concurrency)
    done += n
    const m = await mark(done)
    marks.push(m)
    progress(m)
  }
  const seconds = (performance.now() - t0) / 1000
  const compared = marks.slice(1)
  const first = compared[0]
  const last = compared[compared.length - 1]
  return {
    name,
    marks,
    seconds,
    heapGrowth: last.heapUsed - first.heapUsed,
    rssGrowth: last.rss - first.rss,
    heapSlope: slope(compared.map((m) => m.calls), compared.map((m) => m.heapUsed))
  }
}

async function buildApp (sb: ChildSandbox): Promise<FastifyInstance> {
  const app = Fastify({ logger: false })
  try {
    await app.register(fastifyGhl, {
      env: false,
      clientId: sb.clientId,
      clientSecret: sb.clientSecret,
      locationId: sb.locationId,
      refreshToken: sb.refreshToken,
      encryptionKey: generateKey(),
      apiBaseUrl: sb.url,
      authBaseUrl: sb.url,
      rateLimit: false
    })
    await app.ready()
    return app
  } catch (err) {
    await app.close().catch(() => {})
    throw err
  }
}

const mb = (bytes: number, d = 2): string => f(bytes / MiB, d)
const signedMb = (bytes: number): string => (bytes >= 0 ? '+' : '') + mb(bytes)

function phaseTable (p: Phase): string[] {
  const out: string[] = []
  out.push(`  ${p.name}: ${p.marks[p.marks.length - 1].calls} calls in ${f(p.seconds, 1)} s (${f(p.marks[p.marks.length - 1].calls / p.seconds, 0)} calls/s, marks included)`)
  out.push('      calls   heapUsed MiB   Δ first   heapTotal   external   arrayBuffers   rss MiB    Δ first')
  const first = p.marks[1]
  for (const m of p.marks) {
    out.push(`  ${pad(String(m.calls), 9)} ${pad(mb(m.heapUsed), 14)} ${pad(signedMb(m.heapUsed - first.heapUsed), 9)} ${pad(mb(m.heapTotal), 11)} ` +
      `${pad(mb(m.external), 10)} ${pad(mb(m.arrayBuffers), 14)} ${pad(mb(m.rss, 1), 9)} ${pad(signedMb(m.rss - first.rss), 10)}`)
  }
  out.push(`  heapUsed ${p.marks[p.marks.length - 1].calls} vs ${first.calls} calls: ${signedMb(p.heapGrowth)} MiB; slope ${f(p.heapSlope, 2)} B/call; ` +
    `rss ${signedMb(p.rssGrowth)} MiB`)
  return out
}

async function main (): Promise<void> {
  const total = intEnv('BENCH_CALLS', 200_000)
  const every = intEnv('BENCH_SAMPLE_EVERY', 20_000)
  const concurrency = intEnv('BENCH_CONCURRENCY', 64)
  const maxGrowthMb = numEnv('BENCH_MAX_GROWTH_MB', 4)
  const maxSlope = numEnv('BENCH_MAX_SLOPE_B', 24)
  const baselineRaw = process.env.BENCH_BASELINE ?? '1'
  if (baselineRaw !== '0' && baselineRaw !== '1') throw new Error(`BENCH_BASELINE must be 0 or 1, got ${JSON.stringify(baselineRaw)}`)
  const baseline = baselineRaw === '1'
  const sandboxMode = choiceEnv('BENCH_SANDBOX', ['process', 'inline'] as const)
  const leakBytes = intEnv('BENCH_LEAK_BYTES', 0, 0)
  if (gcFn() === undefined) throw new Error('bench memory needs --expose-gc (npx tsx --expose-gc bench/memory.ts)')
  if (total < 2 * every) throw new Error('BENCH_CALLS must be at least 2 × BENCH_SAMPLE_EVERY (two marks to compare)')

  const started = performance.now()
  const sb = sandboxMode === 'inline' ? await inlineSandbox() : await forkSandbox(SCRIPT)
  let app: FastifyInstance | undefined
  const pool = new Pool(sb.url, { connections: null })
  const phases: Phase[] = []
  let failed: Error | undefined
  try {
    app = await buildApp(sb)
    const ghl = app.ghl
    // the first token call refreshes the seeded connection through the sandbox; the bare side uses the same token
    const token = await ghl.tokens.getValidToken()
    const created = await ghl.contacts.create({ firstName: 'Bench', lastName: 'Memory', email: 'bench.memory@example.com', tags: ['bench'] })
    const id = created.contact.id
    if (typeof id !== 'string') throw new Error(`no contact id in ${JSON.stringify(created)}`)
    const path = '/contacts/' + encodeURIComponent(id)
    const headers = { authorization: `Bearer ${token}`, version: API_VERSION, accept: 'application/json', 'user-agent': DEFAULT_USER_AGENT }
    const leakSlots = Math.ceil(leakBytes / 8)
    const leaked: number[] = []
    const sides: Record<Phase['name'], Call> = {
      plugin: leakSlots === 0
        ? () => ghl.contacts.get(id)
        : () => {
            for (let i = 0; i < leakSlots; i++) leaked.push(i)
            return ghl.contacts.get(id)
          },
      undici: async () => {
        const res = await pool.request({ method: 'GET', path, headers })
        if (res.statusCode !== 200) {
          await res.body.dump()
          throw new Error(`bare call answered ${res.statusCode}`)
        }
        return await res.body.json()
      }
    }
    const progress = (name: string) => (m: Mark): void => {
      process.stderr.write(`  … ${name} ${m.calls} calls, heapUsed ${mb(m.heapUsed)} MiB, rss ${mb(m.rss, 1)} MiB\n`)
    }
    for (const name of baseline ? ['undici', 'plugin'] as const : ['plugin'] as const) {
      phases.push(await phase(name, sides[name], id, total, every, concurrency, progress(name)))
    }
  } catch (err) {
    failed = err as Error
  } finally {
    await app?.close().catch(() => {})
    await pool.close().catch(() => {})
    await sb.close()
  }
  if (failed !== undefined) {
    process.stderr.write(`bench memory: ${failed.stack ?? failed.message}\n`)
    process.stdout.write(JSON.stringify({ bench: 'memory', ok: false, error: failed.message }) + '\n')
    process.exitCode = 1
    return
  }

  const plugin = phases.find((p) => p.name === 'plugin')!
  const growthOk = plugin.heapGrowth <= maxGrowthMb * MiB
  const slopeOk = plugin.heapSlope <= maxSlope
  const ok = growthOk && slopeOk
  const wallS = (performance.now() - started) / 1000
  const first = plugin.marks[1].calls
  const last = plugin.marks[plugin.marks.length - 1].calls

  const out: string[] = []
  out.push('bench memory — app.ghl.contacts.get through the real plugin: memory after each ' + every + ' calls, full GC before every mark')
  out.push(`  ${total} calls per phase, concurrency ${concurrency}, sandbox ${sandboxMode}, rate limit off, token store PGlite (in memory), node ${process.version}` +
    (leakBytes > 0 ? `, DELIBERATE LEAK of ~${leakBytes} B per plugin call (BENCH_LEAK_BYTES)` : ''))
  for (const p of phases) {
    out.push('')
    out.push(...phaseTable(p))
  }
  out.push('')
  out.push(`  plugin heapUsed growth ${last} vs ${first} calls: ${signedMb(plugin.heapGrowth)} MiB (target ≤ ${f(maxGrowthMb)} MiB → ${growthOk ? 'ok' : 'over'}); ` +
    `slope ${f(plugin.heapSlope, 2)} B/call (target ≤ ${f(maxSlope)} → ${slopeOk ? 'ok' : 'over'}) → ${ok ? 'PASS' : 'FAIL'}`)
  const base = phases.find((p) => p.name === 'undici')
  if (base !== undefined) out.push(`  baseline (bare undici) heapUsed growth ${signedMb(base.heapGrowth)} MiB, slope ${f(base.heapSlope, 2)} B/call (not gated)`)
  out.push(`  bench wall time ${f(wallS, 1)} s`)
  process.stdout.write(out.join('\n') + '\n')

  const phaseJson = (p: Phase): Record<string, unknown> => ({
    calls: p.marks[p.marks.length - 1].calls,
    seconds: round3(p.seconds),
    heapGrowthMiB: round3(p.heapGrowth / MiB),
    heapSlopeBytesPerCall: round3(p.heapSlope),
    rssGrowthMiB: round3(p.rssGrowth / MiB),
    marks: p.marks.map((m) => m.calls),
    heapUsedMiB: p.marks.map((m) => round3(m.heapUsed / MiB)),
    rssMiB: p.marks.map((m) => round3(m.rss / MiB))
  })
  const json: Record<string, unknown> = {
    bench: 'memory',
    ok,
    node: process.version,
    sandbox: sandboxMode,
    callsPerPhase: total,
    sampleEvery: every,
    concurrency,
    ...(leakBytes > 0 ? { leakBytesPerCall: leakBytes } : {}),
    plugin: phaseJson(plugin),
    ...(base === undefined ? {} : { undici: phaseJson(base) }),
    target: { maxGrowthMiB: maxGrowthMb, maxSlopeBytesPerCall: maxSlope }
  }
  process.stdout.write(JSON.stringify(json) + '\n')
  if (!ok) process.exitCode = 1
}

if (process.argv.includes(SANDBOX_CHILD_FLAG)) {
  serveSandboxChild().catch((err: unknown) => {
    process.stderr.write(`bench memory sandbox: ${String(err)}\n`)
    process.exit(1)
  })
} else {
  main().catch((err: unknown) => {
    process.stderr.write(`bench memory: ${(err as Error)?.stack ?? String(err)}\n`)
    process.exitCode = 1
  })
}

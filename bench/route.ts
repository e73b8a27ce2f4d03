// bench/route — call overhead through a real Fastify route (issue 7, benchmark 1, second half): the same read of one
// GoHighLevel contact behind two routes of ONE Fastify app, driven with `app.inject()` and over real HTTP (autocannon).
//
//   GET /via-plugin/:id  → `await app.ghl.contacts.get(id)`: the real plugin (fastify-ghl registered with embedded
//                          PGlite in memory, the connection seeded with a sandbox-issued refresh token and refreshed
//                          once by the real token manager; breaker, retries, deadline timer, metrics, events all on;
//                          only the client-side rate limiter off)
//   GET /via-undici/:id  → a bare undici `Pool.request` with the same four headers (Authorization Bearer <the token the
//                          plugin holds>, Version, Accept, User-Agent), a status check, `body.json()`
// Both answer the same JSON ({ contact, traceId }): checked field by field before measuring, and every measured answer
// must be a 200 of the expected length (the traceId is a fixed-length UUID).
//
// Modes, each in alternating rounds (odd rounds plugin route first, even rounds undici route first) after a warm-up:
//   inject — `app.inject()` at a fixed concurrency in this process; time for a fixed number of calls per round;
//   http   — `app.listen({ host: '127.0.0.1', port: 0 })` loaded by autocannon with fixed connections and pipelining and
//            a fixed number of requests per round; time per round measured around the autocannon run.
// Ratio = plugin route time / undici route time for the same number of requests (= inverse req/s ratio), per round,
// median of rounds, and overall (sum / sum). Target: the median of rounds ≤ BENCH_TARGET (1.10) in both modes; the
// process exits 1 when either is over, or when any request failed (non-2xx, error, timeout, wrong payload).
// The overall ratio is printed and, with BENCH_GATE=both, gated too (as in bench/overhead.ts). It is not by default:
// one round caught by a burst of CPU contention (another process on the 2 cores) moves it by 10-20% on its own, while
// the median of 20 paired ratios does not move; a real regression shifts every pair, so the median catches it.
//
// autocannon runs in a child process by default (BENCH_LOADGEN=process): in this process it would compete with the
// server for the same event loop and its per-request work would dilute the ratio; as a child it gets its own core
// (the machine has two) and this process only serves. The sandbox stays in this process by default
// (BENCH_SANDBOX=inline, as in bench/overhead.ts), so the bench takes two processes for two cores; its work per call is
// then counted on both sides, which dilutes the ratio somewhat (see the cpu µs/req column, also printed).
//
// Run:   npx tsx --expose-gc bench/route.ts        (or: npm run bench -- --only route)
// Env:   BENCH_INJECT_CALLS     inject calls per side, all rounds together          default 20000
//        BENCH_INJECT_CONCURRENCY  inject calls in flight                            default 64
//        BENCH_INJECT_WARMUP    inject warm-up calls per side (not counted)         default 4000
//        BENCH_HTTP_REQUESTS    HTTP requests per side, all rounds together         default 40000
//        BENCH_CONNECTIONS      autocannon connections                              default 32
//        BENCH_PIPELINING       autocannon pipelining                               default 1
//        BENCH_HTTP_WARMUP      HTTP warm-up requests per side (not counted)        default 4000
//        BENCH_ROUNDS           rounds per side, per mode                           default 20
//        BENCH_TARGET           max ratio plugin/undici (median of rounds, both modes) default 1.10
//        BENCH_GATE             median (default) | both  (also gate the overall ratio of each mode)
//        BENCH_MODES            inject,http (default) | inject | http
//        BENCH_SANDBOX          inline (default) | process  (sandbox in a child process)
//        BENCH_LOADGEN          process (default) | inline  (autocannon in this process)
//        BENCH_SLOWDOWN_US      0 (default); N > 0 adds N µs of busy work to every plugin-route request, to check by
//                               hand that the gate catches a regression of that size
// `--expose-gc` is optional: with it a full GC runs before every round.
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createRequire } from 'node:module'
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
  median,
  numEnv,
  pad,
  quantile,
  round3,
  SANDBOX_CHILD_FLAG,
  serveSandboxChild,
  type ChildSandbox
} from './_stats.js'

const SCRIPT = fileURLToPath(import.meta.url)
const LOAD_CHILD_FLAG = '--load-child'
const SIDES = ['plugin', 'undici'] as const
type Side = typeof SIDES[number]
const ROUTE: Record<Side, string> = { plugin: '/via-plugin/', undici: '/via-undici/' }

// ---------- the app: one plugin, two routes ----------

interface Built {
  app: FastifyInstance
  contactId: string
  /** Length of every correct answer (same contact, a 36-character traceId). */
  bodyLength: number
  close: () => Promise<void>
}

function busyWait (us: number): void {
  const end = performance.now() + us / 1000
  while (performance.now() < end) { /* spin */ }
}

async function buildApp (sb: ChildSandbox, slowdownUs: number): Promise<Built> {
  const app = Fastify({ logger: false })
  const pool = new Pool(sb.url, { connections: null })
  let headers: Record<string, string> = {}
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
    app.get<{ Params: { id: string } }>('/via-plugin/:id', slowdownUs === 0
      ? async (req) => await app.ghl.contacts.get(req.params.id)
      : async (req) => { busyWait(slowdownUs); return await app.ghl.contacts.get(req.params.id) })
    app.get<{ Params: { id: string } }>('/via-undici/:id', async (req) => {
      const res = await pool.request({ method: 'GET', path: '/contacts/' + encodeURIComponent(req.params.id), headers })
      if (res.statusCode !== 200) {
        await res.body.dump()
        throw new Error(`GHL answered ${res.statusCode}`)
      }
      return await res.body.json()
    })
    await app.ready()

    // The first token call refreshes the seeded connection through the sandbox (the real token manager); the undici
    // route then uses the very token the plugin holds.
    const token = await app.ghl.tokens.getValidToken()
    headers = { authorization: `Bearer ${token}`, version: API_VERSION, accept: 'application/json', 'user-agent': DEFAULT_USER_AGENT }
    const created = await app.ghl.contacts.create({ firstName: 'Bench', lastName: 'Route', email: 'bench.route@example.com', tags: ['bench'] })
    const contactId = created.contact.id
    if (typeof contactId !== 'string') throw new Error(`no contact id in ${JSON.stringify(created)}`)

    // Same payload from both routes.
    const answers: Record<Side, { status: number, body: string }> = { plugin: { status: 0, body: '' }, undici: { status: 0, body: '' } }
    for (const side of SIDES) {
      const res = await app.inject({ method: 'GET', url: ROUTE[side] + contactId })
      answers[side] = { status: res.statusCode, body: res.body }
    }
    for (const side of SIDES) {
      if (answers[side].status !== 200) throw new Error(`${ROUTE[side]} answered ${answers[side].status}: ${answers[side].body.slice(0, 300)}`)
    }
    const a = JSON.parse(answers.plugin.body) as { contact?: unknown, traceId?: unknown }
    const b = JSON.parse(answers.undici.body) as { contact?: unknown, traceId?: unknown }
    if (JSON.stringify(a.contact) !== JSON.stringify(b.contact) || typeof a.traceId !== 'string' || typeof b.traceId !== 'string' ||
        answers.plugin.body.length !== answers.undici.body.length) {
      throw new Error(`the two routes answer differently:\n  plugin ${answers.plugin.body}\n  undici ${answers.undici.body}`)
    }
    if ((a.contact as { id?: string } | undefined)?.id !== contactId) throw new Error(`wrong contact in ${answers.plugin.body}`)
    return {
      app,
      contactId,
      bodyLength: answers.plugin.body.length,
      close: async () => {
        try { await app.close() } finally { await pool.close() }
      }
    }
  } catch (err) {
    await app.close().catch(() => {})
    await pool.close().catch(() => {})
    throw err
  }
}

// ---------- inject mode ----------

interface InjectRound { ms: number, cpuMs: number, latencies: Float64Array }

async function injectRound (built: Built, side: Side, calls: number, concurrency: number): Promise<InjectRound> {
  const { app, bodyLength } = built
  const url = ROUTE[side] + built.contactId
  const latencies = new Float64Array(calls)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < calls) {
      const i = next++
      const t0 = performance.now()
      const res = await app.inject({ method: 'GET', url })
      latencies[i] = performance.now() - t0
      if (res.statusCode !== 200 || res.body.length !== bodyLength) {
        throw new Error(`inject ${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`)
      }
    }
  }
  gcFn()?.()
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker))
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, latencies }
}

// ---------- http mode: autocannon, in a child process or here ----------

interface LoadRequest { url: string, connections: number, pipelining: number, amount: number }

interface LoadResult {
  ms: number
  completed: number
  ok2xx: number
  non2xx: number
  errors: number
  timeouts: number
  resets: number
  /** per-response latency in ms (autocannon's responseTime), as measured by the load generator */
  latencies: number[]
  /** set when autocannon itself failed */
  failure?: string
}

interface AutocannonResult { non2xx: number, errors: number, timeouts: number, resets: number, '2xx': number, latency: { totalCount: number } }
interface AutocannonInstance { on: (event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void) => void }
type Autocannon = (opts: Record<string, unknown>, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance

/** autocannon ships no types (and @types/autocannon is not installed): loaded through require, typed for what is used. */
function loadAutocannon (): Autocannon {
  return createRequire(import.meta.url)('autocannon') as Autocannon
}

async function runAutocannon (autocannon: Autocannon, req: LoadRequest): Promise<LoadResult> {
  const latencies: number[] = []
  let last = NaN
  const t0 = performance.now()
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon({
      url: req.url,
      connections: req.connections,
      pipelining: req.pipelining,
      amount: req.amount,
      timeout: 10,
      // autocannon notices that `amount` is reached only on its sample tick (default every 1000 ms): a short tick keeps
      // the idle tail short; the round's time is taken at the last response anyway, not when autocannon returns.
      sampleInt: 50
    }, (err, res) => { if (err !== null) reject(err); else resolve(res) })
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime)
      last = performance.now()
    })
  })
  const ms = last - t0
  return {
    ms,
    completed: latencies.length,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    resets: result.resets,
    latencies
  }
}

interface LoadGen { run: (req: LoadRequest) => Promise<LoadResult>, close: () => Promise<void>, where: string }

function inlineLoadGen (): LoadGen {
  const autocannon = loadAutocannon()
  return { where: 'inline', run: async (req) => await runAutocannon(autocannon, req), close: async () => {} }
}

async function childLoadGen (): Promise<LoadGen> {
  const child: ChildProcess = fork(SCRIPT, [LOAD_CHILD_FLAG], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: process.execArgv.filter((a) => a !== '--expose-gc')
  })
  const exited = once(child, 'exit').then(([code]) => { throw new Error(`the load generator exited (code ${String(code)})`) })
  exited.catch(() => {})
  await Promise.race([once(child, 'message'), exited]) // 'ready'
  let seq = 0
  return {
    where: `process (pid ${String(child.pid)})`,
    run: async (req) => {
      const id = ++seq
      const answer = new Promise<LoadResult>((resolve) => {
        const onMessage = (msg: { id: number, result: LoadResult }): void => {
          if (msg.id !== id) return
          child.off('message', onMessage)
          resolve(msg.result)
        }
        child.on('message', onMessage)
      })
      child.send({ id, req })
      return await Promise.race([answer, exited])
    },
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const done = once(child, 'exit')
      child.disconnect()
      await done
    }
  }
}

function serveLoadChild (): void {
  const autocannon = loadAutocannon()
  process.on('message', (msg: { id: number, req: LoadRequest }) => {
    runAutocannon(autocannon, msg.req).then(
      (result) => { process.send?.({ id: msg.id, result }) },
      (err: unknown) => {
        const failure = (err as Error)?.message ?? String(err)
        process.send?.({ id: msg.id, result: { ms: 0, completed: 0, ok2xx: 0, non2xx: 0, errors: 1, timeouts: 0, resets: 0, latencies: [], failure } })
      }
    )
  })
  process.on('disconnect', () => { process.exit(0) })
  process.send?.('ready')
}

interface HttpRound { ms: number, cpuMs: number, latencies: Float64Array, result: LoadResult }

async function httpRound (gen: LoadGen, base: string, built: Built, side: Side, amount: number, connections: number, pipelining: number): Promise<HttpRound> {
  gcFn()?.()
  const cpu0 = process.cpuUsage()
  const result = await gen.run({ url: base + ROUTE[side] + built.contactId, connections, pipelining, amount })
  const cpu = process.cpuUsage(cpu0)
  const bad = result.failure !== undefined || result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || result.ok2xx !== amount
  if (bad) {
    throw new Error(`HTTP ${side} round: ${result.ok2xx}/${amount} 2xx, non-2xx ${result.non2xx}, errors ${result.errors}, ` +
      `timeouts ${result.timeouts}${result.failure === undefined ? '' : `, autocannon: ${result.failure}`}`)
  }
  return { ms: result.ms, cpuMs: (cpu.user + cpu.system) / 1000, latencies: Float64Array.from(result.latencies), result }
}

// ---------- summaries ----------

interface Round { ms: number, cpuMs: number, latencies: Float64Array }
interface SideSummary { requests: number, totalMs: number, reqPerSec: number, p50Ms: number, p99Ms: number, cpuUsPerReq: number }
interface ModeResult {
  mode: 'inject' | 'http'
  rows: Array<{ round: number, first: Side, pluginMs: number, undiciMs: number, ratio: number }>
  plugin: SideSummary
  undici: SideSummary
  medianRatio: number
  overallRatio: number
  cpuRatio: number
  ok: boolean
}

function summarize (rounds: Round[]): SideSummary {
  const requests = rounds.reduce((n, r) => n + r.latencies.length, 0)
  const all = new Float64Array(requests)
  let at = 0
  for (const r of rounds) { all.set(r.latencies, at); at += r.latencies.length }
  all.sort()
  const totalMs = rounds.reduce((n, r) => n + r.ms, 0)
  const cpuMs = rounds.reduce((n, r) => n + r.cpuMs, 0)
  return { requests, totalMs, reqPerSec: requests / (totalMs / 1000), p50Ms: quantile(all, 0.5), p99Ms: quantile(all, 0.99), cpuUsPerReq: (cpuMs * 1000) / requests }
}

async function alternate (
  mode: 'inject' | 'http', rounds: number, warmupRounds: number, target: number, gateOverall: boolean,
  run: (side: Side, counted: boolean) => Promise<Round>
): Promise<ModeResult> {
  for (let w = 0; w < warmupRounds; w++) {
    for (const side of (w % 2 === 0 ? SIDES : [...SIDES].reverse())) await run(side, false)
  }
  const results: Record<Side, Round[]> = { plugin: [], undici: [] }
  const rows: ModeResult['rows'] = []
  for (let r = 0; r < rounds; r++) {
    const order: readonly Side[] = r % 2 === 0 ? SIDES : [...SIDES].reverse()
    const got: Partial<Record<Side, Round>> = {}
    for (const side of order) {
      const res = await run(side, true)
      got[side] = res
      results[side].push(res)
    }
    rows.push({ round: r + 1, first: order[0], pluginMs: got.plugin!.ms, undiciMs: got.undici!.ms, ratio: got.plugin!.ms / got.undici!.ms })
  }
  const plugin = summarize(results.plugin)
  const undici = summarize(results.undici)
  const medianRatio = median(rows.map((r) => r.ratio))
  const overallRatio = plugin.totalMs / undici.totalMs
  return { mode, rows, plugin, undici, medianRatio, overallRatio, cpuRatio: plugin.cpuUsPerReq / undici.cpuUsPerReq, ok: medianRatio <= target && (!gateOverall || overallRatio <= target) }
}

function table (m: ModeResult, target: number, gateOverall: boolean, latencyNote: string): string[] {
  const out: string[] = []
  out.push('  round  first    plugin ms   undici ms   ratio')
  for (const r of m.rows) {
    out.push(`  ${pad(String(r.round), 5)}  ${r.first.padEnd(6)} ${pad(f(r.pluginMs, 1), 11)} ${pad(f(r.undiciMs, 1), 11)} ${pad(f(r.ratio, 3), 7)}`)
  }
  out.push('')
  out.push(`  route    requests   total ms      req/s   p50 ms   p99 ms   cpu µs/req   (${latencyNote})`)
  for (const side of SIDES) {
    const s = m[side]
    out.push(`  ${side.padEnd(6)} ${pad(String(s.requests), 10)} ${pad(f(s.totalMs, 1), 10)} ${pad(f(s.reqPerSec, 0), 10)} ${pad(f(s.p50Ms, 3), 8)} ${pad(f(s.p99Ms, 3), 8)} ${pad(f(s.cpuUsPerReq, 1), 12)}`)
  }
  out.push('')
  out.push(`  ratio plugin/undici (time): median of rounds ${f(m.medianRatio, 3)}, overall ${f(m.overallRatio, 3)}; ` +
    `target ≤ ${f(target)} for ${gateOverall ? 'both' : 'the median (overall not gated)'} → ${m.ok ? 'PASS' : 'FAIL'}`)
  out.push(`  server-process cpu per request plugin/undici: ${f(m.cpuRatio, 3)}`)
  return out
}

function modeJson (m: ModeResult): Record<string, unknown> {
  const side = (s: SideSummary): Record<string, number> => ({
    requests: s.requests,
    totalMs: round3(s.totalMs),
    reqPerSec: Math.round(s.reqPerSec),
    p50Ms: round3(s.p50Ms),
    p99Ms: round3(s.p99Ms),
    cpuUsPerReq: round3(s.cpuUsPerReq)
  })
  return {
    ok: m.ok,
    plugin: side(m.plugin),
    undici: side(m.undici),
    ratio: { median: round3(m.medianRatio), overall: round3(m.overallRatio), cpu: round3(m.cpuRatio), rounds: m.rows.map((r) => round3(r.ratio)) }
  }
}

// ---------- main ----------

async function main (): Promise<void> {
  const rounds = intEnv('BENCH_ROUNDS', 20)
  const injectCalls = intEnv('BENCH_INJECT_CALLS', 20_000)
  const injectConcurrency = intEnv('BENCH_INJECT_CONCURRENCY', 64)
  const injectWarmup = intEnv('BENCH_INJECT_WARMUP', 4_000, 0)
  const httpRequests = intEnv('BENCH_HTTP_REQUESTS', 40_000)
  const connections = intEnv('BENCH_CONNECTIONS', 32)
  const pipelining = intEnv('BENCH_PIPELINING', 1)
  const httpWarmup = intEnv('BENCH_HTTP_WARMUP', 4_000, 0)
  const target = numEnv('BENCH_TARGET', 1.10)
  const slowdownUs = intEnv('BENCH_SLOWDOWN_US', 0, 0)
  const gateOverall = choiceEnv('BENCH_GATE', ['median', 'both'] as const) === 'both'
  const sandboxMode = choiceEnv('BENCH_SANDBOX', ['inline', 'process'] as const)
  const loadgenMode = choiceEnv('BENCH_LOADGEN', ['process', 'inline'] as const)
  const modesRaw = process.env.BENCH_MODES ?? 'inject,http'
  const modes = modesRaw.split(',').map((s) => s.trim()).filter((s) => s !== '')
  if (modes.length === 0 || modes.some((m) => m !== 'inject' && m !== 'http')) {
    throw new Error(`BENCH_MODES must be a comma-separated list of inject, http; got ${JSON.stringify(modesRaw)}`)
  }
  if (injectCalls < rounds) throw new Error('BENCH_INJECT_CALLS must be at least BENCH_ROUNDS')
  if (httpRequests < rounds * connections * pipelining) throw new Error('BENCH_HTTP_REQUESTS must be at least BENCH_ROUNDS × BENCH_CONNECTIONS × BENCH_PIPELINING')
  const injectPerRound = Math.floor(injectCalls / rounds)
  const httpPerRound = Math.floor(httpRequests / rounds)

  const started = performance.now()
  const sb = sandboxMode === 'inline' ? await inlineSandbox() : await forkSandbox(SCRIPT)
  let built: Built | undefined
  let gen: LoadGen | undefined
  const results: ModeResult[] = []
  let failed: Error | undefined
  try {
    built = await buildApp(sb, slowdownUs)
    const b = built
    if (modes.includes('inject')) {
      const warmRounds = injectWarmup > 0 ? 2 : 0
      results.push(await alternate('inject', rounds, warmRounds, target, gateOverall,
        async (side, counted) => await injectRound(b, side, counted ? injectPerRound : Math.ceil(injectWarmup / 2), injectConcurrency)))
    }
    if (modes.includes('http')) {
      const base = await b.app.listen({ host: '127.0.0.1', port: 0 })
      gen = loadgenMode === 'process' ? await childLoadGen() : inlineLoadGen()
      const g = gen
      const warmRounds = httpWarmup > 0 ? 2 : 0
      const warmPerRound = Math.max(connections * pipelining, Math.ceil(httpWarmup / 2))
      results.push(await alternate('http', rounds, warmRounds, target, gateOverall,
        async (side, counted) => await httpRound(g, base, b, side, counted ? httpPerRound : warmPerRound, connections, pipelining)))
    }
  } catch (err) {
    failed = err as Error
  } finally {
    await gen?.close().catch(() => {})
    await built?.close().catch(() => {})
    await sb.close()
  }
  if (failed !== undefined) {
    process.stderr.write(`bench route: ${failed.stack ?? failed.message}\n`)
    process.stdout.write(JSON.stringify({ bench: 'route', ok: false, error: failed.message }) + '\n')
    process.exitCode = 1
    return
  }

  const ok = results.every((m) => m.ok)
  const wallS = (performance.now() - started) / 1000
  const out: string[] = []
  out.push('bench route — GET /via-plugin/:id (app.ghl.contacts.get) vs GET /via-undici/:id (bare undici Pool.request), one Fastify app')
  out.push(`  sandbox ${sandboxMode}, load generator ${loadgenMode}, rate limit off, token store PGlite (in memory), ${rounds} alternating rounds per mode, ` +
    `node ${process.version}, gc between rounds: ${gcFn() !== undefined ? 'yes' : 'no'}` +
    (slowdownUs > 0 ? `, DELIBERATE SLOWDOWN of ${slowdownUs} µs per plugin-route request (BENCH_SLOWDOWN_US)` : ''))
  for (const m of results) {
    out.push('')
    if (m.mode === 'inject') {
      out.push(`inject — ${injectPerRound * rounds} calls per route in ${rounds} rounds of ${injectPerRound}, concurrency ${injectConcurrency}, warm-up ${injectWarmup} per route`)
      out.push(...table(m, target, gateOverall, 'latency per inject call; cpu: this process, sandbox included when inline'))
    } else {
      out.push(`http — autocannon, ${httpPerRound * rounds} requests per route in ${rounds} rounds of ${httpPerRound}, ${connections} connections, ` +
        `pipelining ${pipelining}, warm-up ${httpWarmup} per route`)
      out.push(...table(m, target, gateOverall, 'latency as autocannon sees it; cpu: the server process only'))
    }
  }
  out.push('')
  out.push(`  overall → ${ok ? 'PASS' : 'FAIL'}; bench wall time ${f(wallS, 1)} s`)
  process.stdout.write(out.join('\n') + '\n')

  const json: Record<string, unknown> = {
    bench: 'route',
    ok,
    node: process.version,
    sandbox: sandboxMode,
    loadgen: loadgenMode,
    rounds,
    target,
    gate: gateOverall ? 'both' : 'median',
    ...(slowdownUs > 0 ? { slowdownUs } : {})
  }
  for (const m of results) {
    json[m.mode] = m.mode === 'inject'
      ? { callsPerRoute: injectPerRound * rounds, concurrency: injectConcurrency, warmup: injectWarmup, ...modeJson(m) }
      : { requestsPerRoute: httpPerRound * rounds, connections, pipelining, warmup: httpWarmup, ...modeJson(m) }
  }
  process.stdout.write(JSON.stringify(json) + '\n')
  if (!ok) process.exitCode = 1
}

if (process.argv.includes(SANDBOX_CHILD_FLAG)) {
  serveSandboxChild().catch((err: unknown) => {
    process.stderr.write(`bench route sandbox: ${String(err)}\n`)
    process.exit(1)
  })
} else if (process.argv.includes(LOAD_CHILD_FLAG)) {
  serveLoadChild()
} else {
  main().catch((err: unknown) => {
    process.stderr.write(`bench route: ${(err as Error)?.stack ?? String(err)}\n`)
    process.exitCode = 1
  })
}

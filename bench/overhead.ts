// bench/overhead — call overhead of the client (issue 4 "bench/overhead", issue 7 benchmark 1).
//
// What it measures: `contacts.get(id)` through fastify-ghl's API client (default options — breaker on, retries,
// timeouts, JSON parsing, GHL error handling — except the client-side rate limiter, which is off) against a bare
// undici `Pool.request` with the same four headers (Authorization, Version, Accept, User-Agent) + a status check +
// `body.json()`. Both read the same contact from the same GoHighLevel sandbox (its rate limit off), in one process,
// in alternating rounds (odd rounds client first, even rounds bare first), at the same concurrency, after a warm-up.
// The token comes from a minimal TokenProvider that hands back the sandbox-issued token (the real token manager
// also serves it from memory on the hot path), so the figure is the cost of the client itself.
//
// Result: each side's total time, calls/s, p50/p99 per-call latency, and the time ratio client/bare — per round,
// the median of rounds and overall (sum of client time / sum of bare time). Target: both ≤ 1.10; the process exits 1
// when either is over (or when any call fails), so it is a real check. Prints a table, then one JSON line.
// (Sensitivity, checked once by hand: 20 µs of busy work added to each client call reads as about 1.08–1.12.)
//
// Run:   npx tsx --expose-gc bench/overhead.ts        (or: npm run bench -- --only overhead)
// Env:   BENCH_CALLS        calls per side, all rounds together    default 20000
//        BENCH_ROUNDS       rounds per side                        default 10
//        BENCH_CONCURRENCY  calls in flight                        default 64
//        BENCH_WARMUP       warm-up calls per side (not counted)   default 4000
//        BENCH_TARGET       max ratio client/bare (median, overall) default 1.10
//        BENCH_SANDBOX      inline (default): sandbox in this process, as in the issue;
//                           process: sandbox in a child process, so the bench process runs only the callers
//                           (its CPU time per call, also printed, is then the callers' alone)
// `--expose-gc` is optional: with it a full GC runs before every round, so no round pays for the last one's garbage.
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { Pool } from 'undici'
import { createGhlApi } from '../lib/ghl-api.js'
import { DEFAULT_USER_AGENT } from '../lib/client/version.js'
import { GhlEventEmitter } from '../lib/events.js'
import type { TokenProvider } from '../lib/tokens/provider.js'
import { startSandbox } from '../sandbox/index.js'
import { intEnv, median, numEnv, quantile } from './_stats.js'

const API_VERSION = '2021-07-28'



// ---------- the sandbox, inline or in a child process ----------

interface Target {
  url: string
  token: string
  locationId: string
  contactId: string
  close: () => Promise<void>
}

/** Installs the app, creates one contact with a bare call, returns what both sides need. */
async function prepare (url: string, token: string, locationId: string): Promise<string> {
  const res = await fetch(`${url}/contacts/`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, version: API_VERSION, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ locationId, firstName: 'Bench', lastName: 'Overhead', email: 'bench.overhead@example.com', tags: ['bench'] })
  })
  const body = await res.json() as { contact?: { id?: string } }
  if (res.status !== 201 && res.status !== 200) throw new Error(`creating the bench contact answered ${res.status}: ${JSON.stringify(body)}`)
  if (typeof body.contact?.id !== 'string') throw new Error(`no contact id in ${JSON.stringify(body)}`)
  return body.contact.id
}

async function inlineTarget (): Promise<Target> {
  const sb = await startSandbox({ port: 0, rateLimit: false })
  const issued = sb.issueTokens()
  const locationId = issued.locationId
  if (locationId === undefined) throw new Error('the sandbox issued a token without locationId')
  const contactId = await prepare(sb.url, issued.access_token, locationId)
  return { url: sb.url, token: issued.access_token, locationId, contactId, close: async () => { await sb.close() } }
}

async function childTarget (): Promise<Target> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--sandbox-child'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: process.execArgv.filter((a) => a !== '--expose-gc')
  })
  const [msg] = await Promise.race([
    once(child, 'message') as Promise<[{ url: string, token: string, locationId: string }]>,
    once(child, 'exit').then(([code]) => { throw new Error(`the sandbox child exited early (code ${String(code)})`) })
  ])
  const contactId = await prepare(msg.url, msg.token, msg.locationId)
  return {
    ...msg,
    contactId,
    close: async () => {
      if (child.exitCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    }
  }
}

async function runSandboxChild (): Promise<void> {
  const sb = await startSandbox({ port: 0, rateLimit: false })
  const issued = sb.issueTokens()
  process.send?.({ url: sb.url, token: issued.access_token, locationId: issued.locationId })
  const stop = (): void => { sb.close().then(() => process.exit(0), () => process.exit(1)) }
  process.on('SIGTERM', stop)
  process.on('disconnect', stop)
}

// ---------- the two sides ----------

type Call = () => Promise<unknown>

/** The minimal fair provider: the sandbox-issued token, from memory. */
function staticTokens (token: string): TokenProvider {
  return {
    getValidToken: async () => token,
    refreshAfterUnauthorized: async () => { throw new Error('bench: unexpected 401') },
    markReauthRequired: async (connection, reason) => new Error(`bench: reauth required for ${connection}: ${reason}`)
  }
}

interface Contact { contact?: { id?: string } }

function check (res: unknown, id: string): void {
  if ((res as Contact)?.contact?.id !== id) throw new Error(`unexpected answer: ${JSON.stringify(res).slice(0, 200)}`)
}

// ---------- measuring ----------

interface RoundResult { ms: number, cpuMs: number, latencies: Float64Array }

async function round (call: Call, id: string, calls: number, concurrency: number): Promise<RoundResult> {
  const latencies = new Float64Array(calls)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < calls) {
      const i = next++
      const t0 = performance.now()
      const res = await call()
      latencies[i] = performance.now() - t0
      check(res, id)
    }
  }
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc !== undefined) gc()
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker))
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, latencies }
}



interface SideSummary {
  calls: number
  totalMs: number
  callsPerSec: number
  p50Ms: number
  p99Ms: number
  cpuUsPerCall: number
}

function summarize (rounds: RoundResult[]): SideSummary {
  const calls = rounds.reduce((n, r) => n + r.latencies.length, 0)
  const all = new Float64Array(calls)
  let at = 0
  for (const r of rounds) { all.set(r.latencies, at); at += r.latencies.length }
  all.sort()
  const totalMs = rounds.reduce((n, r) => n + r.ms, 0)
  const cpuMs = rounds.reduce((n, r) => n + r.cpuMs, 0)
  return {
    calls,
    totalMs,
    callsPerSec: calls / (totalMs / 1000),
    p50Ms: quantile(all, 0.5),
    p99Ms: quantile(all, 0.99),
    cpuUsPerCall: (cpuMs * 1000) / calls
  }
}

const f = (n: number, d = 2): string => n.toFixed(d)
const pad = (s: string, w: number): string => s.padStart(w)

async function main (): Promise<void> {
  const total = intEnv('BENCH_CALLS', 20_000)
  const rounds = intEnv('BENCH_ROUNDS', 10)
  const concurrency = intEnv('BENCH_CONCURRENCY', 64)
  const warmup = intEnv('BENCH_WARMUP', 4_000, 0)
  const target = numEnv('BENCH_TARGET', 1.10)
  const mode = process.env.BENCH_SANDBOX ?? 'inline'
  if (mode !== 'inline' && mode !== 'process') throw new Error(`BENCH_SANDBOX must be inline or process, got ${JSON.stringify(mode)}`)
  if (total < rounds) throw new Error('BENCH_CALLS must be at least BENCH_ROUNDS')
  const perRound = Math.floor(total / rounds)

  const sb = mode === 'inline' ? await inlineTarget() : await childTarget()
  const id = sb.contactId
  const path = '/contacts/' + encodeURIComponent(id)

  // client: its own Pool (undici defaults, unlimited sockets), rate limiter off, everything else default
  const client = createGhlApi({
    tokens: staticTokens(sb.token),
    events: new GhlEventEmitter(),
    apiBaseUrl: sb.url,
    defaultConnection: sb.locationId,
    rateLimit: false
  })
  // bare: a Pool with the client's Pool settings, the same headers, the status checked, the body parsed
  const pool = new Pool(sb.url, { connections: null })
  const headers = { authorization: `Bearer ${sb.token}`, version: API_VERSION, accept: 'application/json', 'user-agent': DEFAULT_USER_AGENT }
  const sides: Record<'client' | 'bare', Call> = {
    client: () => client.contacts.get(id),
    bare: async () => {
      const res = await pool.request({ method: 'GET', path, headers })
      if (res.statusCode !== 200) {
        await res.body.dump()
        throw new Error(`bare call answered ${res.statusCode}`)
      }
      return await res.body.json()
    }
  }

  const results: Record<'client' | 'bare', RoundResult[]> = { client: [], bare: [] }
  const perRoundRows: Array<{ round: number, first: string, clientMs: number, bareMs: number, ratio: number }> = []
  let failed: Error | undefined
  const started = performance.now()
  try {
    // warm-up: both sides, alternating, not counted
    for (let w = 0; w < 2 && warmup > 0; w++) {
      for (const side of (w % 2 === 0 ? ['client', 'bare'] as const : ['bare', 'client'] as const)) {
        await round(sides[side], id, Math.ceil(warmup / 2), concurrency)
      }
    }
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? ['client', 'bare'] as const : ['bare', 'client'] as const
      const got: Partial<Record<'client' | 'bare', RoundResult>> = {}
      for (const side of order) {
        const res = await round(sides[side], id, perRound, concurrency)
        got[side] = res
        results[side].push(res)
      }
      perRoundRows.push({ round: r + 1, first: order[0], clientMs: got.client!.ms, bareMs: got.bare!.ms, ratio: got.client!.ms / got.bare!.ms })
    }
  } catch (err) {
    failed = err as Error
  } finally {
    await client.close()
    await pool.close()
    await sb.close()
  }
  if (failed !== undefined) {
    process.stderr.write(`bench overhead: a call failed: ${failed.stack ?? failed.message}\n`)
    process.stdout.write(JSON.stringify({ bench: 'overhead', ok: false, error: failed.message }) + '\n')
    process.exitCode = 1
    return
  }

  const cs = summarize(results.client)
  const bs = summarize(results.bare)
  const medianRatio = median(perRoundRows.map((r) => r.ratio))
  const overallRatio = cs.totalMs / bs.totalMs
  const cpuRatio = cs.cpuUsPerCall / bs.cpuUsPerCall
  const ok = medianRatio <= target && overallRatio <= target
  const wallS = (performance.now() - started) / 1000

  const out: string[] = []
  out.push(`bench overhead — contacts.get through the client vs bare undici Pool.request + body.json()`)
  out.push(`  ${perRound * rounds} calls per side in ${rounds} alternating rounds of ${perRound}, concurrency ${concurrency}, ` +
    `warm-up ${warmup} per side, sandbox ${mode}, rate limit off, node ${process.version}, gc between rounds: ${(globalThis as { gc?: unknown }).gc !== undefined ? 'yes' : 'no'}`)
  out.push('')
  out.push('  round  first    client ms    bare ms   ratio')
  for (const r of perRoundRows) {
    out.push(`  ${pad(String(r.round), 5)}  ${r.first.padEnd(6)} ${pad(f(r.clientMs, 1), 11)} ${pad(f(r.bareMs, 1), 10)} ${pad(f(r.ratio, 3), 7)}`)
  }
  out.push('')
  out.push('  side      calls   total ms    calls/s   p50 ms   p99 ms   cpu µs/call')
  for (const [name, s] of [['client', cs], ['bare', bs]] as const) {
    out.push(`  ${name.padEnd(6)} ${pad(String(s.calls), 8)} ${pad(f(s.totalMs, 1), 10)} ${pad(f(s.callsPerSec, 0), 10)} ${pad(f(s.p50Ms, 3), 8)} ${pad(f(s.p99Ms, 3), 8)} ${pad(f(s.cpuUsPerCall, 1), 13)}`)
  }
  out.push('')
  out.push(`  ratio client/bare (time): median of rounds ${f(medianRatio, 3)}, overall ${f(overallRatio, 3)}; ` +
    `target ≤ ${f(target)} for both → ${ok ? 'PASS' : 'FAIL'}`)
  out.push(`  cpu per call client/bare: ${f(cpuRatio, 3)} (${mode === 'inline' ? 'includes the sandbox serving the calls' : 'callers only'}); bench wall time ${f(wallS, 1)} s`)
  process.stdout.write(out.join('\n') + '\n')

  const round3 = (n: number): number => Math.round(n * 1000) / 1000
  const side = (s: SideSummary): Record<string, number> => ({
    calls: s.calls,
    totalMs: round3(s.totalMs),
    callsPerSec: Math.round(s.callsPerSec),
    p50Ms: round3(s.p50Ms),
    p99Ms: round3(s.p99Ms),
    cpuUsPerCall: round3(s.cpuUsPerCall)
  })
  process.stdout.write(JSON.stringify({
    bench: 'overhead',
    ok,
    node: process.version,
    sandbox: mode,
    callsPerSide: perRound * rounds,
    rounds,
    concurrency,
    warmup,
    client: side(cs),
    bare: side(bs),
    ratio: { median: round3(medianRatio), overall: round3(overallRatio), cpu: round3(cpuRatio), rounds: perRoundRows.map((r) => round3(r.ratio)) },
    target
  }) + '\n')
  if (!ok) process.exitCode = 1
}

if (process.argv.includes('--sandbox-child')) {
  runSandboxChild().catch((err: unknown) => {
    process.stderr.write(`bench overhead sandbox: ${String(err)}\n`)
    process.exit(1)
  })
} else {
  main().catch((err: unknown) => {
    process.stderr.write(`bench overhead: ${(err as Error)?.stack ?? String(err)}\n`)
    process.exitCode = 1
  })
}

// bench/fleet-rate — one GHL rate budget per location for the whole fleet (issue 14). For 2, 4 and 8 instances (each a
// process running the real plugin: test/fixtures/fleet-budget-worker.ts) on one fresh Postgres database, every
// instance reads one location as fast as it may, CALLS reads in all, against the sandbox at GHL's burst limit
// (MAX per WINDOW_MS). Measured per run, each against a baseline of the same run:
//   - 429 share: requests GHL (the sandbox) answered 429 / requests it saw; baseline: the same fleet with
//     rateLimit.fleet: false (each process limits itself to the whole budget, as before the fleet budget);
//   - pace ratio: elapsed / ideal, the ideal being CALLS / MAX × WINDOW_MS (GHL's budget fully used, nothing wasted);
//   - DB round trips per call: every statement the instances' pg pools ran during the run / calls.
// Every run checks what it measures: no failed call. Exits 1 when a fleet run misses a target.
// Env: BENCH_CALLS (2,400), BENCH_MAX (100), BENCH_WINDOW_MS (1,000: GHL's 10 s compressed 10×, same count),
// BENCH_INSTANCES ("2,4,8"), BENCH_BASELINE (1: also run fleet: false). Postgres: DATABASE_URL with CREATE DATABASE.
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { createPgTokenStore } from '../db/index.js'
import { encryptNew } from '../lib/tokens/codec.js'
import { parseKeyRing } from '../lib/tokens/crypto.js'
import { startSandbox } from '../sandbox/index.js'
import { admin, dbUrl } from './_db.js'
import { f, intEnv } from './_stats.js'
import { startBenchWorker, type BenchWorker } from './_worker.js'

const CALLS = intEnv('BENCH_CALLS', 2400)
const MAX = intEnv('BENCH_MAX', 100)
const WINDOW_MS = intEnv('BENCH_WINDOW_MS', 1000)
const INSTANCES = (process.env.BENCH_INSTANCES ?? '2,4,8').split(',').map(Number).filter((n) => n > 0)
const BASELINE = (process.env.BENCH_BASELINE ?? '1') !== '0'
const KEY = 'k1:' + Buffer.alloc(32, 5).toString('base64')
const WORKER = 'test/fixtures/fleet-budget-worker.ts'
const LOCATION = 'loc_bench_fleet_rate'

interface Reads { ok: number, failed: number, codes: Record<string, number>, ms: number, queries: number }
interface Row { instances: number, fleet: boolean, seen: number, limited: number, elapsed: number, queries: number, failed: number }

async function run (instances: number, fleet: boolean): Promise<Row> {
  const name = `ghl_bench_fleet_${randomBytes(4).toString('hex')}`
  await admin(`CREATE DATABASE "${name}"`)
  const url = dbUrl(name)
  const sb = await startSandbox({ port: 0, rateLimit: { burst: MAX, windowMs: WINDOW_MS, daily: 10_000_000 } })
  const workers: BenchWorker[] = []
  try {
    const store = createPgTokenStore({ connectionString: url })
    await store.migrate()
    const tokens = sb.issueTokens({ locationId: LOCATION })
    await store.insertIfAbsent(encryptNew(parseKeyRing(KEY), {
      id: LOCATION, userType: 'Location', locationId: LOCATION, companyId: tokens.companyId ?? null, scope: tokens.scope ?? null,
      accessToken: tokens.access_token, refreshToken: tokens.refresh_token ?? null, expiresAt: new Date(Date.now() + 86_400_000)
    }))
    await store.close()
    const env = {
      DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY, LOCATION,
      MAX: String(MAX), WINDOW_MS: String(WINDOW_MS), FLEET: fleet ? 'on' : 'off', BUDGET_MS: String(CALLS / MAX * WINDOW_MS * 4)
    }
    for (let i = 0; i < instances; i++) workers.push(await startBenchWorker(WORKER, env))
    const path = `/locations/${LOCATION}/customFields`
    for (const w of workers) await w.send<Reads>({ cmd: 'reads', n: 1, path })
    await new Promise((resolve) => setTimeout(resolve, 2 * WINDOW_MS))
    sb.resetStats()
    const per = Math.ceil(CALLS / instances)
    const started = performance.now()
    const replies = await Promise.all(workers.map(async (w) => await w.send<Reads>({ cmd: 'reads', n: per, path })))
    const elapsed = performance.now() - started
    const stats = sb.stats()
    return {
      instances,
      fleet,
      seen: stats.apiCalls.total,
      limited: stats.rateLimited,
      elapsed,
      queries: replies.reduce((n, r) => n + r.queries, 0),
      failed: replies.reduce((n, r) => n + r.failed, 0)
    }
  } finally {
    await Promise.all(workers.map(async (w) => await w.stop()))
    await sb.close()
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
}

const ideal = CALLS / MAX * WINDOW_MS
console.log(`bench/fleet-rate: ${CALLS} reads of one location, sandbox limit ${MAX} per ${WINDOW_MS} ms, ideal ${ideal} ms`)
console.log('instances  mode       GHL saw  429s   429 share  elapsed ms  pace ratio  DB trips/call  failed')
const rows: Row[] = []
for (const n of INSTANCES) {
  for (const fleet of BASELINE ? [false, true] : [true]) {
    const r = await run(n, fleet)
    rows.push(r)
    const calls = CALLS
    console.log([
      String(n).padStart(9), (fleet ? 'fleet' : 'per-proc').padEnd(9), String(r.seen).padStart(8), String(r.limited).padStart(5),
      (f(r.limited / r.seen * 100, 2) + ' %').padStart(10), String(Math.round(r.elapsed)).padStart(11), f(r.elapsed / ideal, 3).padStart(11),
      f(r.queries / calls, 4).padStart(14), String(r.failed).padStart(7)
    ].join('  '))
  }
}
const bad = rows.filter((r) => r.fleet && (r.failed > 0 || r.limited / r.seen > 0.02 || r.elapsed / ideal > 1.25 || r.queries / CALLS > 0.1))
console.log(bad.length === 0
  ? 'targets met (fleet): 0 failed, ≤ 2 % 429s, pace ≤ 1.25× ideal, ≤ 0.1 DB round trips per call'
  : `targets missed (fleet) at ${bad.map((r) => r.instances).join(', ')} instances`)
console.log(JSON.stringify({
  bench: 'fleet-rate',
  calls: CALLS,
  max: MAX,
  windowMs: WINDOW_MS,
  runs: rows.map((r) => ({
    instances: r.instances,
    mode: r.fleet ? 'fleet' : 'per-process',
    share429: Number((r.limited / r.seen).toFixed(4)),
    paceRatio: Number((r.elapsed / ideal).toFixed(3)),
    dbTripsPerCall: Number((r.queries / CALLS).toFixed(4)),
    failed: r.failed
  }))
}))
if (bad.length > 0) process.exitCode = 1

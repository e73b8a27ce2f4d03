// bench/outbox — the durable outbox (issue 12), four ratios measured in one run against a fresh Postgres database
// and the GHL sandbox (in this process):
//   A. enqueue cost: outbox.syncSignup (a keyed job, no relay) vs a plain INSERT of the same row into a host table;
//   B. delivery latency: commit → delivered (relay woken by NOTIFY) vs a direct app.ghl.syncSignup, p50 / p99;
//   C. drain: JOBS upsertContact jobs over LOCATIONS locations with GHL answering after LATENCY_MS, by 1 instance vs
//      INSTANCES instances (each a process running the real plugin: test/fixtures/outbox-worker.ts). Target ≥ 3×.
//      Each drain is profiled (bench/_outbox-measure.ts): slot occupancy, CPU ms per job of the instances, of this
//      process (the sandbox) and of the Postgres backends, how busy the whole machine was, its load;
//   D. one location's drain pace against its rate budget (≥ 0.9, no 429), the sandbox enforcing the budget.
// Every run checks what it measures: each job delivered once, exactly one contact per job in the sandbox.
// Env: BENCH_ENQUEUES (2,000), BENCH_SIGNUPS (200), BENCH_JOBS (10,000), BENCH_LOCATIONS (100), BENCH_INSTANCES (4),
// BENCH_CONCURRENCY (8, the relay's default), BENCH_LATENCY_MS (75), BENCH_TIMEOUT_S (300 per drain),
// BENCH_PACE_JOBS (1,100), BENCH_PACE_MAX (100), BENCH_PACE_WINDOW_MS (4,000: GHL's 10 s window compressed 2.5×, a
// budget well below what one instance delivers unthrottled, so the limiter, not the machine, sets the pace).
// Postgres: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) with CREATE DATABASE rights.
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import Fastify, { type FastifyInstance } from 'fastify'
import pg from 'pg'
import { createPgTokenStore } from '../db/index.js'
import ghl from '../index.js'
import { encryptNew } from '../lib/tokens/codec.js'
import { parseKeyRing } from '../lib/tokens/crypto.js'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { admin, dbUrl } from './_db.js'
import { f, intEnv, median, quantile } from './_stats.js'
import { backendCpuMs, cpuMs, inFlightSampler, load, machineCpu } from './_outbox-measure.js'
import { startBenchWorker, type BenchWorker } from './_worker.js'

const ENQUEUES = intEnv('BENCH_ENQUEUES', 2000)
const SIGNUPS = intEnv('BENCH_SIGNUPS', 200)
const JOBS = intEnv('BENCH_JOBS', 10_000)
const LOCATIONS = intEnv('BENCH_LOCATIONS', 100)
const INSTANCES = intEnv('BENCH_INSTANCES', 4, 2)
const CONCURRENCY = intEnv('BENCH_CONCURRENCY', 8)
const LATENCY_MS = intEnv('BENCH_LATENCY_MS', 75, 0)
const TIMEOUT_S = intEnv('BENCH_TIMEOUT_S', 300)
const DRAIN_TARGET = 3
const PACE_JOBS = intEnv('BENCH_PACE_JOBS', 1100)
const PACE_MAX = intEnv('BENCH_PACE_MAX', 100)
const PACE_WINDOW_MS = intEnv('BENCH_PACE_WINDOW_MS', 4000)
const PACE_TARGET = 0.9
const KEY = 'k1:' + Buffer.alloc(32, 5).toString('base64')
const WORKER = 'test/fixtures/outbox-worker.ts'

/** Stores an install for each location (tokens valid for a day). */
async function seed (sb: Sandbox, url: string, locations: string[]): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  pool.on('error', () => {})
  const store = createPgTokenStore({ pool })
  try {
    await store.migrate()
    const keyRing = parseKeyRing(KEY)
    for (const locationId of locations) {
      const tokens = sb.issueTokens({ locationId })
      await store.insertIfAbsent(encryptNew(keyRing, {
        id: locationId, userType: 'Location', locationId, companyId: tokens.companyId ?? null, scope: tokens.scope ?? null,
        accessToken: tokens.access_token, refreshToken: tokens.refresh_token, expiresAt: new Date(Date.now() + 86_000_000)
      }))
    }
  } finally {
    await store.close()
    await pool.end()
  }
}

async function app (sb: Sandbox, url: string, relay: boolean): Promise<FastifyInstance> {
  const a = Fastify({ logger: false })
  await a.register(ghl, {
    env: false, clientId: sb.clientId, clientSecret: sb.clientSecret, locationId: 'loc_0', databaseUrl: url, encryptionKey: KEY,
    apiBaseUrl: sb.url, authBaseUrl: sb.url, refresher: false, metrics: false, rateLimit: false,
    outbox: relay ? { pollSeconds: 5 } : false
  })
  await a.ready()
  return a
}

async function partA (sb: Sandbox, url: string): Promise<{ insertUs: number, enqueueUs: number, ratio: number }> {
  const pool = new pg.Pool({ connectionString: url, max: 2 })
  pool.on('error', () => {})
  await pool.query('CREATE TABLE bench_signups (id bigserial primary key, key text unique not null, payload jsonb not null)')
  const a = await app(sb, url, false)
  const insert: number[] = []
  const enqueue: number[] = []
  try {
    // Interleaved, so both see the same machine load.
    for (let i = 0; i < ENQUEUES; i++) {
      const user = { email: `a${i}@example.com`, name: `User ${i}` }
      let t0 = performance.now()
      await pool.query('INSERT INTO bench_signups (key, payload) VALUES ($1, $2::jsonb)', [`signup:loc_0:account:a${i}@example.com`, JSON.stringify({ user, signupType: 'account' })])
      insert.push(performance.now() - t0)
      t0 = performance.now()
      await a.ghl.outbox.syncSignup(user, 'account')
      enqueue.push(performance.now() - t0)
    }
  } finally {
    await a.close()
    await pool.end()
  }
  const insertUs = median(insert) * 1000
  const enqueueUs = median(enqueue) * 1000
  return { insertUs, enqueueUs, ratio: enqueueUs / insertUs }
}

async function partB (sb: Sandbox, url: string): Promise<{ queued: number[], direct: number[] }> {
  const a = await app(sb, url, true)
  const queued: number[] = []
  const direct: number[] = []
  try {
    const delivered = new Map<number, () => void>()
    a.ghl.events.on('outbox:delivered', ({ id }) => { delivered.get(id)?.() })
    for (let i = 0; i < SIGNUPS; i++) {
      let t0 = performance.now()
      await a.ghl.syncSignup({ email: `direct${i}@example.com` }, 'account')
      direct.push(performance.now() - t0)
      let done!: () => void
      const arrived = new Promise<void>((resolve) => { done = resolve })
      const job = await a.ghl.outbox.syncSignup({ email: `queued${i}@example.com` }, 'account')
      t0 = performance.now()
      delivered.set(job.id, done)
      const row = await a.ghl.outbox.get(job.id)
      if (row?.status !== 'delivered') await arrived
      queued.push(performance.now() - t0)
      delivered.delete(job.id)
    }
  } finally {
    await a.close()
  }
  return { queued: queued.sort((x, y) => x - y), direct: direct.sort((x, y) => x - y) }
}

interface DrainProfile {
  ms: number
  perSecond: number
  /** Mean jobs in flight / (instances × concurrency). */
  occupancy: number
  /** CPU ms per job: the instances, this process (the sandbox), the Postgres backends of the bench database. */
  cpuPerJob: { instances: number, sandbox: number, postgres: number }
  /** Share of the whole machine's CPU that was busy (every process, other engineers' included). */
  machineBusy: number
  load: string
}

async function drain (sb: Sandbox, url: string, database: string, instances: number, extra: Record<string, string> = {}, jobs = JOBS, locations = LOCATIONS, prefix = 'loc_'): Promise<DrainProfile> {
  const sql = new pg.Client({ connectionString: url })
  sql.on('error', () => {})
  await sql.connect()
  const workers: BenchWorker[] = []
  try {
    await sql.query("DELETE FROM ghl_jobs WHERE queue = 'outbox'")
    const env = {
      DATABASE_URL: url, SANDBOX_URL: sb.url, CLIENT_ID: sb.clientId, CLIENT_SECRET: sb.clientSecret, KEY, LOCATION: 'loc_0',
      LEASE_S: '60', CONCURRENCY: String(CONCURRENCY), ...extra
    }
    for (let i = 0; i < instances; i++) workers.push(await startBenchWorker(WORKER, env))
    const cpuOf = async (): Promise<number> => {
      let ms = 0
      for (const w of workers) ms += cpuMs((await w.send<{ cpu: NodeJS.CpuUsage }>({ cmd: 'stats' })).cpu)
      return ms
    }
    const run = randomBytes(3).toString('hex')
    // The jobs land at once (one statement, one NOTIFY at commit), as a backfill or a burst of signups would.
    await sql.query(`INSERT INTO ghl_jobs (op, key, group_key, connection, payload, max_attempts)
      SELECT 'upsertContact', k, k, $4 || (i % $2), jsonb_build_object('body', jsonb_build_object('email', 'd' || $3 || '-' || i || '@example.com')), 320
      FROM generate_series(0, $1 - 1) AS i, LATERAL (SELECT 'drain:' || $3 || ':' || i AS k) AS key`, [jobs, locations, run, prefix])
    const workersBefore = await cpuOf()
    const pgBefore = await backendCpuMs(sql, database)
    const selfBefore = process.cpuUsage()
    const machineBefore = machineCpu()
    const sampler = inFlightSampler(sql)
    const started = performance.now()
    await sql.query("SELECT pg_notify('fastify_ghl_jobs', 'outbox')")
    const deadline = Date.now() + TIMEOUT_S * 1000
    for (;;) {
      const { rows } = await sql.query("SELECT count(*)::int AS n FROM ghl_jobs WHERE status = 'delivered'")
      if (rows[0].n === jobs) break
      if (Date.now() > deadline) throw new Error(`drain by ${instances}: only ${rows[0].n as number} of ${jobs} delivered in ${TIMEOUT_S} s`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const ms = performance.now() - started
    const machineAfter = machineCpu()
    const sandboxMs = cpuMs(process.cpuUsage(selfBefore))
    const inFlight = await sampler.stop()
    const pgMs = await backendCpuMs(sql, database) - pgBefore
    const workersMs = await cpuOf() - workersBefore
    let contacts = 0
    for (let i = 0; i < locations; i++) contacts += sb.contacts(`${prefix}${i}`).filter((c) => String(c.email).startsWith(`d${run}-`)).length
    if (contacts !== jobs) throw new Error(`drain by ${instances}: ${contacts} contacts for ${jobs} jobs`)
    return {
      ms,
      perSecond: jobs / (ms / 1000),
      occupancy: inFlight / (instances * CONCURRENCY),
      cpuPerJob: { instances: workersMs / jobs, sandbox: sandboxMs / jobs, postgres: pgMs / jobs },
      machineBusy: (machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total),
      load: load()
    }
  } finally {
    await Promise.all(workers.map(async (w) => await w.stop()))
    await sql.end()
  }
}

/**
 * D. One location's drain pace against its rate budget: PACE_JOBS upserts for one location, one instance whose client
 * limits itself to PACE_MAX per PACE_WINDOW_MS (GHL's 100 per 10 s, compressed 10×), the sandbox enforcing the same
 * budget. The first window's burst is free, so the pace is (jobs − max) / elapsed against max / window; 429s counted.
 */
async function partD (url: string, database: string): Promise<{ pace: number, budget: number, ratio: number, tooMany: number, ms: number }> {
  const limited = await startSandbox({ port: 0, rateLimit: { burst: PACE_MAX, windowMs: PACE_WINDOW_MS, daily: 10_000_000 } })
  try {
    await seed(limited, url, ['pace_0'])
    const before = limited.stats().rateLimited
    const profile = await drain(limited, url, database, 1, { RATE_LIMIT: 'on', RATE_MAX: String(PACE_MAX), RATE_WINDOW_MS: String(PACE_WINDOW_MS) }, PACE_JOBS, 1, 'pace_')
    const pace = (PACE_JOBS - PACE_MAX) / (profile.ms / 1000)
    const budget = PACE_MAX / (PACE_WINDOW_MS / 1000)
    return { pace, budget, ratio: pace / budget, tooMany: limited.stats().rateLimited - before, ms: profile.ms }
  } finally {
    await limited.close()
  }
}

const name = `ghl_bench_outbox_${randomBytes(4).toString('hex')}`
await admin(`CREATE DATABASE "${name}"`)
const sb = await startSandbox({ port: 0, rateLimit: false })
let exitCode = 0
try {
  const url = dbUrl(name)
  process.stdout.write(`load before: ${load()}\n`)
  const locations = Array.from({ length: LOCATIONS }, (_, i) => `loc_${i}`)
  await seed(sb, url, locations)
  const a = await partA(sb, url)
  const b = await partB(sb, url)
  sb.addFault({ path: '/contacts/*', delayMs: LATENCY_MS, count: 100_000_000 })
  const one = await drain(sb, url, name, 1)
  const many = await drain(sb, url, name, INSTANCES)
  const d = await partD(url, name)
  const speedup = one.ms / many.ms
  const bp50 = quantile(b.queued, 0.5)
  const bp99 = quantile(b.queued, 0.99)
  const dp50 = quantile(b.direct, 0.5)
  const dp99 = quantile(b.direct, 0.99)
  const profile = (p: DrainProfile): string => `occupancy ${f(p.occupancy * 100, 0)} %, CPU ms/job instances ${f(p.cpuPerJob.instances)} sandbox ${f(p.cpuPerJob.sandbox)} postgres ${f(p.cpuPerJob.postgres)}, machine busy ${f(p.machineBusy * 100, 0)} %, load ${p.load}`
  process.stdout.write([
    `A. enqueue (outbox.syncSignup, ${ENQUEUES} sequential)   median ${f(a.enqueueUs, 0)} µs vs plain INSERT ${f(a.insertUs, 0)} µs   ratio ${f(a.ratio)}×`,
    `B. delivery after commit (NOTIFY, ${SIGNUPS} signups)    p50 ${f(bp50, 1)} ms  p99 ${f(bp99, 1)} ms   vs direct syncSignup p50 ${f(dp50, 1)} ms  p99 ${f(dp99, 1)} ms   ratio p50 ${f(bp50 / dp50)}×  p99 ${f(bp99 / dp99)}×`,
    `C. drain ${JOBS} jobs / ${LOCATIONS} locations, GHL ${LATENCY_MS} ms, concurrency ${CONCURRENCY}/instance: 1 instance ${f(one.ms / 1000, 1)} s (${f(one.perSecond, 0)}/s), ${INSTANCES} instances ${f(many.ms / 1000, 1)} s (${f(many.perSecond, 0)}/s)   speedup ${f(speedup)}× (target ≥ ${DRAIN_TARGET})`,
    `   1 instance:  ${profile(one)}`,
    `   ${INSTANCES} instances: ${profile(many)}`,
    `D. one location, budget ${PACE_MAX} per ${PACE_WINDOW_MS} ms (${f(d.budget, 0)}/s): ${PACE_JOBS} jobs in ${f(d.ms / 1000, 1)} s, pace after the first burst ${f(d.pace, 1)}/s = ${f(d.ratio)} of the budget (target ≥ ${PACE_TARGET}), 429s ${d.tooMany}`,
    ''
  ].join('\n'))
  if (bp99 > 250) process.stdout.write(`note: delivery p99 ${f(bp99, 1)} ms is above the issue's 250 ms\n`)
  if (speedup < DRAIN_TARGET || d.ratio < PACE_TARGET || d.tooMany > 0) exitCode = 1
  process.stdout.write(JSON.stringify({
    bench: 'outbox',
    enqueue: { medianUs: a.enqueueUs, insertMedianUs: a.insertUs, ratio: a.ratio },
    delivery: { p50Ms: bp50, p99Ms: bp99, directP50Ms: dp50, directP99Ms: dp99 },
    drain: { jobs: JOBS, locations: LOCATIONS, latencyMs: LATENCY_MS, instances: INSTANCES, speedup, target: DRAIN_TARGET, one, many },
    pace: { jobs: PACE_JOBS, max: PACE_MAX, windowMs: PACE_WINDOW_MS, ...d, target: PACE_TARGET }
  }) + '\n')
} catch (err) {
  process.stderr.write(`bench/outbox failed: ${(err as Error).stack ?? String(err)}\n`)
  exitCode = 1
} finally {
  await sb.close()
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
}
process.exitCode = exitCode

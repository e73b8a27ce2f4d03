// bench/sweep — the fleet sweep (issue benchmark 3): 10,000 connections due, refreshed by 1 instance vs 4 instances.
// Each instance is a process (bench/workers/sweep-worker.ts) running the real plugin over its own pg Pool; it runs the
// scheduled refresher's sweep (app.ghl.refreshDue()) until a sweep finds nothing due. Per run:
//   - a fresh database (migrated, dropped at the end even on failure), seeded with CONNECTIONS installs from the sandbox,
//     each stored with its token inside the refresh window (due now, as the sweep's listDue sees it in production);
//   - checks: the sandbox saw exactly CONNECTIONS refreshes and no invalid_grant, every connection was refreshed by
//     exactly one instance (token:refreshed events) and its row moved from version 0 to exactly 1, no failures;
//   - the database round trips every instance's pool sent during its sweeps, per refresh, by kind.
// The 1-instance (A) and N-instance (B) runs alternate, the first side switching every pair. Gates: B's wall time /
// A's (median over pairs) ≤ RATIO_TARGET; round trips per refresh ≤ EXPECTED_RT_PER_REFRESH (+ the sweeps' listDue
// queries) for one instance, and ≤ the fleet's model bound for N instances (see BENCHMARKS.md).
// The sandbox runs in this process (its CPU is measured apart); Postgres (DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/test) needs CREATE DATABASE rights.
// Env: BENCH_CONNECTIONS (10,000), BENCH_INSTANCES (4), BENCH_PAIRS (1), BENCH_CONCURRENCY (8, the refresher's default),
// BENCH_BATCH (1,000, the refresher's default), BENCH_POOL_MAX (10, the plugin's default), BENCH_TOKEN_LATENCY_MS (75: GHL's token endpoint is
// not instant; at 0 ms the bench measures only how 1 vs 4 processes share this machine's CPU),
// BENCH_TIMEOUT_S (240, per sweep run).
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { createPgTokenStore } from '../db/index.js'
import { DEFAULT_POOL_MAX, DEFAULT_REFRESHER_BATCH, DEFAULT_REFRESHER_CONCURRENCY } from '../lib/config.js'
import { parseKeyRing } from '../lib/tokens/crypto.js'
import { encryptNew } from '../lib/tokens/codec.js'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { intEnv } from './_stats.js'
import { startBenchWorker, type BenchWorker } from './_worker.js'

// ── settings ───────────────────────────────────────────────────────────────────────────────────────────────────────

const CONNECTIONS = intEnv('BENCH_CONNECTIONS', 10_000)
const INSTANCES = intEnv('BENCH_INSTANCES', 4, 2)
const PAIRS = intEnv('BENCH_PAIRS', 1)
const CONCURRENCY = intEnv('BENCH_CONCURRENCY', DEFAULT_REFRESHER_CONCURRENCY)
const BATCH = intEnv('BENCH_BATCH', DEFAULT_REFRESHER_BATCH)
const POOL_MAX = intEnv('BENCH_POOL_MAX', DEFAULT_POOL_MAX, 2)
const TOKEN_LATENCY_MS = intEnv('BENCH_TOKEN_LATENCY_MS', 75, 0)
const TIMEOUT_S = intEnv('BENCH_TIMEOUT_S', 240)
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
/** The refresh window the instances run with; seeded expiries fall inside it (30 s … 270 s from now). */
const WINDOW_S = 300
/** N instances must not take longer than 1 for the same sweep. */
const RATIO_TARGET = 1.0
/**
 * Round trips of one scheduled refresh (refreshIfDue → withRefreshLock, tryOnly): BEGIN, set_config (lock and idle
 * timeouts), pg_try_advisory_xact_lock, SELECT the row, UPDATE refresh_started_at (committed outside the
 * transaction), UPDATE the tokens … RETURNING, COMMIT, pg_notify. The sweep's listDue adds 2 per sweep.
 */
const EXPECTED_RT_PER_REFRESH = 8
/** A connection another instance refreshed first, found not due after the lock: BEGIN, set_config, try-lock, SELECT, COMMIT. */
const RT_PER_CHECK = 5
/** A connection another instance holds ('busy'): BEGIN, set_config, try-lock, ROLLBACK, then the row is loaded (SELECT). */
const RT_PER_BUSY = 5
const KEY = 'k1:' + randomBytes(32).toString('base64')
const WORKER = fileURLToPath(new URL('./workers/sweep-worker.ts', import.meta.url))

// ── workers: JSON lines over stdin/stdout (like test/helpers/worker.ts) ─────────────────────────────────────────────
type Worker = BenchWorker


// ── CPU accounting: the machine (/proc/stat), this run's Postgres backends (/proc/<pid>/stat) ────────────────────────
const TICK_MS = 10 // USER_HZ is 100 on Linux

function machineTicks (): { busy: number, total: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0)
    return { busy: total - fields[3] - fields[4], total }
  } catch {
    return undefined
  }
}

/** CPU ticks of every live Postgres backend connected to `dbName`, by pid. */
function backendTicks (dbName: string): Map<number, number> {
  const ticks = new Map<number, number>()
  let pids: string[]
  try { pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p)) } catch { return ticks }
  for (const pid of pids) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      if (!cmdline.startsWith('postgres:') || !cmdline.includes(` ${dbName} `)) continue
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks.set(Number(pid), Number(fields[11]) + Number(fields[12]))
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks
}

function postgresCpuMs (before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0
  for (const [pid, t] of after) sum += t - (before.get(pid) ?? 0)
  return sum * TICK_MS
}

// ── one run ──────────────────────────────────────────────────────────────────────────────────────────────────────────
interface WorkerReply {
  ms: number
  cpuMs: number
  sweeps: number
  idleSweeps: number
  due: number
  refreshed: number
  skipped: number
  busy: number
  failed: number
  queries: Record<string, number>
  others: string[]
  failures: string[]
  failureCount: number
  refreshedIds: string[]
}

interface RunResult {
  side: 'A' | 'B'
  instances: number
  wallMs: number
  refreshes: number
  invalidGrant: number
  perInstance: number[]
  busy: number
  skipped: number
  failed: number
  sweeps: number
  idleSweeps: number
  queries: number
  rtPerRefresh: number
  kinds: Record<string, number>
  workerCpuMs: number
  sandboxCpuMs: number
  postgresCpuMs: number
  machineBusyPct: number | null
  seedMs: number
  problems: string[]
}

const admin = new pg.Client({ connectionString: SERVER })
const created = new Set<string>()
let sb: Sandbox | undefined

async function createDatabase (): Promise<{ name: string, url: string }> {
  const name = `ghl_bench_${randomBytes(4).toString('hex')}`
  await admin.query(`CREATE DATABASE "${name}"`)
  created.add(name)
  const url = new URL(SERVER)
  url.pathname = '/' + name
  return { name, url: url.toString() }
}

/**
 * Postgres is shared (other benches and tests may hold connections): waits until `needed` connections are free, so
 * an instance does not die of "too many clients" mid-run.
 */
async function waitForConnections (needed: number): Promise<void> {
  const deadline = Date.now() + 180_000
  let told = false
  for (;;) {
    const { rows } = await admin.query<{ free: number }>(
      "select current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int - count(*)::int as free from pg_stat_activity")
    if (rows[0].free >= needed) return
    if (Date.now() > deadline) throw new Error(`Postgres has ${rows[0].free} free connections, the run needs ${needed}; gave up after 180 s`)
    if (!told) process.stdout.write(`  (waiting for ${needed} free Postgres connections: ${rows[0].free} now)\n`)
    told = true
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

async function dropDatabase (name: string): Promise<void> {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  created.delete(name)
}

/** Migrates and stores CONNECTIONS sandbox installs whose tokens are inside the refresh window (due now). */
async function seed (sandbox: Sandbox, url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 8 })
  pool.on('error', () => {})
  const store = createPgTokenStore({ pool })
  try {
    await store.migrate()
    const keyRing = parseKeyRing(KEY)
    const now = Date.now()
    let next = 0
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < CONNECTIONS) {
        const i = next++
        const locationId = `loc_${i}`
        const tokens = sandbox.issueTokens({ locationId })
        // Installed about a day ago: the stored expiry (what listDue reads) is 30 … 270 s away, inside the 300 s window.
        const inserted = await store.insertIfAbsent(encryptNew(keyRing, {
          id: locationId,
          userType: 'Location',
          locationId,
          companyId: tokens.companyId ?? null,
          scope: tokens.scope ?? null,
          accessToken: tokens.access_token,
          refreshToken: tokens.refresh_token,
          expiresAt: new Date(now + 30_000 + Math.floor(i * 240_000 / CONNECTIONS))
        }))
        if (!inserted) throw new Error(`seed: ${locationId} already stored`)
      }
    }))
  } finally {
    await store.close()
    await pool.end()
  }
}

async function run (side: 'A' | 'B', sandbox: Sandbox): Promise<RunResult> {
  const instances = side === 'A' ? 1 : INSTANCES
  const problems: string[] = []
  const db = await createDatabase()
  const workers: Worker[] = []
  try {
    await waitForConnections(8)
    const seedStarted = performance.now()
    await seed(sandbox, db.url)
    const seedMs = performance.now() - seedStarted
    sandbox.resetStats()
    const env = {
      DATABASE_URL: db.url,
      SANDBOX_URL: sandbox.url,
      CLIENT_ID: sandbox.clientId,
      CLIENT_SECRET: sandbox.clientSecret,
      KEY,
      WINDOW_S: String(WINDOW_S),
      POOL_MAX: String(POOL_MAX),
      CONCURRENCY: String(CONCURRENCY),
      BATCH: String(BATCH),
      TIMEOUT_S: String(TIMEOUT_S)
    }
    // Each instance: its pool (opened in full before the sweep) and its LISTEN client.
    await waitForConnections(instances * (POOL_MAX + 1))
    const started = await Promise.allSettled(Array.from({ length: instances }, async () => await startBenchWorker(WORKER, env, { stopGraceMs: 10_000 })))
    for (const s of started) if (s.status === 'fulfilled') workers.push(s.value)
    const failedStart = started.find((s): s is PromiseRejectedResult => s.status === 'rejected')
    if (failedStart !== undefined) throw failedStart.reason

    global.gc?.()
    const pgBefore = backendTicks(db.name)
    const machineBefore = machineTicks()
    const cpuBefore = process.cpuUsage()
    const t0 = performance.now()
    const replies = await Promise.all(workers.map(async (w) => await w.send<WorkerReply>({ cmd: 'sweep' })))
    const wallMs = performance.now() - t0
    const sandboxCpu = process.cpuUsage(cpuBefore)
    const machineAfter = machineTicks()
    const pgCpuMs = postgresCpuMs(pgBefore, backendTicks(db.name))

    // ── checks ──
    const stats = sandbox.stats()
    if (stats.refreshes !== CONNECTIONS) problems.push(`sandbox saw ${stats.refreshes} refreshes, expected ${CONNECTIONS}`)
    if (stats.invalidGrant !== 0) problems.push(`${stats.invalidGrant} invalid_grant answers (a refresh token used twice)`)
    const ids = replies.flatMap((r) => r.refreshedIds)
    const distinct = new Set(ids)
    if (ids.length !== CONNECTIONS || distinct.size !== CONNECTIONS) {
      problems.push(`token:refreshed for ${ids.length} refreshes of ${distinct.size} connections, expected ${CONNECTIONS} of ${CONNECTIONS}`)
    }
    const failures = replies.reduce((n, r) => n + r.failureCount + r.failed, 0)
    if (failures !== 0) problems.push(`${failures} failures: ${replies.flatMap((r) => r.failures).slice(0, 3).join('; ')}`)
    const check = new pg.Client({ connectionString: db.url })
    await check.connect()
    try {
      const { rows } = await check.query<Record<string, number>>(`
        select count(*)::int as n,
               count(*) filter (where version = 1)::int as once,
               count(*) filter (where status = 'active' and last_error is null and refresh_started_at is null
                                  and refreshed_at is not null)::int as clean,
               count(*) filter (where expires_at > now() + make_interval(secs => $1))::int as fresh
          from ghl_connections`, [WINDOW_S])
      const r = rows[0]
      if (r.n !== CONNECTIONS) problems.push(`${r.n} rows stored, expected ${CONNECTIONS}`)
      if (r.once !== CONNECTIONS) problems.push(`${CONNECTIONS - r.once} rows not at version 1 (rotated ≠ once)`)
      if (r.clean !== CONNECTIONS) problems.push(`${CONNECTIONS - r.clean} rows not active/clean after their refresh`)
      if (r.fresh !== CONNECTIONS) problems.push(`${CONNECTIONS - r.fresh} rows still inside the refresh window`)
    } finally {
      await check.end()
    }
    const kinds: Record<string, number> = {}
    for (const r of replies) for (const [k, n] of Object.entries(r.queries)) kinds[k] = (kinds[k] ?? 0) + n
    const others = replies.flatMap((r) => r.others)
    if (others.length > 0) problems.push(`unclassified queries: ${others.slice(0, 3).join(' | ')}`)
    const queries = Object.values(kinds).reduce((a, b) => a + b, 0)
    const sum = (f: (r: WorkerReply) => number): number => replies.reduce((n, r) => n + f(r), 0)
    const machineBusyPct = machineBefore === undefined || machineAfter === undefined
      ? null
      : 100 * (machineAfter.busy - machineBefore.busy) / Math.max(1, machineAfter.total - machineBefore.total)
    return {
      side,
      instances,
      wallMs,
      refreshes: stats.refreshes,
      invalidGrant: stats.invalidGrant,
      perInstance: replies.map((r) => r.refreshed),
      busy: sum((r) => r.busy),
      skipped: sum((r) => r.skipped),
      failed: sum((r) => r.failed),
      sweeps: sum((r) => r.sweeps),
      idleSweeps: sum((r) => r.idleSweeps),
      queries,
      rtPerRefresh: queries / Math.max(1, stats.refreshes),
      kinds,
      workerCpuMs: sum((r) => r.cpuMs),
      sandboxCpuMs: (sandboxCpu.user + sandboxCpu.system) / 1000,
      postgresCpuMs: pgCpuMs,
      machineBusyPct,
      seedMs,
      problems
    }
  } finally {
    await Promise.allSettled(workers.map(async (w) => await w.stop()))
    await dropDatabase(db.name)
  }
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}

const runs: RunResult[] = []
let exitCode = 1
await admin.connect()
try {
  sb = await startSandbox({ port: 0, rateLimit: false, tokenLatencyMs: TOKEN_LATENCY_MS })
  process.stdout.write(`sweep: ${fmt(CONNECTIONS)} due connections, 1 vs ${INSTANCES} instances, ${PAIRS} pair(s); refresher concurrency ` +
    `${CONCURRENCY}, batch ${fmt(BATCH)}, pool max ${POOL_MAX}; token endpoint latency ${TOKEN_LATENCY_MS} ms\n`)
  for (let p = 0; p < PAIRS; p++) {
    const order: Array<'A' | 'B'> = p % 2 === 0 ? ['A', 'B'] : ['B', 'A']
    for (const side of order) {
      const r = await run(side, sb)
      runs.push(r)
      process.stdout.write(`  pair ${p + 1} ${side} (${r.instances} instance${r.instances > 1 ? 's' : ''}): ${fmt(r.wallMs / 1000, 2)} s, ` +
        `(seeded in ${fmt(r.seedMs / 1000, 1)} s) ` +
        `${fmt(r.rtPerRefresh, 2)} round trips/refresh${r.problems.length > 0 ? '  PROBLEMS: ' + r.problems.join('; ') : ''}\n`)
    }
  }

  // ── report ──
  const a = runs.filter((r) => r.side === 'A')
  const b = runs.filter((r) => r.side === 'B')
  const pairRatios = Array.from({ length: PAIRS }, (_, p) => b[p].wallMs / a[p].wallMs)
  const ratio = median(pairRatios)
  const overall = b.reduce((s, r) => s + r.wallMs, 0) / a.reduce((s, r) => s + r.wallMs, 0)
  const sweepsA = Math.max(...a.map((r) => r.sweeps))
  // One instance: exactly EXPECTED per refresh, plus listDue's 2 queries per sweep.
  const rtTargetOne = EXPECTED_RT_PER_REFRESH + (2 * sweepsA + 1) / CONNECTIONS
  // N instances: the refresh path, plus one not-due check by each other instance that still had the row in its batch,
  // plus the busy retries and listDue queries actually counted (each bounded by the model above).
  // Plus, per instance, the sweeper's first webhook-id prune (once an hour).
  const rtModel = (r: RunResult): number =>
    (EXPECTED_RT_PER_REFRESH * r.refreshes + RT_PER_CHECK * r.skipped + RT_PER_BUSY * r.busy + 2 * r.sweeps + r.instances) / Math.max(1, r.refreshes)
  // One more than the bare model, for the busy retries, the listDue queries and the prunes.
  // Peers skip what others announced, and walk the batch in their own random order: a collision (a busy try-lock or a
  // row found refreshed under the lock, 5 round trips) is the exception, well under one per refresh.
  const rtFleetBound = EXPECTED_RT_PER_REFRESH + RT_PER_CHECK * 0.4

  process.stdout.write('\n| pair | side | instances | wall s | refreshes/s | refreshed per instance | busy | not due after lock | sweeps | round trips | per refresh | CPU s: instances / sandbox / Postgres | machine busy | checks |\n')
  process.stdout.write('|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---|\n')
  runs.forEach((r, i) => {
    const pair = Math.floor(i / 2) + 1
    process.stdout.write(`| ${pair} | ${r.side} | ${r.instances} | ${fmt(r.wallMs / 1000, 2)} | ${fmt(r.refreshes / (r.wallMs / 1000))} | ${r.perInstance.map((n) => fmt(n)).join(' / ')} | ` +
      `${fmt(r.busy)} | ${fmt(r.skipped)} | ${r.sweeps} | ${fmt(r.queries)} | ${fmt(r.rtPerRefresh, 2)} | ` +
      `${fmt(r.workerCpuMs / 1000, 1)} / ${fmt(r.sandboxCpuMs / 1000, 1)} / ${fmt(r.postgresCpuMs / 1000, 1)} | ` +
      `${r.machineBusyPct === null ? 'n/a' : fmt(r.machineBusyPct) + '%'} | ${r.problems.length === 0 ? `ok: ${fmt(r.refreshes)} refreshes, 0 invalid_grant, each once` : 'FAIL'} |\n`)
  })

  process.stdout.write('\nround trips per refresh, by kind (sum over the runs of a side ÷ their refreshes)\n')
  const kindNames = Object.keys(runs[0].kinds)
  process.stdout.write(`| side | ${kindNames.join(' | ')} | total |\n|---|${kindNames.map(() => '---:').join('|')}|---:|\n`)
  for (const [side, list] of [['A', a], ['B', b]] as const) {
    const refreshes = list.reduce((s, r) => s + r.refreshes, 0)
    const per = kindNames.map((k) => list.reduce((s, r) => s + (r.kinds[k] ?? 0), 0) / refreshes)
    process.stdout.write(`| ${side} | ${per.map((x) => fmt(x, 3)).join(' | ')} | ${fmt(per.reduce((x, y) => x + y, 0), 3)} |\n`)
  }

  const rtA = Math.max(...a.map((r) => r.rtPerRefresh))
  const rtB = Math.max(...b.map((r) => r.rtPerRefresh))
  const modelOk = runs.every((r) => r.rtPerRefresh <= rtModel(r) + 1e-9)
  const correct = runs.every((r) => r.problems.length === 0)
  const ratioOk = ratio <= RATIO_TARGET
  const rtOk = rtA <= rtTargetOne + 1e-9 && rtB <= rtFleetBound && modelOk
  process.stdout.write(`\nwall time ${INSTANCES} instances / 1 instance: per pair ${pairRatios.map((x) => fmt(x, 3)).join(', ')}; ` +
    `median ${fmt(ratio, 3)}, overall ${fmt(overall, 3)}  (target ≤ ${RATIO_TARGET})  ${ratioOk ? 'PASS' : 'FAIL'}\n`)
  process.stdout.write(`round trips per refresh: 1 instance ${fmt(rtA, 3)} (target ≤ ${fmt(rtTargetOne, 3)}: ${EXPECTED_RT_PER_REFRESH} + listDue), ` +
    `${INSTANCES} instances ${fmt(rtB, 3)} (target ≤ ${rtFleetBound}: ${EXPECTED_RT_PER_REFRESH} + ${RT_PER_CHECK} × 0.4 collisions per refresh); ` +
    `every query accounted for by the model: ${modelOk ? 'yes' : 'NO'}  ${rtOk ? 'PASS' : 'FAIL'}\n`)
  process.stdout.write(`correctness (each run: ${fmt(CONNECTIONS)} refreshes, 0 invalid_grant, each connection once, rows at version 1): ${correct ? 'PASS' : 'FAIL'}\n`)

  const ok = correct && ratioOk && rtOk
  const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d
  console.log(JSON.stringify({
    bench: 'sweep',
    ok,
    node: process.version,
    connections: CONNECTIONS,
    instances: INSTANCES,
    pairs: PAIRS,
    concurrency: CONCURRENCY,
    batch: BATCH,
    poolMax: POOL_MAX,
    tokenLatencyMs: TOKEN_LATENCY_MS,
    runs: runs.map((r) => ({
      side: r.side,
      instances: r.instances,
      wallMs: round(r.wallMs, 1),
      refreshes: r.refreshes,
      invalidGrant: r.invalidGrant,
      perInstance: r.perInstance,
      busy: r.busy,
      notDueAfterLock: r.skipped,
      sweeps: r.sweeps,
      queries: r.queries,
      rtPerRefresh: round(r.rtPerRefresh),
      kinds: r.kinds,
      cpuMs: { instances: round(r.workerCpuMs, 0), sandbox: round(r.sandboxCpuMs, 0), postgres: round(r.postgresCpuMs, 0) },
      machineBusyPct: r.machineBusyPct === null ? null : round(r.machineBusyPct, 1),
      problems: r.problems
    })),
    ratio: { median: round(ratio), overall: round(overall), pairs: pairRatios.map((x) => round(x)) },
    roundTrips: { one: round(rtA), fleet: round(rtB) },
    target: { ratio: RATIO_TARGET, roundTripsOne: round(rtTargetOne), roundTripsFleet: rtFleetBound }
  }))
  exitCode = ok ? 0 : 1
} catch (err) {
  process.stderr.write(`bench sweep: ${(err as Error)?.stack ?? String(err)}\n`)
  exitCode = 1
} finally {
  await sb?.close().catch(() => {})
  for (const name of [...created]) await dropDatabase(name).catch((err: unknown) => { process.stderr.write(`could not drop ${name}: ${String(err)}\n`) })
  await admin.end().catch(() => {})
}
process.exit(exitCode)

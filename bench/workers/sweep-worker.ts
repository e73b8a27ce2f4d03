// bench/workers/sweep-worker — one fleet instance for bench/sweep: a Fastify app with the real fastify-ghl plugin over
// its own pg Pool (passed as options.db, so every query it sends can be counted), driven over stdin/stdout with JSON
// lines. Not a benchmark itself: bench/run.ts only runs top-level bench/*.ts.
//   {"cmd":"sweep"}   app.ghl.refreshDue() (the scheduled refresher's sweep) again and again until a sweep finds nothing
//                     due; replies with the sweep totals, the queries sent (by kind), CPU time and the refreshed ids.
// Env (set by bench/sweep.ts): DATABASE_URL, SANDBOX_URL, CLIENT_ID, CLIENT_SECRET, KEY, WINDOW_S, POOL_MAX,
// CONCURRENCY, BATCH, TIMEOUT_S.
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import Fastify from 'fastify'
import pg from 'pg'
import fastifyGhl from '../../index.js'

const env = (name: string): string => {
  const value = process.env[name]
  if (value === undefined || value === '') throw new Error(`${name} is required`)
  return value
}
const int = (name: string): number => {
  const n = Number(env(name))
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`)
  return n
}
const poolMax = int('POOL_MAX')
const timeoutMs = int('TIMEOUT_S') * 1000
/** Pause before the next sweep when one refreshed nothing (its due rows were held by other instances). */
const IDLE_SWEEP_PAUSE_MS = 10

// ── the instrumented pool: every query any of its clients sends, counted once and sorted by what it is ──────────────
// Only client.query is wrapped (on 'connect', before the pool hands the client out): pool.query goes through a
// client's query, so wrapping pool.query as well would count those twice.
const KINDS = [
  'begin', 'set_config', 'try_lock', 'lock', 'select_row', 'mark_started', 'write_tokens', 'commit', 'rollback',
  'notify', 'list_due', 'prune', 'other'
] as const
type Kind = typeof KINDS[number]
const emptyCounts = (): Record<Kind, number> => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>
let counts = emptyCounts()
const others: string[] = []

function kindOf (text: string): Kind {
  const sql = text.trimStart().toLowerCase()
  if (sql.startsWith('begin')) return 'begin'
  if (sql.startsWith('commit')) return 'commit'
  if (sql.startsWith('rollback')) return 'rollback'
  if (sql.includes('set_config(')) return 'set_config'
  if (sql.includes('pg_try_advisory_xact_lock(')) return 'try_lock'
  if (sql.includes('pg_advisory_xact_lock(')) return 'lock'
  if (sql.includes('pg_notify(')) return 'notify'
  if (sql.startsWith('update "ghl_connections" set "refresh_started_at"')) return 'mark_started'
  if (sql.startsWith('update "ghl_connections" set') && sql.includes('"access_token_ciphertext" =')) return 'write_tokens'
  if (sql.includes('delete from "ghl_webhook_events"')) return 'prune'
  if (sql.startsWith('select') && sql.includes('from "ghl_connections"')) {
    if (sql.includes('"expires_at" is null') || sql.includes('"expires_at" <')) return 'list_due'
    if (sql.includes('"id" = $1')) return 'select_row'
  }
  return 'other'
}

function count (args: unknown[]): void {
  const first = args[0]
  const text = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text
  const kind = typeof text === 'string' ? kindOf(text) : 'other'
  counts[kind]++
  if (kind === 'other' && others.length < 5) others.push(String(text).slice(0, 120))
}

// idleTimeoutMillis 0: the connections opened before the sweep stay open while the other instances start.
const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: poolMax, idleTimeoutMillis: 0, application_name: 'fastify-ghl-bench-sweep' })
// Kept after close: pool.end() resolves before idle clients are gone, and the parent drops the database.
pool.on('error', () => {})
pool.on('connect', (client) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  ;(client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => { count(args); return query(...args) }
})

/** Postgres is shared with other benches and tests: "too many clients" at startup is waited out, not fatal. */
async function retryTooManyClients<T> (what: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000
  for (;;) {
    try {
      return await fn()
    } catch (err) {
      if ((err as { code?: string }).code !== '53300' || Date.now() > deadline) throw err
      process.stderr.write(`sweep worker ${process.pid}: ${what}: too many Postgres clients; retrying\n`)
      await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000))
    }
  }
}

// Open every pool connection now, so no instance pays for connection setup inside the timed sweep.
const clients: pg.PoolClient[] = []
while (clients.length < poolMax) clients.push(await retryTooManyClients('pool', async () => await pool.connect()))
for (const client of clients) client.release()

const sandboxUrl = env('SANDBOX_URL')
const windowSeconds = int('WINDOW_S')
const app = await retryTooManyClients('plugin', async () => {
  const instance = Fastify({ logger: false })
  try {
    await instance.register(fastifyGhl, {
      env: false,
      clientId: env('CLIENT_ID'),
      clientSecret: env('CLIENT_SECRET'),
      db: pool,
      encryptionKey: env('KEY'),
      apiBaseUrl: sandboxUrl,
      authBaseUrl: sandboxUrl,
      refreshWindowSeconds: windowSeconds,
      // The parent migrated the database. The sweeps are started by the bench (app.ghl.refreshDue() runs the scheduled
      // job's sweep); the job's own interval is set past the bench's length so its timer never adds one.
      migrate: false,
      refresher: { intervalSeconds: windowSeconds - 1, jitterSeconds: 0, concurrency: int('CONCURRENCY'), batchSize: int('BATCH') }
    })
    await instance.ready()
    return instance
  } catch (err) {
    await instance.close().catch(() => {})
    throw err
  }
})

let refreshedIds: string[] = []
let failures: string[] = []
app.ghl.events.on('token:refreshed', (e) => { refreshedIds.push(e.connection) })
app.ghl.events.on('token:refresh_failed', (e) => { failures.push(`refresh_failed ${e.connection}: ${e.error.message}`) })
app.ghl.events.on('token:reauth_required', (e) => { failures.push(`reauth_required ${e.connection}: ${e.reason}`) })

async function sweepUntilDone (): Promise<object> {
  counts = emptyCounts()
  refreshedIds = []
  failures = []
  const totals = { sweeps: 0, due: 0, refreshed: 0, skipped: 0, busy: 0, failed: 0, idleSweeps: 0 }
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (;;) {
    if (performance.now() - started > timeoutMs) throw new Error(`still sweeping after ${timeoutMs / 1000} s`)
    const r = await app.ghl.refreshDue()
    totals.sweeps++
    totals.due += r.due
    totals.refreshed += r.refreshed
    totals.skipped += r.skipped
    totals.busy += r.busy
    totals.failed += r.failed
    if (r.due === 0) break
    if (r.refreshed === 0) {
      totals.idleSweeps++
      await new Promise((resolve) => setTimeout(resolve, IDLE_SWEEP_PAUSE_MS))
    }
  }
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  return { ms, cpuMs: (used.user + used.system) / 1000, ...totals, queries: counts, others, failures: failures.slice(0, 10), failureCount: failures.length, refreshedIds }
}

async function handle (msg: { cmd: string }): Promise<object> {
  if (msg.cmd === 'sweep') return await sweepUntilDone()
  throw new Error(`unknown command ${msg.cmd}`)
}

process.stdout.write(JSON.stringify({ ready: true, pid: process.pid }) + '\n')
const lines = createInterface({ input: process.stdin })
lines.on('line', (line) => {
  handle(JSON.parse(line) as { cmd: string }).then(
    (reply) => { process.stdout.write(JSON.stringify(reply) + '\n') },
    (err: Error) => { process.stdout.write(JSON.stringify({ error: err.message }) + '\n') }
  )
})
lines.on('close', () => {
  // stdin closed: the parent is done (or gone). Close the app (LISTEN client, Agent), then the pool it was given.
  app.close().then(async () => { await pool.end() }).then(() => { process.exit(0) }, () => { process.exit(1) })
})

// bench/workers/stampede-worker — one fleet instance for bench/stampede: a Fastify app with the real fastify-ghl
// plugin (on its own pg Pool: token store, token manager, LISTEN client, API client, undici Agent), driven over stdin/stdout with
// JSON lines. Not a benchmark itself: bench/run.ts only runs top-level bench/*.ts.
//   {"cmd":"burst","at":<epoch ms>,"callers":200}   at that wall-clock moment, `callers` concurrent
//                                                    app.ghl.contacts.get(CONTACT); replies with each call's latency
//                                                    and how long app.ghl.tokens.getValidToken() took then;
//                                                    and the queries it sent through the pool;
//                                                    with "notAfter":<epoch ms>, skipped if it woke later than that;
//                                                    with "prime":true, one getValidToken() first (not timed)
//   {"cmd":"force"}                                  app.ghl.tokens.forceRefresh() (the bench primes the token)
// Every reply also carries the token:refreshed / token:refresh_failed events seen since the last reply.
// Env (set by bench/stampede.ts): DATABASE_URL, SANDBOX_URL, CLIENT_ID, CLIENT_SECRET, KEY, CONNECTION, CONTACT,
// WINDOW_S, POOL_MAX.
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
const contactId = env('CONTACT')
const sandboxUrl = env('SANDBOX_URL')

// The plugin's database: a pg Pool of our own (options.db), so the bench can count the queries a burst costs. The
// plugin uses it exactly as the one it would open from databaseUrl (and never closes it: we do, after the app).
// 8 of these share one Postgres (max_connections 100 by default): POOL_MAX each + the LISTEN client.
const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: Number(env('POOL_MAX')), application_name: 'fastify-ghl-bench' })
pool.on('error', () => {})
let queries = 0
const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown
;(pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => { queries++; return poolQuery(...args) }
pool.on('connect', (client) => {
  const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown
  ;(client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => { queries++; return clientQuery(...args) }
})

const app = Fastify({ logger: false })
await app.register(fastifyGhl, {
  env: false,
  clientId: env('CLIENT_ID'),
  clientSecret: env('CLIENT_SECRET'),
  locationId: env('CONNECTION'),
  db: pool,
  encryptionKey: env('KEY'),
  apiBaseUrl: sandboxUrl,
  authBaseUrl: sandboxUrl,
  refreshWindowSeconds: Number(env('WINDOW_S')),
  // The parent migrated the database; the scheduled sweep is off so every refresh is one a caller triggered;
  // the client-side rate limiter is off because the sandbox's is (1,600 calls a round is over GHL's burst limit).
  migrate: false,
  refresher: false,
  metrics: false,
  rateLimit: false
})
await app.ready()

interface SeenEvent { name: string, trigger: string, durationMs?: number, error?: string, willRetry?: boolean }
let seen: SeenEvent[] = []
app.ghl.events.on('token:refreshed', (e) => { seen.push({ name: 'token:refreshed', trigger: e.trigger, durationMs: e.durationMs }) })
app.ghl.events.on('token:refresh_failed', (e) => { seen.push({ name: 'token:refresh_failed', trigger: e.trigger, error: e.error.message, willRetry: e.willRetry }) })
app.ghl.events.on('token:reauth_required', (e) => { seen.push({ name: 'token:reauth_required', trigger: '', error: e.reason }) })

function takeEvents (): SeenEvent[] {
  const out = seen
  seen = []
  return out
}

async function burst (at: number, callers: number, notAfter: number | undefined, prime: boolean): Promise<object> {
  const wait = at - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  const lagMs = Date.now() - at
  const queriesBefore = queries
  // A baseline burst reads the token once first: after another process's refresh the fleet notice may have dropped
  // this process's cached token, and 200 callers would each load it from the database (see BENCHMARKS.md).
  if (prime) await app.ghl.tokens.getValidToken()
  // A steady burst woken this late would meet a due token and refresh: skip it rather than skew the count.
  if (notAfter !== undefined && Date.now() > notAfter) return { lagMs, skipped: true, tokenWaitMs: null, queries: 0, latencies: [], failed: 0, failures: [] }
  const latencies = new Array<number>(callers)
  const failures: string[] = []
  let failed = 0
  // How long this process waits for a usable token (joins the callers' single-flight refresh; sends nothing itself).
  const tokenStart = performance.now()
  const tokenWait = app.ghl.tokens.getValidToken().then(() => performance.now() - tokenStart, () => NaN)
  await Promise.all(Array.from({ length: callers }, async (_, i) => {
    const start = performance.now()
    try {
      const res = await app.ghl.contacts.get(contactId) as { contact?: { id?: string } }
      latencies[i] = performance.now() - start
      if (res?.contact?.id !== contactId) throw new Error(`wrong answer: ${JSON.stringify(res).slice(0, 200)}`)
    } catch (err) {
      latencies[i] ??= performance.now() - start
      failed++
      if (failures.length < 5) {
        const cause = (err as { cause?: { message?: string } }).cause?.message
        failures.push(`${(err as { code?: string }).code ?? ''} ${(err as Error).message.slice(0, 120)}${cause === undefined ? '' : ` (cause: ${cause})`}`.trim())
      }
    }
  }))
  const tokenWaitMs = Math.round(await tokenWait * 1000) / 1000
  return { lagMs, tokenWaitMs, queries: queries - queriesBefore, latencies: latencies.map((ms) => Math.round(ms * 1000) / 1000), failed, failures }
}

async function handle (msg: { cmd: string, at?: number, callers?: number, notAfter?: number, prime?: boolean }): Promise<object> {
  if (msg.cmd === 'burst') return await burst(msg.at ?? Date.now(), msg.callers ?? 200, msg.notAfter, msg.prime === true)
  if (msg.cmd === 'force') {
    const view = await app.ghl.tokens.forceRefresh()
    return { status: view.status }
  }
  throw new Error(`unknown command ${msg.cmd}`)
}

process.stdout.write(JSON.stringify({ ready: true, pid: process.pid }) + '\n')
const lines = createInterface({ input: process.stdin })
lines.on('line', (line) => {
  handle(JSON.parse(line) as { cmd: string }).then(
    (reply) => { process.stdout.write(JSON.stringify({ ...reply, events: takeEvents() }) + '\n') },
    (err: Error) => { process.stdout.write(JSON.stringify({ error: err.message, events: takeEvents() }) + '\n') }
  )
})
lines.on('close', () => {
  // stdin closed: the parent is done (or gone). Close the app: LISTEN client, Agent, pg Pool.
  app.close().then(async () => { await pool.end() }).then(() => { process.exit(0) }, () => { process.exit(1) })
})
